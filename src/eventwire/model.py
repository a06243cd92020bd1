"""The typed document model: one Document per article, every fact a span into its text.

All records are frozen dataclasses. A Document's ``text`` never changes after ingest;
stages return new Documents with more facts (``dataclasses.replace``), never mutate.
Every fact carries its evidence span(s), the stage that made it and that stage's version.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # spaCy is only needed at run time by the parse stage
    from spacy.tokens import Doc as SpacyDoc

__all__ = [
    "Amount",
    "Article",
    "Document",
    "Entity",
    "Event",
    "Failure",
    "Mention",
    "Place",
    "ReferenceDate",
    "Span",
    "Statement",
    "TimeExpr",
    "content_id",
]

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "OTHER"]
MentionKind = Literal["name", "pronoun", "nominal"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
StatementKind = Literal["direct", "indirect", "mixed"]


def content_id(*parts: str, prefix: str = "", length: int = 16) -> str:
    """Stable id from content: the same inputs always give the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of a Document's text, with that text."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Article:
    """Raw input as read: body text plus the metadata the reader found."""

    text: str
    source: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def content_hash(self) -> str:
        """Content hash of the body: re-ingesting the same text is a no-op."""
        return content_id(self.text, prefix="a", length=20)


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """The date relative expressions are resolved against, and why."""

    value: date | None
    source: Literal["text", "published", "none"]
    evidence: Span | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    kind: MentionKind = "name"


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world actor in an article, with every mention that refers to it."""

    id: str
    name: str
    type: EntityType
    mentions: tuple[Mention, ...]
    title: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # CAMEO-style agent code: GOV, MIL, BUS, ...
    stage: str = "entities"
    version: str = "0"


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A TIMEX3-style time expression."""

    id: str
    span: Span
    type: TimeType
    value: str
    anchor: str | None = None  # the ISO date a relative value was resolved against
    mod: str | None = None  # TIMEX3 mod: START, END, APPROX, ...
    stage: str = "times"
    version: str = "0"


@dataclass(frozen=True, slots=True)
class Place:
    """A geocoded place mention."""

    id: str
    name: str
    span: Span
    lat: float | None
    lon: float | None
    country: str | None  # ISO alpha-3
    admin1: str | None
    kind: str  # country, admin1, city, landmark, region
    confidence: float = 1.0
    stage: str = "places"
    version: str = "0"
    adjectival: bool = False  # a demonym ("Russian troops"): names the place, is no venue


@dataclass(frozen=True, slots=True)
class Amount:
    """A quantity: value, unit and what is measured."""

    id: str
    span: Span
    value: float
    unit: str
    about: str | None = None
    about_span: Span | None = None
    stage: str = "amounts"
    version: str = "0"


@dataclass(frozen=True, slots=True)
class Statement:
    """Reported speech: who (speaker entity id) said what (content), by which cue."""

    id: str
    speaker: str | None  # Entity.id
    source: Span | None  # the words naming the speaker in this statement
    cue: Span
    content: Span
    kind: StatementKind
    confidence: float = 1.0
    stage: str = "statements"
    version: str = "0"
    events: tuple[str, ...] = ()  # Event ids the content reports (links stage)


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: PLOVER-2021 type and mode plus a CAMEO code."""

    id: str
    type: str
    mode: str | None
    cameo: str
    sources: tuple[str, ...]  # Entity ids
    targets: tuple[str, ...]
    trigger: Span
    sentence: Span
    date: str | None  # TIMEX3 value
    place: str | None  # Place.id
    confidence: float
    time: str | None = None  # TimeExpr.id the date came from
    stage: str = "events"
    version: str = "0"
    # Every actor of each role with its evidence, entity or not ("police", "rebels in
    # Darfur"), and its CAMEO-style actor code (country + sector: "SDNREB", "COP"; "" unknown).
    source_actors: tuple[Span, ...] = ()
    source_codes: tuple[str, ...] = ()
    target_actors: tuple[Span, ...] = ()
    target_codes: tuple[str, ...] = ()
    main: bool = False  # the article's main event (its headline/lead event)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input or stage that failed: recorded, never swallowed."""

    source: str
    code: str
    message: str
    article_id: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One analysed article. Stages add facts with ``dataclasses.replace``."""

    id: str
    text: str
    source: str
    input_id: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None
    meta: tuple[tuple[str, str], ...] = ()
    reference_date: ReferenceDate = ReferenceDate(None, "none")
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    amounts: tuple[Amount, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    # The spaCy analysis of ``text`` (same offsets); not part of the record.
    parsed: SpacyDoc | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_article(cls, article: Article) -> Document:
        return cls(
            id=article.content_hash,
            text=article.text,
            source=article.source,
            input_id=article.id,
            title=article.title,
            url=article.url,
            published=article.published,
            meta=article.meta,
        )

    def span(self, start: int, end: int) -> Span:
        """A Span of this document's text."""
        return Span.of(self.text, start, end)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence containing character ``offset``."""
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    def without_parse(self) -> Document:
        """This document minus the spaCy analysis (for storage and pickling to workers)."""
        return replace(self, parsed=None)
