"""The in-memory twin of the SQLite store, for tests and one-off runs.

It is the SQLite store on a private ``:memory:`` database, so it behaves exactly like the
file store (same SQL, same FTS5 search, same errors) and nothing survives ``close``.
"""

from __future__ import annotations

from .sqlite import SQLiteStore

__all__ = ["MemoryStore"]


class MemoryStore(SQLiteStore):
    """A Store that lives in memory and vanishes on ``close``."""

    def __init__(self) -> None:
        super().__init__(":memory:")
