"""Places stage: find place mentions and geocode them with the offline gazetteer.

Candidates are spaCy GPE, LOC and FAC entities, ORG entities that are exactly a country
name ("DRC", which the small model often calls an organisation), and a direct scan for
the landmark names and aliases in ``landmarks.json`` (spaCy misses or mislabels
buildings), plus AP-style state abbreviations, all-caps datelines and US counties
(see ``place_patterns``), and named buildings and venues ("Colchester General
Hospital", placed at their city; see ``place_venues``). A landmark hit wins over any
entity it overlaps. Spans never include a leading "the": the mention of "the Great Hall
of the People" is "Great Hall of the People".

Choosing among same-named places, in order:

1. "X, Y" where Y is a state or country keeps only the X inside Y ("Paris, Texas");
2. a same-named admin1 unit and big city of one country is the city (Paris, Beijing);
3. pinned names (Washington = the city), then landmarks, then countries win outright,
   except that a country nothing else points to yields to a same-named state of the
   one country the rest of the article mentions ("Georgia" beside "Atlanta");
4. otherwise a place in a country the rest of the article mentions (or a city of a
   million or more) wins, then the higher kind (admin1 > region > city), then the most
   populous, then the place whose country has the most same-named candidates.

Names the gazetteer lacks, and cities spaCy called a person, go to the small-town step
(``place_towns``), which believes a GeoNames town only in context ("Nenagh" in a story
about Ireland). Demonyms and other look-alikes listed in ``place_aliases.json`` are
never places, and nothing is emitted for names no table knows ("Year of Culture").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import StageError
from ..model import Document, Place, Span, content_id
from .gazetteer import GazEntry, Gazetteer, load_gazetteer, name_key
from .place_patterns import (
    abbreviation_mentions,
    county_mentions,
    dateline_mentions,
    org_city_mention,
    refine_county,
    street_mentions,
)
from .place_towns import Pending, town_choices
from .place_venues import trim_name, venue_mentions
from .towns import open_towns

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan

    from ..pipeline import Stage

__all__ = ["extract_places", "make_places"]

VERSION = "8"
_LABELS = frozenset({"GPE", "LOC", "FAC"})
# only large units: whole names (and, for organisations, names inside the name)
_MISLABELS = frozenset({"ORG", "PERSON"})
# "Oaxaca State", "Birmingham City": the unit word is not part of the gazetteer name
_UNIT_SUFFIX = re.compile(r"\s+(?:State|City|Province|Region|District)$")
_LARGE = frozenset({"country", "region"})
# Admin1 units named like this ("Central", "BA") are rarely meant inside an organisation
_COMPASS = frozenset(
    {"Central", "Centre", "Capital", "North", "South", "East", "West", "Nord", "Sud", "Est"}
    | {"Northern", "Southern", "Eastern", "Western", "Ouest"}
)
_BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "LAW", "EVENT"})
# A city this big is what its name means unless the text says otherwise: "Rome" is
# Italy's even in a story set in the US, and "Paris" is the city, not the department.
_BIG_CITY = 1_000_000
_TEAM_CITY = 100_000


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    candidates: tuple[GazEntry, ...]


def _landmark_mentions(doc: Document, gaz: Gazetteer) -> list[_Mention]:
    # one pass of one alternation (longest names first) instead of a scan per name
    out: list[_Mention] = []
    for match in gaz.scan_pattern.finditer(doc.text):
        span = doc.span(match.start(), match.end())
        out.append(_Mention(span, (gaz.scan_entries[match.group()],)))
    return out


def _inside_blocking_entity(doc: Document, span: Span) -> bool:
    """True if the span is part of a longer person/organisation/title entity."""
    if doc.parsed is None:
        return False
    for ent in doc.parsed.ents:
        if ent.label_ in _BLOCKING_LABELS and ent.start_char <= span.start < ent.end_char:
            return (ent.end_char - ent.start_char) > (span.end - span.start)
    return False


def _mentions(doc: Document, gaz: Gazetteer) -> tuple[list[_Mention], list[Pending]]:
    """Place mentions, and the entity spans left for the small-town lookup."""
    if doc.parsed is None:
        raise StageError("E320", "places needs the parse stage to run first", where=doc.source)
    found = [m for m in _landmark_mentions(doc, gaz) if not _inside_blocking_entity(doc, m.span)]
    pending: list[Pending] = []
    for ent in doc.parsed.ents:
        if ent.label_ not in _LABELS and ent.label_ not in _MISLABELS:
            continue
        start, end = trim_name(doc.text, ent.start_char, ent.end_char)
        span = doc.span(start, end)
        if any(span.overlaps(m.span) for m in found):
            continue
        candidates = gaz.lookup(span.text) or gaz.lookup(_UNIT_SUFFIX.sub("", span.text))
        looked_up = candidates
        if ent.label_ in _MISLABELS:
            # spaCy calls "DRC", "EU" or "NSW" an organisation and "Tamil Nadu" a person:
            # trust only large units
            candidates = _large_units(candidates) or _team_city(ent, candidates)
            if not candidates and ent.label_ == "ORG":
                inner = _inner_mentions(doc, gaz, ent, found)
                city = None if inner else org_city_mention(doc, gaz, ent)
                found += inner if city is None else [_Mention(*city)]
        if candidates:
            found.append(_Mention(span, candidates))
        elif not any(c.kind != "city" for c in looked_up):
            same = tuple(c for c in looked_up if name_key(c.name) == name_key(span.text))
            pending.append(Pending(span, ent.label_, same))
    found += _entity_mentions(doc, gaz, found)
    found += _pattern_mentions(doc, gaz, found)
    pending = [p for p in pending if not any(p.span.overlaps(m.span) for m in found)]
    return sorted(found, key=lambda m: m.span.start), pending


def _pattern_mentions(doc: Document, gaz: Gazetteer, found: list[_Mention]) -> list[_Mention]:
    """AP-style state abbreviations and all-caps datelines spaCy left out."""
    out: list[_Mention] = []
    pairs = [(s, (e,)) for s, e in abbreviation_mentions(doc, gaz)]
    for span, cands in [*pairs, *dateline_mentions(doc, gaz), *county_mentions(doc, gaz)]:
        if not any(span.overlaps(m.span) for m in (*found, *out)):
            out.append(_Mention(span, cands))
    return out


def _team_city(ent: SpacySpan, cands: tuple[GazEntry, ...]) -> tuple[GazEntry, ...]:
    """A one-word organisation named exactly like a big city is usually its team or
    council ("Toronto won"), which both gold sets count as the city: by the city's own
    name, not one of its foreign names (Hamm is "Hamas" in some language; Hamas is not)."""
    if ent.label_ != "ORG" or len(ent) != 1:
        return ()
    own = name_key(ent.text)
    return tuple(
        c
        for c in cands
        if c.kind == "city" and c.population >= _TEAM_CITY and name_key(c.name) == own
    )


def _large_units(cands: tuple[GazEntry, ...]) -> tuple[GazEntry, ...]:
    """Countries, regions, pins and major admin1 units: the places organisations name."""
    if cands and (len(cands[0].name) <= 3 or cands[0].name.split()[0] in _COMPASS):
        return tuple(c for c in cands if c.kind == "country" or c.pinned)
    return tuple(
        c for c in cands if c.pinned or c.kind in _LARGE or (c.kind == "admin1" and not c.minor)
    )


def _inner_mentions(
    doc: Document, gaz: Gazetteer, ent: SpacySpan, found: list[_Mention]
) -> list[_Mention]:
    """Large places named inside an organisation's name ("U.S. Army", "Ohio State")."""
    out: list[_Mention] = []
    tokens = ent.doc
    i = ent.start
    while i < ent.end:
        first = tokens[i]
        # only a capitalised word starts a name: skip the others without slicing
        if not first.text[:1].isupper() or first.lower_ == "the":
            i += 1
            continue
        for j in range(min(ent.end, i + 4), i, -1):
            last = tokens[j - 1]
            start, end = first.idx, last.idx + len(last.text)
            cands = _large_units(gaz.lookup(doc.text[start:end]))
            span = doc.span(start, end) if cands else None
            if span is not None and not any(span.overlaps(m.span) for m in found):
                out.append(_Mention(span, cands))
                i = j - 1
                break
        i += 1
    return out


