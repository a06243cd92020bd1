"""What the SQL backends share: the read queries and the row builders.

A backend subclasses ``SqlQueries`` and supplies ``_select(sql, params)`` yielding one
``dict`` per row (column name -> value). The SQL itself comes from ``_sqlquery``, written
once in SQLite's dialect; the PostgreSQL backend rewrites it in its ``_select``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any, Literal, overload

from ..errors import StoreError
from ._sqlquery import (
    ACTOR_SELECT,
    ROW_QUERIES,
    actors_sql,
    entities_sql,
    events_sql,
    statements_sql,
)
from .base import ActorRow, EntityRow, EventRow, Row, StatementRow, Table

__all__ = ["DbRow", "SqlQueries", "check_day"]

DbRow = dict[str, Any]
_DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class SqlQueries:
    """The Store protocol's read queries over any backend with a dict-row ``_select``."""

    def _select(self, sql: str, params: Sequence[Any]) -> Iterator[DbRow]:
        raise NotImplementedError

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 100,
    ) -> list[EventRow]:
        """Events, newest article first; ``actor`` matches source or target names."""
        since, until = check_day(since, "since"), check_day(until, "until")
        if since and until and since > until:
            raise StoreError("E402", f"--since {since} is after --until {until}")
        sql, params = events_sql(actor=actor, type=type, since=since, until=until, limit=limit)
        return [_event_row(r) for r in self._select(sql, params)]

    def statements(
        self, *, speaker: str | None = None, limit: int | None = 100
    ) -> list[StatementRow]:
        sql, params = statements_sql(speaker=speaker, limit=limit)
        return [_statement_row(r) for r in self._select(sql, params)]

    def entities(
        self,
        *,
        name: str | None = None,
        type: str | None = None,
        limit: int | None = 100,
    ) -> list[EntityRow]:
        sql, params = entities_sql(name=name, type=type, limit=limit)
        return [_entity_row(r) for r in self._select(sql, params)]

    def actors(self, *, name: str | None = None, limit: int | None = 100) -> list[ActorRow]:
        """Actors whose name or an alias contains ``name``, most articles first."""
        sql, params = actors_sql(name=name, limit=limit)
        return [_actor_row(r) for r in self._select(sql, params)]

    def actor(self, actor_id: str) -> ActorRow | None:
        """One actor with its aliases, titles, countries and first/last seen dates."""
        rows = list(self._select(ACTOR_SELECT + " WHERE a.id = ?", (actor_id,)))
        return _actor_row(rows[0]) if rows else None

    @overload
    def iter_rows(self, table: Literal["events"]) -> Iterator[EventRow]: ...
    @overload
    def iter_rows(self, table: Literal["statements"]) -> Iterator[StatementRow]: ...
    @overload
    def iter_rows(self, table: Literal["entities"]) -> Iterator[EntityRow]: ...
    @overload
    def iter_rows(self, table: Table) -> Iterator[Row]: ...
    def iter_rows(self, table: Table) -> Iterator[Row]:
        """Every row of ``table`` in ingest order, streamed."""
        builders: dict[str, Callable[[DbRow], Row]] = {
            "events": _event_row,
            "statements": _statement_row,
            "entities": _entity_row,
        }
        build = builders[table]
        for r in self._select(ROW_QUERIES[table], ()):
            yield build(r)


def check_day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    ok = _DATE_PREFIX.match(value) is not None
    if ok and len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            ok = False
    if not ok:
        raise StoreError(
            "E402", f"--{name} {value!r} is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)"
        )
    return value


def _names(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = json.loads(raw)
    return tuple(raw or ())


def _event_row(r: DbRow) -> EventRow:
    return EventRow(
        event_id=r["id"], doc_id=r["doc_id"], title=r["title"], source=r["source"],
        type=r["type"], mode=r["mode"], cameo=r["cameo"], date=r["date"],
        sources=_names(r["sources"]), targets=_names(r["targets"]), place=r["place"],
        trigger=r["trigger_text"], sentence=r["sentence_text"], confidence=r["confidence"],
    )  # fmt: skip


def _actor_row(r: DbRow) -> ActorRow:
    return ActorRow(
        id=r["id"], name=r["name"], type=r["type"], country=r["country"],
        first_seen=r["first_seen"], last_seen=r["last_seen"], articles=int(r["articles"]),
        aliases=_names(r["aliases"]), titles=_names(r["titles"]),
        countries=_names(r["countries"]),
    )  # fmt: skip


def _statement_row(r: DbRow) -> StatementRow:
    return StatementRow(*r.values())


def _entity_row(r: DbRow) -> EntityRow:
    return EntityRow(*r.values())
