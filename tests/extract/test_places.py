"""Places stage: candidates, gazetteer lookups and disambiguation."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from eventwire.config import Config
from eventwire.errors import StageError
from eventwire.extract.gazetteer import Gazetteer, load_gazetteer, name_key
from eventwire.extract.places import extract_places, make_places
from eventwire.model import Article, Document, Place
from eventwire.pipeline import Stage

Parse = Callable[..., Document]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def places_stage(cfg: Config) -> Stage:
    return make_places(cfg)


def _places(parse: Parse, gazetteer: Gazetteer, text: str) -> dict[str, Place]:
    return {p.span.text: p for p in extract_places(parse(text), gazetteer=gazetteer)}


def test_gazetteer_loads_fast() -> None:
    # CPU time, not wall time: other test workers share the machine.
    start = time.process_time()
    load_gazetteer()
    assert time.process_time() - start < 2.0


@pytest.mark.parametrize(
    ("raw", "key"),
    [("U.S.", "us"), ("the Élysée", "elysee"), ("Tian’anmen  Square", "tian'anmen square")],
)
def test_name_key_normalises(raw: str, key: str) -> None:
    assert name_key(raw) == key


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("China", "country", "CHN"),
        ("Russia", "country", "RUS"),
        ("U.S.", "country", "USA"),
        ("Britain", "country", "GBR"),
        ("Texas", "admin1", "USA"),
        ("Peking", "city", "CHN"),
        ("Kremlin", "landmark", "RUS"),
        ("Middle East", "region", None),
    ],
)
def test_gazetteer_lookup(gazetteer: Gazetteer, name: str, kind: str, country: str) -> None:
    entry = min(gazetteer.lookup(name), key=lambda e: e.rank)
    assert (entry.kind, entry.country) == (kind, country)


def test_demonyms_are_not_places(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Chinese") == ()
    assert gazetteer.lookup("Year of Culture") == ()


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The festival in Paris drew crowds, officials in France said.", "Paris", ("FRA", None)),
        ("He grew up in Paris, Texas, and later moved away.", "Paris", ("USA", "Texas")),
        ("Officials in Georgia said the storm hit Atlanta.", "Georgia", ("USA", "Georgia")),
        ("Georgia and Armenia signed a deal in Tbilisi.", "Georgia", ("GEO", None)),
        (
            "The senator flew to Washington on Monday.",
            "Washington",
            ("USA", "District of Columbia"),
        ),
    ],
)
def test_ambiguous_names_follow_context(
    parse: Parse, gazetteer: Gazetteer, text: str, mention: str, expected: tuple[str, str | None]
) -> None:
    place = _places(parse, gazetteer, text)[mention]
    assert (place.country, place.admin1) == expected


def test_paris_texas_coordinates(parse: Parse, gazetteer: Gazetteer) -> None:
    place = _places(parse, gazetteer, "He grew up in Paris, Texas, and later moved away.")["Paris"]
    assert place.kind == "city"
    assert place.lat == pytest.approx(33.66, abs=0.1)
    assert place.lon == pytest.approx(-95.56, abs=0.1)


def test_us_state(parse: Parse, gazetteer: Gazetteer) -> None:
    place = _places(parse, gazetteer, "Wildfires spread across California this week.")["California"]
    assert (place.kind, place.country, place.admin1) == ("admin1", "USA", "California")
    assert 32 < (place.lat or 0) < 42
    assert -125 < (place.lon or 0) < -114


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Crowds gathered in Tian'anmen Square on Sunday.",
            "Tian'anmen Square",
            "Tiananmen Square",
        ),
        ("The prime minister returned to Downing Street.", "Downing Street", "10 Downing Street"),
        ("The talks were held at the Elysee on Friday.", "Elysee", "Élysée Palace"),
    ],
)
def test_landmark_alias(
    parse: Parse, gazetteer: Gazetteer, text: str, mention: str, name: str
) -> None:
    place = _places(parse, gazetteer, text)[mention]
    assert (place.kind, place.name) == ("landmark", name)


@pytest.mark.parametrize(
    ("text", "inner", "country"),
    [
        ("The Bank of China raised rates on Monday.", "China", "CHN"),
        ("The U.S. Army said the base was closed.", "U.S.", "USA"),
    ],
)
def test_large_place_inside_organisation_is_found(
    parse: Parse, gazetteer: Gazetteer, text: str, inner: str, country: str
) -> None:
    # both geoparsing gold sets count a country named inside an organisation's name
    found = _places(parse, gazetteer, text)
    assert found[inner].country == country


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Russian troops crossed the border.", "Russian", "RUS"),
        ("He met South Korean officials in Paris.", "South Korean", "KOR"),
        ("European ministers met in Brussels.", "European", None),
    ],
)
def test_demonym_is_adjectival_place(
    parse: Parse, gazetteer: Gazetteer, text: str, word: str, country: str | None
) -> None:
    place = _places(parse, gazetteer, text)[word]
    assert place.adjectival
    assert place.country == country


def test_country_reference_point_is_geonames_style(parse: Parse, gazetteer: Gazetteer) -> None:
    place = _places(parse, gazetteer, "Flights to the United States resumed.")["United States"]
    assert (place.lat, place.lon) == pytest.approx((39.76, -98.5))


def test_spans_match_text(parse: Parse, gazetteer: Gazetteer) -> None:
    doc = parse("Leaders met at the White House before flying to Berlin and Tokyo.")
    places = extract_places(doc, gazetteer=gazetteer)
    assert {p.span.text for p in places} == {"White House", "Berlin", "Tokyo"}
    for p in places:
        assert doc.text[p.span.start : p.span.end] == p.span.text


@pytest.fixture(scope="module")
def seed_places(seed_article: Article, parse_stage: Stage, places_stage: Stage) -> dict[str, Place]:
    doc = places_stage.run(parse_stage.run(Document.from_article(seed_article)))
    return {p.span.text: p for p in doc.places}


def test_seed_landmark(
    seed_places: dict[str, Place],
) -> None:
    hall = seed_places["Great Hall of the People"]
    assert (hall.kind, hall.country, hall.admin1) == ("landmark", "CHN", "Beijing")
    assert hall.lat == pytest.approx(39.90, abs=0.01)
    assert hall.lon == pytest.approx(116.39, abs=0.01)


@pytest.mark.parametrize(
    ("mention", "lat_range", "lon_range"),
    [("Gansu", (35, 40), (100, 106)), ("Qinghai", (34, 37), (95, 102))],
)
def test_seed_provinces(
    seed_places: dict[str, Place],
    mention: str,
    lat_range: tuple[float, float],
    lon_range: tuple[float, float],
) -> None:
    place = seed_places[mention]
    assert (place.kind, place.country) == ("admin1", "CHN")
    assert lat_range[0] <= (place.lat or 0) <= lat_range[1]
    assert lon_range[0] <= (place.lon or 0) <= lon_range[1]


@pytest.mark.parametrize(("mention", "country"), [("China", "CHN"), ("Russia", "RUS")])
def test_seed_countries(seed_places: dict[str, Place], mention: str, country: str) -> None:
    place = seed_places[mention]
    assert (place.kind, place.country) == ("country", country)


def test_seed_has_no_non_places(
    seed_places: dict[str, Place],
) -> None:
    names = {text for text, p in seed_places.items() if not p.adjectival}
    assert names == {"Great Hall of the People", "China", "Russia", "Gansu", "Qinghai"}


def test_seed_demonyms_are_adjectival(seed_places: dict[str, Place]) -> None:
    adjectives = {text: p.country for text, p in seed_places.items() if p.adjectival}
    assert adjectives == {"Russian": "RUS", "Chinese": "CHN"}
    assert seed_places["Russian"].kind == "country"


def test_places_stage_contract(places_stage: Stage) -> None:
    assert places_stage.name == "places"
    assert places_stage.requires == {"parsed", "sentences"}
    assert places_stage.produces == {"places"}


def test_places_unparsed_document_is_a_stage_error(gazetteer: Gazetteer) -> None:
    doc = Document.from_article(Article("Fighting in Gaza.", "test"))
    with pytest.raises(StageError, match="E320"):
        extract_places(doc, gazetteer=gazetteer)


@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        ("The fire started in Fresno, Calif., on Monday.", "Calif.", "California"),
        ("She lives in Albany, N.Y. with her family.", "N.Y.", "New York"),
        ("Police in Slidell, La., arrested a man.", "La.", "Louisiana"),
    ],
)
def test_ap_state_abbreviation(
    parse: Parse, gazetteer: Gazetteer, text: str, mention: str, state: str
) -> None:
    place = _places(parse, gazetteer, text)[mention]
    assert (place.kind, place.country, place.admin1) == ("admin1", "USA", state)


def test_ap_abbreviation_needs_town_before_it(parse: Parse, gazetteer: Gazetteer) -> None:
    assert "Miss." not in _places(parse, gazetteer, "Miss. Brown said the school was closed.")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("NEW DELHI: The court ruled on Tuesday that the law stands.", "NEW DELHI", "IND"),
        ("TORONTO — The family of a missing man spoke to reporters.", "TORONTO", "CAN"),
        ("NAIROBI, Kenya (AP) — Heavy rains flooded the city.", "NAIROBI", "KEN"),
    ],
)
def test_all_caps_dateline(
    parse: Parse, gazetteer: Gazetteer, text: str, mention: str, country: str
) -> None:
    place = _places(parse, gazetteer, text)[mention]
    assert (place.kind, place.country) == ("city", country)


def test_us_county_takes_a_city_of_its_state(parse: Parse, gazetteer: Gazetteer) -> None:
    text = "Officials in Cuyahoga County met on Monday. Cleveland, Ohio, hosted the talks."
    place = _places(parse, gazetteer, text)["Cuyahoga County"]
    assert (place.kind, place.country, place.admin1) == ("region", "USA", "Ohio")
    assert place.lat == pytest.approx(41.5, abs=0.1)
    assert place.lon == pytest.approx(-81.7, abs=0.1)


def test_us_county_named_after_a_city(parse: Parse, gazetteer: Gazetteer) -> None:
    place = _places(parse, gazetteer, "Rents rose across Orange County, California.")[
        "Orange County"
    ]
    assert place.admin1 == "California"
    assert place.lat == pytest.approx(33.8, abs=0.2)


def test_us_county_without_a_known_point_is_left_out(parse: Parse, gazetteer: Gazetteer) -> None:
    assert "Daviess County" not in _places(parse, gazetteer, "Daviess County schools closed.")
