"""The ASGI app: routes, static assets, the body-size limit and the one error shape.

Every error, 404 included, is ``{"ok": false, "error": str, "status": int}``; a browser
asking for an HTML page gets the same fields rendered as a page.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from . import api, pages
from .views import Settings

__all__ = ["create_app", "error_body"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

_log = logging.getLogger("eventwire.web")


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"ok": False, "error": message, "status": status}


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, whether or not they say their size."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _TooLarge
            return message

        async def watch(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watch)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        message = f"request body over {self.max_bytes} bytes; post one article at a time"
        body = json.dumps(error_body(413, message), separators=(",", ":")).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", ""
    )


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        templates = request.app.state.templates
        return templates.TemplateResponse(  # type: ignore[no-any-return]
            request, "error.html", {"error": error_body(status, message)}, status_code=status
        )
    return JSONResponse(error_body(status, message), status_code=status)


async def _http_error(request: Request, exc: Exception) -> Response:
    # Registered for StarletteHTTPException only; getattr keeps the handler's signature wide.
    status = int(getattr(exc, "status_code", 500))
    return _error(request, status, str(getattr(exc, "detail", exc)))


async def _validation_error(request: Request, exc: Exception) -> Response:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    parts = []
    for err in errors:
        where = ".".join(str(p) for p in err.get("loc", ()))
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return _error(request, 422, "; ".join(parts) or "invalid request")


async def _server_error(request: Request, exc: Exception) -> Response:
    _log.exception("error serving %s", request.url.path, exc_info=exc)
    return _error(request, 500, f"internal error ({type(exc).__name__}); see the server log")


def create_app(
    db: str | Path, *, allow_extract: bool = False, max_body: int = 1_000_000
) -> FastAPI:
    """The eventwire web app over the SQLite store at ``db`` (read-only)."""
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="News events, statements and actors extracted by eventwire.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    app.state.settings = Settings(Path(db), allow_extract=allow_extract, max_body=max_body)
    app.state.templates = pages.make_templates()
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _server_error)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("eventwire.web", "static")]), name="static")
    return app
