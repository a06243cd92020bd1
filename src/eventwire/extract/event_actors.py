"""Actor codes and evidence spans for event roles: entity or nominal ("the police").

An event role filler is an actor key from ``ActorIndex``: an Entity id, or ``@<i>`` for a
common noun naming a kind of actor. Each gets the words naming it (the noun phrase: its
left modifiers, the head and a short "in/of/from X" phrase: "rebels in Darfur") and a
CAMEO-style code, country (ISO alpha-3) + sector:

- country: the entity's own, else a country word in the phrase (an actor entity with a
  country, a place the places stage geocoded, a country name or demonym: "Hungarian
  officials" -> HUN, "rebels in Darfur" -> SDN);
- sector: the entity's own, else the head noun's (``actor_nouns`` in the event lexicon:
  "officials" -> GOV, "police" -> COP, "rebels" -> REB, "protesters" -> CVL).

``whole_names`` mends a role's actors where the parse cut one name apart or read two as
one ("*Trade Minister* Hajime Tamura", "Budget Secretary Alberto Romulo *and* Trade and
Industry Secretary Jose Concepcion").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Document, Entity, Span
from .entity_names import told_the_agency
from .event_index import OFFICES, spaced_dash

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_index import ActorIndex

__all__ = ["ActorCoder", "RoleActor", "whole_names"]

_PLACE_TYPES = frozenset({"GPE", "NORP"})
_REGIONS = frozenset({"latin", "central", "north", "south"})

_LEFT = frozenset({"amod", "compound", "poss", "nmod", "det", "nummod", "quantmod"})
_PP = frozenset({"in", "of", "from"})
_MAX_PP = 6  # tokens: "rebels in Darfur", not a whole clause
_DEMONYM_ENDINGS = ("ians", "ans", "ian", "an", "ns", "n", "s", "i")


@dataclass(frozen=True, slots=True)
class RoleActor:
    span: Span
    code: str
    entity: str | None
    # the country was guessed from the sentence (``ActorCoder._context_country``), not
    # read off the actor's own words or entity
    guessed: str | None = None

    def without_guess(self) -> RoleActor:
        """The actor with its guessed country dropped from the code."""
        if self.guessed is None:
            return self
        return RoleActor(self.span, self.code.removeprefix(self.guessed), self.entity)


def _country_word(word: str, country_of: Callable[[str], str | None]) -> str | None:
    """A country name or demonym, with regular demonym endings undone ("Fijian" -> Fiji)."""
    hit = country_of(word)
    if hit is not None or len(word) < 4 or not word[:1].isupper():
        return hit
    for ending in _DEMONYM_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            for cand in (stem, stem + "a", stem + "ia"):
                hit = country_of(cand)
                if hit is not None:
                    return hit
    return None


def _pp_objects(tok: Token) -> Iterator[Token]:
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _PP:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.right_edge.i - tok.i <= _MAX_PP:
                    yield obj


def _dominant(counts: Counter[str]) -> str | None:
    """The most mentioned country when it leads the runner-up."""
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


class ActorCoder:
    """Codes and spans for the actor keys of one document (built once per document)."""

    def __init__(
        self,
        doc: Document,
        index: ActorIndex,
        *,
        sectors: dict[str, str],
        country_of: Callable[[str], str | None],
    ) -> None:
        self._doc = doc
        self._index = index
        self._sectors = sectors
        self._country_of = country_of
        self._mentions = [
            (m.span.start, ent.country)
            for ent in doc.entities
            if ent.type in _PLACE_TYPES and ent.country
            for m in ent.mentions
        ]
        self._dominant = _dominant(Counter(c for _, c in self._mentions))

    def actor(self, key: str) -> RoleActor | None:
        head = self._index.heads.get(key)
        if head is None:
            return None
        ent = None if key.startswith("@") else self._doc.entity(key)
        country = (ent.country if ent is not None else None) or self._country(head)
        if ent is not None and country is None:
            country = _country_word(ent.name, self._country_of)
        sector = (ent.sector if ent is not None else None) or self._sector(head)
        guessed = None
        if country is None and sector is not None and sector != "IGO":
            country = guessed = self._context_country(head)  # an IGO has no country
        return RoleActor(
            self._named_span(head, ent),
            (country or "") + (sector or ""),
            None if ent is None else ent.id,
            guessed,
        )

    def _sector(self, head: Token) -> str | None:
        mods = [c for c in head.children if c.dep_ in {"compound", "amod"}]
        for tok in (*mods, head):  # "company officials": BUS, not GOV
            hit = self._sectors.get(tok.lemma_.lower()) or self._sectors.get(tok.lower_)
            if hit is not None:
                return hit
        return None

    def _context_country(self, head: Token) -> str | None:
        """ "police", "the president" with no country of their own: the one country their
        sentence names (a guess across sentences proved wrong too often on wire news)."""
        sentence = next((s for s in self._doc.sentences if s.start <= head.idx < s.end), None)
        if sentence is None:
            return None
        here = {c for start, c in self._mentions if sentence.start <= start < sentence.end}
        return next(iter(here)) if len(here) == 1 else None

    def _country(self, head: Token) -> str | None:
        """A country named in the actor's phrase: the head, its modifiers, its "in X"."""
        toks = [head, *(c for c in head.children if c.dep_ in _LEFT), *_pp_objects(head)]
        for tok in toks:
            for sub in (tok, *tok.children):
                hit = self._token_country(sub)
                if hit is not None:
                    return hit
        return None

    def _token_country(self, tok: Token) -> str | None:
        if tok.lower_ == "american" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _REGIONS:
            return None  # "Latin American" is no American
        key = self._index.at(tok)
        ent = None if key is None else self._doc.entity(key)
        if ent is not None and ent.country:
            return ent.country
        for place in self._doc.places:
            if place.country and place.span.start <= tok.idx < place.span.end:
                return place.country
        return _country_word(tok.text, self._country_of)

    def _named_span(self, head: Token, ent: Entity | None) -> Span:
        """The actor's phrase, widened to the whole name it is part of ("*Global Mining
        and Industrial Corp*", parsed as two nouns joined by "and")."""
        span = self._span(head)
        name = (
            None
            if ent is None
            else next((m.span for m in ent.mentions if m.span.start <= head.idx < m.span.end), None)
        )
        if name is None or (name.start >= span.start and name.end <= span.end):
            return span
        return self._doc.span(min(span.start, name.start), max(span.end, name.end))

    def _credit_named(self, head: Token, left: int) -> bool:
        """The agency's word is part of the head's own name ("*Reuters* Holdings Plc"); a
        picture agency's name is not ("*Getty Images* Forensic police" read as one)."""
        start = head.doc[left].idx
        if self._doc.text[start : start + 20].lower().startswith(_PICTURE_AGENCIES):
            return False
        return any(
            m.span.start <= start < m.span.end
            and any(w.lower() not in _CREDITS for w in m.span.text.split())
            for e in self._doc.entities
            for m in e.mentions
        )

    def _span(self, head: Token) -> Span:
        left = min([head.i, *(c.left_edge.i for c in head.children if c.dep_ in _LEFT)])
        right = max([head.i, *(o.right_edge.i for o in _pp_objects(head))])
        parsed = head.doc
        dashes = [t.i for t in parsed[left : head.i] if spaced_dash(t)]
        if dashes:  # "MANILA - *Communist rebels*": not the dateline
            left = dashes[-1] + 1
        credit = (
            head.lower_ not in _CREDITS
            and any(t.lower_ in _CREDITS for t in parsed[left : head.i])
            and not self._credit_named(head, left)
        )  # the entity scan only when a credit word is there to strip
        first = left
        while left < right and (
            parsed[left].dep_ in {"det", "punct"}
            or told_the_agency(parsed[left])
            or (credit and left < head.i and parsed[left].lower_ in _CREDITS)
            or (left < head.i and _gallery_mark(parsed[left], first))
            or parsed[left].tag_ == "POS"
        ):
            left += 1  # "told *Reuters* Latin American coffee producers will meet"; a
            # photo credit glued to the caption: "*Associated Press* North Korea fired"; a
            # gallery's count and date: "*13/34 18 November 2017* Central Scotland MSP"
        start, end = parsed[left].idx, parsed[right].idx + len(parsed[right].text)
        return self._doc.span(start, end)


