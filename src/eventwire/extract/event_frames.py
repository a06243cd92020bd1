"""Frames, negation and hedges for the events stage: what a candidate event's clause says.

A governing cue recodes a candidate: intent ("Russia is *ready* to provide relief aid" ->
0333 AGREE; a promise of hostile action is a threat; "will withdraw *unless* ..." is a
threat), request ("*urged* X to meet" -> 106) or rejection ("*refused* to meet" -> 125; a
refused act is no event of its own). A cue also governs event nouns directly ("*promised*
military aid") and a future auxiliary counts as intent ("Russia *will* provide aid").
Negated acts ("did not meet", "have *yet* to endorse") are no events, except a future
refusal ("will not accept" -> 12x). Hedged ("*due* to attend", "*speculation* X would
demand") and habitual ("who currently *chairs* meetings") mentions are no events; so are
acts denied ("*denied* threatening", "it was *not true* that ..."), prohibited ("the
treaty *bans* deploying"), only believed or expected by someone ("*assumes* talks will
proceed") or only wished for or permitted ("*anxious* to work with", "*free* to continue
talks").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from .event_lexicon import EventLexicon, Frame
from .event_match import NOUN_POS, Candidate, match_trigger, verb_rule

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from ..model import Span

__all__ = ["candidates", "is_modal", "trigger_indices"]

_MODALS = frozenset({"should", "could", "may", "might", "would"})

_FUTURE = frozenset({"will", "'ll", "shall", "wo", "would"})

_FRAME_DEPS = frozenset({"xcomp", "ccomp"})

_UNMAPPED_FRAME_FACTOR = 0.6

# Governors that make an act scheduled, expected or rumoured rather than done: "*due* to
# attend a summit", "*likely* to tell", "*speculation* Venezuela would demand".
# Verbs of trying and going whose negation negates the act they govern.
_HEDGE_NOUNS = frozenset({"speculation", "rumor", "rumour", "rumors", "rumours"})
# "called *for* talks", "agreed *to* talks", "insisted *on* talks"; not "suggested *in*
# its negotiations".
_CUE_PREPS = frozenset({"for", "to", "on", "upon"})
# Links from an act up to the word that hedges it ("in *hopes* of freeing").
_HEDGED_DEPS = frozenset(
    {"xcomp", "ccomp", "acl", "acomp", "relcl", "pcomp", "prep", "pobj", "dobj", "advcl"}
)
_IF = frozenset({"if", "unless", "whether"})
_WHEN = frozenset({"when", "after", "before", "once", "until", "as soon as"})
_ATTEMPTS = frozenset({"go", "seek", "try", "attempt", "want", "plan", "intend", "need"})
_HEDGES = frozenset(
    {
        "due",
        "likely",
        "unlikely",
        "expected",
        "scheduled",
        "set",
        "speculation",
        "hope",
        "hopes",
        "rumor",
        "rumour",
        "possibility",
        "prospect",
        "fear",
        "likelihood",
        "chance",
        "idea",
        "risk",
        "danger",
        "confident",
        "optimistic",
        "hopeful",
        "difficult",
        "hard",
        "impossible",
    }
)
# "is *expected* to meet", "is *scheduled* to visit": someone else's forecast or plan.
_FORECAST_CUES = frozenset({"expect", "schedule", "set", "slate", "due", "plan", "tip"})
# "X said Y should *look at* ...", "must first *determine* ...": advice on how to think,
# not a demand that Y act.
_COGNITION = frozenset(
    {"look", "determine", "decide", "consider", "examine", "study", "assess", "review"}
    | {"weigh", "watch", "monitor", "recognize", "recognise", "realize", "realise"}
    | {"understand", "know", "remember", "bear", "keep", "think", "be", "remain", "wait"}
)
# Where an event noun is the setting of another act ("will ratify *at* the meeting").
_SETTING = frozenset({"at", "during", "before", "after", "following", "ahead", "until"})
_POSSIBLE = frozenset({"may", "might", "could"})
# A power held, not used ("Reagan *can* reject sanctions"); "cannot accept" is a refusal.
_ABLE = frozenset({"can", "ca"})
# Words above an act that say it was not done (a denial, a prohibition), is only someone's
# belief or expectation, or only wished for or permitted: "*denied* threatening", "it was
# *not true* that X threatened", "the treaty *prohibits* deploying", "*assumes* talks will
# proceed", "is *anxious* to work with", "is *free* to continue talks".
_DENIALS = frozenset({"deny", "refute", "disclaim"})
_PROHIBITIONS = frozenset({"ban", "prohibit", "bar", "forbid", "outlaw", "prevent", "preclude"})
_BELIEFS = frozenset({"expect", "assume", "anticipate", "predict", "forecast", "believe"})
_BELIEFS |= frozenset({"foresee", "suppose", "presume", "doubt", "envisage", "envision"})
_WISHES = frozenset({"anxious", "keen", "free", "happy", "interested", "glad"})
# Nouns for a belief held, not a fact reported: "a *perception* (that) Japan had reneged".
_BELIEF_NOUNS = frozenset({"perception", "speculation", "rumour", "rumor", "impression"})
_BELIEF_NOUNS |= frozenset({"fear", "suspicion", "expectation", "belief", "feeling", "view"})
_UNDONE = _DENIALS | _PROHIBITIONS | _BELIEFS | _WISHES
_EXCLUDING = frozenset({"exclude", "deny", "preclude", "discount", "dismiss"})
_TRUTH = frozenset({"true", "correct", "accurate", "so"})
_FALSEHOODS = frozenset({"untrue", "false", "baseless", "groundless", "unfounded"})
_UNDONE_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "conj", "advcl", "acomp"})
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def _future_cue(verb: Token, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """ "Russia will provide aid": a stated future action is coded as intent (or threat)."""
    intent = next((f for f in lex.frames if f.kind == "intent"), None)
    scope = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "will meet X and *appeal*"
    aux = next(
        (c for v in scope for c in v.children if c.dep_ == "aux" and c.lower_ in _FUTURE), None
    )
    return None if intent is None or aux is None else (intent, aux)


def _frame_cue(cand: Candidate, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """The intent/request/reject cue governing the candidate, if any."""
    node = cand.verb
    light_cue = lex.frame_for(node.lemma_.lower()) if node is not cand.trigger else None
    if light_cue is not None:
        return light_cue, node  # "promised military aid"
    while node.pos_ in NOUN_POS and node.dep_ == "conj":
        node = node.head  # "called for an end to sales *and withdrawal*"
    if node.pos_ in NOUN_POS and node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head  # "called for talks": talks -> for -> called
        head = node.head
        frame = lex.frame_for(head.lemma_.lower()) if node.lower_ in _CUE_PREPS else None
        return None if frame is None else (frame, head)
    for _ in range(2):
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head  # "committed to deepening"
        if node.dep_ not in _FRAME_DEPS | {"prep"} or node.head is node:
            return None
        head = node.head
        frame = lex.frame_for(head.lemma_.lower())
        if frame is not None:
            return frame, head
        node = head
    return None


def _deontic_cue(verb: Token, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """ "Russia said Sudan must return the helicopter": a demand on the clause's subject."""
    request = next((f for f in lex.frames if f.kind == "request"), None)
    if request is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.say_verbs:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.deontic_modals for c in verb.children):
        return None
    if verb.lemma_.lower() in _COGNITION:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None if subj is None else (request, verb.head)


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a word is in: itself, or the verb an event noun hangs on
    ("would take part *in the meeting*" -> take)."""
    node = tok
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"} or node.head is node:
            return node
        node = node.head
    return node


def _cue(cand: Candidate, lex: EventLexicon) -> tuple[Frame, Token] | None:
    return (
        _frame_cue(cand, lex)
        or _deontic_cue(cand.verb, lex)
        or _future_cue(_clause_verb(cand.verb), lex)
    )


def _apply_frame(cand: Candidate, lex: EventLexicon) -> Candidate | None:
    found = _cue(cand, lex)
    if found is None:
        return cand
    frame, cue = found
    code = frame.recode(cand.cameo)
    if frame.kind == "intent" and code is not None and _unless(cand.verb):
        code = "130"  # "will withdraw its force unless Y ...": a conditional threat
    if code is None and frame.kind == "request" and cue.lemma_.lower() in lex.say_verbs:
        code = "100"  # "X said Y must reach an agreement": a demand whatever Y must do
    if code is not None:
        return replace(cand, cameo=code, frame=frame, cue=cue)
    if verb_rule(cue, lex) is not None or frame.kind == "reject":
        return None  # the cue is an event of its own, or the act was refused
    if cue.pos_ == "AUX" or cue.lower_ in _FUTURE or frame.kind in {"intent", "prepare"}:
        return None  # "will ask", "plans to ask": an act announced, not yet done
    return replace(cand, factor=_UNMAPPED_FRAME_FACTOR)


def _habitual(cand: Candidate) -> bool:
    """ "de Keersmaeker, who currently *chairs* ministers' meetings": a simple-present
    relative clause describes a role, it reports no event."""
    verb = cand.verb
    if verb.pos_ in NOUN_POS:
        verb = verb.head.head if verb.dep_ == "pobj" else verb.head
    return verb.dep_ == "relcl" and verb.tag_ in {"VBZ", "VBP"}


def _hypothetical(cand: Candidate) -> bool:
    """ "if Dixons accepted", "whether Japan is reneging", "without consulting", "when he
    visits Washington", "after it receives approval": a condition, a question, an act
    left undone or a present tense that speaks of the future."""
    node = _clause_verb(cand.verb)
    if _counterfactual(node) or _possible(cand, node) or _future_setting(cand):
        return True
    for _ in range(3):
        marks = {c.lower_ for c in node.children if c.dep_ in {"mark", "advmod"}}
        if marks & _IF or (node.dep_ == "pcomp" and node.head.lower_ == "without"):
            return True
        if node.dep_ == "advcl" and marks & _WHEN and node.tag_ in {"VBZ", "VBP"}:
            return True
        if node.dep_ not in {"xcomp", "conj"} or node.head is node:
            return False
        node = node.head
    return False


def _aux(verb: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """ "Mexico *would have* announced a suspension", "*if I were* Nakasone, I *would*
    attend the summit": it was not done, only imagined."""
    if not _aux(verb, frozenset({"would", "could", "might", "should"})):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _IF for m in c.children)
        and (c.lower_ == "were" or any(a.lower_ == "had" for a in c.children if a.dep_ == "aux"))
        for c in verb.children
    )  # "if I *were*", "if they *had* known"; not "would meet him if he gave a veto"


