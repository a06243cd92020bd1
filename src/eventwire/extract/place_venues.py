"""Buildings and venues for the places stage: named facilities the gazetteer lacks.

A venue is a spaCy FAC entity ("Dulles International Airport", "Trump Tower") or an
organisation whose last word is a facility noun ("Colchester General Hospital",
"Holy Redeemer Church", "Cavan Institute"): a hospital, school or stadium is a place
as well as an institution. Venues in the team landmark table are found by the
landmark scan before this step; the others have no point of their own, so each is
placed, in order of evidence, at

1. a place named at the start of its name ("Colchester General Hospital"),
2. the city named right after it ("Bambino Gesu Hospital in Rome", "..., Owerri"),
3. the story's main city (``main_city``, the rule that places streets).

A venue none of these places is not emitted: a point the text does not support would
be a guess. Venues are places of kind ``landmark``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from ..model import Document, Place, Span
from .gazetteer import GazEntry, name_key

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["FACILITY_HEADS", "main_city", "trim_name", "venue_mentions"]

# Nouns that make a name a building, site or venue (English usage, not a list of names)
FACILITY_HEADS = frozenset(
    {"Hospital", "Hospitals", "Clinic", "Infirmary", "Hospice", "School", "Academy"}
    | {"College", "University", "Polytechnic", "Church", "Chapel", "Cathedral", "Mosque"}
    | {"Temple", "Synagogue", "Shrine", "Basilica", "Abbey", "Monastery", "Stadium"}
    | {"Arena", "Ballpark", "Racecourse", "Speedway", "Park", "Gardens", "Zoo", "Airport"}
    | {"Airfield", "Aerodrome", "Station", "Harbour", "Harbor", "Bridge", "Tunnel", "Dam"}
    | {"Canal", "Prison", "Jail", "Penitentiary", "Mall", "Market", "Hotel", "Motel"}
    | {"Inn", "Resort", "Museum", "Gallery", "Library", "Theatre", "Theater", "Hall"}
    | {"Centre", "Center", "Tower", "Castle", "Palace", "Fort", "Barracks", "Plaza"}
    | {"Square", "Courthouse", "Embassy", "Consulate", "Capitol", "Estate", "Farm"}
    | {"Cemetery", "Memorial", "Monument", "Pier", "Wharf", "Terminal", "Lighthouse"}
    | {"Refinery", "Mine", "Furnaces", "Plantation", "Campus", "Complex", "Institute"}
)
# the city a venue is "in": "Alder Hey Hospital in Liverpool", "FUTO, Owerri"
_IN_CITY = re.compile(r"(?:,| in| at| near| outside)\s+$")
# "... Hospital in Dundrum": a place the text names, even if no table knows it
_IN_NAME = re.compile(r"(?:,| in| at| near| outside) [A-Z]")
_POSSESSIVE = ("'s", "’s", "'")
_NEAR = 40
_WORD = re.compile(r"\w+")  # characters between a venue and the city named after it
# "the Catholic Church" is a denomination, not a building: a head noun after nothing but
# faith or nationality words names an institution
_FAITHS = frozenset({"roman", "catholic", "orthodox", "anglican", "methodist", "baptist"})
_FAITHS |= frozenset({"lutheran", "presbyterian", "episcopal", "evangelical", "coptic"})
_FAITHS |= frozenset({"mormon", "pentecostal", "reformed", "the"})


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from an entity's characters."""
    match = re.match(r"(?i)the\s+", text[start:end])
    if match and end - start > match.end():
        start += match.end()
    for suffix in _POSSESSIVE:
        if text[start:end].endswith(suffix) and end - start > len(suffix):
            end -= len(suffix)
            break
    return start, end


