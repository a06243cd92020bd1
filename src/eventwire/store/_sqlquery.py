"""SQL for the SQLite store's read queries, built from fixed fragments and bound params."""

from __future__ import annotations

from typing import Any

__all__ = ["ROW_QUERIES", "actors_sql", "entities_sql", "events_sql", "statements_sql"]

# Actor names are denormalised into event_actors; the subquery keeps the event's order.
_ACTORS = (
    "(SELECT json_group_array(name) FROM (SELECT name FROM event_actors ea"
    " WHERE ea.doc_id = e.doc_id AND ea.event_id = e.id AND ea.role = '{role}'"
    " ORDER BY ea.position))"
)

_EVENT_SELECT = (
    "SELECT e.id, e.doc_id, a.title, a.source, e.type, e.mode, e.cameo, e.date,"
    f" {_ACTORS.format(role='source')} AS sources, {_ACTORS.format(role='target')} AS targets,"
    " p.name AS place, e.trigger_text, e.sentence_text, e.confidence"
    " FROM events e JOIN articles a ON a.id = e.doc_id"
    " LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id"
)

_STATEMENT_SELECT = (
    "SELECT s.id, s.doc_id, COALESCE(s.speaker_name, s.source_text), s.cue_text,"
    " s.content_text, s.kind, s.confidence"
    " FROM statements s JOIN articles a ON a.id = s.doc_id"
)

_ENTITY_SELECT = (
    "SELECT n.id, n.doc_id, n.name, n.type, n.title, n.country, n.sector, n.mentions"
    " FROM entities n JOIN articles a ON a.id = n.doc_id"
)

ROW_QUERIES: dict[str, str] = {
    "events": _EVENT_SELECT + " ORDER BY a.seq, e.position",
    "statements": _STATEMENT_SELECT + " ORDER BY a.seq, s.position",
    "entities": _ENTITY_SELECT + " ORDER BY a.seq, n.position",
}


def _finish(
    select: str, where: list[str], order: str, params: list[Any], limit: int | None
) -> tuple[str, list[Any]]:
    sql = select
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY " + order
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(limit, 0))
    return sql, params


def events_sql(
    *,
    actor: str | None,
    type: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
) -> tuple[str, list[Any]]:
    """Events newest first (undated last); ``since``/``until`` are validated date prefixes."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        where.append(
            "EXISTS (SELECT 1 FROM event_actors ea WHERE ea.doc_id = e.doc_id"
            " AND ea.event_id = e.id AND ew_contains(ea.name, ?))"
        )
        params.append(actor)
    if type:
        where.append("e.type = ?")
        params.append(type)
    # Compare the event date's prefix of the same length as the bound (YYYY[-MM[-DD]]),
    # so --since 2023-12 keeps "2023-12-19" and "2023-12" but not "2023"; values that do
    # not start with a year (PRESENT_REF, XXXX-12-19) never pass a date filter.
    if since or until:
        where.append("e.date GLOB '[0-9][0-9][0-9][0-9]*'")
    if since:
        where.append("substr(e.date, 1, ?) >= ?")
        params.extend([len(since), since])
    if until:
        where.append("substr(e.date, 1, ?) <= ?")
        params.extend([len(until), until])
    order = "e.date IS NULL, e.date DESC, a.seq DESC, e.position"
    return _finish(_EVENT_SELECT, where, order, params, limit)


def statements_sql(*, speaker: str | None, limit: int | None) -> tuple[str, list[Any]]:
    """Statements of the most recently ingested articles first, in document order."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        where.append("ew_contains(COALESCE(s.speaker_name, s.source_text), ?)")
        params.append(speaker)
    return _finish(_STATEMENT_SELECT, where, "a.seq DESC, s.position", params, limit)


def entities_sql(
    *,
    name: str | None,
    type: str | None,
    limit: int | None,
) -> tuple[str, list[Any]]:
    """Entities, most mentioned first."""
    where: list[str] = []
    params: list[Any] = []
    if name:
        where.append("ew_contains(n.name, ?)")
        params.append(name)
    if type:
        where.append("n.type = ?")
        params.append(type)
    return _finish(
        _ENTITY_SELECT, where, "n.mentions DESC, n.name, a.seq, n.position", params, limit
    )


def _distinct(column: str, table: str, where: str) -> str:
    return (
        f"(SELECT json_group_array({column}) FROM (SELECT DISTINCT {column} FROM {table}"
        f" WHERE {where} AND {column} IS NOT NULL ORDER BY {column}))"
    )


ACTOR_SELECT = (
    "SELECT a.id, a.name, a.type, a.country, a.first_seen, a.last_seen,"
    " (SELECT COUNT(DISTINCT n.doc_id) FROM entities n WHERE n.actor_id = a.id) AS articles,"
    f" {_distinct('alias', 'actor_aliases x', 'x.actor_id = a.id')} AS aliases,"
    f" {_distinct('title', 'entities n', 'n.actor_id = a.id')} AS titles,"
    f" {_distinct('country', 'entities n', 'n.actor_id = a.id')} AS countries"
    " FROM actors a"
)


def actors_sql(*, name: str | None, limit: int | None) -> tuple[str, list[Any]]:
    """Actors matching ``name`` in their name or any alias, most articles first."""
    where: list[str] = []
    params: list[Any] = []
    if name:
        where.append(
            "(ew_contains(a.name, ?) OR EXISTS (SELECT 1 FROM actor_aliases x"
            " WHERE x.actor_id = a.id AND ew_contains(x.alias, ?)))"
        )
        params.extend([name, name])
    return _finish(ACTOR_SELECT, where, "articles DESC, a.name, a.id", params, limit)