def _possible(cand: Candidate, verb: Token) -> bool:
    """ "holders *may* accept", "could trigger more *attacks*", "*can* reject": a
    possibility or a power, not an act
    (a framed act keeps its frame: "said it might ask for talks" is left to the cue)."""
    if cand.cue is not None and cand.cue.pos_ != "AUX":
        return False
    noun = cand.trigger
    if noun.pos_ in NOUN_POS and noun is cand.verb:  # the noun is an argument of the verb
        if noun.dep_ not in {"dobj", "nsubj", "nsubjpass", "attr"}:
            return False
        verb = noun.head
    scope = [verb]
    while scope[-1].dep_ in {"conj", "xcomp"} and len(scope) < 4:  # "may continue to seek
        scope.append(scope[-1].head)  # ... or accept the settlement"
    if any(_aux(v, _POSSIBLE) for v in scope):
        return True
    return any(_aux(v, _ABLE) and not _has_neg(v) for v in scope)  # "Reagan *can* reject"


def _has_neg(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _future_setting(cand: Candidate) -> bool:
    """ "will ratify both boards *at the July 2 meeting*", "during his visit" under a
    future verb: the noun is where a future act happens, not an event that happened."""
    noun = cand.trigger
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ not in _SETTING:
        return _manner_of_plan(noun)
    node = noun.head.head
    for _ in range(3):
        if node.pos_ in {"VERB", "AUX"}:
            scope = [node, node.head] if node.dep_ in {"conj", "xcomp"} else [node]
            return any(_aux(v, _FUTURE) for v in scope)
        node = node.head
    return False


_OBLIGED = frozenset({"would", "will", "should", "must", "could", "may", "might"})


def _manner_of_plan(noun: Token) -> bool:
    """ "would have to enact a program *in consultation with* the IMF": talks that are
    the manner of an act still required or planned are not held."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    verb = noun.head.head
    scope = [verb, verb.head] if verb.dep_ in {"xcomp", "conj"} else [verb]
    return verb.pos_ in {"VERB", "AUX"} and any(_aux(v, _OBLIGED) for v in scope)


def _forecast(verb: Token) -> bool:
    """ "X *was expected to* assure Y that he will not agree": someone else's forecast."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp"}:
            return False
        node = node.head
        passive = any(c.dep_ == "auxpass" for c in node.children)
        if passive and node.lemma_.lower() in _FORECAST_CUES:
            return True
    return False


def _hedged(cand: Candidate) -> bool:
    top = cand.cue if cand.cue is not None and cand.cue.pos_ != "AUX" else cand.verb
    subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
    if subj is not None and any(t.lower_ in _HEDGE_NOUNS for t in subj.subtree):
        return True  # "speculation Venezuela would demand" parsed as one noun phrase
    if top.lemma_.lower() in _FORECAST_CUES and any(c.dep_ == "auxpass" for c in top.children):
        return True  # "is expected to receive", "is scheduled to meet"
    node = top
    for _ in range(4):
        if node.dep_ not in _HEDGED_DEPS or node.head is node or node.dep_ == "relcl":
            return False  # a relative clause states a fact about its noun
        node = node.head
        if node.lemma_.lower() in _HEDGES or node.lower_ in _HEDGES:
            return True
        if any(c.dep_ == "acomp" and c.lower_ in _HEDGES for c in node.children):
            return True  # "officials are *confident* that X will ..."
    return False


def _denied_or_unreal(cand: Candidate) -> bool:
    """An act under a denial, prohibition, belief or wish ("*denied* threatening", "the
    treaty *bans* deploying", "*assumes* talks will proceed", "*anxious* to work with")
    or a falsehood ("it was *not true* that X threatened"): not reported as done."""
    top = cand.cue if cand.cue is not None and cand.cue.pos_ != "AUX" else cand.verb
    node = _clause_verb(top)
    if node.dep_ in {"acl", "relcl"} and node.head.lemma_.lower() in _BELIEF_NOUNS:
        return True  # "there was a *perception* Japan had reneged"
    for _ in range(5):
        dep = node.dep_
        gerund = dep in {"dobj", "pobj"} and node.pos_ == "VERB"  # "bans *deploying*"
        if (dep not in _UNDONE_DEPS and not gerund) or node.head is node:
            return False
        below, node = node, node.head
        if dep == "conj":  # "developing, testing or *deploying*"; not "denied X and
            continue  # *threatened* Y"
        lemma = node.lemma_.lower()
        if lemma in _BELIEFS and not _own_clause(below):
            continue  # "a woman *believed* linked to ... was extradited": a misparse
        if lemma in _UNDONE or ((lemma == "be" or lemma in _FALSEHOODS) and _false_claim(node)):
            return True
    return False


def _double_refusal(cand: Candidate, lex: EventLexicon) -> bool:
    """ "refused to *rule out* retaliation", "declined to *deny*": refusing to exclude
    something rejects nothing."""
    reject = next((f for f in lex.frames if f.kind == "reject"), None)
    verb = cand.trigger
    if reject is None or verb.lemma_.lower() not in reject.cues:
        return False
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        lemma = comp.lemma_.lower()
        out = any(p.dep_ == "prt" and p.lower_ == "out" for p in comp.children)
        if lemma in _EXCLUDING or (lemma == "rule" and out):
            return True
    return False


def _own_clause(clause: Token) -> bool:
    """A believed clause names what is believed: "believes *Iran* attacked", "is
    believed *to* have attacked"."""
    if clause.dep_ == "xcomp":
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


def _false_claim(node: Token) -> bool:
    """ "it was *not true* that ...", "the report was *untrue*"."""
    if node.lemma_.lower() in _FALSEHOODS:
        return True
    states = {c.lower_ for c in node.children if c.dep_ == "acomp"}
    negated = any(c.dep_ == "neg" for c in node.children)
    return bool(states & _FALSEHOODS) or (negated and bool(states & _TRUTH))


def _unless(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in verb.children
    )


def _negated(cand: Candidate, lex: EventLexicon) -> bool:
    """A "not"/"never" on the trigger, its light verb or its cue; "no talks" on a noun."""
    toks = [t for t in (cand.trigger, cand.verb, cand.cue) if t is not None]
    if any(t.dep_ == "xcomp" and any(c.lower_ == "yet" for c in t.head.children) for t in toks):
        return True  # "have yet to endorse"
    heads = [t.head for t in toks if t.dep_ == "xcomp" and t.head.lemma_.lower() in _ATTEMPTS]
    toks += heads  # "is not going to give in", "had not sought to resolve"
    return any(
        c.dep_ in {"neg", "det", "advmod"} and c.lower_ in lex.negations
        for t in toks
        for c in t.children
    )


def is_modal(cand: Candidate) -> bool:
    toks = [t for t in (cand.verb, cand.cue) if t is not None]
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for t in toks for c in t.children)


