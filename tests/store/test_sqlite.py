"""The SQLite store (and its in-memory twin): writes, idempotency, rollback, queries."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import StoreError
from eventwire.model import Document, Failure
from eventwire.serialize import to_record
from eventwire.store import Store, StoreSummary, WriteSummary, _sqlwrite, open_store
from eventwire.store import sqlite as sqlite_mod
from eventwire.store.sqlite import SQLiteStore

# -- writing -------------------------------------------------------------------------------


def test_write_batch_counts_every_fact(filled: Store) -> None:
    assert filled.summary() == StoreSummary(
        articles=3, entities=6, times=2, places=1, amounts=1, statements=2, events=4,
        failures=0,
        top_event_types=(("ACCUSE", 1), ("AID", 1), ("CONSULT", 1), ("PROTEST", 1)),
    )  # fmt: skip


def test_write_batch_is_idempotent_by_content_hash(store: Store, docs: list[Document]) -> None:
    assert store.write_batch(docs, []) == WriteSummary(3, 0, 0)
    assert store.write_batch(docs, []) == WriteSummary(0, 3, 0)
    assert store.summary().articles == 3
    assert store.summary().events == 4


def test_write_batch_skips_a_document_repeated_in_the_batch(
    store: Store, docs: list[Document]
) -> None:
    doc = docs[0]
    assert store.write_batch([doc, doc], []) == WriteSummary(1, 1, 0)
    assert store.has_article(doc.id)
    assert not store.has_article("a-not-there")


def test_failures_are_recorded_once(store: Store) -> None:
    fails = [
        Failure("feed.jsonl:3", "E201", "invalid JSON at column 4", "a123"),
        Failure("empty.txt", "E202", "empty body"),
    ]
    assert store.write_batch([], fails) == WriteSummary(0, 0, 2)
    assert store.write_batch([], fails) == WriteSummary(0, 0, 0)
    assert store.failures() == fails
    assert store.summary().failures == 2


def test_failed_batch_rolls_back_and_keeps_earlier_batches(
    store: Store, monkeypatch: pytest.MonkeyPatch, docs: list[Document]
) -> None:
    first = docs[0]
    store.write_batch([first], [])
    real = _sqlwrite.insert_document
    calls: list[str] = []

    def flaky(conn: sqlite3.Connection, doc: Document, **kw: Any) -> None:
        calls.append(doc.id)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        real(conn, doc, **kw)

    monkeypatch.setattr(sqlite_mod, "insert_document", flaky)  # the name sqlite.py calls
    second, third = docs[1], Document(id="a-third", text="Third.", source="t.txt")
    with pytest.raises(StoreError) as info:
        store.write_batch([second, third], [Failure("x.txt", "E201", "bad")])
    assert info.value.code == "E401"
    assert "article a-third" in str(info.value)
    assert "rolled back" in str(info.value)
    assert not store.has_article(second.id)  # written before the error, then rolled back
    assert store.summary() == StoreSummary(1, 3, 1, 1, 1, 1, 2, 0, (("AID", 1), ("CONSULT", 1)))
    assert [r["doc_id"] for r in store.iter_records()] == [first.id]


def test_constraint_violation_rolls_back_the_whole_batch(
    store: Store, docs: list[Document]
) -> None:
    doc = docs[0]
    broken = Document(id="a-broken", text=doc.text, source="b.txt", entities=(doc.entities[0],) * 2)
    with pytest.raises(StoreError, match=r"E401 .*article a-broken: UNIQUE constraint"):
        store.write_batch([docs[1], broken], [])
    assert store.summary().articles == 0
    assert store.summary().entities == 0
    assert list(store.iter_records()) == []


def test_stored_record_is_the_full_to_record_output(store: Store, docs: list[Document]) -> None:
    versions = {"events": "1.0"}
    store.write_batch(docs, [], versions=versions)
    assert list(store.iter_records()) == [to_record(d, versions=versions) for d in docs]


def test_records_come_back_in_ingest_order(store: Store, docs: list[Document]) -> None:
    store.write_batch([docs[2]], [])
    store.write_batch([docs[0], docs[1]], [])
    assert [r["doc_id"] for r in store.iter_records()] == [docs[2].id, docs[0].id, docs[1].id]


def test_store_satisfies_protocol(store: Store) -> None:
    assert isinstance(store, Store)


# -- migrations and connection settings ------------------------------------------------------


def _migrations(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version, name FROM schema_migrations").fetchall()


def test_migrations_are_recorded_and_idempotent(tmp_path: Path, docs: list[Document]) -> None:
    path = tmp_path / "ew.db"
    with SQLiteStore(path) as store:
        store.write_batch([docs[0]], [])
        assert store.migrate() == []
    shipped = [(v, name) for v, name, _ in sqlite_mod.read_migrations()]
    assert _migrations(path) == shipped
    with SQLiteStore(path) as store:
        assert store.migrate() == []
        assert store.summary().articles == 1
    assert _migrations(path) == shipped


def test_reopen_applies_only_new_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ew.db"
    SQLiteStore(path).close()
    known = sqlite_mod.read_migrations()
    extra = (90, "0090_notes.sql", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n")
    monkeypatch.setattr(sqlite_mod, "read_migrations", lambda: [*known, extra])
    with SQLiteStore(path) as store:
        assert store.migrate() == []  # applied while opening
    assert _migrations(path) == [*((v, n) for v, n, _ in known), (90, "0090_notes.sql")]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM notes").fetchone() == (0,)


def test_failed_migration_leaves_schema_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ew.db"
    SQLiteStore(path).close()
    bad = (90, "0090_bad.sql", "CREATE TABLE half (id INTEGER);\nCREATE TABLE articles (x);\n")
    known = sqlite_mod.read_migrations()
    monkeypatch.setattr(sqlite_mod, "read_migrations", lambda: [*known, bad])
    with pytest.raises(StoreError, match=r"E404 .*schema migration failed"):
        SQLiteStore(path)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in tables
    assert _migrations(path) == [(v, n) for v, n, _ in known]


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ew.db"
    SQLiteStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, '0099_future.sql', 'now')")
    with pytest.raises(StoreError, match=r"E405 .*newer than this eventwire"):
        SQLiteStore(path)


def test_file_store_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "ew.db"
    with SQLiteStore(path) as store:
        assert store._conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_readers_open_and_query_while_a_batch_is_being_written(
    tmp_path: Path, docs: list[Document]
) -> None:
    path = tmp_path / "ew.db"
    with SQLiteStore(path) as writer:
        writer.write_batch([docs[0]], [])
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    other.execute("DELETE FROM failures")
    try:
        with SQLiteStore(path) as reader:
            assert [e.type for e in reader.events()] == ["CONSULT", "AID"]
            assert reader.search("Beijing")[0].doc_id == docs[0].id
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_deleting_an_article_cascades_and_leaves_search(
    tmp_path: Path, docs: list[Document]
) -> None:
    path = tmp_path / "ew.db"
    doc = docs[0]
    with SQLiteStore(path) as store:
        store.write_batch([doc, docs[1]], [])
        store._conn.execute("DELETE FROM articles WHERE id = ?", (doc.id,))
        summary = store.summary()
        assert (summary.articles, summary.entities, summary.events) == (1, 3, 2)
        assert store.search("Beijing") == []
        assert [h.doc_id for h in store.search("ministry")] == [docs[1].id]
        orphans = store._conn.execute(
            "SELECT COUNT(*) FROM event_actors WHERE doc_id = ?", (doc.id,)
        ).fetchone()
        assert orphans == (0,)


# -- queries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["ACCUSE", "CONSULT", "AID", "PROTEST"]),  # newest date first, undated last
        ({"actor": "xi"}, ["CONSULT"]),
        ({"actor": "BIDEN"}, ["CONSULT"]),  # targets match too
        ({"actor": "müller"}, ["ACCUSE"]),  # non-ASCII case folding
        ({"actor": "MÜLLER"}, ["ACCUSE"]),
        ({"actor": "nobody"}, []),
        ({"type": "AID"}, ["AID"]),
        ({"since": "2024-01-01"}, ["ACCUSE"]),
        ({"until": "2023-12-31"}, ["CONSULT", "AID"]),
        ({"since": "2023-12-19", "until": "2023-12-19"}, ["CONSULT"]),
        ({"since": "2023-12"}, ["ACCUSE", "CONSULT", "AID"]),
        ({"since": "2023"}, ["ACCUSE", "CONSULT", "AID"]),
        ({"until": "2023"}, ["CONSULT", "AID"]),
        ({"actor": "xi", "type": "AID"}, []),
        ({"limit": 2}, ["ACCUSE", "CONSULT"]),
    ],
)
def test_events_filters(filled: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert [e.type for e in filled.events(**filters)] == expected


def test_event_row_resolves_article_actors_and_place(filled: Store, docs: list[Document]) -> None:
    (row,) = filled.events(type="CONSULT")
    assert row.to_json() == {
        "event_id": docs[0].events[0].id,
        "doc_id": docs[0].id,
        "title": "Summit in Beijing",
        "source": "summit.txt",
        "type": "CONSULT",
        "mode": "visit",
        "cameo": "042",
        "date": "2023-12-19",
        "sources": ["Xi Jinping"],
        "targets": ["Joe Biden"],
        "place": "Beijing",
        "trigger": "met",
        "sentence": "Xi Jinping met Joe Biden in Beijing on Tuesday.",
        "confidence": 0.8,
    }
    (aid,) = filled.events(type="AID")
    assert (aid.sources, aid.targets, aid.place) == (("China",), (), None)


@pytest.mark.parametrize(
    ("since", "until"),
    [("yesterday", None), (None, "2023-13-01"), ("2023-02-30", None), ("20231219", None),
     (None, "2023-1"), ("2024-01-01", "2023-01-01")],
)  # fmt: skip
def test_events_rejects_bad_dates(filled: Store, since: str | None, until: str | None) -> None:
    with pytest.raises(StoreError) as info:
        filled.events(since=since, until=until)
    assert info.value.code == "E402"
    assert "YYYY-MM-DD" in str(info.value) or "is after" in str(info.value)


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        (None, [("The ministry", "it would respond"), ("Xi Jinping", "We will cooperate,")]),
        ("xi", [("Xi Jinping", "We will cooperate,")]),
        ("MINISTRY", [("The ministry", "it would respond")]),  # falls back to the source words
        ("Biden", []),
    ],
)
def test_statements_filter_by_speaker(
    filled: Store, speaker: str | None, expected: list[tuple[str, str]]
) -> None:
    assert [(s.speaker, s.content) for s in filled.statements(speaker=speaker)] == expected


def test_statement_row_values(filled: Store, docs: list[Document]) -> None:
    (row,) = filled.statements(speaker="Xi")
    assert (row.doc_id, row.cue, row.kind, row.confidence) == (docs[0].id, "said",
                                                                "direct", 0.9)  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"name": "xi"}, ["Xi Jinping"]),
        ({"type": "PERSON"}, ["Xi Jinping", "Joe Biden", "Jürgen Müller"]),
        ({"type": "GPE"}, ["China"]),
        ({"limit": 2}, ["Xi Jinping", "the ministry"]),  # most mentions, then name
    ],
)
def test_entities_filters(filled: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert [e.name for e in filled.entities(**filters)] == expected


@pytest.mark.parametrize(
    ("query", "titles", "marked"),
    [
        ("Beijing", ["Summit in Beijing"], "[Beijing]"),
        ('"Joe Biden"', ["Summit in Beijing"], "[Joe Biden]"),
        ("ministry", [None], "[ministry]"),
        ("muller", [None], "[Müller]"),  # diacritics are folded
        ("flood*", ["Floods in Bangladesh"], "[Floods]"),  # best column: the title
        ("Dhaka OR Beijing", ["Floods in Bangladesh", "Summit in Beijing"], "["),
        ("tanks", [], ""),
    ],
)
def test_search_finds_and_highlights(
    filled: Store, query: str, titles: list[str | None], marked: str
) -> None:
    hits = filled.search(query)
    assert sorted(h.title or "" for h in hits) == sorted(t or "" for t in titles)
    assert all(marked in h.snippet for h in hits)


def test_search_limit(filled: Store) -> None:
    assert len(filled.search("Dhaka OR Beijing OR ministry", limit=2)) == 2


@pytest.mark.parametrize("query", ['"unbalanced', "U.S.-China", "AND", "title:", "  "])
def test_search_rejects_malformed_queries(filled: Store, query: str) -> None:
    with pytest.raises(StoreError) as info:
        filled.search(query)
    assert info.value.code == "E403"


def test_search_error_says_how_to_quote(filled: Store) -> None:
    with pytest.raises(StoreError, match=re.escape("""double quotes, e.g. '"Xi Jinping"'""")):
        filled.search("U.S.-China")


def test_summary_json_shape(filled: Store) -> None:
    out = filled.summary().to_json()
    assert out["articles"] == 3
    assert out["top_event_types"][0] == {"type": "ACCUSE", "count": 1}
    json.dumps(out)


# -- opening ---------------------------------------------------------------------------------


def test_open_store_memory_is_private(docs: list[Document]) -> None:
    with open_store(":memory:") as one, open_store(":memory:") as two:
        one.write_batch([docs[0]], [])
        assert two.summary().articles == 0


def test_open_store_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, docs: list[Document]
) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///rel.db") as store:
        store.write_batch([docs[0]], [])
    assert (tmp_path / "rel.db").exists()
    with open_store(tmp_path / "rel.db") as store:
        assert store.summary().articles == 1


@pytest.mark.parametrize(
    ("url", "code"),
    [("mysql://localhost/ew", "E122"), ("", "E122")],  # postgresql://: test_postgres.py
)  # fmt: skip
def test_open_store_rejects_other_backends(url: str, code: str) -> None:
    from eventwire.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        open_store(url)
    assert info.value.code == code
    if code == "E120":
        assert "pip install eventwire[postgres]" in str(info.value)


def test_open_store_reports_unopenable_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="E400"):
        open_store(junk)
    with pytest.raises(StoreError, match="E400"):
        open_store(tmp_path / "missing-dir" / "ew.db")
