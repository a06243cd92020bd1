"""Fixtures for the runner tests: a generated 40-article feed, a database dump that
ignores only timestamps, and the reference store an in-process ingest builds."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from eventwire.config import Config

LEADERS = ("Angela Merkel", "Emmanuel Macron", "Joe Biden", "Xi Jinping", "Narendra Modi",
           "Olaf Scholz", "Rishi Sunak", "Fumio Kishida")  # fmt: skip
PLACES = ("Berlin", "Paris", "Washington", "Beijing", "New Delhi", "Brasilia", "London", "Tokyo")
VERBS = ("met", "criticised", "praised", "accused", "visited", "thanked")
TIMESTAMPS = {"ingested_at", "at", "applied_at"}

Dump = dict[str, list[tuple[Any, ...]]]


def write_feed(path: Path, n: int = 40) -> Path:
    """``n`` short, distinct news items as JSONL (plus one blank body, a reader failure)."""
    rnd = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            a, b = rnd.sample(LEADERS, 2)
            text = (
                f"{a} {rnd.choice(VERBS)} {b} in {rnd.choice(PLACES)} on Tuesday, officials "
                f'said. "We will talk again next year," {a} told reporters. The government '
                f"pledged ${rnd.randint(2, 90)} million in aid to farmers, a spokesman said."
            )
            rec = {"id": f"art-{i:03d}", "title": f"Story {i}", "text": text,
                   "published": f"2023-0{1 + i % 9}-1{i % 9}"}  # fmt: skip
            out.write(json.dumps(rec) + "\n")
            if i == n // 2:
                out.write(json.dumps({"id": "empty", "text": "  "}) + "\n")
    return path


def dump_sqlite(path: Path) -> Dump:
    """Every row of every eventwire table, timestamps and autoincrement ids left out."""
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%'"
            " AND name NOT IN ('sqlite_sequence', 'schema_migrations') ORDER BY name")]  # fmt: skip
        out: Dump = {}
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in cols if c not in TIMESTAMPS and (table, c) != ("failures", "id")]
            rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        conn.close()


@pytest.fixture(scope="session")
def feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_feed(tmp_path_factory.mktemp("feed") / "feed.jsonl")


@pytest.fixture(scope="session")
def dump() -> Callable[[Path], Dump]:
    return dump_sqlite


@pytest.fixture(scope="session")
def reference(tmp_path_factory: pytest.TempPathFactory, feed: Path, cfg: Config) -> Dump:
    """The database an uninterrupted in-process ingest of the feed leaves."""
    from eventwire.ingest import read_articles
    from eventwire.runners import IngestOptions, run_ingest
    from eventwire.store import open_store

    path = tmp_path_factory.mktemp("ref") / "ref.db"
    with open_store(path) as store:
        report = run_ingest(cfg, store, read_articles([str(feed)]), options=IngestOptions())
    assert (report.added, report.failed) == (40, 1), report
    return dump_sqlite(path)


@pytest.fixture(scope="session")
def same_as_reference(reference: Dump) -> Callable[[Path], bool]:
    """True when the database at a path holds exactly what the reference ingest stored."""
    return lambda db: dump_sqlite(db) == reference
