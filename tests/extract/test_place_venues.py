"""Buildings and venues: found by facility head word, placed at the city the text gives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.gazetteer import Gazetteer, load_gazetteer
from eventwire.extract.place_venues import main_city, trim_name
from eventwire.extract.places import extract_places
from eventwire.model import Document, Place, Span

Parse = Callable[..., Document]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _places(parse: Parse, gazetteer: Gazetteer, text: str) -> dict[str, Place]:
    return {p.span.text: p for p in extract_places(parse(text), gazetteer=gazetteer)}


@pytest.mark.parametrize(
    ("text", "venue", "where"),
    [
        # a place named at the start of the venue's name
        (
            "Police in Colchester said the man was taken to Colchester General Hospital.",
            "Colchester General Hospital",
            ("Colchester", 0.7),
        ),
        # the city named right after it
        (
            "The boy was flown to the Bambino Gesu Paediatric Hospital in Rome on Monday.",
            "Bambino Gesu Paediatric Hospital",
            ("Rome", 0.6),
        ),
        # the story's main city
        (
            "The mayor of Toronto spoke on Monday. Later she toured the Sunnybrook Hospital.",
            "Sunnybrook Hospital",
            ("Toronto", 0.4),
        ),
        # a named church is a building
        (
            "The mayor of Toronto spoke on Monday. Later she visited St. Basil's Church.",
            "St. Basil's Church",
            ("Toronto", 0.4),
        ),
    ],
)
def test_venue_is_a_landmark_at_its_city(
    parse: Parse, gazetteer: Gazetteer, text: str, venue: str, where: tuple[str, float]
) -> None:
    city, confidence = where
    places = _places(parse, gazetteer, text)
    found, town = places[venue], places[city]
    assert (found.kind, found.name, found.confidence) == ("landmark", venue, confidence)
    assert (found.lat, found.lon, found.country) == (town.lat, town.lon, town.country)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no city anywhere: no point to give
        ("He was admitted to Sunnybrook Hospital on Friday.", "Sunnybrook Hospital"),
        # the text places it in a town no table knows: the main city is no guess
        (
            "The mayor of Toronto spoke. The men were held at Crossroads Correctional Center"
            " in Zorblatville.",
            "Crossroads Correctional Center",
        ),
        # an organisation with no facility head word is no venue
        ("The mayor of Toronto met the Royal Bank of Canada board.", "Royal Bank of Canada"),
        # a denomination is an institution, not a building
        (
            "The mayor of Toronto said the Catholic Church had apologised.",
            "Catholic Church",
        ),
        (
            "In Toronto, leaders of the Greek Orthodox Church met on Monday.",
            "Greek Orthodox Church",
        ),
    ],
)
def test_no_venue_without_evidence(
    parse: Parse, gazetteer: Gazetteer, text: str, absent: str
) -> None:
    assert absent not in _places(parse, gazetteer, text)


@pytest.mark.parametrize(
    ("text", "start", "end", "trimmed"),
    [
        ("the Manila Cathedral's bells", 0, 22, "Manila Cathedral"),
        ("The Capitol", 0, 11, "Capitol"),
        ("Trump Tower", 0, 11, "Trump Tower"),
    ],
)
def test_trim_name(text: str, start: int, end: int, trimmed: str) -> None:
    s, e = trim_name(text, start, end)
    assert text[s:e] == trimmed


def _city(name: str, country: str, admin1: str | None, kind: str = "city") -> Place:
    return Place(
        id=name, name=name, span=Span(0, len(name), name), lat=1.0, lon=2.0,
        country=country, admin1=admin1, kind=kind,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        # the most named city of the most named country
        (
            [_city("London", "GBR", "England"), _city("London", "GBR", "England"),
             _city("Montana", "USA", "Montana", "admin1"), _city("Paris", "FRA", None)],
            "London",
        ),
        # a city outside the states the article names in its country is a misread
        (
            [_city("Louisiana", "USA", "Louisiana", "admin1"),
             _city("Louisiana", "USA", "Louisiana", "admin1"), _city("Franklin", "USA", "Ohio")],
            None,
        ),
        ([_city("Japan", "JPN", None, "country")], None),
    ],
)  # fmt: skip
def test_main_city(places: list[Place], expected: str | None) -> None:
    found = main_city(places)
    assert (found.name if found else None) == expected
