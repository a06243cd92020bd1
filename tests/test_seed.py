"""The reference article end to end: every fact the foundation issue names.

Runs the whole configured pipeline on ``../shared/seed/`` (skips when it is absent) and
checks each fact by value, then validates the JSON record against the published schema.
"""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources

import pytest

from eventwire.config import Config
from eventwire.model import Article, Document, Entity
from eventwire.pipeline import build_pipeline
from eventwire.serialize import to_record


@pytest.fixture(scope="module")
def seed(seed_article: Article, cfg: Config) -> Document:
    return build_pipeline(cfg).run(seed_article)


def _entity(doc: Document, name: str) -> Entity:
    found = [e for e in doc.entities if e.name == name]
    assert len(found) == 1, f"{name}: {[e.name for e in doc.entities]}"
    return found[0]


def _sentence_with(doc: Document, needle: str) -> tuple[int, int]:
    start = doc.text.index(needle)
    sent = doc.sentence_of(start)
    assert sent is not None
    return sent.start, sent.end


def test_dates(seed: Document) -> None:
    assert seed.published == date(2024, 3, 19)
    ref = seed.reference_date
    assert ref.value == date(2023, 12, 20) and ref.source == "text"
    assert ref.evidence is not None
    assert ref.evidence.text == "On the morning of December 20, 2023"


@pytest.mark.parametrize(
    ("name", "etype", "title", "country"),
    [
        ("Xi Jinping", "PERSON", "President", "CHN"),
        ("Mikhail Mishustin", "PERSON", "Prime Minister", "RUS"),
        ("Vladimir Putin", "PERSON", "President", "RUS"),
        ("Wang Yi", "PERSON", None, None),
        ("China", "GPE", None, "CHN"),
        ("Russia", "GPE", None, "RUS"),
    ],
)
def test_entities(
    seed: Document, name: str, etype: str, title: str | None, country: str | None
) -> None:
    ent = _entity(seed, name)
    assert ent.type == etype
    if title is not None:
        assert ent.title == title
    if country is not None:
        assert ent.country == country


def test_every_xi_mention_is_one_entity_and_he_resolves(seed: Document) -> None:
    xi = _entity(seed, "Xi Jinping")
    names = {m.span.start for m in xi.mentions if m.kind == "name"}
    every = {m.start() for m in re.finditer("Xi Jinping", seed.text)}
    assert every <= names
    he = seed.text.index("he has met with President Vladimir Putin")
    assert any(m.span.start == he and m.span.text == "he" for m in xi.mentions)


def _time_at(doc: Document, needle: str, occurrence: int = 0) -> str:
    starts = [m.start() for m in re.finditer(re.escape(needle), doc.text)]
    pos = starts[occurrence]
    hits = [t for t in doc.times if t.span.start <= pos < t.span.end]
    assert hits, f"no time covers {needle!r}; times: {[t.span.text for t in doc.times]}"
    return hits[0].value


def test_times(seed: Document) -> None:
    assert _time_at(seed, "December 20, 2023").startswith("2023-12-20")
    for i in range(seed.text.count("this year")):
        assert _time_at(seed, "this year", i).startswith("2023")
    assert _time_at(seed, "next year") == "2024"
    # TimeBank's convention splits "the first 11 months of this year": P11M + 2023.
    assert _time_at(seed, "first 11 months") == "P11M"
    assert _time_at(seed, "this year, bilateral trade") == "2023"
    assert _time_at(seed, "Tuesday") == "2023-12-19"
    assert _time_at(seed, "the next two years") in {"P2Y", "2024/2025", "2024-2025"}


@pytest.mark.parametrize(
    ("name", "kind", "admin1", "box"),
    [
        ("Great Hall of the People", "landmark", "Beijing", (39.8, 40.0, 116.3, 116.5)),
        ("Gansu", "admin1", None, (32.0, 42.0, 92.0, 108.0)),
        ("Qinghai", "admin1", None, (31.0, 39.0, 89.0, 103.0)),
    ],
)
def test_places(
    seed: Document, name: str, kind: str, admin1: str | None, box: tuple[float, ...]
) -> None:
    lat, lon = box[:2], box[2:]
    places = [p for p in seed.places if p.name == name]
    assert places, [p.name for p in seed.places]
    place = places[0]
    assert (place.kind, place.country) == (kind, "CHN")
    if admin1:
        assert place.admin1 == admin1
    assert place.lat is not None and lat[0] < place.lat < lat[1]
    assert place.lon is not None and lon[0] < place.lon < lon[1]


