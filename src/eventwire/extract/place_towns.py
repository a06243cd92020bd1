"""Small towns for the places stage: names the main gazetteer lacks, believed in context.

A name spaCy found but the 15,000+ gazetteer does not know ("Nenagh", "Red Oak") is
looked up among GeoNames' small towns (``towns``). Many such names are also words or
surnames, and most have namesakes abroad, so a town is taken only when

* the text names its state or country right after it ("Red Oak, Iowa"), or
* it lies in one of the countries the rest of the article mostly resolves to (in the
  US: in a state the article names, or it has 5,000+ people), and the name is tagged
  as a place or follows a locative preposition ("in Cirencester", spaCy's person).

A word of a person's name in the article ("Freeland" beside "Chrystia Freeland") is
no town. Among the towns that pass, the most populous wins.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Document, Span
from .gazetteer import GazEntry, Gazetteer, name_key

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Pending", "town_choices"]

# FAC is left out: buildings, parks and stadiums share names with towns far away
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# In a country with admin1 names (the US), a town of a state the article does not name
# must be this big: most small US town names recur in many states.
_STATELESS_MIN_POP = 5_000
_LOCATIVE = frozenset(
    {"in", "at", "near", "from", "outside", "into", "around", "across", "toward", "towards"}
)


@dataclass(frozen=True, slots=True)
class Pending:
    """An entity span the gazetteer left unresolved, and same-named gazetteer cities
    the places stage did not trust on its own (spaCy called the name a person)."""

    span: Span
    label: str
    cities: tuple[GazEntry, ...] = ()


def _token_before(doc: Document, span: Span) -> Token | None:
    if doc.parsed is None:
        return None
    tok = doc.parsed.char_span(span.start, span.end, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return None
    return doc.parsed[tok.start - 1]


def _container(doc: Document, span: Span, resolved: list[tuple[Span, GazEntry]]) -> GazEntry | None:
    """The state or country named right after ``span`` ("Red Oak, Iowa")."""
    for other, entry in resolved:
        if other.start > span.end and doc.text[span.end : other.start].strip() == ",":
            return entry if entry.kind in ("admin1", "country") else None
    return None


def _inside(town: GazEntry, outer: GazEntry) -> bool:
    if outer.kind == "country":
        return town.country == outer.country
    return town.country == outer.country and town.admin1 == outer.admin1


def _person_words(doc: Document) -> frozenset[str]:
    """Every word of every person's name ("Freeland" of "Chrystia Freeland")."""
    words: set[str] = set()
    for ent in doc.parsed.ents if doc.parsed is not None else ():
        if ent.label_ == "PERSON" and len(ent) > 1:
            words.update(t.text for t in ent)
    for entity in doc.entities:
        if entity.type == "PERSON":
            words.update(w for m in entity.mentions for w in m.span.text.split())
    return frozenset(words)


def _believed(doc: Document, item: Pending, people: frozenset[str]) -> bool:
    if any(word in people for word in item.span.text.split()):
        return False
    if item.label in _PLACE_LABELS:
        return True
    before = _token_before(doc, item.span)
    return before is not None and before.lower_ in _LOCATIVE


def _local(cands: list[GazEntry], resolved: list[tuple[Span, GazEntry]]) -> GazEntry | None:
    """The most populous town of the article's main countries (and states, where known)."""
    countries = Counter(e.country for _, e in resolved if e.country)
    if not countries:
        return None
    top = max(countries.values())
    main = {c for c, n in countries.items() if 2 * n >= top}
    states = {e.admin1 for _, e in resolved if e.admin1 and not e.county}
    local = [c for c in cands if c.country in main]
    in_state = [c for c in local if c.admin1 in states]
    big = [c for c in local if c.admin1 is None or c.population >= _STATELESS_MIN_POP]
    best = in_state or big
    return max(best, key=lambda c: c.population) if best else None


def town_choices(
    doc: Document,
    gaz: Gazetteer,
    pending: list[Pending],
    resolved: list[tuple[Span, GazEntry]],
) -> list[tuple[Span, GazEntry, float]]:
    """Towns for the pending spans that the article's context supports."""
    if gaz.towns is None or not pending:
        return []
    people: frozenset[str] | None = None
    out: list[tuple[Span, GazEntry, float]] = []
    for item in pending:
        if name_key(item.span.text) in gaz.not_places:
            continue
        cands = [*item.cities, *gaz.towns.lookup(item.span.text)]
        if not cands:
            continue
        people = _person_words(doc) if people is None else people
        outer = _container(doc, item.span, resolved)
        inside = [c for c in cands if outer is not None and _inside(c, outer)]
        if inside and not any(word in people for word in item.span.text.split()):
            out.append((item.span, max(inside, key=lambda c: c.population), 0.8))
            continue
        local = _local(cands, resolved) if _believed(doc, item, people) else None
        if local is not None:
            out.append((item.span, local, 0.6))
    return out
