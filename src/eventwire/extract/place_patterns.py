"""Place mentions that spaCy's entities miss, found by pattern, for the places stage.

* AP-style state abbreviations with their dots: "Calif." and the like only after
  "Town, " (elsewhere they are ordinary words such as "Miss." or "Mass."), dotted
  initials ("N.Y.", "D.C.") anywhere;
* all-caps datelines at the start of a line: "NEW DELHI —", "WASHINGTON (AP) —",
  "SAN DIEGO, Calif. —";
* US counties ("Orange County") are gazetteer names, placed at their state's point;
  ``refine_county`` picks the county of a state the article names and moves it to
  a city of that state the article names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..model import Document, Span
from .gazetteer import GazEntry, Gazetteer

__all__ = ["abbreviation_mentions", "dateline_mentions", "refine_county"]

_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
    r"(?=(?:,[^\n—–]{2,24})?\s*(?:\((?:AP|Reuters|AFP|UPI|CNN)\)\s*)?(?:—|–|--| - |:))"
)


@cache
def _abbreviation_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    dotted = [n for n in names if n.count(".") > 1]
    single = [n for n in names if n.count(".") == 1]
    alts = "|".join(re.escape(n) for n in sorted(dotted, key=len, reverse=True))
    words = "|".join(re.escape(n) for n in sorted(single, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alts})(?!\w)|(?<=[a-z], )(?:{words})(?!\w)")


def abbreviation_mentions(doc: Document, gaz: Gazetteer) -> list[tuple[Span, GazEntry]]:
    """US states written AP-style ("Portland, Ore.", "Albany, N.Y.")."""
    if not gaz.abbreviations:
        return []
    pattern = _abbreviation_pattern(tuple(sorted(gaz.abbreviations)))
    return [
        (doc.span(m.start(), m.end()), gaz.abbreviations[m.group()])
        for m in pattern.finditer(doc.text)
    ]


def dateline_mentions(doc: Document, gaz: Gazetteer) -> list[tuple[Span, tuple[GazEntry, ...]]]:
    """The place of an all-caps dateline ("NEW DELHI —", "WASHINGTON (AP) —")."""
    out: list[tuple[Span, tuple[GazEntry, ...]]] = []
    for match in _DATELINE.finditer(doc.text):
        name = match.group("name").rstrip(".")
        cands = gaz.lookup(name.title())
        if cands and len(name) >= 3:
            start = match.start("name")
            out.append((doc.span(start, start + len(name)), cands))
    return out


def refine_county(
    cands: tuple[GazEntry, ...], others: list[GazEntry], gaz: Gazetteer
) -> tuple[GazEntry, float] | None:
    """The county among same-named ones, placed at a city of its state the article
    names, else at the city its name is taken from ("Orange" for Orange County);
    counties of a state the article names first. None if no such city is known: the
    state's point is too far from most counties to be worth giving."""
    states = {o.admin1 for o in others if o.admin1 and o.country == "USA" and not o.county}
    counties = sorted((c for c in cands if c.county), key=lambda c: c.admin1 not in states)
    for county in counties:
        city = _county_city(county, others, gaz)
        if city is not None:
            confidence = 0.7 if county.admin1 in states else 0.5
            return replace(county, lat=city.lat, lon=city.lon), confidence
    return None


def _county_city(county: GazEntry, others: list[GazEntry], gaz: Gazetteer) -> GazEntry | None:
    named = [o for o in others if o.kind == "city" and o.admin1 == county.admin1]
    if named:
        return named[0]
    base = county.name.rsplit(" ", 1)[0]
    return next(
        (c for c in gaz.lookup(base) if c.kind == "city" and c.admin1 == county.admin1), None
    )
