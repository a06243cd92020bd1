"""Speech acts for the events stage: whether a demand, request or stance has a party
voicing it and one it is aimed at.

A demand aimed only at the speaker's own country ("China should tighten imports, Premier
Zhao said") or voiced by an unresolved pronoun is no REQUEST; nor is a passive request
with no asker ("governments, *asked to fund* the programme"). A speech act whose subject
is a thing ("the pact *calls on* Japan") is no one's act, and a stance (criticise, blame)
needs an actor it is aimed at ("*blamed* the strong yen" is none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_roles import quoted

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..model import Event
    from .event_index import ActorIndex
    from .event_lexicon import EventLexicon
    from .event_match import Candidate
    from .event_roles import Roles

__all__ = [
    "clause_actor",
    "pronoun_speaker",
    "request_framed",
    "stance_on_thing",
    "stative_demand",
    "thing_speaks",
    "unaddressed",
    "unasked",
    "voiced_demand",
    "word_names_actor",
]

_SPEECH_ACTS = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "AGREE", "REJECT", "THREATEN"})
_STANCES = ("11",)  # disapprove, criticise, blame: aimed at someone
# What an actor issues to speak for it: "a *statement* demanded", "the *letter* urged".
# Studies and forecasts: what they "call for" or "urge" is their finding, not a demand.
_WRITINGS = frozenset({"paper", "study", "survey", "forecast", "analysis", "estimate", "model"})
_MESSAGES = frozenset(
    {"statement", "declaration", "letter", "resolution", "communique", "message", "report"}
)


def word_names_actor(tok: Token, index: ActorIndex) -> bool:
    """The word itself names an actor (its possessor does not count), or a quantity of
    actors ("a bunch *of* orcs")."""
    if index.at(tok) is not None or index.is_nominal(tok) or tok.pos_ == "PROPN":
        return True
    of = (o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return any(index.at(o) is not None or index.is_nominal(o) for o in of)


def stance_on_thing(cand: Candidate, roles: Roles, index: ActorIndex, lex: EventLexicon) -> bool:
    """ "blamed the strong yen", "criticised rising rates": a view of a thing with no
    actor it is aimed at is no PLOVER event."""
    verb = cand.trigger
    if verb.pos_ != "VERB" or roles.targets or not cand.cameo.startswith(_STANCES):
        return False
    if any(c.dep_ == "dobj" and not word_names_actor(c, index) for c in verb.children):
        return True
    named = (_so_called(c) for c in verb.children)
    return any(n is not None and not word_names_actor(n, index) for n in named)


def _so_called(clause: Token) -> Token | None:
    """ "criticized *what he called* large-scale solutions": the thing named."""
    if clause.dep_ != "ccomp" or clause.lemma_.lower() != "call":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return None
    return next((c for c in clause.children if c.dep_ == "oprd"), None)


def unasked(cand: Candidate) -> bool:
    """ "before the commission is asked for a licence", "governments, *asked to fund*
    the programme": a passive request with no asker."""
    if not cand.cameo.startswith("10"):
        return False
    cue = cand.cue
    if cue is not None and request_framed(cand) and cue.dep_ == "acl" and cue.tag_ == "VBN":
        return not any(c.dep_ == "agent" for c in cue.children)
    verb = cand.trigger
    if verb.pos_ != "VERB":
        return False
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    passive = passive or (verb.dep_ == "acl" and verb.tag_ == "VBN")  # "negotiations, *called*"
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def thing_speaks(cand: Candidate, index: ActorIndex, lex: EventLexicon) -> bool:
    """ "the pact calls on Japan", "these realities support the statement": a speech act
    whose subject is a common noun naming no actor (a document, a plan) reports no one's
    act."""
    if cand.trigger.pos_ != "VERB" or cand.rule.objects:
        return False
    if lex.cameo[cand.cameo].type not in _SPEECH_ACTS:
        return False
    top = cand.cue if cand.cue is not None and cand.cue.pos_ == "VERB" else cand.verb
    agent = any(c.dep_ == "agent" for c in top.children)  # "a pact agreed *by* X"
    if top.dep_ == "acl" and top.tag_ != "VBG" and not agent and index.is_document(top.head):
        return True  # "the plan *called* on Japan to ..." parsed as a participle
    if top.dep_ == "acl" and top.head.lemma_.lower() in _WRITINGS:
        return True  # "a DOE *study* released yesterday *warning* the United States ..."
    root = top.sent.root
    if top.dep_ == "acl" and top.tag_ == "VBD" and root.pos_ == "NOUN" and index.is_document(root):
        return True  # "That *agreement*, reached last year after talks, *called on* Japan"
    clause = top.head if top.dep_ in {"xcomp", "ccomp"} else top
    if clause.dep_ == "relcl" and clause.head.lemma_.lower() in _WRITINGS:
        return True  # "analysts' *forecasts*, which it said *called for* earnings of ..."
    subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
    unmarked = top.dep_ == "advcl" and not any(c.dep_ == "mark" for c in top.children)
    if subj is None and (top.dep_ == "conj" or unmarked):  # "That pact, agreed last year
        shared = next((c for c in top.head.children if c.dep_ == "nsubj"), None)  # ..., calls
        # on Japan" (also parsed as "agreed ..., *called* for Tokyo to end")
        if shared is not None and index.is_document(shared):
            return shared.lemma_.lower() not in _MESSAGES
    relative = subj is not None and subj.lower_ in {"which", "that"} and top.dep_ == "relcl"
    head = top.head.lemma_.lower()
    if relative and (head in _WRITINGS or (index.is_document(top.head) and head not in _MESSAGES)):
        return True  # "analysts' *forecasts*, which called for earnings", "Baker's debt
        # *initiative which called for* greater contributions": a finding, a plan's terms
    if subj is not None and subj.lemma_.lower() in _WRITINGS:
        return True  # "*Kahl's paper* urged farmers to buy options": a study's advice
    if subj is not None and index.is_document(subj) and subj.lemma_.lower() not in _MESSAGES:
        return True  # "the Democrat budget *plan* calls for new taxes": its terms
    if subj is not None and subj.lower_ == "it" and quoted(subj) and not index.of_phrase(subj):
        return True  # '"*It* condemns Japan without due process," an official said': a bill
    return subj is not None and subj.pos_ == "NOUN" and not index.of_phrase(subj)


