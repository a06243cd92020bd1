"""Persistence: the Store protocol, its backends and exports.

``open_store(url)`` picks the backend from the URL: ``:memory:`` gives the in-memory
twin, a file path (or ``sqlite:///path``) the SQLite store, ``postgresql://`` the
PostgreSQL store (``pip install 'eventwire[postgres]'``). The stored schema is documented
in ``docs/store.md``.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from .base import (
    EntityRow,
    EventRow,
    Row,
    SearchHit,
    StatementRow,
    Store,
    StoreSummary,
    Table,
    WriteSummary,
)

__all__ = [
    "EntityRow",
    "EventRow",
    "Row",
    "SearchHit",
    "StatementRow",
    "Store",
    "StoreSummary",
    "Table",
    "WriteSummary",
    "open_store",
]

_POSTGRES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def open_store(url: str | Path) -> Store:
    """Open (creating and migrating if needed) the store at ``url``."""
    text = str(url)
    if text == ":memory:":
        from .memory import MemoryStore

        return MemoryStore()
    if text.startswith(_POSTGRES):
        from .postgres import PostgresStore

        return PostgresStore(text.replace("postgresql+psycopg://", "postgresql://", 1))
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]  # sqlite:///rel.db -> rel.db, sqlite:////abs -> /abs
    elif "://" in text:
        scheme = text.split("://", 1)[0]
        raise ConfigError(
            "E122",
            f"unsupported store URL scheme {scheme!r}; use a file path, sqlite:///path or :memory:",
            where="store.url",
        )
    if not text:
        raise ConfigError("E122", "empty store URL; use a file path such as eventwire.db")
    from .sqlite import SQLiteStore

    return SQLiteStore(text)
