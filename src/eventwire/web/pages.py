"""The HTML pages; each renders the same data its ``/api/v1`` twin returns."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from . import queries, svg, views
from .views import ArticleQuery, Conn, EventQuery, article_query, event_query, settings_of

__all__ = ["make_templates", "router"]

router = APIRouter(tags=["pages"], default_response_class=HTMLResponse)


def actor_url(name: str) -> str:
    return "/actors/" + quote(name, safe="")


def doc_label(title: str | None, source: str) -> str:
    """An article's title, else the last part of where it came from."""
    return title or source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("eventwire.web", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["actor_url"] = actor_url
    env.globals["doc_label"] = doc_label
    env.globals["article_url"] = lambda doc_id: "/articles/" + quote(doc_id, safe="")
    env.filters["query"] = urlencode
    return Jinja2Templates(env=env)


def _render(request: Request, template: str, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context)


@router.get("/", summary="Overview page")
def overview_page(request: Request, conn: Conn) -> HTMLResponse:
    data = views.overview_data(settings_of(request), conn)
    chart, colours = views.overview_chart(data)
    return _render(request, "overview.html", data=data, chart=chart, colours=colours,
                   api="/api/v1/overview")  # fmt: skip


@router.get("/search", summary="Search page")
def search_page(
    request: Request, conn: Conn, aq: Annotated[ArticleQuery, Depends(article_query)]
) -> HTMLResponse:
    data = views.search_data(conn, aq)
    params = {k: v for k, v in request.query_params.items() if k != "offset"}
    return _render(request, "search.html", data=data, facets=queries.facets(conn),
                   params=params, api="/api/v1/search?" + urlencode(params))  # fmt: skip


@router.get("/articles/{doc_id}", summary="Article page")
def article_page(request: Request, conn: Conn, doc_id: str) -> HTMLResponse:
    record = views.article_data(conn, doc_id)
    return _render(
        request, "article.html", record=record, segments=views.article_segments(record),
        kinds=views.HIGHLIGHT_KINDS, api="/api/v1/articles/" + quote(doc_id, safe=""),
    )  # fmt: skip


@router.get("/actors/{name:path}", summary="Actor page")
def actor_page(request: Request, conn: Conn, name: str) -> HTMLResponse:
    data = views.actor_data(conn, name)
    graph = svg.network(name, data["network"])
    return _render(request, "actor.html", data=data, graph=graph,
                   api="/api/v1/actors/" + quote(name, safe=""))  # fmt: skip


@router.get("/events", summary="Events table page")
def events_page(
    request: Request, conn: Conn, eq: Annotated[EventQuery, Depends(event_query)]
) -> HTMLResponse:
    data = views.events_data(conn, eq)
    params = eq.params()
    return _render(
        request, "events.html", data=data, facets=queries.facets(conn), params=params,
        query=urlencode(params), api="/api/v1/events?" + urlencode(params),
    )  # fmt: skip


@router.get("/map", summary="Map page")
def map_page(request: Request, conn: Conn) -> HTMLResponse:
    settings = settings_of(request)
    data = views.map_data(settings, conn)
    drawing = svg.world_map(data["points"], views.land(settings))
    return _render(request, "map.html", data=data, drawing=drawing, api="/api/v1/map")
