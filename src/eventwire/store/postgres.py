"""The PostgreSQL store: the SQLite store's schema and queries on a server, many writers.

``open_store("postgresql://user:pass@host/db")`` picks it. Migrations are numbered SQL
files in ``store/migrations_pg/`` (the same tables as ``store/migrations/``), applied under
an advisory lock so two processes opening a fresh database do not race. Every
``write_batch`` is one transaction. Several processes may write to one database at once:
a batch takes a transaction-scoped advisory lock before it writes, so concurrent batches
queue instead of failing on the same article, actor or failure row (the actor registry
is read then extended, which only a serial writer gets right); a batch is milliseconds of
SQL, the analysis that precedes it runs in parallel. Search uses a ``tsvector`` column
with a GIN index and ``websearch_to_tsquery`` syntax (words, ``"a phrase"``, ``or``,
``-word``).

Needs ``pip install 'eventwire[postgres]'`` (psycopg 3).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from importlib.resources import files
from types import TracebackType
from typing import Any, Self, cast

from ..errors import ConfigError, StoreError
from ..model import Document, Failure
from ._pgsql import PgConnection, to_pg
from ._queries import SqlQueries
from ._sqlwrite import insert_document, insert_failures
from .base import (
    SearchHit,
    StoreSummary,
    WriteSummary,
)

__all__ = ["PostgresStore", "read_pg_migrations"]

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_MIGRATION_LOCK = 0x657677  # advisory lock keys: "evw" (schema), "evx" (batch writes)
_WRITE_LOCK = 0x657678
_COUNTED = (
    "articles", "entities", "times", "places", "amounts", "statements", "events", "failures",
)  # fmt: skip
_HEADLINE = "StartSel=[, StopSel=], MaxWords=16, MinWords=6, ShortWord=1, FragmentDelimiter=…"


def read_pg_migrations() -> list[tuple[int, str, str]]:
    """The packaged PostgreSQL migrations as (version, file name, SQL), in version order."""
    found = []
    for item in files("eventwire.store").joinpath("migrations_pg").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append((int(match.group(1)), item.name, item.read_text(encoding="utf-8")))
    return sorted(found)


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise ConfigError(
            "E120",
            "a postgresql:// store needs psycopg; run `pip install 'eventwire[postgres]'`",
            where="store.url",
        ) from None
    return psycopg


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _redacted(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


class PostgresStore(SqlQueries):
    """A Store in a PostgreSQL database."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._pg = _psycopg()
        try:
            self._conn = self._pg.connect(url, autocommit=True, connect_timeout=10)
        except self._pg.Error as exc:
            raise StoreError(
                "E400",
                f"cannot connect to PostgreSQL: {_one_line(exc)}; check the server runs, "
                "the database exists and the user may log in",
                where=_redacted(url),
            ) from None
        try:
            self.migrate()
        except StoreError:
            self._conn.close()
            raise

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

    def migrate(self) -> list[int]:
        """Apply migrations this database lacks; return the versions applied now."""
        applied_now: list[int] = []
        known = read_pg_migrations()
        try:
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                self._conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                done = {v for (v,) in self._conn.execute("SELECT version FROM schema_migrations")}
                newest = max((v for v, _, _ in known), default=0)
                if done and max(done) > newest:
                    raise StoreError(
                        "E405",
                        f"database schema version {max(done)} is newer than this eventwire "
                        f"(knows up to {newest}); upgrade eventwire to open it",
                        where=_redacted(self.url),
                    )
                for version, name, sql in known:
                    if version not in done:
                        self._conn.execute(sql)
                        self._conn.execute(
                            "INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                            (version, name, _now()),
                        )
                        applied_now.append(version)
        except self._pg.Error as exc:
            raise StoreError(
                "E404", f"schema migration failed: {_one_line(exc)}", where=_redacted(self.url)
            ) from None
        return applied_now

    # -- writing -----------------------------------------------------------------------

    def has_article(self, doc_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM articles WHERE id = %s", (doc_id,)).fetchone()
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
        conn = PgConnection(self._conn)
        try:
            with self._conn.transaction():
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
                seen: set[str] = set()
                for doc in docs:
                    where = f"article {doc.id}"
                    if doc.id in seen or self.has_article(doc.id):
                        skipped += 1
                        continue
                    seen.add(doc.id)
                    # PgConnection speaks the sqlite3 subset _sqlwrite uses.
                    insert_document(cast(Any, conn), doc, versions=versions, at=at)
                    added += 1
                where = "recording failures"
                failed = insert_failures(cast(Any, conn), failures, at=at)
                if versions:
                    self._conn.execute(
                        "INSERT INTO settings (key, value) VALUES (%s, %s)"
                        " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                        ("stage_versions", json.dumps(versions, sort_keys=True)),
                    )
                where = "committing the batch"
        except self._pg.Error as exc:
            raise StoreError(
                "E401",
                f"{where}: {_one_line(exc)}; the batch of {len(docs)} documents was rolled "
                "back (nothing from it was stored, earlier batches are intact)",
                where=_redacted(self.url),
            ) from None
        return WriteSummary(added, skipped, failed)

    # -- reading -----------------------------------------------------------------------

    def _select(self, sql: str, params: Sequence[Any]) -> Iterator[dict[str, Any]]:
        from psycopg.rows import dict_row

        cur = self._conn.cursor(row_factory=dict_row)
        yield from cur.stream(to_pg(sql), tuple(params))

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over titles and bodies (web-search syntax), best match first."""
        if not query.strip():
            raise StoreError("E403", "empty search query; give one or more words")
        rows = self._conn.execute(
            "SELECT a.id, a.title, a.source, ts_headline('simple', a.text, q, %s)"
            " FROM articles a, websearch_to_tsquery('simple', %s) q"
            " WHERE a.fts @@ q ORDER BY ts_rank(a.fts, q) DESC, a.seq LIMIT %s",
            (_HEADLINE, query, limit),
        ).fetchall()
        return [SearchHit(*r) for r in rows]

    def summary(self) -> StoreSummary:
        count = {
            t: int(self._conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in _COUNTED
        }
        top = self._conn.execute(
            'SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC, type COLLATE "C"'
            " LIMIT 10"
        ).fetchall()
        return StoreSummary(**count, top_event_types=tuple((str(t), int(n)) for t, n in top))

    def iter_records(self) -> Iterator[dict[str, Any]]:
        cur = self._conn.cursor()
        for (raw,) in cur.stream("SELECT record FROM articles ORDER BY seq"):
            rec: dict[str, Any] = json.loads(raw)
            yield rec

    def failures(self) -> list[Failure]:
        rows = self._conn.execute(
            "SELECT source, code, message, article_id FROM failures ORDER BY id"
        )
        return [Failure(*r) for r in rows]
