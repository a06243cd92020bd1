"""Places found by pattern: abbreviations, datelines, counties, institutions, streets."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.extract.gazetteer import Gazetteer, load_gazetteer
from eventwire.extract.places import extract_places
from eventwire.extract.towns import json_records
from eventwire.model import Document, Place

Parse = Callable[..., Document]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _places(parse: Parse, gazetteer: Gazetteer, text: str) -> dict[str, Place]:
    return {p.span.text: p for p in extract_places(parse(text), gazetteer=gazetteer)}


@pytest.mark.parametrize(
    ("text", "mention", "where"),
    [
        ("WAUSAU, Wis. (WSAW) -- Police searched the river.", "Wis.", ("USA", "Wisconsin")),
        ("The Walker County (Ga.) Sheriff's Office asked for help.", "Ga.", ("USA", "Georgia")),
        ("A new office opened in Nelson, B.C. on Monday.", "B.C.", ("CAN", "British Columbia")),
        (
            "Two dogs were taken in Estey's Bridge, N.B. overnight.",
            "N.B.",
            ("CAN", "New Brunswick"),
        ),
        ("Snow fell in Kingston, Ont., all day.", "Ont.", ("CAN", "Ontario")),
        (
            "HORRY COUNTY, SC (WMBF) - A man and his dog found a home.",
            "SC",
            ("USA", "South Carolina"),
        ),
    ],
)
def test_state_and_province_abbreviations(
    parse: Parse, gazetteer: Gazetteer, text: str, mention: str, where: tuple[str, str]
) -> None:
    place = _places(parse, gazetteer, text)[mention]
    assert (place.kind, place.country, place.admin1) == ("admin1", *where)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The study was led by Jane Smith, MD, at the clinic.", "MD"),
        ("He scored, OK, but not enough.", "OK"),
        ("Man. City won the derby.", "Man."),
    ],
)
def test_abbreviation_look_alikes_are_no_places(
    parse: Parse, gazetteer: Gazetteer, text: str, word: str
) -> None:
    assert word not in _places(parse, gazetteer, text)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("BEIRUT (AP) A Kurdish militia spokesman says the town was shelled.", "BEIRUT", "LBN"),
        (
            "Guard troops left. SAN DIEGO (AP) - The National Guard faces a shortfall.",
            "SAN DIEGO",
            "USA",
        ),
        (
            "OKLAHOMA CITY Striking teachers returned to the Capitol on Tuesday.",
            "OKLAHOMA CITY",
            "USA",
        ),
        (
            "MEXICO CITY (AP) Lawmakers in Mexico approved a new security law on Thursday.",
            "MEXICO CITY",
            "MEX",
        ),
    ],
)
def test_more_datelines(
    parse: Parse, gazetteer: Gazetteer, text: str, mention: str, country: str
) -> None:
    assert _places(parse, gazetteer, text)[mention].country == country


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING NEWS The council met again on Monday.",
        "The mayor spoke. LIVE UPDATES (AP) - More rain is due.",
    ],
)
def test_all_caps_headings_are_no_datelines(parse: Parse, gazetteer: Gazetteer, text: str) -> None:
    assert not [
        p for p in extract_places(parse(text), gazetteer=gazetteer) if p.span.text.isupper()
    ]


def test_county_inside_a_longer_name(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "The Cuyahoga County Executive spoke in Cleveland, Ohio, on Monday."
    place = _places(parse, gazetteer, text)["Cuyahoga County"]
    assert (place.kind, place.admin1) == ("region", "Ohio")
    assert place.lat == pytest.approx(41.5, abs=0.1)


def test_county_never_a_namesake_in_another_state(parse: Parse, gazetteer: Gazetteer) -> None:
    # Iowa is named most and none of its cities: no Lee County of Illinois (at Chicago)
    text = "Lee County farmers in Iowa sold corn to buyers in Chicago. Iowa growers agreed."
    assert "Lee County" not in _places(parse, gazetteer, text)


def test_county_of_the_state_named_most(parse: Parse, gazetteer: Gazetteer) -> None:
    text = (
        "Montgomery County officials met in Des Moines, Iowa. Iowa farmers came too, "
        "and a speaker flew in from Chicago."
    )
    place = _places(parse, gazetteer, text)["Montgomery County"]
    assert place.admin1 == "Iowa"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The Boise Fire Department offered tips for frying turkeys.", "Boise", "USA"),
        ("A deal was signed with the Abuja Chamber of Commerce yesterday.", "Abuja", "NGA"),
    ],
)
def test_city_an_institution_is_named_after(
    parse: Parse, gazetteer: Gazetteer, text: str, mention: str, country: str
) -> None:
    place = _places(parse, gazetteer, text)[mention]
    assert (place.kind, place.country) == ("city", country)


def test_no_city_in_other_organisation_names(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "The outbreak began at Stoke Mandeville Hospital last year."
    assert "Stoke" not in _places(parse, gazetteer, text)


def test_street_is_placed_in_the_articles_city(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Police in Miami, Florida, closed Royal Street and N. Bedford Drive on Monday."
    found = _places(parse, gazetteer, text)
    city = found["Miami"]
    for street in ("Royal Street", "N. Bedford Drive"):
        assert (found[street].kind, found[street].lat) == ("landmark", city.lat)


def test_street_without_a_city_is_left_out(parse: Parse, gazetteer: Gazetteer) -> None:
    assert "Royal Street" not in _places(parse, gazetteer, "A fire closed Royal Street.")


@pytest.mark.parametrize("chunk", [7, 64, 1 << 20])
def test_json_records_streams_any_chunk_size(tmp_path: Path, chunk: int) -> None:
    data = {"1": {"name": "Zürich", "n": [1, 2]}, "22": {"name": "a, b: {c}"}, "3": {}}
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert dict(json_records(path, chunk=chunk)) == data


def test_json_records_rejects_a_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"1": {"name": "Vila"}, "2": {"na', encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        list(json_records(path, chunk=8))
