"""Hypothesis: random small documents survive store -> iter_records -> from_record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import (
    Amount,
    Document,
    Entity,
    Event,
    Mention,
    Place,
    ReferenceDate,
    Span,
    Statement,
    TimeExpr,
)
from eventwire.serialize import from_record
from eventwire.store import open_store

Draw = Callable[[st.SearchStrategy[Any]], Any]

WORDS = st.text(min_size=0, max_size=12)
NAMES = st.text(min_size=1, max_size=12)
OPT = st.none() | WORDS
FLOATS = st.floats(allow_nan=False, allow_infinity=False, width=64)
CONF = st.floats(min_value=0.0, max_value=1.0)


def _span(draw: Draw, text: str) -> Span:
    start = draw(st.integers(0, len(text)))
    return Span.of(text, start, draw(st.integers(start, len(text))))


def _entities(draw: Draw, text: str) -> tuple[Entity, ...]:
    return tuple(
        Entity(f"e{i}", draw(NAMES), draw(st.sampled_from(["PERSON", "ORG", "GPE", "OTHER"])),
               tuple(Mention(_span(draw, text), draw(st.sampled_from(["name", "pronoun"])))
                     for _ in range(draw(st.integers(0, 3)))),
               draw(OPT), draw(OPT), draw(OPT))
        for i in range(draw(st.integers(0, 3)))
    )  # fmt: skip


def _facts(draw: Draw, text: str) -> dict[str, Any]:
    times = tuple(TimeExpr(f"t{i}", _span(draw, text), "DATE", draw(WORDS), draw(OPT), draw(OPT))
                  for i in range(draw(st.integers(0, 2))))  # fmt: skip
    places = tuple(Place(f"p{i}", draw(NAMES), _span(draw, text), draw(st.none() | FLOATS),
                         draw(st.none() | FLOATS), draw(OPT), draw(OPT), draw(WORDS), draw(CONF))
                   for i in range(draw(st.integers(0, 2))))  # fmt: skip
    amounts = tuple(Amount(f"m{i}", _span(draw, text), draw(FLOATS), draw(WORDS), draw(OPT),
                           draw(st.none() | st.just(_span(draw, text))))
                    for i in range(draw(st.integers(0, 2))))  # fmt: skip
    return {"times": times, "places": places, "amounts": amounts}


def _events(draw: Draw, text: str, ids: list[str]) -> tuple[Event, ...]:
    # "ghost" is a dangling actor id: stored anyway, its name falls back to the id.
    actors = st.lists(st.sampled_from([*ids, "ghost"]), max_size=2)
    return tuple(
        Event(f"v{i}", draw(NAMES), draw(OPT), draw(WORDS), tuple(draw(actors)),
              tuple(draw(actors)), _span(draw, text), _span(draw, text),
              draw(st.none() | st.dates().map(str)), draw(OPT), draw(CONF), draw(OPT))
        for i in range(draw(st.integers(0, 3)))
    )  # fmt: skip


@st.composite
def documents(draw: Draw) -> Document:
    text = draw(st.text(min_size=1, max_size=60))
    entities = _entities(draw, text)
    ids = [e.id for e in entities]
    statements = tuple(
        Statement(f"s{i}", draw(st.none() | st.sampled_from([*ids, "ghost"])),
                  draw(st.none() | st.just(_span(draw, text))), _span(draw, text),
                  _span(draw, text), draw(st.sampled_from(["direct", "indirect", "mixed"])),
                  draw(CONF))
        for i in range(draw(st.integers(0, 2)))
    )  # fmt: skip
    ref = draw(st.none() | st.dates())
    return Document(
        id=draw(st.from_regex(r"a[0-9a-f]{8}", fullmatch=True)),
        text=text,
        source=draw(NAMES),
        input_id=draw(st.none() | st.from_regex(r"in-[a-z]{3}", fullmatch=True)),
        title=draw(OPT),
        url=draw(OPT),
        published=draw(st.none() | st.dates()),
        reference_date=ReferenceDate(ref, "published" if ref else "none",
                                     draw(st.none() | st.just(_span(draw, text)))),
        sentences=tuple(_span(draw, text) for _ in range(draw(st.integers(0, 2)))),
        entities=entities,
        statements=statements,
        events=_events(draw, text, ids),
        **_facts(draw, text),
    )  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents(), min_size=1, max_size=3, unique_by=lambda d: d.id))
def test_store_round_trip_preserves_every_fact(docs: list[Document]) -> None:
    with open_store(":memory:") as store:
        summary = store.write_batch(docs, [])
        assert summary.articles_added == len(docs)
        assert [from_record(rec) for rec in store.iter_records()] == docs
        counts = store.summary()
        assert counts.events == sum(len(d.events) for d in docs)
        assert counts.statements == sum(len(d.statements) for d in docs)
        assert counts.entities == sum(len(d.entities) for d in docs)
        rows = list(store.iter_rows("events"))
        assert [r.event_id for r in rows] == [e.id for d in docs for e in d.events]
        names = {(d.id, e.id): e.name for d in docs for e in d.entities}
        assert [r.sources for r in rows] == [
            tuple(names.get((d.id, a), a) for a in e.sources) for d in docs for e in d.events
        ]
        assert store.write_batch(docs, []).articles_added == 0
