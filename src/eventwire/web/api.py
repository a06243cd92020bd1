"""The JSON API under ``/api/v1``: one twin per HTML page, CSV/JSON downloads, extraction."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from . import queries, views
from .views import ArticleQuery, Conn, EventQuery, article_query, event_query, settings_of

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["api"])

_CSV_COLUMNS = ("date", "day", "type", "mode", "cameo", "sources", "targets", "place",
                "country", "trigger", "sentence", "confidence", "title", "doc_id",
                "event_id")  # fmt: skip
_DOWNLOAD_MAX = 100_000  # rows per download


@router.get("/overview", summary="Corpus counts, events per day by type, top actors and places")
def overview(request: Request, conn: Conn) -> dict[str, Any]:
    return views.overview_data(settings_of(request), conn)


@router.get("/search", summary="Full-text search over articles with filters")
def search(conn: Conn, aq: Annotated[ArticleQuery, Depends(article_query)]) -> dict[str, Any]:
    out = views.search_data(conn, aq)
    for hit in out["hits"]:
        hit.pop("snippet_parts")
    return out


@router.get("/articles/{doc_id}", summary="One article's stored record (the extract contract)")
def article(conn: Conn, doc_id: str) -> dict[str, Any]:
    return views.article_data(conn, doc_id)


@router.get("/actors/{name:path}", summary="An actor: aliases, titles, events, statements, network")
def actor(conn: Conn, name: str) -> dict[str, Any]:
    return views.actor_data(conn, name)


@router.get("/events", summary="Events, filtered, sorted and paged")
def events(conn: Conn, eq: Annotated[EventQuery, Depends(event_query)]) -> dict[str, Any]:
    return views.events_data(conn, eq)


def _stream(request: Request, eq: EventQuery, render: Any) -> Iterator[str]:
    # Its own connection: the stream outlives the request's dependencies.
    conn = queries.connect(settings_of(request).db)
    try:
        rows = queries.iter_events(
            conn, eq.filter, sort=eq.sort, order=eq.order, limit=_DOWNLOAD_MAX
        )
        yield from render(rows)
    finally:
        conn.close()


def _csv_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(_CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            "; ".join(row[c]) if isinstance(row[c], list) else row[c] for c in _CSV_COLUMNS
        )
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def _json_lines(rows: Iterator[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for i, row in enumerate(rows):
        yield ("," if i else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


@router.get("/events.csv", summary="Download the filtered events as CSV")
def events_csv(
    request: Request, eq: Annotated[EventQuery, Depends(event_query)]
) -> StreamingResponse:
    return StreamingResponse(
        _stream(request, eq, _csv_lines),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="events.csv"'},
    )


@router.get("/events.json", summary="Download the filtered events as one JSON array")
def events_json(
    request: Request, eq: Annotated[EventQuery, Depends(event_query)]
) -> StreamingResponse:
    return StreamingResponse(
        _stream(request, eq, _json_lines),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="events.json"'},
    )


@router.get("/map", summary="Geocoded places with their event and article counts")
def map_points(request: Request, conn: Conn) -> dict[str, Any]:
    return views.map_data(settings_of(request), conn)


class ExtractRequest(BaseModel):
    """One article to analyse."""

    text: str = Field(min_length=1, description="The article body, kept exactly")
    title: str | None = None
    url: str | None = None
    published: date | None = None


def _pipeline(request: Request) -> Any:
    """The analysis pipeline, built on the first extract request (it loads spaCy)."""
    settings = settings_of(request)
    with settings.build_lock:
        if "pipeline" not in settings.cache:
            from ..config import Config
            from ..pipeline import build_pipeline

            settings.cache["pipeline"] = (0, build_pipeline(Config()))
    return settings.cache["pipeline"][1]


@router.post(
    "/extract",
    summary="Analyse one posted article and return the extract contract (needs --allow-extract)",
    responses={403: {"description": "disabled"}, 413: {"description": "body too large"}},
)
def extract(request: Request, body: ExtractRequest) -> dict[str, Any]:
    if not settings_of(request).allow_extract:
        raise HTTPException(403, "extraction is off; start the server with --allow-extract")
    if not body.text.strip():
        raise HTTPException(422, 'field "text" is blank; post the article body in "text"')
    from ..model import Article
    from ..serialize import to_record

    pipeline = _pipeline(request)
    art = Article(body.text, "api", title=body.title, url=body.url, published=body.published)
    result = pipeline.run_safe(art)
    if result.failure is not None or result.doc is None:
        message = result.failure.message if result.failure else "analysis failed"
        raise HTTPException(422, message)
    record: dict[str, Any] = to_record(result.doc, versions=pipeline.versions)
    return record
