from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.geo import (
    GeoDoc,
    GoldToponym,
    PointCountry,
    _Tally,
    align,
    haversine_km,
    is_venue,
    read_geo,
    score_doc,
)
from eventwire.model import Place, Span

TEXT = "Flu hit Paris and Lyon, officials in France said."

GEOVIRUS = f"""<articles><article><source>x</source><text>{TEXT}</text><locations>
<location><name>Paris</name><start>7</start><end>12</end><lat>48.86</lat><lon>2.35</lon></location>
<location><name>France</name><start>36</start><end>42</end><lat>46.0</lat><lon>2.0</lon></location>
</locations></article></articles>"""

GWN = f"""<articles><article file="0"><title>t</title><text>{TEXT}</text><toponyms>
<toponym><extractedName>Lyon</extractedName><start>18</start><end>22</end>
<latitude>45.75</latitude><longitude>4.85</longitude></toponym>
<toponym><extractedName>officials</extractedName><start>24</start><end>33</end></toponym>
</toponyms></article></articles>"""


def test_align_moves_a_shifted_toponym_to_the_nearest_occurrence() -> None:
    top = GoldToponym(7, 12, "Paris", 48.86, 2.35)  # one character early
    assert align(TEXT, top) == GoldToponym(8, 13, "Paris", 48.86, 2.35)
    exact = GoldToponym(8, 13, "Paris", None, None)
    assert align(TEXT, exact) is exact


def test_read_geo_detects_geovirus_and_aligns(tmp_path: Path) -> None:
    (tmp_path / "gold.xml").write_text(GEOVIRUS, encoding="utf-8")
    (doc,) = read_geo(tmp_path)
    assert [(t.name, TEXT[t.start : t.end]) for t in doc.toponyms] == [
        ("Paris", "Paris"),
        ("France", "France"),
    ]


def test_read_geo_prefers_gwn_xml_and_keeps_neutral_toponyms(tmp_path: Path) -> None:
    (tmp_path / "GWN.xml").write_text(GWN, encoding="utf-8")
    (tmp_path / "other.xml").write_text(GEOVIRUS, encoding="utf-8")
    (doc,) = read_geo(tmp_path)
    assert [(t.name, t.lat) for t in doc.toponyms] == [("Lyon", 45.75), ("officials", None)]


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [((51.5074, -0.1278), (48.8566, 2.3522), 344), ((0.0, 179.5), (0.0, -179.5), 111)],
)
def test_haversine_km(a: tuple[float, float], b: tuple[float, float], km: int) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=2)


def _place(start: int, end: int, lat: float, lon: float, country: str) -> Place:
    span = Span(start, end, TEXT[start:end])
    return Place("p", span.text, span, lat, lon, country, None, "city")


def test_score_doc_counts_hits_misses_neutral_and_false_alarms() -> None:
    doc = GeoDoc(
        TEXT,
        (
            GoldToponym(8, 13, "Paris", 48.86, 2.35),
            GoldToponym(18, 22, "Lyon", 45.75, 4.85),
            GoldToponym(24, 33, "officials", None, None),
        ),
    )
    places = (
        _place(8, 13, 33.66, -95.55, "USA"),  # Paris, Texas: a hit, wrongly geocoded
        _place(24, 33, 0.0, 0.0, "FRA"),  # on a neutral toponym: not counted
        _place(37, 43, 46.0, 2.0, "FRA"),  # a false alarm
    )
    tally = _Tally()
    score_doc(doc, places, tally, PointCountry())
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 1)
    assert tally.errors[0] > 7000
    assert tally.country_hits == 0


@pytest.mark.parametrize(
    ("name", "kind", "venue"),
    [
        ("Sunnybrook Hospital", "landmark", True),  # placed at its city by the places stage
        ("Royal Street", "landmark", True),
        ("Great Hall of the People", "landmark", False),  # the table gives its own point
        ("Toronto", "city", False),
    ],
)
def test_is_venue(name: str, kind: str, venue: bool) -> None:
    place = Place("p", name, Span(0, len(name), name), 1.0, 2.0, "CAN", None, kind)
    assert is_venue(place, frozenset({"Great Hall of the People"})) is venue
