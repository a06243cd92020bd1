"""Fixtures shared by the event tests: the lexicon, hand-made actor entities, and coding
a sentence in one call."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from eventwire.extract.event_lexicon import EventLexicon, load_event_lexicon
from eventwire.extract.events import extract_events
from eventwire.model import Document, Entity, Event, Mention, Span

# Country names and demonyms the hand-written sentences use, with their codes.
COUNTRIES = {
    "China": "CHN",
    "Chinese": "CHN",
    "Japan": "JPN",
    "Japanese": "JPN",
    "Korean": "KOR",
    "Russia": "RUS",
    "Moscow": "RUS",
}


def _actor(text: str, name: str, kind: str) -> Entity:
    """An entity of type ``kind`` for every whole-word occurrence of ``name`` in ``text``."""
    spans = [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    mentions = tuple(Mention(Span.of(text, a, b)) for a, b in spans)
    country = next((COUNTRIES[w] for w in name.split() if w in COUNTRIES), None)
    return Entity(f"e-{name}", name, kind, mentions, country=country)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def lexicon() -> EventLexicon:
    return load_event_lexicon()


@pytest.fixture(scope="session")
def actor_entity() -> Callable[[str, str, str], Entity]:
    return _actor


@pytest.fixture(scope="session")
def country_of() -> Callable[[str], str | None]:
    return COUNTRIES.get


@pytest.fixture(scope="session")
def code_events(
    parse: Callable[..., Document], lexicon: EventLexicon
) -> Callable[[str, dict[str, str]], list[Event]]:
    """Events of ``text`` with ``actors`` (name -> entity type) as its entities."""

    def run(text: str, actors: dict[str, str]) -> list[Event]:
        entities = tuple(_actor(text, name, kind) for name, kind in actors.items())
        doc = replace(parse(text), entities=entities)
        return extract_events(doc, lexicon=lexicon, country_of=COUNTRIES.get)

    return run