def _gallery_mark(tok: Token, first: int) -> bool:
    """A picture's number in a gallery ("13/34") or a date that starts in the phrase
    ("*18 November 2017* Central Scotland MSP", "*Monday's* U.S."); not the end of a date
    begun before it ("In January *25* people")."""
    if re.fullmatch(r"\d+/\d+", tok.text):
        return True
    return tok.ent_type_ == "DATE" and (tok.ent_iob_ == "B" or tok.i > first)


# Words of news agencies' photo credits, read off a name they are glued to.
_CREDITS = frozenset({"reuters", "afp", "ap", "epa", "associated", "press", "getty", "images"})
_CREDITS |= frozenset({"flynet", "shutterstock", "alamy", "splash"})
# Picture agencies, whose name starting a phrase is a photo credit, never an actor.
_PICTURE_AGENCIES = ("getty images", "afp ", "epa ", "shutterstock", "alamy", "splash news")


def whole_names(doc: Document, actors: list[RoleActor]) -> list[RoleActor]:
    """Pieces of one name the parse cut apart are one actor: a title and the name after it
    ("*Foreign Minister* *Tadashi Kuranari*"), or a title's words read twice ("*Trade and
    Industry*" and "*Industry Secretary Eric Ho*"). Two names sharing one phrase stay two
    ("*Hungarian and Romanian officials*")."""
    out: list[RoleActor] = []
    whole = [b for a in actors for b in _two_named(doc, _named_after(doc, a))]
    for actor in sorted(whole, key=lambda a: (a.span.start, a.span.end)):
        last = out[-1] if out else None
        if last is None or (last.span.start, last.span.end) == (actor.span.start, actor.span.end):
            out.append(actor)
            continue
        gap = doc.text[last.span.end : actor.span.start]
        inside = actor.span.end <= last.span.end or actor.span.start == last.span.start
        if inside:  # a place in a firm's words ("Vicon Inc, of *Ontario*"): ``_inside_other``
            out.append(actor)
        elif actor.span.start < last.span.end or (gap and not gap.strip()):
            named = actor if actor.entity is not None or last.entity is None else last
            other = last if named is actor else actor
            span = doc.span(last.span.start, max(last.span.end, actor.span.end))
            out[-1] = RoleActor(span, named.code or other.code, named.entity, named.guessed)
        else:
            out.append(actor)
    return actors if len(out) == len(actors) and whole == actors else out


