"""Exports in JSONL, CSV and Parquet, parsed back and checked value by value."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import ConfigError
from eventwire.model import Document
from eventwire.serialize import from_record
from eventwire.store import Store
from eventwire.store.export import COLUMNS, write_export

EVENT_ORDER = ["CONSULT", "AID", "ACCUSE", "PROTEST"]  # ingest order, then text order


def test_jsonl_articles_are_full_records(filled: Store, docs: list[Document]) -> None:
    out = io.StringIO()
    assert write_export(filled, "jsonl", out, table="articles") == 3
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [from_record(r) for r in recs] == docs
    assert recs[0]["stages"] == {"events": "1.0", "entities": "0.3"}


def test_jsonl_events_to_a_binary_stream(filled: Store) -> None:
    out = io.BytesIO()
    assert write_export(filled, "jsonl", out) == 4
    assert not out.closed  # the caller's stream stays usable
    rows = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]
    assert [r["type"] for r in rows] == EVENT_ORDER
    assert rows[0]["sources"] == ["Xi Jinping"]
    assert rows[2]["sources"] == ["Jürgen Müller"]
    assert list(rows[0]) == list(COLUMNS["events"])


@pytest.mark.parametrize(
    ("table", "count", "first"),
    [
        ("statements", 2, {"speaker": "Xi Jinping", "cue": "said", "kind": "direct"}),
        ("entities", 6, {"name": "Xi Jinping", "type": "PERSON", "mentions": 2}),
    ],
)
def test_jsonl_other_tables(
    filled: Store, table: Any, count: int, first: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / f"{table}.jsonl"
    assert write_export(filled, "jsonl", path, table=table) == count
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == count
    assert {k: rows[0][k] for k in first} == first


def test_csv_events_flatten_actor_lists(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert write_export(filled, "csv", path) == 4
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(COLUMNS["events"])
    assert [r["type"] for r in rows] == EVENT_ORDER
    assert rows[0]["sources"] == "Xi Jinping"
    assert rows[0]["targets"] == "Joe Biden"
    assert rows[0]["place"] == "Beijing"
    assert rows[0]["confidence"] == "0.8"
    assert rows[3]["date"] == ""  # undated event: empty cell
    assert rows[2]["title"] == ""


@pytest.mark.parametrize(
    ("table", "count", "key", "first"),
    [
        ("statements", 2, "content", "We will cooperate,"),
        ("entities", 6, "name", "Xi Jinping"),
        ("articles", 3, "title", "Summit in Beijing"),
    ],
)
def test_csv_other_tables(filled: Store, table: Any, count: int, key: str, first: str) -> None:
    out = io.StringIO()
    assert write_export(filled, "csv", out, table=table) == count
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == count
    assert rows[0][key] == first
    assert list(rows[0]) == list(COLUMNS[table])


def test_csv_articles_counts_facts(filled: Store, docs: list[Document]) -> None:
    out = io.StringIO()
    write_export(filled, "csv", out, table="articles")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["events"], r["entities"], r["statements"]) for r in rows] == [
        ("2", "3", "1"),
        ("2", "3", "1"),
        ("0", "0", "0"),
    ]
    assert rows[0]["id"] == "wire-001"
    assert rows[0]["reference_date"] == "2023-12-20"
    assert rows[2]["text"] == docs[2].text


@pytest.mark.parametrize("table", ["events", "statements", "entities", "articles"])
def test_parquet_round_trip(filled: Store, table: Any, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / f"{table}.parquet"
    count = write_export(filled, "parquet", path, table=table)
    got = pq.read_table(path)
    assert got.column_names == list(COLUMNS[table])
    assert got.num_rows == count
    assert count == {"events": 4, "statements": 2, "entities": 6, "articles": 3}[table]


def test_parquet_events_values(filled: Store) -> None:
    import pyarrow.parquet as pq

    out = io.BytesIO()
    write_export(filled, "parquet", out)
    rows = pq.read_table(io.BytesIO(out.getvalue())).to_pylist()
    assert [r["type"] for r in rows] == EVENT_ORDER
    assert rows[0]["sources"] == ["Xi Jinping"]
    assert rows[1]["targets"] == []
    assert rows[0]["confidence"] == 0.8
    assert rows[3]["date"] is None


def test_parquet_of_an_empty_store_has_the_schema(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "empty.parquet"
    assert write_export(store, "parquet", path) == 0
    assert pq.read_table(path).column_names == list(COLUMNS["events"])


def test_parquet_without_pyarrow_names_the_extra(
    filled: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(ConfigError) as info:
        write_export(filled, "parquet", tmp_path / "x.parquet")
    assert info.value.code == "E121"
    assert "pip install eventwire[parquet]" in str(info.value)


def test_parquet_refuses_a_pure_text_stream(filled: Store) -> None:
    with pytest.raises(ConfigError) as info:
        write_export(filled, "parquet", io.StringIO())
    assert info.value.code == "E124"


@pytest.mark.parametrize(
    ("fmt", "table"), [("xml", "events"), ("csv", "places"), ("parquet", "nope")]
)
def test_unknown_format_or_table(filled: Store, fmt: Any, table: Any) -> None:
    with pytest.raises(ConfigError) as info:
        write_export(filled, fmt, io.StringIO(), table=table)
    assert info.value.code == "E123"
