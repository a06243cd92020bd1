"""The PostgreSQL store against a real server (EVENTWIRE_TEST_PG=postgresql://...): the
same answers as the SQLite store, atomic batches, and several writers at once.

Each test gets a private schema (dropped afterwards), so tests never see each other."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import ConfigError, StoreError
from eventwire.model import Document, Failure
from eventwire.store import Store, WriteSummary, open_store

PG_ENV = "EVENTWIRE_TEST_PG"
VERSIONS = {"events": "1.0", "entities": "0.3"}


def test_postgres_url_without_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(ConfigError, match=r"E120 .*pip install 'eventwire\[postgres\]'"):
        open_store("postgresql://localhost/ew")


def test_unreachable_server_is_a_store_error() -> None:
    pytest.importorskip("psycopg", reason="the postgres extra is not installed")
    with pytest.raises(StoreError, match=r"E400 .*cannot connect") as info:
        open_store("postgresql://nobody:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value)


def _with_schema(url: str, schema: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


@pytest.fixture(scope="module")
def pg_server() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set (a postgresql:// URL of a database tests may use)")
    psycopg = pytest.importorskip("psycopg", reason="the postgres extra is not installed")
    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.Error as exc:
        pytest.skip(f"no PostgreSQL server reachable at {PG_ENV}: {exc}")
    return url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A URL whose connections live in a fresh, private schema."""
    import psycopg

    schema = f"ew_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield _with_schema(pg_server, schema)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def pg(pg_url: str) -> Iterator[Store]:
    with open_store(pg_url) as store:
        yield store


def _answers(store: Store) -> dict[str, Any]:
    """What every read query answers, as JSON-able values."""
    queries: dict[str, Any] = {
        "events": store.events(),
        "events_actor": store.events(actor="biden"),
        "events_type": store.events(type="ACCUSE"),
        "events_since": store.events(since="2023-12"),
        "events_until": store.events(until="2023"),
        "statements": store.statements(),
        "statements_speaker": store.statements(speaker="XI"),
        "entities": store.entities(),
        "entities_name": store.entities(name="müller"),
        "entities_type": store.entities(type="PERSON", limit=2),
        "actors": store.actors(),
        "actors_name": store.actors(name="XI"),
        "rows_events": list(store.iter_rows("events")),
        "rows_statements": list(store.iter_rows("statements")),
        "rows_entities": list(store.iter_rows("entities")),
    }
    out = {k: [r.to_json() for r in v] for k, v in queries.items()}
    first = store.actors(limit=1)[0]
    out["actor"] = [store.actor(first.id), store.actor("ac-missing")]
    out["summary"] = store.summary().to_json()
    out["records"] = list(store.iter_records())
    out["failures"] = store.failures()
    return out


def test_postgres_answers_every_query_as_sqlite_does(
    pg: Store, docs: list[Document], tmp_path: Path
) -> None:
    fails = [Failure("bad.txt", "E201", "invalid JSON", "h1")]
    with open_store(tmp_path / "ref.db") as ref:
        ref.write_batch(docs, fails, versions=VERSIONS)
        expected = _answers(ref)
    assert pg.write_batch(docs, fails, versions=VERSIONS) == WriteSummary(3, 0, 1)
    got = _answers(pg)
    assert got == expected
    assert got["summary"]["events"] == 4
    assert [e["type"] for e in got["events_actor"]] == ["CONSULT"]
    assert [a["name"] for a in got["actors_name"]] == ["Xi Jinping"]


def test_postgres_is_idempotent_and_keeps_ingest_order(pg: Store, docs: list[Document]) -> None:
    assert pg.write_batch([docs[2]], []) == WriteSummary(1, 0, 0)
    assert pg.write_batch([docs[0], docs[1], docs[0]], []) == WriteSummary(2, 1, 0)
    assert pg.write_batch(docs, []) == WriteSummary(0, 3, 0)
    assert [r["doc_id"] for r in pg.iter_records()] == [docs[2].id, docs[0].id, docs[1].id]
    fail = Failure("x.txt", "E201", "bad")
    assert pg.write_batch([], [fail, fail]) == WriteSummary(0, 0, 1)
    assert pg.failures() == [fail]


def test_postgres_batch_rolls_back_whole(pg: Store, docs: list[Document]) -> None:
    doc = docs[0]
    broken = Document(id="a-broken", text=doc.text, source="b.txt", entities=(doc.entities[0],) * 2)
    with pytest.raises(StoreError, match=r"E401 .*article a-broken: .*rolled back"):
        pg.write_batch([docs[1], broken], [])
    assert pg.summary().articles == 0
    assert pg.summary().entities == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Beijing", ["summit.txt"]), ('"Xi Jinping"', ["summit.txt"]), ("ministry", ["ministry.txt"]),
     ("floods or farmers", ["floods.txt", "ministry.txt"]), ("nothing-here", [])],
)  # fmt: skip
def test_postgres_search(pg: Store, docs: list[Document], query: str, expected: list[str]) -> None:
    pg.write_batch(docs, [])
    hits = pg.search(query)
    assert sorted(h.source for h in hits) == expected
    if query == "Beijing":
        assert "[Beijing]" in hits[0].snippet
    with pytest.raises(StoreError, match="E403"):
        pg.search("  ")


def test_postgres_migrations_are_recorded_once(pg_url: str, docs: list[Document]) -> None:
    with open_store(pg_url) as store:
        store.write_batch([docs[0]], [])
        assert store.migrate() == []
    with open_store(pg_url) as store:
        assert store.migrate() == []
        assert store.summary().articles == 1


_WRITER = """
import sys
from eventwire.model import Document, Entity, Mention, Span, content_id
from eventwire.store import open_store
url, offset = sys.argv[1], int(sys.argv[2])
texts = [f"Joe Biden says farmers protested in town {i}." for i in range(60)]
def doc(i, t):
    biden = Entity(f"e{i}", "Joe Biden", "PERSON", (Mention(Span(0, 9, "Joe Biden")),))
    return Document(id=content_id(t, prefix="a", length=20), text=t, source=f"{i}.txt",
                    entities=(biden,))
docs = [doc(i, t) for i, t in enumerate(texts)]
docs = docs[offset:] + docs[:offset]
added = 0
with open_store(url) as store:
    for n in range(0, len(docs), 4):
        added += store.write_batch(docs[n:n + 4], [], versions={"parse": "1"}).articles_added
print(added)
"""


@pytest.mark.slow
def test_two_processes_write_at_once(pg_url: str) -> None:
    open_store(pg_url).close()  # migrate first, so both writers race on data, not schema
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, pg_url, str(offset)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for offset in (0, 30)
    ]  # fmt: skip
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    assert sum(int(out) for out, _ in outs) == 60  # every article stored by exactly one
    with open_store(pg_url) as store:
        records = list(store.iter_records())
        assert len(records) == len({r["doc_id"] for r in records}) == 60
        assert store.summary().articles == 60
        assert [(a.name, a.articles) for a in store.actors()] == [("Joe Biden", 60)]
    assert json.loads(json.dumps(records[0]))["stages"] == {"parse": "1"}
