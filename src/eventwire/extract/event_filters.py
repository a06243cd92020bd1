"""Readings of a trigger that report no realised act, and the calibration of confidence.

Learned from judged Reuters news (``bench/reuters_event_verdicts*.tsv``): business prose
trips verb triggers with readings that are not PLOVER events. ``unrealised`` refuses:

- a commercial supply ("supplied as standard equipment", "develop and deliver services"):
  a supply/deliver verb with no aid noun and no state actor on either side is trade;
- an act a bill, plan or proposal *would* bring about ("the bill would direct X to
  discuss"), and an event noun that is only approved, planned or rehearsed for ("cabinet
  approved negotiations", "rehearsals for a visit");
- a suit its own subject was *named in* ("X was named in a lawsuit": X is the sued);
- a stance held, not voiced ("members were opposed to the tax").

``trade_not_aid`` refuses aid coded between companies only (no state actor or country).

``anchor_factor`` lowers confidence where the judged data shows most wrong events: no
source (who acted is unknown), no actor with a country code, and an event noun with
only one side (a generic or planned "visit", "negotiations").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_match import Candidate

__all__ = ["anchor_factor", "trade_not_aid", "unrealised"]

_SUPPLY = frozenset({"supply", "deliver", "provide", "furnish", "ship", "sell"})
_AID_NOUNS = frozenset(
    {"aid", "assistance", "relief", "food", "medicine", "loan", "grant", "credit", "weapon"}
    | {"arm", "troop", "refugee", "humanitarian", "emergency", "shelter", "support"}
)
_STATE_ENTS = frozenset({"GPE", "NORP"})
_PLAN_SUBJECTS = frozenset(
    {"bill", "legislation", "plan", "proposal", "measure", "amendment", "draft", "law"}
    | {"scheme", "resolution", "package", "programme", "program"}
)
_NOT_YET = frozenset({"approve", "authorize", "authorise", "plan", "schedule", "propose"})
_NOT_YET |= frozenset({"prepare", "rehearse", "consider", "endorse", "set", "arrange"})
_PREP_NOUNS = frozenset({"rehearsal", "preparation", "plan", "date", "agenda", "invitation"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
_STATE_SECTORS = frozenset({"GOV", "MIL", "IGO", "NGO", "REF", "HLH", "LEG", "CVL", "COP"})
_SUIT_NOUNS = frozenset({"lawsuit", "suit", "complaint", "action", "claim"})
_ONE_SIDED_NOUN = 0.85
_NO_SOURCE = 0.85
_NO_COUNTRY = 0.85


def _subtree_lemmas(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.subtree}


def _commercial_supply(cand: Candidate) -> bool:
    verb = cand.trigger
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SUPPLY:
        return False
    if _subtree_lemmas(verb) & _AID_NOUNS:
        return False
    return not any(t.ent_type_ in _STATE_ENTS for t in verb.sent)


def _plan_would(cand: Candidate) -> bool:
    """ "the bill would direct the agency to discuss ...": an act of a plan's outcome."""
    for tok in (cand.trigger, *cand.trigger.ancestors):
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        modal = _future(tok)
        subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if modal and subj is not None and subj.lemma_.lower() in _PLAN_SUBJECTS:
            return True
    return False


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children)


def _not_yet_noun(cand: Candidate) -> bool:
    """ "approved negotiations", "rehearsals for a visit": an event noun only approved,
    planned or prepared for."""
    noun = cand.trigger
    if noun.pos_ not in {"NOUN", "PROPN"} or cand.cue is not None or cand.verb is not noun:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _NOT_YET:
        return True
    tok = noun
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        gov = tok.head.head
        if gov.lemma_.lower() in _PREP_NOUNS | _NOT_YET:
            return True
        if gov.pos_ in {"VERB", "AUX"}:
            # "will ratify at the meeting" is left alone: PETRARCH-style coding counts a
            # scheduled visit or meeting under a future verb, and dropping it cost the
            # unit-test targets more than it gained on news.
            return False
        tok = gov
    return False


def _named_in_suit(cand: Candidate) -> bool:
    """ "X was named in a lawsuit": the subject is the sued, never the suer."""
    noun = cand.trigger
    if noun.lemma_.lower() not in _SUIT_NOUNS or noun.dep_ != "pobj":
        return False
    gov = noun.head.head
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in gov.children)


def _stative_stance(cand: Candidate) -> bool:
    """ "members were opposed to the tax": a state of mind, its subject is the opposer."""
    verb = cand.trigger
    if verb.pos_ != "VERB" or not cand.cameo.startswith("11"):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    held = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return passive and held and not any(c.dep_ == "agent" for c in verb.children)


def trade_not_aid(cameo: str, kind: str, codes: tuple[str, ...], *, country: bool) -> bool:
    """Aid or a promise of it between companies ("provide technical assistance for the
    production of trucks"): no state, humanitarian or civil actor on any side is trade."""
    if kind != "AID" and not cameo.startswith("033"):
        return False
    return not country and not any(c[-3:] in _STATE_SECTORS for c in codes if c)


def unrealised(cand: Candidate) -> bool:
    """The trigger reads as trade, a plan's outcome, a not-yet event or a suit suffered."""
    return (
        _commercial_supply(cand)
        or _plan_would(cand)
        or _not_yet_noun(cand)
        or _named_in_suit(cand)
        or _stative_stance(cand)
    )


def anchor_factor(cand: Candidate, *, sources: int, targets: int, country: bool) -> float:
    """Confidence factor for how well the event is anchored to real actors."""
    factor = 1.0 if sources else _NO_SOURCE
    if not country:
        factor *= _NO_COUNTRY
    if cand.trigger.pos_ in {"NOUN", "PROPN"} and not (sources and targets):
        factor *= _ONE_SIDED_NOUN
    return factor
