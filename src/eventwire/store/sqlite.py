"""The SQLite store (the default backend): one file, WAL journal, FTS5 search.

Schema changes are numbered SQL files in ``store/migrations/`` applied in order, each in
its own transaction, and recorded in ``schema_migrations``; opening a database applies
only the ones it lacks. Every ``write_batch`` is one transaction: it lands whole or not
at all. The tables are documented in ``docs/store.md``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from ..errors import StoreError
from ..model import Document, Failure
from ._queries import DbRow, SqlQueries
from ._sqlwrite import insert_document, insert_failures
from .base import (
    SearchHit,
    StoreSummary,
    WriteSummary,
)

__all__ = ["SQLiteStore", "read_migrations"]

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_PRAGMAS = (
    "PRAGMA journal_mode=WAL",  # readers never block the writer, nor it them
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
    "PRAGMA synchronous=NORMAL",  # durable enough with WAL; much faster commits
)
_COUNTED = (
    "articles", "entities", "times", "places", "amounts", "statements", "events", "failures",
)  # fmt: skip


def read_migrations() -> list[tuple[int, str, str]]:
    """The packaged migrations as (version, file name, SQL), in version order."""
    found = []
    for item in files("eventwire.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


def _statements_of(script: str) -> Iterator[str]:
    """Split a SQL script into statements (``executescript`` would commit mid-migration)."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf
            buf = ""
    if buf.strip() and not all(
        ln.strip().startswith("--") for ln in buf.splitlines() if ln.strip()
    ):
        yield buf


def _contains(haystack: str | None, needle: str) -> bool:
    # SQLite's lower()/LIKE only fold ASCII; names are often not ASCII.
    return haystack is not None and needle.casefold() in haystack.casefold()


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> DbRow:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(SqlQueries):
    """A Store in one SQLite file (or ``:memory:``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise self._open_error(exc) from None
        try:
            for pragma in _PRAGMAS:
                self._conn.execute(pragma)
            self._conn.create_function("ew_contains", 2, _contains, deterministic=True)
        except sqlite3.Error as exc:
            self._conn.close()
            raise self._open_error(exc) from None
        try:
            self.migrate()
        except StoreError:
            self._conn.close()
            raise

    def _open_error(self, exc: sqlite3.Error) -> StoreError:
        return StoreError(
            "E400",
            f"cannot open database: {exc}; check the directory exists, the file is "
            "writable and is an eventwire SQLite database",
            where=self.path,
        )

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so concurrent writers wait
        # (busy_timeout) instead of failing half-way through a batch.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:  # also when COMMIT itself failed (disk full)
                self._conn.execute("ROLLBACK")
            raise

    def migrate(self) -> list[int]:
        """Apply migrations this database lacks; return the versions applied now."""
        applied_now: list[int] = []
        known = read_migrations()
        try:
            # A plain read first: an up-to-date database is opened without taking the
            # write lock, so readers never wait for a long ingest batch.
            done = self._applied()
            self._check_not_newer(done, known)
            for version, name, sql in known:
                if version not in done and self._apply(version, name, sql):
                    applied_now.append(version)
        except sqlite3.Error as exc:
            raise StoreError("E404", f"schema migration failed: {exc}", where=self.path) from None
        return applied_now

    def _applied(self) -> set[int]:
        if not self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone():
            return set()
        return {v for (v,) in self._conn.execute("SELECT version FROM schema_migrations")}

    def _apply(self, version: int, name: str, sql: str) -> bool:
        """Run one migration in its own transaction; False if another process beat us to it."""
        with self._transaction() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            if conn.execute(
                "SELECT 1 FROM schema_migrations WHERE version = ?", (version,)
            ).fetchone():
                return False
            for stmt in _statements_of(sql):
                conn.execute(stmt)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, _now()),
            )
        return True

    def _check_not_newer(self, done: set[int], known: list[tuple[int, str, str]]) -> None:
        newest = max((v for v, _, _ in known), default=0)
        if done and max(done) > newest:
            raise StoreError(
                "E405",
                f"database schema version {max(done)} is newer than this eventwire "
                f"(knows up to {newest}); upgrade eventwire to open it",
                where=self.path,
            )

    # -- writing -----------------------------------------------------------------------

    def has_article(self, doc_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def write_batch(
        self,
        docs: Sequence[Document],
        failures: Sequence[Failure],
        *,
        versions: dict[str, str] | None = None,
    ) -> WriteSummary:
        """Store documents and failures in one transaction; stored documents are skipped."""
        added = skipped = 0
        at = _now()
        where = "starting the batch"
        try:
            with self._transaction() as conn:
                for doc in docs:
                    where = f"article {doc.id}"
                    if self.has_article(doc.id):
                        skipped += 1
                        continue
                    insert_document(conn, doc, versions=versions, at=at)
                    added += 1
                where = "recording failures"
                failed = insert_failures(conn, failures, at=at)
                if versions:
                    conn.execute(
                        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                        ("stage_versions", json.dumps(versions, sort_keys=True)),
                    )
                where = "committing the batch"
        except sqlite3.Error as exc:
            raise StoreError(
                "E401",
                f"{where}: {exc}; the batch of {len(docs)} documents was rolled back "
                "(nothing from it was stored, earlier batches are intact)",
                where=self.path,
            ) from None
        return WriteSummary(added, skipped, failed)

    # -- reading -----------------------------------------------------------------------

    def _select(self, sql: str, params: Sequence[Any]) -> Iterator[DbRow]:
        cur = self._conn.cursor()
        cur.row_factory = _dict_row
        yield from cur.execute(sql, params)

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and bodies (FTS5 query syntax), best match first."""
        if not query.strip():
            raise StoreError("E403", "empty search query; give one or more words")
        try:
            rows = self._conn.execute(
                "SELECT a.id, a.title, a.source,"
                " snippet(articles_fts, -1, '[', ']', '…', 16)"
                " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(
                "E403",
                f"invalid search query {query!r} ({exc}); put phrases and words with "
                "punctuation in double quotes, e.g. '\"Xi Jinping\"' or '\"U.S.-China\"', "
                "and write AND/OR/NOT in capitals only as operators",
            ) from None
        return [SearchHit(*r) for r in rows]

    def summary(self) -> StoreSummary:
        count = {
            t: int(self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in _COUNTED
        }
        top = self._conn.execute(
            "SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type LIMIT 10"
        ).fetchall()
        return StoreSummary(**count, top_event_types=tuple((str(t), int(n)) for t, n in top))

    def iter_records(self) -> Iterator[dict[str, Any]]:
        for (raw,) in self._conn.execute("SELECT record FROM articles ORDER BY seq"):
            rec: dict[str, Any] = json.loads(raw)
            yield rec

    def failures(self) -> list[Failure]:
        rows = self._conn.execute(
            "SELECT source, code, message, article_id FROM failures ORDER BY id"
        )
        return [Failure(*r) for r in rows]
