"""Place mentions that spaCy's entities miss, found by pattern, for the places stage.

* AP-style state abbreviations with their dots: "Calif." and the like only after
  "Town, " (elsewhere they are ordinary words such as "Miss." or "Mass."), dotted
  initials ("N.Y.", "D.C.") anywhere; a single-dot form also in brackets after a
  name ("Walker County (Ga.)");
* Canadian Press province abbreviations ("B.C.", "Ont.") alike, and two-letter
  postal codes after a town ("Horry County, SC"), except those that are also words;
* all-caps datelines at the start of a line: "NEW DELHI —", "WASHINGTON (AP) —",
  "SAN DIEGO, Calif. —", "WAUSAU, Wis. (WSAW) --"; run into the text after a
  sentence when a wire service follows ("... said. SAN DIEGO (AP) -"); and at the
  very start of an article with no punctuation ("OKLAHOMA CITY The Latest ...")
  when the name is a country, state or big city;
* streets ("Royal Street"), placed at the article's main city;
* the big city an institution is named after ("Boise Fire Department");
* US counties ("Orange County", found by name wherever they stand) are gazetteer
  names without a point of their own; ``refine_county`` picks the county of the
  state the article names most and places it at a city of that state the article
  names, or at the town it is named after.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..model import Document, Place, Span
from .gazetteer import GazEntry, Gazetteer
from .place_venues import main_city

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "abbreviation_mentions",
    "county_mentions",
    "dateline_mentions",
    "org_city_mention",
    "refine_county",
    "street_mentions",
]

_NAME = r"(?P<name>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})"
# a wire service or station in brackets: "(AP)", "(Reuters)", "(WSAW)", "(ABC7)"
_AGENCY = r"\([A-Z][A-Za-z0-9]{1,9}\)"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*{_NAME}(?=(?:,[^\n—–]{{2,24}})?\s*(?:{_AGENCY}|(?:—|–|--| - |:)))"
)
# "... the statement said. SAN DIEGO (AP) - ...": a dateline run into the text
_INLINE_DATELINE = re.compile(rf"(?<=[.!?”\"] ){_NAME}(?=(?:, [^\n—–]{{2,24}})?\s*{_AGENCY})")
_AGENCY_ANYWHERE = re.compile(_AGENCY)
# "OKLAHOMA CITY The Latest on ...": an article opening with a bare dateline
_OPENING = re.compile(rf"\A\s*{_NAME}(?= [A-Z][a-z])")
# Postal codes that are also words or titles ("John Smith, MD"), never taken bare
_AMBIGUOUS_CODES = frozenset({"MD", "PA", "ME", "OR", "IN", "OK", "HI", "DO", "AS", "ON", "PE"})
_BIG_CITY = 100_000
# "Fresno, Calif.", "Horry County, SC", "Walker County (Ga.)"
_AFTER_NAME = re.compile(r"(?P<sep>, | \()(?P<abbr>[A-Z][A-Za-z]{0,4}\.|[A-Z]{2}(?![\w.'’-]))")
# Words that make an organisation a public body or venue of the city it is named after
_INSTITUTIONS = frozenset(
    {"Fire", "Council", "Board", "City", "Hospital", "Airport", "Port"}
    | {"Court", "Chamber", "Department", "Services", "Service", "Schools", "Transit"}
    | {"Stock", "Municipal", "Metropolitan", "Mayor", "Zoo", "Marathon"}
)
_STREET_WORDS = ("Street", "Avenue", "Road", "Drive", "Boulevard", "Lane")
_STREET = re.compile(
    r"(?<![\w.])(?:(?:[A-Z][\w'’-]*\.?|\d+(?:st|nd|rd|th)) ){1,3}"
    rf"(?:{'|'.join(_STREET_WORDS)})(?: (?:North|South|East|West)\b)?"
)
_COUNTY = re.compile(r"(?P<words>(?:[A-Z][\w'’.-]*\s){1,3})(?P<unit>County|Parish)\b")


@cache
def _dotted_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    dotted = [n for n in names if n.count(".") > 1]
    alts = "|".join(re.escape(n) for n in sorted(dotted, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alts})(?!\w)")


def abbreviation_mentions(doc: Document, gaz: Gazetteer) -> list[tuple[Span, GazEntry]]:
    """US states and Canadian provinces written AP-style ("Portland, Ore.", "Albany,
    N.Y.", "Nelson, B.C.") or as postal codes after a town ("Conway, SC")."""
    if not gaz.abbreviations:
        return []
    text, table = doc.text, gaz.abbreviations
    found = [m.span() for m in _dotted_pattern(tuple(sorted(table))).finditer(text)]
    # one literal-led scan for the short forms, checked in Python (much faster than
    # an alternation of every abbreviation behind a look-behind)
    for m in _AFTER_NAME.finditer(text):
        abbr, sep = m.group("abbr"), m.group("sep")
        if abbr not in table or not text[m.start() - 1 : m.start()].isalpha():
            continue
        if "." in abbr:
            ok = abbr.count(".") == 1 and (sep == ", " or text[m.end() : m.end() + 1] == ")")
        else:
            ok = sep == ", " and abbr not in _AMBIGUOUS_CODES
        if ok:
            found.append(m.span("abbr"))
    return [(doc.span(s, e), table[text[s:e]]) for s, e in sorted(found)]


def dateline_mentions(doc: Document, gaz: Gazetteer) -> list[tuple[Span, tuple[GazEntry, ...]]]:
    """The place of an all-caps dateline ("NEW DELHI —", "WASHINGTON (AP) —")."""
    out: list[tuple[Span, tuple[GazEntry, ...]]] = []
    # the look-behind of the run-in form is tried at every character: only where a
    # bracketed agency is there to be found at all
    inline = (_INLINE_DATELINE,) if _AGENCY_ANYWHERE.search(doc.text) else ()
    for pattern in (_DATELINE, *inline, _OPENING):
        for match in pattern.finditer(doc.text):
            name = match.group("name").rstrip(".")
            cands = gaz.lookup(name.title()) if len(name) >= 3 else ()
            if pattern is _OPENING:  # no punctuation vouches for it: only a known place
                cands = tuple(c for c in cands if c.kind != "city" or c.population >= _BIG_CITY)
            start = match.start("name")
            if cands and not any(start == s.start for s, _ in out):
                out.append((doc.span(start, start + len(name)), cands))
    return out


def county_mentions(doc: Document, gaz: Gazetteer) -> list[tuple[Span, tuple[GazEntry, ...]]]:
    """US counties by name wherever they stand ("Cuyahoga County Executive", "the
    Daviess County Public Schools"), which spaCy often folds into a longer entity."""
    out: list[tuple[Span, tuple[GazEntry, ...]]] = []
    if "County" not in doc.text and "Parish" not in doc.text:
        return out
    for match in _COUNTY.finditer(doc.text):
        words = match.group("words").split()
        if words[0] == "The":  # "The Montgomery County Democrats"
            words = words[1:]
        for n in range(min(3, len(words)), 0, -1) if words else ():  # the longest known name
            name = " ".join([*words[-n:], match.group("unit")])
            cands = tuple(c for c in gaz.lookup(name) if c.county)
            if cands:
                end = match.end()
                out.append((doc.span(end - len(name), end), cands))
                break
    return out


def org_city_mention(
    doc: Document, gaz: Gazetteer, ent: SpacySpan
) -> tuple[Span, tuple[GazEntry, ...]] | None:
    """The big city an institution is named after ("Toronto Police Services Board",
    "Abuja Chamber of Commerce"): its leading words, when an institutional word comes
    right after them."""
    if ent[0].lower_ == "the":
        ent = ent[1:]
    for n in (3, 2, 1):
        if n >= len(ent) or ent[n].text not in _INSTITUTIONS:
            continue
        head = ent[:n]
        if not all(t.text[:1].isupper() for t in head):
            continue
        cands = tuple(c for c in gaz.lookup(head.text) if c.kind == "city")
        if cands and max(c.population for c in cands) >= _BIG_CITY:
            return doc.span(head.start_char, head.end_char), cands
    return None


def street_mentions(
    doc: Document, places: list[Place], taken: list[Span]
) -> list[tuple[Span, GazEntry]]:
    """Streets by name ("Royal Street", "N. Bedford Drive", "Third Street"), placed in
    the city the article names most: a street is no gazetteer name, but it lies in
    the story's city (``main_city``: in the country and states the article names
    most), and without a city no street is given."""
    out: list[tuple[Span, GazEntry]] = []
    city = main_city(places) if any(word in doc.text for word in _STREET_WORDS) else None
    if city is None:
        return out
    for m in _STREET.finditer(doc.text):
        span = doc.span(m.start(), m.end())
        if not any(span.overlaps(t) for t in taken):
            entry = GazEntry(span.text, "landmark", city.lat, city.lon, city.country, city.admin1)
            out.append((span, entry))
    return out


def refine_county(
    cands: tuple[GazEntry, ...], others: list[GazEntry], gaz: Gazetteer
) -> tuple[GazEntry, float] | None:
    """The county among same-named ones, placed at a city of its state the article
    names, else at the town its name is taken from ("Orange" for Orange County);
    counties of the state the article names most first. None if no such town is known: the
    state's point is too far from most counties to be worth giving."""
    states = Counter(o.admin1 for o in others if o.admin1 and o.country == "USA" and not o.county)
    counties = sorted((c for c in cands if c.county), key=lambda c: -states[c.admin1 or ""])
    # never a namesake in another state: keep counties of states named as such, else
    # of states the article's cities lie in, if there are any
    named = {o.admin1 for o in others if o.kind == "admin1"}
    for keep in (named, set(states)):
        if any(c.admin1 in keep for c in counties):
            counties = [c for c in counties if c.admin1 in keep]
            break
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
    towns = gaz.towns.lookup(base) if gaz.towns is not None else ()
    return next(
        (c for c in (*gaz.lookup(base), *towns) if c.kind == "city" and c.admin1 == county.admin1),
        None,
    )
