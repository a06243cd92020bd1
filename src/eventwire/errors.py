"""One exception tree for eventwire, with coded messages.

::

    EventwireError            base; every error eventwire raises on purpose
    ├── ConfigError           E1xx  bad settings, unknown stage, missing model or extra
    ├── IngestError           E2xx  unreadable input: binary, empty, bad encoding or JSON
    ├── StageError            E3xx  an extraction stage failed on one document
    └── StoreError            E4xx  database problems: schema, locking, bad query

Messages say what, where and how to fix it, e.g.
``E201 feed.jsonl:42: invalid JSON at column 17; use --input-format text for plain text``.
"""

from __future__ import annotations

__all__ = ["ConfigError", "EventwireError", "IngestError", "StageError", "StoreError"]


class EventwireError(Exception):
    """Base class. ``code`` is a stable identifier such as ``E201``."""

    code: str = "E000"

    def __init__(self, code: str, message: str, *, where: str | None = None) -> None:
        self.code = code
        self.where = where
        self.detail = message
        prefix = f"{code} {where}: " if where else f"{code} "
        super().__init__(prefix + message)


class ConfigError(EventwireError):
    """Bad or missing settings (E1xx)."""


class IngestError(EventwireError):
    """An input that cannot be read as an article (E2xx)."""


class StageError(EventwireError):
    """An extraction stage failed on a document (E3xx)."""


class StoreError(EventwireError):
    """A store operation failed (E4xx)."""
