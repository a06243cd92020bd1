"""Read-only queries for the web app.

SQL is built only from fixed fragments chosen by code (sort columns come from a
whitelist, placeholders are counted, never filled with text); every value a user sends
is a bound parameter. Each request opens its own read-only connection, so pages keep
working while ``eventwire ingest`` writes to the same WAL database.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

__all__ = [
    "SORTS",
    "ArticleFilter",
    "EventFilter",
    "actor_profile",
    "article_record",
    "connect",
    "events_per_day",
    "facets",
    "iter_events",
    "list_events",
    "map_points",
    "overview_counts",
    "search_articles",
    "stamp",
    "top_actors",
    "top_places",
]

Order = Literal["asc", "desc"]

# Sort keys a client may name, and the SQL each stands for; nothing else reaches ORDER BY.
SORTS: dict[str, str] = {
    "date": "e.date",
    "type": "e.type",
    "cameo": "e.cameo",
    "confidence": "e.confidence",
    "article": "a.title",
}
_COUNTED = ("articles", "entities", "times", "places", "amounts", "statements", "events")
_ALIAS_SAMPLE = 300  # entity rows scanned for aliases: a common name has thousands
_MAX_NAMES = 50  # a contains-filter matching more distinct names than this keeps the first
_HIGHEST = "\U0010ffff"  # sorts after every date suffix: "2023-12" <= "2023-12-20TMO" <= this
# A full-date prefix; events without one fall back to their article's reference date.
_DAY = (
    "CASE WHEN e.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    " THEN substr(e.date, 1, 10) ELSE a.reference_date END"
)
_ACTORS = (
    "(SELECT json_group_array(name) FROM (SELECT name FROM event_actors ea"
    " WHERE ea.doc_id = e.doc_id AND ea.event_id = e.id AND ea.role = '{role}'"
    " ORDER BY ea.position))"
)
_EVENT_SELECT = (
    "SELECT e.rowid, e.id AS event_id, e.doc_id, a.title, a.source, e.type, e.mode, e.cameo,"
    " e.date,"
    f" {_DAY} AS day, {_ACTORS.format(role='source')} AS sources,"
    f" {_ACTORS.format(role='target')} AS targets, p.name AS place, p.country AS country,"
    " e.trigger_text AS trigger, e.sentence_text AS sentence, e.confidence"
    " FROM events e JOIN articles a ON a.id = e.doc_id"
    " LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id"
)


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite store at ``path`` (one per request)."""
    uri = "file:" + quote(str(Path(path).resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA query_only=1")
    return conn


def stamp(conn: sqlite3.Connection) -> int:
    """Changes whenever an article is added: the key for cached aggregates."""
    row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()
    return int(row[0])


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Filters of the events table; ``since``/``until`` are validated date prefixes."""

    type: str | None = None
    actor: str | None = None  # any source or target name containing this (case-insensitive)
    country: str | None = None  # the event place's ISO 3166 alpha-3 code
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Filters of the article search; dates compare with the article's reference date."""

    type: str | None = None  # the article has an event of this type
    actor: str | None = None  # the article names an entity containing this
    country: str | None = None  # the article mentions a place in this country
    since: str | None = None
    until: str | None = None


def _names_like(conn: sqlite3.Connection, table: str, needle: str) -> list[str]:
    """Distinct names in ``table`` containing ``needle`` (an index-only scan)."""
    sql = {
        "event_actors": "SELECT DISTINCT name FROM event_actors",
        "entities": "SELECT DISTINCT name FROM entities",
    }[table] + " WHERE instr(lower(name), lower(?)) > 0 ORDER BY name LIMIT ?"
    return [r[0] for r in conn.execute(sql, (needle, _MAX_NAMES))]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _event_where(conn: sqlite3.Connection, f: EventFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.type:
        where.append("e.type = ?")
        params.append(f.type)
    if f.actor:
        names = _names_like(conn, "event_actors", f.actor) or [f.actor]
        where.append(
            "(e.doc_id, e.id) IN (SELECT ea.doc_id, ea.event_id FROM event_actors ea"
            f" WHERE ea.name IN ({_marks(len(names))}))"
        )
        params.extend(names)
    if f.country:
        where.append("p.country = ?")
        params.append(f.country)
    if f.since or f.until:
        where.append("e.date < 'A'")  # starts with a digit: PRESENT_REF, XXXX-.. never pass
    if f.since:
        where.append("e.date >= ?")
        params.append(f.since)
    if f.until:
        where.append("e.date <= ?")
        params.append(f.until + _HIGHEST)
    return where, params


def _event_sql(
    conn: sqlite3.Connection, f: EventFilter, *, sort: str, order: Order
) -> tuple[str, list[Any]]:
    """SQL selecting the rowids of the matching events, in order (add LIMIT/OFFSET)."""
    where, params = _event_where(conn, f)
    sql = (
        "SELECT e.rowid FROM events e JOIN articles a ON a.id = e.doc_id"
        " LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = e.place_id"
    )
    sql += " WHERE " + " AND ".join(where) if where else ""
    direction = "ASC" if order == "asc" else "DESC"
    sql += f" ORDER BY {SORTS[sort]} {direction}, a.seq DESC, e.position"
    return sql, params


def _events_by_rowid(conn: sqlite3.Connection, rowids: list[int]) -> list[dict[str, Any]]:
    """Full event rows for ``rowids``, in that order (actor names only for these rows)."""
    if not rowids:
        return []
    sql = _EVENT_SELECT + f" WHERE e.rowid IN ({_marks(len(rowids))})"
    found = {int(r["rowid"]): _event_dict(r) for r in conn.execute(sql, rowids)}
    return [found[i] for i in rowids if i in found]


def _event_dict(r: sqlite3.Row) -> dict[str, Any]:
    out = dict(r)
    del out["rowid"]
    out["sources"] = json.loads(r["sources"]) if r["sources"] else []
    out["targets"] = json.loads(r["targets"]) if r["targets"] else []
    return out


def list_events(
    conn: sqlite3.Connection,
    f: EventFilter,
    *,
    sort: str = "date",
    order: Order = "desc",
    page: tuple[int, int] = (50, 0),
) -> list[dict[str, Any]]:
    """One page (limit, offset) of events matching ``f``."""
    sql, params = _event_sql(conn, f, sort=sort, order=order)
    limit, offset = page
    rowids = [r[0] for r in conn.execute(sql + " LIMIT ? OFFSET ?", [*params, limit, offset])]
    return _events_by_rowid(conn, rowids)


def iter_events(
    conn: sqlite3.Connection, f: EventFilter, *, sort: str, order: Order, limit: int
) -> Iterator[dict[str, Any]]:
    """Events matching ``f``, streamed (for downloads)."""
    sql, params = _event_sql(conn, f, sort=sort, order=order)
    rowids = [r[0] for r in conn.execute(sql + " LIMIT ?", [*params, limit])]
    for start in range(0, len(rowids), 500):  # bounded IN lists, rows streamed per chunk
        yield from _events_by_rowid(conn, rowids[start : start + 500])


def overview_counts(conn: sqlite3.Connection) -> dict[str, int]:
    # Table names come from the fixed tuple above, never from a request.
    return {t: int(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in _COUNTED}


def events_per_day(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(day, type, count) for every day with events; undated events use the article's date."""
    rows = conn.execute(
        f"SELECT {_DAY} AS day, e.type, COUNT(*) FROM events e"
        " JOIN articles a ON a.id = e.doc_id WHERE day IS NOT NULL"
        " GROUP BY day, e.type ORDER BY day, e.type"
    )
    return [(str(d), str(t), int(n)) for d, t, n in rows]


def top_actors(conn: sqlite3.Connection, *, limit: int = 10) -> list[dict[str, Any]]:
    """Names taking part in the most events, as source or target."""
    rows = conn.execute(
        "SELECT name, COUNT(*) AS events, COUNT(DISTINCT doc_id) AS articles"
        " FROM event_actors GROUP BY name ORDER BY events DESC, name LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]


def top_places(conn: sqlite3.Connection, *, limit: int = 10) -> list[dict[str, Any]]:
    """Places mentioned in the most articles."""
    rows = conn.execute(
        "SELECT name, country, COUNT(DISTINCT doc_id) AS articles FROM places"
        " GROUP BY name, country ORDER BY articles DESC, name LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]


def facets(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """The event types and place countries present: the choices of the filter forms."""
    types = [r[0] for r in conn.execute("SELECT DISTINCT type FROM events ORDER BY type")]
    countries = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT country FROM places WHERE country IS NOT NULL ORDER BY country"
        )
    ]
    return {"types": types, "countries": countries}


def _article_where(conn: sqlite3.Connection, f: ArticleFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.type:
        where.append("a.id IN (SELECT e.doc_id FROM events e WHERE e.type = ?)")
        params.append(f.type)
    if f.actor:
        names = _names_like(conn, "entities", f.actor) or [f.actor]
        where.append(
            "EXISTS (SELECT 1 FROM entities n WHERE n.doc_id = a.id"
            f" AND n.name IN ({_marks(len(names))}))"
        )
        params.extend(names)
    if f.country:
        where.append("a.id IN (SELECT p.doc_id FROM places p WHERE p.country = ?)")
        params.append(f.country)
    if f.since:
        where.append("a.reference_date >= ?")
        params.append(f.since)
    if f.until:
        where.append("a.reference_date <= ?")
        params.append(f.until + _HIGHEST)
    return where, params


_HIT_SELECT = "SELECT a.id AS doc_id, a.title, a.source, a.published, a.reference_date,"


def search_articles(
    conn: sqlite3.Connection, query: str, f: ArticleFilter, *, page: tuple[int, int]
) -> list[dict[str, Any]]:
    """Articles matching the FTS5 ``query`` (best first) or, if it is empty, newest first.

    Snippets mark matched terms with U+0002 and U+0003; the caller turns them into markup.
    Raises ``sqlite3.OperationalError`` for a malformed FTS5 query.
    """
    where, params = _article_where(conn, f)
    limit, offset = page
    if query.strip():
        sql = (
            _HIT_SELECT + " snippet(articles_fts, -1, char(2), char(3), '…', 24) AS snippet"
            " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
            " WHERE articles_fts MATCH ?"
        )
        sql += "".join(" AND " + w for w in where) + " ORDER BY rank"
        params = [query, *params]
    else:
        sql = _HIT_SELECT + " substr(a.text, 1, 240) AS snippet FROM articles a"
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY a.seq DESC"
    hits = [dict(r) for r in conn.execute(sql + " LIMIT ? OFFSET ?", [*params, limit, offset])]
    ids = [h["doc_id"] for h in hits]
    counts = dict(
        conn.execute(
            f"SELECT doc_id, COUNT(*) FROM events WHERE doc_id IN ({_marks(len(ids))})"
            " GROUP BY doc_id",
            ids,
        ).fetchall()
    )
    for hit in hits:
        hit["events"] = int(counts.get(hit["doc_id"], 0))
    return hits


def article_record(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    """The stored output-contract record of one article, or None."""
    row = conn.execute("SELECT record FROM articles WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return None
    rec: dict[str, Any] = json.loads(row[0])
    return rec


def _distinct(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[Any]:
    return [r[0] for r in conn.execute(sql, params) if r[0] is not None]


def _actor_facts(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    """Types, titles, countries and article count in one index pass; aliases from a sample."""
    types, titles, countries, docs = set(), set(), set(), set()
    for kind, title, country, doc_id in conn.execute(
        "SELECT type, title, country, doc_id FROM entities WHERE name = ?", (name,)
    ):
        types.add(kind)
        docs.add(doc_id)
        titles.update([title] if title else [])
        countries.update([country] if country else [])
    aliases = _distinct(
        conn,
        "SELECT DISTINCT m.text FROM (SELECT doc_id, id FROM entities WHERE name = ? LIMIT ?) n"
        " JOIN mentions m ON m.doc_id = n.doc_id AND m.entity_id = n.id"
        " WHERE m.kind = 'name' AND m.text != ? ORDER BY m.text LIMIT 50",
        (name, _ALIAS_SAMPLE, name),
    )
    return {"name": name, "types": sorted(types), "aliases": aliases, "titles": sorted(titles),
            "countries": sorted(countries), "articles": len(docs)}  # fmt: skip


def _actor_events(
    conn: sqlite3.Connection, name: str, role: str, limit: int
) -> list[dict[str, Any]]:
    sql = (
        "SELECT e.rowid FROM events e JOIN articles a ON a.id = e.doc_id"
        " WHERE (e.doc_id, e.id) IN (SELECT ea.doc_id, ea.event_id"
        " FROM event_actors ea WHERE ea.name = ? AND ea.role = ?)"
        " ORDER BY e.date DESC, a.seq DESC, e.position LIMIT ?"
    )
    return _events_by_rowid(conn, [r[0] for r in conn.execute(sql, (name, role, limit))])


def _actor_statements(conn: sqlite3.Connection, name: str, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT s.id, s.doc_id, a.title, s.cue_text AS cue, s.content_text AS content, s.kind,"
        " s.confidence FROM statements s JOIN articles a ON a.id = s.doc_id"
        " WHERE s.speaker_name = ? ORDER BY a.seq DESC, s.position LIMIT ?",
        (name, limit),
    )
    return [dict(r) for r in rows]


def _actor_links(conn: sqlite3.Connection, name: str, limit: int) -> list[dict[str, Any]]:
    """Who ``name`` acts on (out), is acted on by (in) or acts with (with), with counts."""
    rows = conn.execute(
        "SELECT o.name AS name,"
        " SUM(me.role = 'source' AND o.role = 'target') AS out_events,"
        " SUM(me.role = 'target' AND o.role = 'source') AS in_events,"
        " SUM(me.role = o.role) AS with_events, COUNT(*) AS events"
        " FROM event_actors me JOIN event_actors o"
        " ON o.doc_id = me.doc_id AND o.event_id = me.event_id AND o.name != me.name"
        " WHERE me.name = ? GROUP BY o.name ORDER BY events DESC, o.name LIMIT ?",
        (name, limit),
    )
    return [dict(r) for r in rows]


def actor_profile(conn: sqlite3.Connection, name: str, *, limit: int = 50) -> dict[str, Any] | None:
    """Everything stored about the actor called ``name`` (exact), or None if unknown."""
    facts = _actor_facts(conn, name)
    as_source = _actor_events(conn, name, "source", limit)
    as_target = _actor_events(conn, name, "target", limit)
    if not facts["articles"] and not as_source and not as_target:
        return None
    return {
        **facts,
        "events_as_source": as_source,
        "events_as_target": as_target,
        "statements": _actor_statements(conn, name, limit),
        "network": _actor_links(conn, name, 24),
    }


def map_points(conn: sqlite3.Connection, *, limit: int = 500) -> list[dict[str, Any]]:
    """Geocoded places with how many events happened there and how many articles name them."""
    rows = conn.execute(
        "SELECT p.name, p.country, round(p.lat, 2) AS lat, round(p.lon, 2) AS lon,"
        " COUNT(DISTINCT p.doc_id) AS articles, COUNT(e.id) AS events"
        " FROM places p LEFT JOIN events e ON e.doc_id = p.doc_id AND e.place_id = p.id"
        " WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL"
        " GROUP BY p.name, p.country, round(p.lat, 2), round(p.lon, 2)"
        " ORDER BY events DESC, articles DESC, p.name LIMIT ?",
        (limit,),
    )
    return [dict(r) for r in rows]
