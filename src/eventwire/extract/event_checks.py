"""Checks on coded events: which are kept, and the calibration of their confidence.

``kept_event`` refuses, besides events with no actor, an act dated after the story by its
own time expression ("Nakasone's visit to Washington *next week*"); speech acts about the
future (intents, demands, threats) are coded as such and kept.

``trade_not_aid`` refuses aid coded between companies only (no state actor or country).

``section_heading`` finds a heading line inside web copy ("A Request From Moscow"): an
event noun there names a section's topic, not an act told.

``anchor_factor`` lowers confidence where the judged data shows most wrong events: no
source (who acted is unknown), no actor with a country code, and an event noun with
only one side (a generic or planned "visit", "negotiations").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .event_senses import STATE_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Document, Event
    from .event_match import Candidate

__all__ = [
    "anchor_factor",
    "anchored",
    "background_act",
    "kept_event",
    "ownerless_clause",
    "section_heading",
    "trade_not_aid",
]

_STATE_SECTORS = frozenset({"GOV", "MIL", "IGO", "NGO", "REF", "HLH", "LEG", "CVL", "COP"})
_SPEECH_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "ACCUSE"})
_SINCE = frozenset({"since", "from", "through"})
_SECTOR_ONLY = 3  # a bare sector code ("GOV") has no country; "USA" and "USAGOV" do
_ONE_SIDED_NOUN = 0.85
_NO_SOURCE = 0.85
_NO_COUNTRY = 0.85


_HEADING_WORDS = 12  # longer lines are sentences
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or"})
_SMALL_WORDS |= frozenset({"by", "with", "from", "as", "but", "vs", "over", "after", "into"})


def section_heading(text: str) -> bool:
    """A short line in title case with no closing stop: "A Request From Moscow", "Threats
    To Press Freedom" (a sentence ends with a stop; a lower-case word is no title case)."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if not 2 <= len(words) <= _HEADING_WORDS or text.rstrip()[-1:] in {".", "!", "?", '"', "”"}:
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


def trade_not_aid(cameo: str, kind: str, codes: tuple[str, ...], *, country: bool) -> bool:
    """Aid or a promise of it between companies ("provide technical assistance for the
    production of trucks"): no state, humanitarian or civil actor on any side is trade."""
    if kind != "AID" and not cameo.startswith("033"):
        return False
    if codes and all(c.endswith("BUS") for c in codes if c) and any(codes):
        return True  # "the state-owned bank will fund Toyota's purchase": lending
    return not country and not any(c[-3:] in _STATE_SECTORS for c in codes if c)


def _start(value: str) -> date | None:
    """The first day a TIMEX3 date value can mean ("1987-W16" -> its Monday)."""
    year = value[:4]
    if not year.isdigit():
        return date.max if value == "FUTURE_REF" else None
    rest = value[5:]
    try:
        if rest[:1] == "W" and rest[1:3].isdigit():
            return date.fromisocalendar(int(year), int(rest[1:3]), 1)
        if rest[:1] in {"Q", "H"} and rest[1:2].isdigit():
            return date(int(year), (int(rest[1]) - 1) * (3 if rest[0] == "Q" else 6) + 1, 1)
        if rest[:2].isdigit():
            day = int(rest[3:5]) if rest[3:5].isdigit() else 1
            return date(int(year), int(rest[:2]), day)
    except ValueError:
        return None
    return date(int(year), 1, 1) if not rest else None


def _future_dated(doc: Document, event: Event) -> bool:
    """ "Nakasone's visit to Washington *next week*": an act dated after the story is
    not one that happened (a stated intent or a demand about it is coded as such)."""
    ref = doc.reference_date
    if event.time is None or ref.value is None or event.type in _SPEECH_TYPES:
        return False
    tx = next((t for t in doc.times if t.id == event.time), None)
    start = None if tx is None else _start(tx.value)
    if tx is None or start is None or start <= ref.value or doc.parsed is None:
        return False
    when = doc.parsed.char_span(tx.span.start, tx.span.end, alignment_mode="expand")
    trig = doc.parsed.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if not when or not trig:
        return False
    root, word = when.root, trig.root
    prep = root.head if root.head.dep_ == "prep" else None
    if prep is not None and prep.lower_ in _SINCE:
        return False  # "continuing *since late August*": the past, whatever the year
    at = root.head if prep is None else prep.head
    if at.i == word.i or word.pos_ not in {"NOUN", "PROPN"}:
        return at.i == word.i
    for up in word.ancestors:  # "hold a further round of *talks* with Gregg *in early June*"
        if up.i == at.i:
            return True
        if up.pos_ in {"VERB", "AUX"}:
            return False
    return False


def anchored(
    doc: Document, codes: tuple[str, ...], ids: tuple[str, ...], sectors: frozenset[str]
) -> bool:
    """Some actor is tied to a country: its code has one, or it is a country entity."""
    if any(len(c) > _SECTOR_ONLY or (len(c) == _SECTOR_ONLY and c not in sectors) for c in codes):
        return True
    return any(e.id in ids and (e.type in STATE_ENTS or e.country) for e in doc.entities)