def request_framed(cand: Candidate) -> bool:
    """ "X was invited for talks with Y": whoever is asked is no side of the talks' source."""
    return cand.frame is not None and cand.frame.kind == "request"


def voiced_demand(cand: Candidate, lex: EventLexicon) -> bool:
    """ "X said Y must/should ...": a demand read off a deontic clause under a saying verb."""
    if cand.rule == lex.request_rule:
        return True
    cue = cand.cue
    framed = cand.frame is not None and cand.frame.kind == "request"
    return framed and cue is not None and cue.lemma_.lower() in lex.say_verbs


def pronoun_speaker(cand: Candidate) -> bool:
    """ "China should earn more, *he* added": the one who asks is a pronoun left unresolved."""
    cue = cand.cue if cand.cue is not None else cand.verb.head
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "PRON"


def clause_actor(cand: Candidate, index: ActorIndex) -> bool:
    subj = next((c for c in cand.verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and word_names_actor(subj, index)


def _self_directed(event: Event, index: ActorIndex) -> bool:
    """ "China should tighten imports, Premier Zhao said": a government voice saying
    what its own country must do asks no other party; a voiced demand aimed only at the
    source's own country (the polity, a GPE) is no REQUEST, from a government or a
    business voice ("Malaysia should expand its sales, the growers' chairman said"). A
    party or union demanding that its government act ("the LDP said Japan must do more")
    stays a request."""
    if event.type != "REQUEST" or not event.source_codes or not event.targets:
        return False
    if not all(len(c) == 3 or c.endswith(("GOV", "BUS")) for c in event.source_codes):
        return False  # "Japan should promote ..., the Bank of Japan said" (coded BUS)
    if len(event.targets) != len(event.target_codes) or not all(
        t in index.gpe for t in event.targets
    ):
        return False
    own = {c[:3] for c in event.source_codes}
    return len(own) == 1 and all(c[:3] in own and len(c) >= 3 for c in event.target_codes)


_STATE_VOICES = frozenset({"GOV", "LEG", "JUD", "MIL", "IGO", "PTY", "COP"})


def _business_advice(event: Event) -> bool:
    """ "the company should have a portfolio of 11 billion, its vice chairman told
    analysts", "firms like his must be in Europe, the banker said": what companies in
    general, or one's own, should do is a business view, not a demand on a party, unless
    a state voice says it ("industrial firms should issue bonds, the ministry spokesman
    said")."""
    if event.targets or not event.target_codes:
        return False
    if not all(c.endswith("BUS") for c in event.target_codes):
        return False
    return not any(c[-3:] in _STATE_VOICES for c in event.source_codes)


def unaddressed(event: Event, index: ActorIndex) -> bool:
    """A voiced demand that asks no one: aimed at the speaker's own country, or with no
    target left ("Japan must address the issues, its ambassador said": the one asked is
    the speaker's own side), or business advice to firms in general."""
    return not event.target_actors or _self_directed(event, index) or _business_advice(event)


# What one "should have", "must be" or "must receive" is a state to reach, not an act.
_STATES = frozenset({"have", "be", "receive", "get", "remain", "stay", "become", "need"})
_STATES |= frozenset({"own", "enjoy", "know", "lack", "deserve", "experience", "see"})
# How a firm or market should perform is a forecast: "BA *should outperform* the market".
_STATES |= frozenset({"outperform", "underperform", "ride", "benefit", "gain", "grow"})
_STATES |= frozenset({"improve", "recover", "rise", "fall", "climb", "decline", "perform"})
_STATES |= frozenset({"contribute", "report", "earn", "post", "show", "return", "rebound"})
_STATES |= frozenset({"operate", "run", "trade", "sell", "produce"})  # "should operate near 75 pct"


_BUSINESS = frozenset({"operation", "production", "business", "trading", "work", "service"})


def stative_demand(cand: Candidate, lex: EventLexicon) -> bool:
    """ "the casino must still *receive* a certificate": a deontic clause whose verb is a
    state is a requirement, not a demand that anyone act."""
    if cand.rule != lex.request_rule:
        return False
    verb = cand.verb
    if verb.lemma_.lower() in {"start", "begin", "commence"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _BUSINESS for c in verb.children
    ):
        return True  # "the joint venture should *start operations* early next year"
    return verb.lemma_.lower() in _STATES