def _future_negation(cand: Candidate) -> bool:
    """ "will not accept", "won't meet", "is not going to give in": a refusal, unlike a
    past "did not attack"."""
    if cand.verb.dep_ == "xcomp" and cand.verb.head.lemma_.lower() == "go":
        return True
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in cand.verb.children)


def _refusal(cand: Candidate, lex: EventLexicon) -> Candidate:
    reject = next((f for f in lex.frames if f.kind == "reject"), None)
    code = (reject.recode(cand.cameo) if reject is not None else None) or "120"
    return replace(cand, cameo=code, frame=reject)


def _deontic(tok: Token, lex: EventLexicon) -> Candidate | None:
    """A demand voiced as "X said Y must/should <do something>" with no event verb."""
    if tok.dep_ != "ccomp" or tok.pos_ not in {"VERB", "AUX"} or lex.request_rule is None:
        return None
    found = _deontic_cue(tok, lex)
    if found is None:
        return None
    return Candidate(tok, tok, lex.request_rule, "100", frame=found[0], cue=found[1])


def _candidate(tok: Token, lex: EventLexicon) -> Candidate | None:
    if tok.pos_ not in _TRIGGER_POS:  # most words: skip them at once (speed)
        return None
    cand = match_trigger(tok, lex)
    if cand is None:
        return _deontic(tok, lex)
    if _negated(cand, lex):
        refused = _refusal(cand, lex) if _future_negation(cand) else None
        # "Reagan was *expected* to assure Chirac he will not agree": a forecast
        return None if refused is None or _forecast(refused.verb) else refused
    framed = _apply_frame(cand, lex)
    if framed is None or _hedged(framed) or _habitual(framed) or _hypothetical(framed):
        return None
    if _denied_or_unreal(framed) or _double_refusal(framed, lex):
        return None
    return framed