def _entity_mentions(doc: Document, gaz: Gazetteer, found: list[_Mention]) -> list[_Mention]:
    """Place names the entities stage (when it ran first) recognised and spaCy did not."""
    out: list[_Mention] = []
    for ent in doc.entities:
        if ent.type not in _LABELS:
            continue
        for m in ent.mentions:
            if m.kind != "name" or any(m.span.overlaps(f.span) for f in (*found, *out)):
                continue
            candidates = gaz.lookup(m.span.text)
            if candidates:
                out.append(_Mention(m.span, candidates))
    return out


def _containers(doc: Document, mentions: list[_Mention]) -> dict[int, GazEntry]:
    """Map mention index -> the state/country named right after it ("Paris, Texas")."""
    out: dict[int, GazEntry] = {}
    for i, (here, nxt) in enumerate(pairwise(mentions)):
        between = doc.text[here.span.end : nxt.span.start]
        outer = [c for c in nxt.candidates if c.kind in ("admin1", "country")]
        if between.strip() == "," and outer:
            out[i] = min(outer, key=lambda c: c.rank)
    return out


def _in_container(entry: GazEntry, outer: GazEntry) -> bool:
    if outer.kind == "country":
        return entry.country == outer.country and entry.kind != "country"
    return entry.country == outer.country and entry.admin1 == outer.admin1 and entry != outer


