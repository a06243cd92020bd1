"""The Store protocol and the typed rows its queries return.

A store persists analysed Documents and the Failures of a run, and answers the questions
the CLI and web app ask. Every backend (SQLite today, PostgreSQL later, the in-memory
twin for tests) implements :class:`Store`; callers never see SQL or connection objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from types import TracebackType
from typing import Any, Literal, Protocol, Self, overload, runtime_checkable

from ..model import Document, Failure

__all__ = [
    "ActorRow",
    "EntityRow",
    "EventRow",
    "Row",
    "SearchHit",
    "StatementRow",
    "Store",
    "StoreSummary",
    "Table",
    "WriteSummary",
]

Table = Literal["events", "statements", "entities"]


def _json(obj: Any) -> dict[str, Any]:
    out = asdict(obj)
    # Tuples become lists so the dict is exactly what json.loads(json.dumps(...)) gives back.
    return {k: list(v) if isinstance(v, tuple) else v for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event with its article and actor names resolved."""

    event_id: str
    doc_id: str
    title: str | None
    source: str
    type: str
    mode: str | None
    cameo: str
    date: str | None
    sources: tuple[str, ...]  # source actor names, in the event's order
    targets: tuple[str, ...]
    place: str | None  # place name
    trigger: str
    sentence: str
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One piece of reported speech."""

    id: str
    doc_id: str
    speaker: str | None  # the speaker entity's name, else the words naming the speaker
    cue: str
    content: str
    kind: str
    confidence: float = 1.0

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True, slots=True)
class EntityRow:
    """One entity of one article."""

    id: str
    doc_id: str
    name: str
    type: str
    title: str | None
    country: str | None
    sector: str | None
    mentions: int

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One actor across the corpus: every article's entity for the same person or body."""

    id: str
    name: str
    type: str
    country: str | None
    first_seen: str | None  # ISO date of the earliest article naming it
    last_seen: str | None
    articles: int
    aliases: tuple[str, ...] = ()  # names as written ("Xi", "Xi Jinping")
    titles: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return _json(self)


Row = EventRow | StatementRow | EntityRow


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text match; ``snippet`` marks matched terms with ``[`` and ``]``."""

    doc_id: str
    title: str | None
    source: str
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True, slots=True)
class WriteSummary:
    """What one ``write_batch`` did."""

    articles_added: int
    articles_skipped: int  # already stored (same content hash) or repeated in the batch
    failures_added: int  # failures already recorded are not stored twice

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass(frozen=True, slots=True)
class StoreSummary:
    """Row counts, and the most frequent event types (type, count), most frequent first."""

    articles: int
    entities: int
    times: int
    places: int
    amounts: int
    statements: int
    events: int
    failures: int
    top_event_types: tuple[tuple[str, int], ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = _json(self)
        out["top_event_types"] = [{"type": t, "count": n} for t, n in self.top_event_types]
        return out


@runtime_checkable
class Store(Protocol):
    """Persistence for analysed documents. Use as a context manager, or call ``close``."""

    def migrate(self) -> list[int]:
        """Apply schema migrations not yet applied; return the versions applied now."""
        ...

    def has_article(self, doc_id: str) -> bool: ...

    def write_batch(
        self,
        docs: Sequence[Document],
        failures: Sequence[Failure],
        *,
        versions: dict[str, str] | None = None,
    ) -> WriteSummary:
        """Store documents and failures atomically; documents already stored are skipped."""
        ...

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 100,
    ) -> list[EventRow]: ...

    def statements(
        self, *, speaker: str | None = None, limit: int | None = 100
    ) -> list[StatementRow]: ...

    def entities(
        self,
        *,
        name: str | None = None,
        type: str | None = None,
        limit: int | None = 100,
    ) -> list[EntityRow]: ...

    def actors(self, *, name: str | None = None, limit: int | None = 100) -> list[ActorRow]:
        """Actors whose name or an alias contains ``name``, most articles first."""
        ...

    def actor(self, actor_id: str) -> ActorRow | None: ...

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]: ...

    def summary(self) -> StoreSummary: ...

    def iter_records(self) -> Iterator[dict[str, Any]]:
        """The stored ``to_record`` JSON of every article, in ingest order."""
        ...

    @overload
    def iter_rows(self, table: Literal["events"]) -> Iterator[EventRow]: ...
    @overload
    def iter_rows(self, table: Literal["statements"]) -> Iterator[StatementRow]: ...
    @overload
    def iter_rows(self, table: Literal["entities"]) -> Iterator[EntityRow]: ...
    @overload
    def iter_rows(self, table: Table) -> Iterator[Row]: ...
    def iter_rows(self, table: Table) -> Iterator[Row]:
        """Every row of ``table`` in ingest order, streamed (for exports)."""
        ...

    def failures(self) -> list[Failure]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
