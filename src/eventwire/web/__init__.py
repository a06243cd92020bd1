"""The web layer: a read-only ASGI app (JSON API + HTML pages) over a SQLite store.

``create_app(db)`` builds the app; ``serve(db, host=..., port=...)`` runs it with uvicorn.
Both need the ``web`` extra (``pip install 'eventwire[web]'``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["create_app", "serve"]

_EXTRA_HINT = "the web app needs its extra: pip install 'eventwire[web]'"


def create_app(
    db: str | Path, *, allow_extract: bool = False, max_body: int = 1_000_000
) -> FastAPI:
    """The app over the SQLite store at ``db``; ``allow_extract`` enables POST /api/v1/extract."""
    try:
        from .app import create_app as _create
    except ImportError as exc:
        raise ConfigError("E130", f"{_EXTRA_HINT} ({exc})") from None
    return _create(db, allow_extract=allow_extract, max_body=max_body)


def _prepare(db: str | Path) -> Path:
    """Create or migrate the store once, so requests can open it read-only."""
    from ..store import open_store

    text = str(db)
    if text == ":memory:" or ("://" in text and not text.startswith("sqlite:///")):
        raise ConfigError("E131", f"serve needs a SQLite file, not {text!r}; use --db FILE.db")
    path = Path(text.removeprefix("sqlite:///"))
    open_store(path).close()
    return path


def serve(
    db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, allow_extract: bool = False
) -> None:
    """Serve the app until interrupted."""
    path = _prepare(db)
    app = create_app(path, allow_extract=allow_extract)
    try:
        import uvicorn
    except ImportError as exc:
        raise ConfigError("E130", f"{_EXTRA_HINT} ({exc})") from None
    uvicorn.run(app, host=host, port=port, log_level="info")