def _drop_shadowed_admin1(cands: tuple[GazEntry, ...]) -> tuple[GazEntry, ...]:
    """A minor unit or one named like a big city of its country means the city."""
    cities = [c for c in cands if c.kind == "city"]

    def shadowed(entry: GazEntry) -> bool:
        return entry.kind == "admin1" and any(
            c.country == entry.country and (entry.minor or c.population >= _BIG_CITY)
            for c in cities
        )

    kept = tuple(c for c in cands if not shadowed(c))
    return kept or cands


def _choose(
    cands: tuple[GazEntry, ...], *, context: frozenset[str], outer: GazEntry | None
) -> tuple[GazEntry, float]:
    """The best candidate and a confidence in the choice."""
    if outer is not None:
        inside = tuple(c for c in cands if _in_container(c, outer))
        if inside:
            return _choose(inside, context=context, outer=None)[0], 0.9
    cands = _drop_shadowed_admin1(cands)
    if len(cands) == 1:
        return cands[0], 1.0
    per_country = Counter(c.country for c in cands)

    def key(c: GazEntry) -> tuple[int, bool, int, int, int]:
        outright = min(c.rank, 3)  # pinned, landmark and country beat everything else
        known = c.country in context or c.population >= _BIG_CITY
        return (outright, not known, c.rank, -c.population, -per_country[c.country])

    ranked = sorted(cands, key=key)
    best = ranked[0]
    if best.kind == "country" and len(context) == 1 and best.country not in context:
        # "Georgia" next to "Atlanta": a state of the one country the article is about.
        local = [c for c in ranked if c.kind == "admin1" and not c.minor and c.country in context]
        if local:
            return local[0], 0.7
    return best, _confidence(best, ranked[1], context)


def _confidence(best: GazEntry, runner: GazEntry, context: frozenset[str]) -> float:
    if best.rank < 3 and runner.rank > best.rank:
        return 0.9
    if best.country in context and runner.country not in context:
        return 0.8
    if best.kind == runner.kind == "city" and best.population >= 10 * runner.population:
        return 0.8
    return 0.6


def _context(mentions: list[_Mention], outers: dict[int, GazEntry]) -> dict[str, Counter[str]]:
    """Per surface name: the countries that mentions with *other* names point to."""
    firsts: dict[str, str] = {}
    for i, m in enumerate(mentions):
        best, _ = _choose(m.candidates, context=frozenset(), outer=outers.get(i))
        if best.country and (best.kind != "city" or len(m.candidates) == 1):
            firsts.setdefault(m.span.text, best.country)
    return {
        name: Counter(c for other, c in firsts.items() if other != name)
        for name in {m.span.text for m in mentions}
    }