def kept_event(doc: Document, event: Event, sectors: frozenset[str]) -> bool:
    """An event with an actor; no "assault" by a company ("could fight off the bidder"),
    no aid between companies, no act dated after the story.

    A consultation needs both sides: talks with one side only ("a programme to
    *renegotiate* the GATT", "the creditor banks *met*", "told a *meeting*") were
    mostly generic, planned, unconfirmed or misread in judged news; reciprocal ones
    ("X and Y met") have their sides split before this."""
    if not event.source_actors and not event.target_actors:
        return False
    if event.type == "AID" and not event.target_actors:
        return False  # aid is given to someone: "to fund its programme" is no aid
    meeting = event.type == "CONSULT" or event.cameo == "036"
    if (
        meeting
        and event.target_codes
        and not event.targets
        and all(c.endswith("MED") for c in event.target_codes)
    ):
        return False  # "the official, who *met reporters*": a briefing, not talks
    if event.type == "CONSULT" and not (event.source_actors and event.target_actors):
        return False  # talks with one side only: generic, planned or reported
    codes = (*event.source_codes, *event.target_codes)
    country = anchored(doc, codes, (*event.sources, *event.targets), sectors)
    if trade_not_aid(event.cameo, event.type, codes, country=country):
        return False
    if _future_dated(doc, event):
        return False
    return not (event.type == "ASSAULT" and any(c.endswith("BUS") for c in codes))


_NON_FINITE_TAGS = frozenset({"VB", "VBG"})
_ADJUNCT_CLAUSES = frozenset({"advcl", "pcomp", "acl"})
_AGENTLESS_TYPES = frozenset({"REQUEST", "ASSAULT"})  # the asker / attacker often unnamed


def ownerless_clause(cand: Candidate, kind: str, *, sources: int) -> bool:
    """An act in an infinitive or gerund adjunct with no actor found ("a contract *to
    support* an Army centre", "cards used *to back* cheques", "more interested in keeping
    clean than *supporting* the president") is a purpose, a use or a comparison, not an
    act anyone did. Passives ("*were arrested*") and requests or attacks whose actor is
    unnamed stay; so does an xcomp ("agreed *to open*"): its actor is the verb above."""
    verb = cand.trigger
    if sources or verb.pos_ != "VERB" or kind in _AGENTLESS_TYPES:
        return False
    if verb.tag_ not in _NON_FINITE_TAGS or verb.dep_ not in _ADJUNCT_CLAUSES:
        return False
    return not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


# Verbs that put a restriction in place: "*imposed* restrictions", "restrictions *introduced*".
_IMPOSING = frozenset({"impose", "introduce", "tighten", "extend", "adopt", "place", "put"})
_IMPOSING |= frozenset({"announce", "set", "order", "approve", "enforce", "apply", "slap"})


# What an inquiry into something is opened by, or looks into.
_INQUIRING = frozenset({"conduct", "launch", "open", "order", "begin", "start", "hold", "set"})
_INQUIRY_INTO = frozenset({"into", "regarding", "concerning", "over"})
# "a British *government* inquiry", "a *judicial* inquiry": a body that investigates.
_OFFICIAL = frozenset({"government", "official", "public", "judicial", "parliamentary"})
_OFFICIAL |= frozenset({"police", "federal", "congressional", "senate", "formal", "criminal"})


def _buyers_inquiry(trigger: Token) -> bool:
    """ "received almost daily *inquiries* from Japan", "sensed from Japanese *inquiries*
    and visits": questions asked, not an investigation; one is opened ("is conducting an
    inquiry") or looks into something ("an inquiry *into*", "*regarding* the activity")."""
    if any(c.dep_ == "prep" and c.lower_ in _INQUIRY_INTO for c in trigger.children):
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in _OFFICIAL for c in trigger.children):
        return False
    verb = trigger.head
    return not (trigger.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in _INQUIRING)


_GATHERINGS = frozenset({"meeting", "session", "conference", "assembly", "convention"})
_REGULAR = frozenset({"annual", "regular", "monthly", "quarterly", "yearly", "weekly"})


def _own_meeting(noun: Token) -> bool:
    """ "the ADB's 1989 *meeting* would be held in Peking", "will start a two-day *annual
    meeting*": a body's own regular gathering, no intent to meet another party."""
    if noun.lemma_.lower() not in _GATHERINGS:
        return False
    kids = list(noun.children)
    annual = any(c.dep_ in {"amod", "compound"} and c.lower_ in _REGULAR for c in kids)
    return annual or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in kids)


def background_act(cand: Candidate, kind: str, *, targets: int) -> bool:
    """Standing acts mentioned as background, not done in the story: restrictions no verb
    puts in place ("Japan's self-imposed restrictions on exports were also to blame",
    "prevented by Taiwanese import restrictions"), and an endorsement in the passive with
    no party endorsed ("the protocol standard endorsed by General Motors", "a simulator
    endorsed by the FAA": a standard or a certification); buyers' inquiries (see
    ``_buyers_inquiry``); a body's own regular meeting (see ``_own_meeting``)."""
    trigger = cand.trigger
    lemma = trigger.lemma_.lower()
    if kind == "ACCUSE" and lemma == "inquiry" and _buyers_inquiry(trigger):
        return True
    if cand.cameo == "036" and not targets and _own_meeting(trigger):
        return True
    if kind == "COERCE" and lemma in {"restriction", "restraint"}:
        imposing = [trigger.head, *(c for c in trigger.children if c.dep_ == "acl")]
        return not any(v.lemma_.lower() in _IMPOSING for v in imposing)
    if kind != "SUPPORT" or lemma != "endorse" or targets:
        return False
    return trigger.dep_ == "acl" or any(c.dep_ == "auxpass" for c in trigger.children)


def anchor_factor(cand: Candidate, *, sources: int, targets: int, country: bool) -> float:
    """Confidence factor for how well the event is anchored to real actors."""
    factor = 1.0 if sources else _NO_SOURCE
    if not country:
        factor *= _NO_COUNTRY
    if cand.trigger.pos_ in {"NOUN", "PROPN"} and not (sources and targets):
        factor *= _ONE_SIDED_NOUN
    return factor