_AND = re.compile(r"\s+and\s+")


def _two_named(doc: Document, actor: RoleActor) -> list[RoleActor]:
    """Two titled people the parse read as one phrase are two actors: "met *Budget
    Secretary Alberto Romulo and Trade and Industry Secretary Jose Concepcion*"."""
    own = None if actor.entity is None else doc.entity(actor.entity)
    if own is None or own.type != "PERSON":
        return [actor]
    span = actor.span
    for ent in doc.entities:
        if ent.type != "PERSON" or ent.id == own.id:
            continue
        for m in ent.mentions:
            if not span.start <= m.span.start < m.span.end < span.end:
                continue
            joint = _AND.match(doc.text, m.span.end, span.end)
            if joint is None or not _mentioned_in(own, joint.end(), span.end):
                continue
            code = (ent.country or "") + (ent.sector or "") or actor.code
            first = RoleActor(doc.span(span.start, m.span.end), code, ent.id)
            mine = (own.country or "") + (own.sector or "") or actor.code
            second = RoleActor(doc.span(joint.end(), span.end), mine, own.id)
            return [first, second]
    return [actor]


def _mentioned_in(ent: Entity, start: int, end: int) -> bool:
    return any(start <= m.span.start and m.span.end <= end for m in ent.mentions)


def _named_after(doc: Document, actor: RoleActor) -> RoleActor:
    """A bare title followed by a person's name is that person: "met Finance Minister
    Kiichi Miyazawa and *Trade Minister* Hajime Tamura" (the parse hangs the name apart)."""
    words = actor.span.text.split()
    own = None if actor.entity is None else doc.entity(actor.entity)
    if (own is not None and own.type == "PERSON") or words[-1].lower() not in OFFICES:
        return actor
    if (
        own is not None
        and not any(  # "*Trade* Minister" read as a body; not "Ithilen's
            doc.text[m.span.end : actor.span.end].split() == words[-1:]  # evil minister"
            for m in own.mentions
        )
    ):
        return actor
    for ent in doc.entities:
        if ent.type != "PERSON":
            continue
        for m in ent.mentions:
            gap = doc.text[actor.span.end : m.span.start]
            if m.span.start > actor.span.end and not gap.strip() and "\n\n" not in gap:
                span = doc.span(actor.span.start, m.span.end)
                return RoleActor(span, actor.code, ent.id, actor.guessed)
    return actor