def trigger_indices(parsed: SpacyDoc, lex: EventLexicon) -> list[int]:
    """Indices of the words that can start a candidate, in text order (speed): a verb or
    noun whose lemma or form has a lexicon rule (see ``match_trigger``), or a clause
    complement verb (see ``_deontic``). The others would give ``_candidate`` None."""
    strings = parsed.vocab.strings
    verb, aux, ccomp = strings["VERB"], strings["AUX"], strings["ccomp"]
    table = parsed.to_array(["POS", "DEP", "LEMMA", "LOWER"])
    pos_col = table[:, 0]
    noun, propn = strings["NOUN"], strings["PROPN"]
    kept = np.flatnonzero(
        (pos_col == verb) | (pos_col == aux) | (pos_col == noun) | (pos_col == propn)
    )
    found = []
    for i, (pos, dep, lemma, lower) in zip(kept.tolist(), table[kept].tolist(), strict=True):
        if pos in (verb, aux) and dep == ccomp:
            found.append(i)
        elif pos == verb:
            word = strings[lower]
            stems = (word[:-1], word[:-2]) if word.endswith("ed") else ()
            if strings[lemma].lower() in lex.verbs or any(w in lex.verbs for w in stems):
                found.append(i)
        elif pos != aux and (strings[lemma].lower() in lex.nouns or strings[lower] in lex.nouns):
            found.append(i)
    return found


def candidates(
    parsed: SpacyDoc, sentence: Span, lex: EventLexicon, triggers: list[int] | None = None
) -> list[Candidate]:
    """Candidates of one sentence; ``triggers``: the doc's ``trigger_indices`` (computed
    here if None), so a document's words are read once for all its sentences."""
    toks = parsed.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if toks is None:
        return []
    if triggers is None:
        triggers = trigger_indices(parsed, lex)
    lo = bisect_left(triggers, toks.start)
    hi = bisect_left(triggers, toks.end, lo)
    found = []
    for i in triggers[lo:hi]:
        cand = _candidate(parsed[i], lex)
        if cand is not None:
            found.append(cand)
    return found