def _place(doc: Document, span: Span, entry: GazEntry, confidence: float) -> Place:
    return Place(
        id=content_id(doc.id, "place", str(span.start), str(span.end), prefix="pl"),
        name=entry.name,
        span=span,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=entry.admin1,
        kind=entry.kind,
        confidence=confidence,
        version=VERSION,
    )


def _in_longer_place(tokens: SpacyDoc, i: int) -> bool:
    tok = tokens[i]
    if tok.ent_type_ not in _LABELS:
        return False
    last = i + 1 == len(tokens) or tokens[i + 1].ent_iob_ != "I"
    return not (tok.ent_iob_ == "B" and last)


@cache
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in words)


def _adjective_places(doc: Document, gaz: Gazetteer, taken: list[Span]) -> list[Place]:
    """Demonyms and place adjectives ("Russian", "South Korean", "European")."""
    if doc.parsed is None:
        return []
    out: list[Place] = []
    tokens = doc.parsed
    firsts = _string_ids(gaz.adjective_firsts)
    # compare word ids, not Token objects: making a Token per word was this
    # stage's largest cost
    starts = [i for i, orth in enumerate(tokens.to_array("ORTH").tolist()) if orth in firsts]
    for i in starts:
        tok = tokens[i]
        if _in_longer_place(tokens, i):
            continue  # "French Quarter" is a place of its own
        if i and tokens[i - 1].text in _COMPASS | {"Latin"}:
            continue  # "Central American" is no American
        for j in (i + 2, i + 1):  # two-word adjectives first
            if j > len(tokens):
                continue
            start, end = tok.idx, tokens[j - 1].idx + len(tokens[j - 1].text)
            entry = gaz.adjective(doc.text[start:end])
            span = doc.span(start, end)
            if entry is None or any(span.overlaps(t) for t in (*taken, *(p.span for p in out))):
                continue
            place = replace(_place(doc, span, entry, 0.9), adjectival=True)
            out.append(replace(place, id=content_id(place.id, "adjectival", prefix="pl")))
            break
    return out


def extract_places(doc: Document, *, gazetteer: Gazetteer) -> list[Place]:
    """Geocoded place mentions of a parsed document, in text order.

    Demonyms come out as ``adjectival`` places of their country or region: they say
    which place a story concerns but are no venue, so events should not use them.
    """
    mentions, pending = _mentions(doc, gazetteer)
    outers = _containers(doc, mentions)
    contexts = _context(mentions, outers)
    chosen = [
        _choose(m.candidates, context=frozenset(contexts[m.span.text]), outer=outers.get(i))
        for i, m in enumerate(mentions)
    ]
    places: list[Place] = []
    for i, (m, choice) in enumerate(zip(mentions, chosen, strict=True)):
        if choice[0].county:
            others = [c for j, (c, _) in enumerate(chosen) if j != i]
            refined = refine_county(m.candidates, others, gazetteer)
            if refined is None:
                continue
            choice = refined  # noqa: PLW2901
        places.append(_place(doc, m.span, *choice))
    resolved = [(p.span, c) for p, (c, _) in zip(mentions, chosen, strict=True)]
    towns = town_choices(doc, gazetteer, pending, resolved)
    places += [_place(doc, span, entry, conf) for span, entry, conf in towns]
    taken = [m.span for m in mentions] + [span for span, _, _ in towns]
    streets = street_mentions(doc, places, taken)
    places += [_place(doc, span, e, 0.4) for span, e in streets]
    taken += [span for span, _ in streets]
    adjectives = _adjective_places(doc, gazetteer, taken)
    venues = venue_mentions(doc, places + adjectives, taken)
    places += [_place(doc, span, e, conf) for span, e, conf in venues]
    places += adjectives
    return sorted(places, key=lambda p: p.span.start)


def make_places(cfg: Config) -> Stage:
    """The places stage, with its gazetteer built once."""
    from ..pipeline import Stage

    del cfg  # no settings yet; the signature is the factory contract
    gazetteer = replace(load_gazetteer(), towns=open_towns())

    def run(doc: Document) -> Document:
        return replace(doc, places=tuple(extract_places(doc, gazetteer=gazetteer)))

    return Stage("places", VERSION, frozenset({"parsed", "sentences"}), frozenset({"places"}), run)
