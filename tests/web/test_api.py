"""The JSON API on a store built from examples/ and the seed by the real pipeline."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.filterwarnings("ignore:Using .httpx. with:UserWarning")

TURKEY = "Aid pledges pour in after earthquakes in Turkey and Syria"


def get(client: Any, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, (url, response.text)
    return response.json()


def assert_error(body: dict[str, Any], status: int, words: str) -> None:
    assert body["ok"] is False
    assert body["status"] == status
    assert words in body["error"]


def test_overview_counts_and_per_day(client: Any) -> None:
    data = get(client, "/api/v1/overview")
    counts = data["counts"]
    assert counts["articles"] == 6
    assert counts["events"] > 0
    assert sum(r["count"] for r in data["events_per_day"]) == counts["events"]
    assert all(len(r["day"]) == 10 for r in data["events_per_day"])
    assert {"name", "events", "articles"} <= set(data["top_actors"][0])
    assert "Xi Jinping" in {a["name"] for a in data["top_actors"]}
    assert data["top_places"][0] == {"name": "United States", "country": "USA", "articles": 4}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=earthquakes", {TURKEY}),
        ("q=earthquakes&country=TUR", {TURKEY}),
        ("q=earthquakes&country=FIN", set()),
        ("country=TUR", {TURKEY}),
        ("q=Finland&type=CONSULT", set()),
        ("actor=guterres", {TURKEY}),
        ("since=2023-02-01&until=2023-02-28", {TURKEY}),
        (
            "since=2023-11&until=2023-11",
            {"Biden and Xi meet in California, agree to restore military talks"},
        ),
    ],
)
def test_search_filters(client: Any, query: str, expected: set[str]) -> None:
    hits = get(client, "/api/v1/search?" + query)["hits"]
    assert {h["title"] for h in hits} == expected


def test_search_snippet_and_paging(client: Any) -> None:
    hit = get(client, "/api/v1/search?q=pledged")["hits"][0]
    assert hit["title"] == TURKEY
    assert "pledged" in hit["snippet"] and "\x02" not in hit["snippet"]
    first = get(client, "/api/v1/search?limit=2")["hits"]
    second = get(client, "/api/v1/search?limit=2&offset=2")["hits"]
    assert len(first) == len(second) == 2
    assert not {h["doc_id"] for h in first} & {h["doc_id"] for h in second}


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ('/api/v1/search?q="unclosed', 400, "invalid search query"),
        ("/api/v1/search?since=yesterday", 422, "since"),
        ("/api/v1/events?limit=0", 422, "limit"),
        ("/api/v1/events?sort=drop%20table", 422, "sort"),
        ("/api/v1/articles/nope", 404, "no article"),
        ("/api/v1/actors/Nobody%20Atall", 404, "no actor"),
        ("/api/v1/no-such-endpoint", 404, "Not Found"),
    ],
)
def test_errors_have_one_shape(client: Any, url: str, status: int, words: str) -> None:
    assert_error(get(client, url, status), status, words)


def test_article_record_and_spans(client: Any) -> None:
    hits = get(client, "/api/v1/search")["hits"]
    assert len(hits) == 6
    for hit in hits:
        rec = get(client, f"/api/v1/articles/{hit['doc_id']}")
        text = rec["text"]
        for ent in rec["entities"]:
            for m in ent["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
        for ev in rec["events"]:
            assert text[ev["trigger"]["start"] : ev["trigger"]["end"]] == ev["trigger"]["text"]


def test_actor_profile(client: Any) -> None:
    xi = get(client, "/api/v1/actors/Xi%20Jinping")
    assert xi["titles"] == ["President"]
    assert xi["countries"] == ["CHN"]
    assert xi["types"] == ["PERSON"]
    assert "Xi" in xi["aliases"]
    assert xi["articles"] == 3
    assert {"Mikhail Mishustin"} <= {t for e in xi["events_as_source"] for t in e["targets"]}
    assert {"Joe Biden"} <= {s for e in xi["events_as_target"] for s in e["sources"]}
    links = {link["name"]: link for link in xi["network"]}
    assert links["Joe Biden"]["in_events"] >= 1
    assert any("planet is big enough" in s["content"] for s in xi["statements"])


def test_events_filter_and_sort(client: Any) -> None:
    consult = get(client, "/api/v1/events?type=CONSULT&limit=500")["events"]
    assert consult and {e["type"] for e in consult} == {"CONSULT"}
    by_type = [e["type"] for e in get(client, "/api/v1/events?sort=type&order=asc")["events"]]
    assert by_type == sorted(by_type)
    biden = get(client, "/api/v1/events?actor=biden")["events"]
    assert biden and all("Joe Biden" in e["sources"] + e["targets"] for e in biden)
    dated = get(client, "/api/v1/events?since=2023-12-01&until=2023-12-19")["events"]
    assert [e["date"] for e in dated] == ["2023-12-19"]
    page = get(client, "/api/v1/events?limit=3")
    assert len(page["events"]) == 3 and page["more"] is True


def test_user_input_is_never_sql(client: Any) -> None:
    sneaky = "x') OR 1=1 --"
    assert get(client, "/api/v1/events?actor=" + sneaky)["events"] == []
    assert get(client, "/api/v1/search?actor=" + sneaky)["hits"] == []


def test_downloads_match_the_table(client: Any) -> None:
    rows = get(client, "/api/v1/events?type=CONSULT&limit=500")["events"]
    response = client.get("/api/v1/events.csv?type=CONSULT")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    table = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_id"] for r in table] == [e["event_id"] for e in rows]
    assert table[0]["sources"] == "; ".join(rows[0]["sources"])
    data = json.loads(client.get("/api/v1/events.json?type=CONSULT").text)
    assert [e["event_id"] for e in data] == [e["event_id"] for e in rows]


def test_map_points(client: Any) -> None:
    points = {p["name"]: p for p in get(client, "/api/v1/map")["points"]}
    assert points["Beijing"]["country"] == "CHN"
    assert points["Beijing"]["lat"] == pytest.approx(39.91, abs=0.01)
    assert any(p["events"] > 0 for p in points.values())


@pytest.mark.parametrize(
    "path",
    ["/", "/search?q=aid", "/events?type=CONSULT", "/map", "/actors/Xi%20Jinping"],
)
def test_pages_render(client: Any, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "<svg" in response.text or "<ol" in response.text or "<table" in response.text


def test_html_error_page_for_browsers(client: Any) -> None:
    response = client.get("/actors/Nobody%20Atall", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert "no actor named" in response.text and "<html" in response.text


def test_extract_is_off_by_default(client: Any) -> None:
    response = client.post("/api/v1/extract", json={"text": "Xi met Biden."})
    assert_error(response.json(), 403, "--allow-extract")


def test_extract_when_allowed(web_db: Path) -> None:
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    client = TestClient(create_app(web_db, allow_extract=True, max_body=2000))
    text = "Xi Jinping met Joe Biden in Beijing on Tuesday. China pledged $5 billion in aid."
    rec = client.post("/api/v1/extract", json={"text": text, "published": "2024-03-19"}).json()
    assert rec["text"] == text
    assert "Joe Biden" in {e["name"] for e in rec["entities"]}
    assert any(ev["type"] == "CONSULT" for ev in rec["events"])
    too_big = client.post("/api/v1/extract", json={"text": "word " * 1000})
    assert_error(too_big.json(), 413, "over 2000 bytes")
    for body in ({"title": "no text"}, {"text": ""}, {"text": "   "}):
        assert_error(client.post("/api/v1/extract", json=body).json(), 422, "text")
    bad = client.post(
        "/api/v1/extract", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert bad.status_code == 422 and bad.json()["ok"] is False


def test_serving_while_ingest_writes(db_copy: Path) -> None:
    from fastapi.testclient import TestClient

    from eventwire.model import Article, Document
    from eventwire.store import open_store
    from eventwire.web import create_app

    client = TestClient(create_app(db_copy))
    assert get(client, "/api/v1/overview")["counts"]["articles"] == 6
    writer = sqlite3.connect(db_copy, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an ingest batch holding the write lock
    writer.execute("UPDATE settings SET value = value")
    assert get(client, "/api/v1/overview")["counts"]["articles"] == 6  # WAL: reads go on
    assert len(get(client, "/api/v1/events")["events"]) > 0
    writer.execute("ROLLBACK")
    writer.close()
    doc = Document.from_article(Article("Finland joined NATO in April.", "new.txt"))
    with open_store(db_copy) as store:
        store.write_batch([doc], [])
    assert get(client, "/api/v1/overview")["counts"]["articles"] == 7  # cache refreshed
    assert get(client, "/api/v1/search?q=joined")["hits"][0]["source"] == "new.txt"
