"""JSON Lines and JSON readers: one Failure per bad record, the rest still read."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.jsonl import article_from_record, read_json, read_jsonl
from eventwire.model import Article, Failure


def _jsonl(*lines: str, max_bytes: int = 1000) -> list[Article | Failure]:
    data = "\n".join(lines).encode("utf-8")
    return list(read_jsonl(io.BytesIO(data), "feed.jsonl", max_bytes=max_bytes))


def test_record_fields() -> None:
    record = {
        "id": 7,
        "text": "Body.\r\n",
        "title": "T",
        "url": "https://x.test/a",
        "published": "2024-03-19T08:00:00Z",
        "author": "Jane Doe",
        "language": "en",
        "authors": ["ignored"],
    }
    article = article_from_record(record, "feed.jsonl:3")
    assert article == Article(
        "Body.\r\n",
        "feed.jsonl:3",
        id="7",
        title="T",
        url="https://x.test/a",
        published=date(2024, 3, 19),
        meta=(("author", "Jane Doe"), ("lang", "en")),
    )


@pytest.mark.parametrize("key", ["published", "date", "date_publish"])
def test_record_date_fields(key: str) -> None:
    article = article_from_record({"text": "Body.", key: "2017-09-15 00:00:00"}, "f.json")
    assert article.published == date(2017, 9, 15)


@pytest.mark.parametrize(
    ("record", "code", "detail"),
    [
        ([1, 2], "E205", "expected a JSON object, got an array"),
        ("text", "E205", "expected a JSON object, got a string"),
        ({"text": 5}, "E205", 'field "text" must be a string, got a number'),
        ({"text": "Body.", "title": ["a"]}, "E205", "field 'title' must be a string"),
        ({"text": "Body.", "id": True}, "E205", "field 'id' must be a string, got a boolean"),
        ({"title": "no body"}, "E202", 'missing or empty "text" field'),
        ({"text": "  \n"}, "E202", 'missing or empty "text" field'),
        ({"text": None}, "E202", 'missing or empty "text" field'),
        ({"text": "Body.", "date": "March 19"}, "E204", "malformed date 'March 19' in field"),
    ],
)
def test_bad_records(record: object, code: str, detail: str) -> None:
    with pytest.raises(IngestError) as info:
        article_from_record(record, "feed.jsonl:4")
    assert info.value.code == code
    assert str(info.value).startswith(f"{code} feed.jsonl:4: ")
    assert detail in str(info.value)


def test_jsonl_bad_lines_do_not_stop_the_feed() -> None:
    items = _jsonl(
        json.dumps({"id": "a", "text": "First."}),
        "",
        '{"id": "b", "text": "Second." "oops"}',
        "   ",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "Fourth.", "date": "2024-02-30"}),
        "[1]",
        json.dumps({"id": "e", "text": "Last."}),
    )
    assert [(type(x).__name__, x.source) for x in items] == [
        ("Article", "feed.jsonl:1"),
        ("Failure", "feed.jsonl:3"),
        ("Failure", "feed.jsonl:5"),
        ("Failure", "feed.jsonl:6"),
        ("Failure", "feed.jsonl:7"),
        ("Article", "feed.jsonl:8"),
    ]
    assert [x.code for x in items if isinstance(x, Failure)] == ["E201", "E202", "E204", "E205"]
    bad_json = items[1]
    assert isinstance(bad_json, Failure)
    assert bad_json.message == (
        "E201 feed.jsonl:3: invalid JSON at column 31 (Expecting ',' delimiter); "
        "use --input-format text for plain text"
    )
    assert [x.id for x in items if isinstance(x, Article)] == ["a", "e"]


def test_jsonl_record_too_long_is_one_failure() -> None:
    items = _jsonl(json.dumps({"text": "x" * 200}), json.dumps({"text": "short"}), max_bytes=100)
    assert isinstance(items[0], Failure)
    assert items[0].code == "E208"
    assert items[0].message.startswith("E208 feed.jsonl:1: record is over the 100-byte limit")
    assert isinstance(items[1], Article)
    assert (items[1].text, items[1].source) == ("short", "feed.jsonl:2")


def test_jsonl_bad_encoding_is_one_failure() -> None:
    data = b'{"text": "caf\xc3\xa9"}\n{"text": "\x81"}\n{"text": "caf\xe9"}\n'
    items = list(read_jsonl(io.BytesIO(data), "feed.jsonl", max_bytes=1000))
    assert isinstance(items[0], Article)
    assert items[0].text == "café"
    assert isinstance(items[1], Failure)
    assert (items[1].code, items[1].source) == ("E203", "feed.jsonl:2")
    assert isinstance(items[2], Article)
    assert (items[2].text, items[2].meta) == ("café", (("encoding", "cp1252"),))


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b'{"text": "a"}\n\x00\x01\x02', "E207"),
        (b"\n  \n\n", "E202"),
        (b"", "E202"),
        ('{"text": "a"}\n'.encode("utf-16"), "E203"),
    ],
)
def test_jsonl_whole_input_failures_raise(data: bytes, code: str) -> None:
    with pytest.raises(IngestError) as info:
        list(read_jsonl(io.BytesIO(data), "feed.jsonl", max_bytes=1000))
    assert info.value.code == code
    assert info.value.where == "feed.jsonl"


def test_jsonl_utf8_bom_on_first_line() -> None:
    items = _jsonl('\ufeff{"text": "Body."}')
    assert isinstance(items[0], Article)
    assert items[0].text == "Body."


def test_json_array_with_a_bad_item() -> None:
    text = json.dumps([{"text": "One.", "id": "1"}, {"id": "2"}, {"text": "Three."}])
    items = list(read_json(text, "batch.json"))
    assert [x.source for x in items] == ["batch.json[0]", "batch.json[1]", "batch.json[2]"]
    assert isinstance(items[1], Failure)
    assert items[1].message.startswith('E202 batch.json[1]: missing or empty "text"')
    assert [x.text for x in items if isinstance(x, Article)] == ["One.", "Three."]


def test_json_single_object() -> None:
    items = list(read_json('{"text": "Only.", "title": "T"}', "one.json"))
    assert items == [Article("Only.", "one.json", title="T")]


@pytest.mark.parametrize(
    ("text", "code", "start"),
    [
        (
            '[\n  {"text": "a"},\n  {"text": }\n]',
            "E201",
            "E201 bad.json:3: invalid JSON at column 12",
        ),
        ('{"text": "a"}\n{"text": "b"}\n', "E201", "E201 bad.json:2: invalid JSON at column 1"),
        ("[]", "E202", "E202 bad.json: empty JSON array"),
        ("  ", "E202", "E202 bad.json: input is empty"),
        ("42", "E205", "E205 bad.json: expected a JSON object, got a number"),
    ],
)
def test_json_whole_file_failures(text: str, code: str, start: str) -> None:
    with pytest.raises(IngestError) as info:
        list(read_json(text, "bad.json"))
    assert info.value.code == code
    assert str(info.value).startswith(start)


def test_json_that_is_really_jsonl_suggests_jsonl() -> None:
    with pytest.raises(IngestError) as info:
        list(read_json('{"text": "a"}\n{"text": "b"}', "feed.json"))
    assert "use --input-format jsonl" in str(info.value)