def _is_venue(ent: SpacySpan, text: str, demonyms: frozenset[int]) -> bool:
    # spaCy's FAC alone is no evidence: it tags people, teams and services too
    words = text.split()
    if not text[:1].isupper() or words[-1] not in FACILITY_HEADS:
        return False
    if words[-1] == "Church" and all(
        tok.lower_ in _FAITHS or tok.ent_type_ == "NORP" or tok.idx in demonyms for tok in ent[:-1]
    ):
        return False  # "the Catholic Church", "the Greek Orthodox Church": an institution
    # a bare head word is a name only as "the Capitol" ("Park" is also a surname)
    return len(words) > 1 or ent[0].lower_ == "the"


def main_city(places: list[Place]) -> Place | None:
    """The city the article names most, in the country it names most and, if it
    names states of that country, in one of them: a city outside them is likely a
    misread ("Franklin" in a story about Louisiana)."""
    countries = Counter(p.country for p in places if p.country and not p.adjectival)
    if not countries:
        return None
    country = countries.most_common(1)[0][0]
    states = {p.admin1 for p in places if p.kind == "admin1" and p.country == country}
    cities = Counter(
        p.name
        for p in places
        if p.kind == "city"
        and p.lat is not None
        and p.country == country
        and (not states or p.admin1 in states)
    )
    if not cities:
        return None
    top = cities.most_common(1)[0][0]
    return next(p for p in places if p.name == top and p.kind == "city")


def _leading_place(span: Span, places: list[Place]) -> Place | None:
    """A place of the article named by the venue's first words ("Cavan Town Hall")."""
    words = span.text.split()
    for n in (3, 2, 1):
        if n < len(words):
            key = name_key(" ".join(words[:n]))
            found = next(
                (p for p in places if p.kind == "city" and name_key(p.span.text) == key), None
            )
            if found is not None:
                return found
    return None


def _city_after(doc: Document, span: Span, places: list[Place]) -> Place | None:
    """The city named right after the venue ("... Hospital in Rome")."""
    after = (p for p in places if p.kind == "city" and span.end <= p.span.start <= span.end + _NEAR)
    return next((p for p in after if _IN_CITY.search(doc.text[span.end : p.span.start])), None)


def _venue_spans(doc: Document, taken: list[Span], demonyms: frozenset[int]) -> list[Span]:
    if doc.parsed is None:
        return []
    out: list[Span] = []
    text = doc.text
    for ent in doc.parsed.ents:
        if ent.label_ not in ("FAC", "ORG") or FACILITY_HEADS.isdisjoint(_WORD.findall(ent.text)):
            continue  # most entities fail this cheap test
        start, end = trim_name(text, ent.start_char, ent.end_char)
        end = start + len(text[start:end].split(",", 1)[0])  # "X Cathedral, Cardinal Y"
        if _is_venue(ent, text[start:end], demonyms):
            span = doc.span(start, end)
            if not any(span.overlaps(t) for t in (*taken, *out)):
                out.append(span)
    return out


def _venue_city(doc: Document, span: Span, named: list[Place]) -> tuple[Place | None, float]:
    """Where a venue is, and the confidence: its name, the text after it, the story."""
    city = _leading_place(span, named)
    if city is not None:
        return city, 0.7
    city = _city_after(doc, span, named)
    if city is not None:
        return city, 0.6
    if _IN_NAME.match(doc.text, span.end):
        return None, 0.0  # the main city is no guess for a venue the text places elsewhere
    return main_city(named), 0.4


def venue_mentions(
    doc: Document, places: list[Place], taken: list[Span]
) -> list[tuple[Span, GazEntry, float]]:
    """Venues spaCy found that no other rule placed, each placed at its city."""
    demonyms = frozenset(p.span.start for p in places if p.adjectival)  # "Greek", "Syrian"
    spans = _venue_spans(doc, taken, demonyms)
    named = [p for p in places if not p.adjectival] if spans else []
    out: list[tuple[Span, GazEntry, float]] = []
    for span in spans:
        city, conf = _venue_city(doc, span, named)
        if city is not None:
            entry = GazEntry(span.text, "landmark", city.lat, city.lon, city.country, city.admin1)
            out.append((span, entry, conf))
    return out
