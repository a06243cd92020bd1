"""Small towns: the SQLite cache (build, rebuild) and the context gate of the places stage."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.extract.gazetteer import GazEntry, Gazetteer, load_gazetteer
from eventwire.extract.places import extract_places
from eventwire.extract.towns import Towns, open_towns
from eventwire.model import Document, Place

Parse = Callable[..., Document]

# Small, made-up-free facts: real GeoNames towns under 15,000 people (rounded points).
_TOWNS = (
    GazEntry("Nenagh", "city", 52.86, -8.2, "IRL", None, 9895),
    GazEntry("Nenagh", "city", -33.0, 151.0, "AUS", None, 600),
    GazEntry("Olivia", "city", 44.78, -94.99, "USA", "Minnesota", 2356),
    GazEntry("Freeland", "city", 43.53, -84.12, "USA", "Michigan", 6969),
    GazEntry("Red Oak", "city", 41.01, -95.23, "USA", "Iowa", 5500),
    GazEntry("Red Oak", "city", 32.52, -96.8, "USA", "Texas", 13000),
    GazEntry("‘Ayn Town", "city", 35.0, 36.0, "SYR", None, 4000),
)


def _source() -> Iterator[GazEntry]:
    return iter(_TOWNS)


@pytest.fixture(scope="module")
def town_gaz(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    towns = open_towns(tmp_path_factory.mktemp("cache"), source=_source)
    return replace(load_gazetteer(), towns=towns)


def _places(parse: Parse, gaz: Gazetteer, text: str) -> dict[str, Place]:
    return {p.span.text: p for p in extract_places(parse(text), gazetteer=gaz)}


def test_towns_cache_is_built_then_reused(tmp_path: Path) -> None:
    calls: list[int] = []

    def counted() -> Iterator[GazEntry]:
        calls.append(1)
        return iter(_TOWNS)

    first = open_towns(tmp_path, source=counted)
    second = open_towns(tmp_path, source=counted)
    assert calls == [1]
    assert [t.country for t in second.lookup("nenagh")] == ["IRL", "AUS"]
    assert first.lookup("Ayn Town")[0].name == "‘Ayn Town"  # quote mark dropped
    assert isinstance(second, Towns) and second.lookup("Nowhere") == ()


@pytest.mark.parametrize("damage", ["garbage", "stale"])
def test_towns_cache_is_rebuilt_when_corrupt_or_stale(tmp_path: Path, damage: str) -> None:
    open_towns(tmp_path, source=_source)
    (path,) = tmp_path.glob("towns-*.sqlite")
    if damage == "garbage":
        path.write_bytes(b"not a database at all" * 100)
    else:
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE meta SET value = 'old' WHERE key = 'version'")
        conn.close()
    towns = open_towns(tmp_path, source=_source)
    assert towns.lookup("Olivia")[0].admin1 == "Minnesota"


def test_towns_cache_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from eventwire.extract.towns import cache_dir

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("EVENTWIRE_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "eventwire"


def test_small_town_resolved_in_its_country(parse: Parse, town_gaz: Gazetteer) -> None:
    text = "Housing is scarce in Ireland. Councillors in Nenagh said Dublin must act."
    place = _places(parse, town_gaz, text)["Nenagh"]
    assert (place.country, place.lat, place.kind) == ("IRL", 52.86, "city")


def test_small_town_picked_by_named_state(parse: Parse, town_gaz: Gazetteer) -> None:
    text = "The candidates met in Red Oak, Iowa, on Saturday before flying back to Washington."
    place = _places(parse, town_gaz, text)["Red Oak"]
    assert (place.admin1, place.lat) == ("Iowa", 41.01)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a first name: no US state named, and the town is too small to stand alone
        ("The Texas star thanked his brother Alex and his girlfriend Olivia.", "Olivia"),
        # a word of a person's name in the same article is no town
        (
            "Chrystia Freeland met officials in Washington. Freeland, the Canadian minister, "
            "said talks in Michigan went well.",
            "Freeland",
        ),
        # a town of a country the article does not mention
        ("Councillors in Nenagh said the budget in Kenya was too small.", "Nenagh"),
    ],
)
def test_town_names_gated_by_context(
    parse: Parse, town_gaz: Gazetteer, text: str, name: str
) -> None:
    assert name not in _places(parse, town_gaz, text)
