"""TIME stage: TIMEX3 time expressions and the article's reference date.

Rule-based, in three layers so each can grow on its own:

* ``timex_rules``     recognition: lexicon-driven regexes, longest match, TimeBank extents
* ``timex_normalize`` one handler per rule: TIMEX3 type, value and mod
* ``timex_calendar``  date arithmetic (leap years, ISO weeks, quarters, seasons)
* ``timex_accept``    context checks (a match that is a name, a rate, a count)
* ``timex_holidays``  named holidays (fixed, n-th weekday, Easter-based, Election Day)

This module picks the reference date (the story's own date when its lead states one
before the published date, else the published date), finds the tense of the verb
governing each expression (so a bare "Tuesday" or "in January" points the right way)
and assembles ``TimeExpr`` records.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..config import Config
from ..model import Document, ReferenceDate, TimeExpr, content_id
from .timex_calendar import Tense
from .timex_finance import report_quarter
from .timex_normalize import Context, normalise
from .timex_rules import Candidate, Grammar, build_grammar, find_candidates, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from ..pipeline import Stage

__all__ = ["extract_times", "find_reference_date", "make_times"]

VERSION = "2"

# A lead date older than this is history ("On March 11, 2011, ..."), not the story's date.
MAX_LEAD_AGE_DAYS = 400
# Without a year ("Dec. 20") only a dateline-like recent date counts: "payable Dec. 7" in
# a lead is not the story's date.
MAX_YEARLESS_AGE_DAYS = 14
LEAD_CHARS = 400
# Only these rules need the tense of their verb; the rest skip the parse walk.
_TENSE_RULES = frozenset(
    {
        "mdy",
        "dmy",
        "month",
        "weekday",
        "relweekday",
        "season",
        "quarter",
        "clock",
        "noon",
        "theunit",
        "holiday",
    }
)
_DAY_RULES = frozenset({"mdy", "dmy", "iso", "numeric"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Words whose infinitive lies ahead of them: "agreed to buy it in January".
_COMMIT_WORDS = frozenset(
    {"agree", "agreement", "promise", "pledge", "vow", "decide", "offer", "propose", "expect"}
)
# Words whose object lies ahead of the time they are reported at, whatever their tense.
_PLAN_WORDS = frozenset(
    {"plan", "schedule", "reschedule", "postpone", "slate", "intend", "adjourn", "defer"}
)
# "BEIJING, Dec. 20 (Xinhua) --": a yearless date counts only in such a dateline, not in
# "your Oct. 23 item" or "the Aug. 7 bombings".
_DATELINE = re.compile(r"\s*[A-Z][\w.'\- ]*(?:,\s*[A-Z][\w.'\- ]*)*,\s*$")
_LEAD_IN = re.compile(r"(?i:\b(?:on|dated)\s+)$")


def _verb_tense(verb: Token) -> Tense | None:
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in _FUTURE_AUX for a in aux):
        return "future"
    tags = {a.tag_ for a in aux} | {verb.tag_}
    if "VBD" in tags or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux)):
        return "past"
    if "MD" in tags:
        return "modal"  # "would pay on Nov. 6": future-in-past
    if tags & {"VBZ", "VBP"}:
        return "present"
    if verb.tag_ == "VBN" and not aux:
        return "past"  # a reduced relative: "the injunction issued Thursday"
    return None


def _token_at(parsed: SpacyDoc, offset: int) -> Token | None:
    span = parsed.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.tag_ == "TO" for c in verb.children)


def _looks_ahead(verb: Token, tense: Tense) -> bool:
    """An infinitive under this verb points ahead: a present or a bare participle."""
    bare_participle = verb.tag_ == "VBN" and not any(
        c.dep_.startswith("aux") for c in verb.children
    )
    return tense == "present" or bare_participle


def _plans_ahead(tok: Token, time_i: int) -> bool:
    """A plan verb before the time, heading its clause: "planned a rally on Saturday".

    Not "On Friday, the government planned ..." (the planning's own day) nor "a service
    planned for Saturday was cancelled" (a participle inside a noun phrase).
    """
    return (
        tok.lemma_.lower() in _PLAN_WORDS
        and tok.i < time_i
        and tok.pos_ in {"VERB", "AUX"}
        and tok.dep_ not in {"acl", "amod", "relcl"}
        and not any(c.lower_ == "had" for c in tok.children)  # "had been scheduled": over
    )


def tense_at(parsed: SpacyDoc | None, offset: int) -> Tense | None:
    """Tense of the nearest finite verb governing the token at character ``offset``.

    An infinitive under a present or untensed verb points ahead ("is scheduled to close
    Monday"); under a past one it keeps the past ("declined to comment Saturday").
    """
    tok = _token_at(parsed, offset) if parsed is not None else None
    start, infinitive = (tok.i if tok is not None else 0), False
    for _ in range(8):
        if tok is None:
            break
        if _plans_ahead(tok, start) or (infinitive and tok.lemma_.lower() in _COMMIT_WORDS):
            return "future"  # "planned to leave on Thursday", "agreed to buy it in January"
        if tok.pos_ in {"VERB", "AUX"}:
            infinitive = infinitive or _is_infinitive(tok)
            tense = _verb_tense(tok)
            if tense is not None and infinitive and _looks_ahead(tok, tense):
                return "future"  # "is scheduled to close Monday", "set to resume Monday"
            if tense is not None:
                return tense
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return "future" if infinitive else None


def _counts_things(parsed: SpacyDoc | None, cand: Candidate) -> bool:
    """A bare four-digit number that counts a plural noun ("2023 people") is not a year.

    Before a singular noun it is a year used as a modifier ("the 1996 Olympic bombing").
    """
    if parsed is None or cand.rule != "year" or cand.match.group("fiscal"):
        return False
    tok = _token_at(parsed, cand.start)
    if tok is not None and tok.i > 0 and parsed[tok.i - 1].lower_ in _DETERMINERS:
        return False
    return (
        tok is not None and tok.dep_ == "nummod" and tok.head.tag_ == "NNS" and tok.head.i > tok.i
    )


def _lead_date(c: Candidate, lead: str, grammar: Grammar, published: date | None) -> date | None:
    """The full date a lead candidate states; day+month alone takes the published year."""
    ctx = Context(published, "past", grammar.lexicon)
    norm = normalise(replace(c, prefix=None), ctx)
    if norm is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", norm.value[:10]):
        return None
    stated = date.fromisoformat(norm.value[:10])
    if norm.relative and (
        published is None
        or (published - stated).days > MAX_YEARLESS_AGE_DAYS
        or not _DATELINE.match(lead[: c.start])
    ):
        return None
    return stated


def _lead_end(doc: Document) -> int:
    if len(doc.sentences) >= 2:
        return min(doc.sentences[1].end, LEAD_CHARS * 2)
    return min(len(doc.text), LEAD_CHARS)


def find_reference_date(doc: Document, *, grammar: Grammar) -> ReferenceDate:
    """The date the story is told from: a dated lead before publication, else published."""
    lead = doc.text[: _lead_end(doc)]
    for cand in find_candidates(lead, grammar):
        if cand.rule not in _DAY_RULES:
            continue
        stated = _lead_date(cand, lead, grammar, doc.published)
        if stated is None:
            continue
        published = doc.published
        if published is None or 0 < (published - stated).days <= MAX_LEAD_AGE_DAYS:
            lead_in = _LEAD_IN.search(lead, max(0, cand.start - 12), cand.start)
            start = lead_in.start() if lead_in else cand.start
            return ReferenceDate(stated, "text", doc.span(start, cand.end))
        break  # the first dated lead decides; a later one is about something else
    if doc.published is not None:
        return ReferenceDate(doc.published, "published")
    return ReferenceDate(None, "none")


# Words before a year used as a modifier: "the 1996 bombing", "its 1989 results".
_DETERMINERS = frozenset({"the", "a", "its", "his", "her", "their", "our", "this", "that", "'s"})
# "as soon as Tuesday", "as early as next week", "ahead of the weekend": looking forward
_AS_SOON_AS = re.compile(r"(?i:\b(?:as\s+(?:soon|early)\s+as|ahead\s+of)\s+)$")


def _tense(text: str, parsed: SpacyDoc | None, cand: Candidate) -> Tense | None:
    """The tense deciding a bare date's direction, with two lexical overrides."""
    if _AS_SOON_AS.search(text, max(0, cand.start - 20), cand.start):
        return "future"
    if cand.rule == "weekday" and text.startswith("'s", cand.end):
        return "past"  # "Friday's close", "Wednesday's ruling": already happened
    tense = tense_at(parsed, cand.start)
    if tense == "past" and cand.rule == "month" and _names_a_thing(parsed, cand.start):
        return "announced"  # "a cutback in September", "until mid-November"
    return tense


def _names_a_thing(parsed: SpacyDoc | None, offset: int) -> bool:
    """A month inside a noun phrase or a deadline, not the time of a past-tense verb.

    "The talks resumed in January" dates the verb; "a summit set for April", "a cutback
    in its supply in September" or "until mid-November" only name a period.
    """
    tok = _token_at(parsed, offset) if parsed is not None else None
    if tok is None:
        return False
    head = tok.head
    if head.dep_ == "prep" or head.tag_ == "IN":
        if head.lower_ in {"until", "till", "through"}:
            return True
        head = head.head
    return head.pos_ in {"NOUN", "PROPN"} and head.i != tok.i


def extract_times(doc: Document, *, grammar: Grammar) -> list[TimeExpr]:
    """Every time expression in ``doc``, resolved against ``doc.reference_date``."""
    ref = doc.reference_date.value
    parsed = doc.parsed
    quarter = report_quarter(doc.text, ref)
    out: list[TimeExpr] = []
    for cand in find_candidates(doc.text, grammar):
        if _counts_things(parsed, cand):
            continue
        tense = _tense(doc.text, parsed, cand) if cand.rule in _TENSE_RULES else None
        norm = normalise(cand, Context(ref, tense, grammar.lexicon, quarter))
        if norm is None:
            continue
        out.append(
            TimeExpr(
                id=content_id(doc.id, "time", str(cand.start), str(cand.end), prefix="t"),
                span=doc.span(cand.start, cand.end),
                type=norm.type,
                value=norm.value,
                anchor=ref.isoformat() if norm.relative and ref is not None else None,
                mod=norm.mod,
                version=VERSION,
            )
        )
    return out


def make_times(cfg: Config) -> Stage:
    """The TIME stage, with its lexicon loaded and its rules compiled once."""
    from ..pipeline import Stage

    grammar = build_grammar(load_lexicon())

    def run(doc: Document) -> Document:
        doc = replace(doc, reference_date=find_reference_date(doc, grammar=grammar))
        return replace(doc, times=tuple(extract_times(doc, grammar=grammar)))

    return Stage(
        "times",
        VERSION,
        requires=frozenset({"parsed", "sentences"}),
        produces=frozenset({"reference_date", "times"}),
        run=run,
    )