def test_amounts(seed: Document) -> None:
    money = [a for a in seed.amounts if a.span.text == "$200 billion"]
    assert len(money) == 1
    assert (money[0].value, money[0].unit) == (2e11, "USD")
    assert money[0].about is not None and "trade" in money[0].about


@pytest.mark.parametrize(
    ("speaker", "cue", "content_starts"),
    [
        ("Xi Jinping", "pointed out", "since the beginning of this year"),
        ("Xi Jinping", "said", "in the first 11 months"),
        ("Xi Jinping", "stressed", "the fundamentals of China's economy"),
        ("Mikhail Mishustin", "said", "Presidents Vladimir Putin and Xi Jinping"),
        ("Xi Jinping", "pointed out", "after the earthquake"),
    ],
)
def test_statements(seed: Document, speaker: str, cue: str, content_starts: str) -> None:
    who = _entity(seed, speaker)
    matches = [
        s
        for s in seed.statements
        if s.cue.text == cue and s.content.text.startswith(content_starts)
    ]
    assert len(matches) == 1, [(s.cue.text, s.content.text[:40]) for s in seed.statements]
    assert matches[0].speaker == who.id


def test_no_statement_has_the_wrong_speaker(seed: Document) -> None:
    allowed = {_entity(seed, "Xi Jinping").id, _entity(seed, "Mikhail Mishustin").id, None}
    assert all(s.speaker in allowed for s in seed.statements)
    assert all(s.kind in {"direct", "indirect", "mixed"} for s in seed.statements)


def _events_in(doc: Document, needle: str, etype: str) -> list:
    bounds = _sentence_with(doc, needle)
    return [
        e for e in doc.events if e.type == etype and (e.sentence.start, e.sentence.end) == bounds
    ]


def test_meeting_event(seed: Document) -> None:
    xi, mish = _entity(seed, "Xi Jinping").id, _entity(seed, "Mikhail Mishustin").id
    [event] = _events_in(seed, "met with Russian Prime Minister", "CONSULT")
    assert event.cameo.startswith("04")
    assert {xi, mish} <= set(event.sources) | set(event.targets)
    assert event.date is not None and event.date.startswith("2023-12-20")
    hall = next(p for p in seed.places if p.name == "Great Hall of the People")
    assert event.place == hall.id
    assert 0 < event.confidence <= 1
    assert seed.text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_heads_of_government_meeting_event(seed: Document) -> None:
    events = _events_in(seed, "the 28th regular meeting", "CONSULT")
    assert events
    event = events[0]
    assert event.date == "2023-12-19"
    actors = set(event.sources) | set(event.targets)
    assert {_entity(seed, "Russia").id, _entity(seed, "China").id} <= actors


def test_relief_aid_intent_event(seed: Document) -> None:
    events = _events_in(seed, "ready to provide relief aid", "AGREE")
    assert events, [(e.type, e.trigger.text) for e in seed.events]
    event = events[0]
    assert event.cameo.startswith("033")
    assert _entity(seed, "Russia").id in event.sources
    assert _entity(seed, "China").id in event.targets


def test_every_span_indexes_the_text(seed: Document) -> None:
    spans = [seed.reference_date.evidence, *seed.sentences]
    spans += [m.span for e in seed.entities for m in e.mentions]
    spans += [t.span for t in seed.times] + [p.span for p in seed.places]
    spans += [a.span for a in seed.amounts]
    spans += [x for s in seed.statements for x in (s.source, s.cue, s.content)]
    spans += [x for e in seed.events for x in (e.trigger, e.sentence)]
    for span in spans:
        if span is not None:
            assert seed.text[span.start : span.end] == span.text


def test_record_matches_schema(seed: Document) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_text = resources.files("eventwire.schema").joinpath("document.schema.json").read_text()
    record = json.loads(json.dumps(to_record(seed)))
    jsonschema.validate(record, json.loads(schema_text))
    ids = {e["id"] for e in record["entities"]}
    for event in record["events"]:
        assert set(event["sources"]) | set(event["targets"]) <= ids
