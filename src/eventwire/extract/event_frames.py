"""Frames and negation for the events stage: what a candidate event's clause says.

A governing cue recodes a candidate: intent ("Russia is *ready* to provide relief aid" ->
0333 AGREE; a promise of hostile action is a threat; "will withdraw *unless* ..." is a
threat), request ("*urged* X to meet" -> 106) or rejection ("*refused* to meet" -> 125; a
refused act is no event of its own). A cue also governs event nouns directly ("*promised*
military aid") and a future auxiliary counts as intent ("Russia *will* provide aid").
Negated acts ("did not meet", "have *yet* to endorse") are no events, except a future
refusal ("will not accept" -> 12x). Acts the clause does not report as done (hedged,
habitual, hypothetical, denied) are refused by ``event_realis``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from .event_filters import set_off_for, unrealised
from .event_lexicon import EventLexicon, Frame
from .event_match import NOUN_POS, Candidate, any_candidate, lemmas_of, match_trigger, verb_rule
from .event_readings import to_infinitive
from .event_realis import (
    FUTURE_AUX,
    clause_verb,
    is_denied_or_unreal,
    is_double_refusal,
    is_forecast,
    is_habitual,
    is_hedged,
    is_hypothetical,
)
from .event_senses import names_actor

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from ..model import Span

__all__ = ["candidates", "is_modal", "reported_as", "settle", "trigger_indices"]

_MODALS = frozenset({"should", "could", "may", "might", "would"})


_FRAME_DEPS = frozenset({"xcomp", "ccomp"})

_UNMAPPED_FRAME_FACTOR = 0.6

# "called *for* talks", "agreed *to* talks", "insisted *on* talks"; not "suggested *in*
# its negotiations".
_CUE_PREPS = frozenset({"for", "to", "on", "upon"})
# Verbs of trying and going whose negation negates the act they govern.
_ATTEMPTS = frozenset({"go", "seek", "try", "attempt", "want", "plan", "intend", "need"})
_ATTEMPTS |= frozenset({"continue", "resume"})  # "cannot *continue* negotiating every year"
# Adjectives whose negation negates the act: "not *able* to agree", "not *inclined* to bow".
_DISPOSED = frozenset({"able", "inclined", "willing", "prepared", "ready", "disposed"})
# "X said Y should *look at* ...", "must first *determine* ...": advice on how to think,
# not a demand that Y act.
_COGNITION = frozenset(
    {"look", "determine", "decide", "consider", "examine", "study", "assess", "review"}
    | {"weigh", "watch", "monitor", "recognize", "recognise", "realize", "realise"}
    | {"understand", "know", "remember", "bear", "keep", "think", "be", "remain", "wait"}
    | {"view", "regard", "see", "treat", "interpret", "believe", "expect", "feel"}
)
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def _future_cue(verb: Token, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """ "Russia will provide aid": a stated future action is coded as intent (or threat)."""
    intent = next((f for f in lex.frames if f.kind == "intent"), None)
    scope = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "will meet X and *appeal*"
    aux = next(
        (c for v in scope for c in v.children if c.dep_ == "aux" and c.lower_ in FUTURE_AUX), None
    )
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None  # "he *will have worked* 28 years with TI": a future perfect, no intent
    if aux is None and _going_to(verb):
        aux = verb.head  # "we *are going to ask* Muslims to vote"
    return None if intent is None or aux is None else (intent, aux)


def _going_to(verb: Token) -> bool:
    """ "is *going to* ask": the future told with "going to" and an infinitive."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "go"
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def _frame_of(tok: Token, lex: EventLexicon) -> Frame | None:
    """The frame a cue word opens, seen through a mis-lemmatised "-ed" ("hoped" -> "hop");
    none for a plea in court ("will *plead guilty* ... of aiding and abetting")."""
    if tok.lemma_.lower() == "plead" and any(
        c.lower_ in {"guilty", "innocent"} for c in tok.children
    ):
        return None
    return next((f for w in lemmas_of(tok) if (f := lex.frame_for(w)) is not None), None)


def _frame_cue(cand: Candidate, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """The intent/request/reject cue governing the candidate, if any."""
    node = cand.verb
    light_cue = _frame_of(node, lex) if node is not cand.trigger else None
    if light_cue is not None:
        return light_cue, node  # "promised military aid"
    while node.pos_ in NOUN_POS and node.dep_ == "conj":
        node = node.head  # "called for an end to sales *and withdrawal*"
    if node.pos_ in NOUN_POS and node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head  # "called for talks": talks -> for -> called
        head = node.head
        frame = _frame_of(head, lex) if node.lower_ in _CUE_PREPS else None
        return None if frame is None else (frame, head)
    while node.dep_ == "conj" and node.tag_ == "VB" and node.head.dep_ in _FRAME_DEPS:
        node = node.head  # "intend to comply ... and *to cooperate*": the same intent
    for hop in range(2):
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head  # "committed to deepening"
        if node.dep_ not in _FRAME_DEPS | {"prep"} or node.head is node:
            return None
        if hop and _own_clause_subject(node):
            return None  # "hinted *the budget gap might force* the agency to stop": no cue
        head = node.head
        frame = _frame_of(head, lex)
        if frame is not None and _quoted_statement(node):
            return None  # 'Ortiz also agreed: "We gather at a moment of real strain"'
        if frame is not None:
            return frame, head
        if _own_clause_subject(node):
            return None  # "failed to inform ... that *it had begun* talks": a fact reported
        node = head
    return None


def _quoted_statement(node: Token) -> bool:
    """A clause with its own subject, quoted after its cue ('agreed: "We are meeting ..."'):
    what was said, not what was agreed or intended."""
    if node.dep_ != "ccomp" or not any(c.dep_ == "nsubj" for c in node.children):
        return False
    between = node.doc[node.head.i + 1 : node.left_edge.i + 1]
    return any(t.is_quote for t in between)


def _own_clause_subject(node: Token) -> bool:
    """A finite complement clause with a subject of its own, met above the first hop."""
    return node.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)


def _deontic_cue(verb: Token, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """ "Russia said Sudan must return the helicopter": a demand on the clause's subject."""
    request = next((f for f in lex.frames if f.kind == "request"), None)
    if request is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.say_verbs:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.deontic_modals for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None  # "the Tories *should have used* resources": a reproach, too late to ask
    if verb.lemma_.lower() in _COGNITION:
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or any(
        c.dep_ == "aux" and c.lower_ in lex.deontic_modals and c.i < subj.i for c in verb.children
    ):
        return None  # "*Should* Citicorp place the loans ..., he argues": a condition
    if not _can_be_asked(subj, lex):
        return None  # "the evaluation *should put* Petro-Canada in a position": a forecast
    if any(c.dep_ == "det" and c.lower_ in {"any", "every", "each"} for c in subj.children):
        return None  # "*any administration* must take its decision ...": a maxim
    if verb.lemma_.lower() == "do" and any(
        c.dep_ == "dobj" and c.lower_ in {"that", "this", "it", "so"} for c in verb.children
    ):
        return None  # "he *shouldn't do that*": a rebuke of what was done
    return request, verb.head


def _can_be_asked(subj: Token, lex: EventLexicon) -> bool:
    """The clause's subject names someone a demand can be made of; a capitalised word
    opening the sentence with no entity type ("*Evaluation* of test results") is no
    name."""
    if subj.pos_ == "PROPN" and not subj.ent_type_ and subj.is_sent_start:
        return False
    return names_actor(subj, lex.actor_words)


# Verbs that start or stage an event noun as their subject ("the talks *will begin*"): the
# event is still to come; with any other verb it already exists ("the talks *will serve*
# to delay the tariffs").
_STAGING = frozenset({"begin", "start", "open", "resume", "be", "take", "get", "continue"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _existing_noun(tok: Token) -> bool:
    """An event noun a future verb speaks *about* or *with*, not one it announces: "will
    meet reporters *on the union's negotiations*", "the *talks* will serve to delay"."""
    if tok.pos_ not in NOUN_POS:
        return False
    while tok.dep_ == "conj" and tok.head.pos_ in NOUN_POS:
        tok = tok.head  # "neither the comment period or the *talks* will serve"
    if tok.dep_ == "pobj" and tok.head.lower_ in _TOPIC_PREPS:
        return True
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in _STAGING


def _cue(cand: Candidate, lex: EventLexicon) -> tuple[Frame, Token] | None:
    unannounced = _given(cand.verb) or _existing_noun(cand.verb)
    future = None if unannounced else _future_cue(clause_verb(cand.verb), lex)
    cue = _frame_cue(cand, lex) or _deontic_cue(cand.verb, lex) or future
    if cue is not None and cue[0].kind == "intent" and _under_way(cand.trigger):
        return None  # "he hoped *talks under way* with the Paris Club would solve ..."
    return cue


_NOW = frozenset({"ongoing", "current", "continuing"})


def _under_way(noun: Token) -> bool:
    """An event noun told as going on now ("talks *under way*", "the *current* talks",
    "negotiations *in progress*"): held, whatever is hoped or planned around it."""
    if noun.pos_ not in NOUN_POS:
        return False
    for c in noun.children:
        if (c.dep_ == "amod" and c.lower_ in _NOW) or c.lower_ == "underway":
            return True
        if c.lower_ in {"under", "in"} and any(g.lower_ in {"way", "progress"} for g in c.children):
            return True
    return False


# Prepositions that present an event as a given cause or background, whatever the tense
# of the clause: "*because of* the wage negotiations, the Bundesbank would ...".
_GIVEN = frozenset({"because", "despite", "after", "following", "amid", "due", "owing"})


def _given(tok: Token) -> bool:
    if tok.pos_ not in NOUN_POS:
        return False
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and tok.head.head.lemma_.lower() in _REQUITING
    ):
        return True  # "would retaliate *for* U.S. Navy attacks": the attacks happened
    node = tok
    while node.dep_ in {"pobj", "prep", "pcomp", "conj"} and node.head is not node:
        node = node.head
        if node.lower_ in _GIVEN:
            return True
    return False


_REQUITING = frozenset({"retaliate", "avenge", "punish", "compensate", "apologize", "blame"})


def _apply_frame(cand: Candidate, lex: EventLexicon) -> Candidate | None:
    found = _cue(cand, lex)
    if found is None:
        return cand
    frame, cue = found
    code = frame.recode(cand.cameo)
    if frame.kind == "intent" and code is not None and _measure_decided(cue, cand.cameo):
        return replace(cand, cue=cue)  # "Tunisia *has decided to break* relations with Iran"
    if frame.kind == "intent" and code is not None and _unless(cand.verb):
        code = "130"  # "will withdraw its force unless Y ...": a conditional threat
    if code is None and frame.kind == "request" and cue.lemma_.lower() in lex.say_verbs:
        code = "100"  # "X said Y must reach an agreement": a demand whatever Y must do
    if code is not None:
        return replace(cand, cameo=code, frame=frame, cue=cue)
    if verb_rule(cue, lex) is not None or frame.kind == "reject":
        return None  # the cue is an event of its own, or the act was refused
    if cue.pos_ == "AUX" or cue.lower_ in FUTURE_AUX or frame.kind in {"intent", "prepare"}:
        return None  # "will ask", "plans to ask": an act announced, not yet done
    return replace(cand, factor=_UNMAPPED_FRAME_FACTOR)


# Measures a state takes by deciding them: breaking relations, expelling, banning,
# closing a border. A decision taken is the measure, not a threat of it.
_DECIDED_MEASURES = ("16", "17", "191", "192")


def _measure_decided(cue: Token, cameo: str) -> bool:
    """ "Tunisia *has decided to break* diplomatic relations with Iran", "Mexico *decided
    to close* its border to fruit from California": a measure decided (a past decision,
    no modal, no "not") is taken, not threatened; a decision to protest or to fight is a
    plan, and "will decide" is none yet."""
    if cue.lemma_.lower() != "decide" or cue.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODALS for c in cue.children):
        return False
    return cameo.startswith(_DECIDED_MEASURES)


def _nothing_done(verb: Token) -> bool:
    """A verb whose object is "no ...": "would impose *no* restrictions", "signed *no*
    agreement"."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _unless(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in verb.children
    )


def _negated(cand: Candidate, lex: EventLexicon) -> bool:
    """A "not"/"never" on the trigger, its light verb or its cue; "no talks" on a noun;
    "*failed to agree*" (no agreement was reached, and no one's offer was rejected)."""
    toks = [t for t in (cand.trigger, cand.verb, cand.cue) if t is not None]
    if cand.trigger.lemma_.lower() == "agree" and any(
        t.dep_ == "xcomp" and t.head.lemma_.lower() == "fail" for t in toks
    ):
        return True
    if any(t.dep_ == "xcomp" and any(c.lower_ == "yet" for c in t.head.children) for t in toks):
        return True  # "have yet to endorse"
    heads = [t.head for t in toks if t.dep_ == "xcomp" and t.head.lemma_.lower() in _ATTEMPTS]
    toks += heads  # "is not going to give in", "had not sought to resolve"
    able = [t.head for t in toks if t.dep_ == "xcomp" and t.head.lemma_.lower() in _DISPOSED]
    toks += able + [a.head for a in able if a.dep_ == "acomp"]  # "have not been able to agree"
    if any(
        c.dep_ in {"neg", "det", "advmod", "nummod"} and c.lower_ in lex.negations
        for t in toks  # "virtually *no* phone calls" (read as a number)
        for c in t.children
    ):
        return True
    if any(
        c.dep_ in {"advmod", "amod"} and c.lower_ in {"longer", "more"} and _negated_word(c, lex)
        for t in toks
        for c in t.children
    ):
        return True  # "she *no longer blames* Tarantino", "*no more* talks"
    if _under_modal_negation(cand.trigger, lex):
        return True  # "Britain *could not go it alone on* sanctions"
    if any(_denied_implication(t, lex) for t in toks):
        return True  # "the move *did not mean that* Libya had cut ties"
    # "no signs of any immediate *intention* to impose sanctions"
    for anc in list(cand.trigger.ancestors)[:4]:
        if anc.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children):
            return True
    # "*not all* of its banks have agreed yet", "*none* of the members agreed"
    # "*none* of the ships are known to have been attacked": the subject of the verb above
    toks += [t.head for t in toks if t.dep_ == "xcomp" or _purpose_clause(t)]
    subjects = [c for t in toks for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(s.dep_ == "nsubjpass" and _no(s) for s in subjects):
        return True  # "*no* West German fiscal action *is promised*"
    # "*nobody* came up *to ask* him to move", "*no one* asked"
    return any(
        s.lower_ in _NO_ONE
        or (s.lower_ == "one" and _no(s))
        or any(c.lower_ == "not" for c in s.children)
        for s in subjects
    )


_NO_ONE = frozenset({"none", "nobody", "noone", "no-one"})


def _purpose_clause(verb: Token) -> bool:
    """ "came up *to ask* him": an infinitive of purpose, done by the subject above."""
    return verb.dep_ == "advcl" and to_infinitive(verb)


# Verbs whose "that" clause is what follows from a fact: "did not *mean* that ...".
_IMPLYING = frozenset({"mean", "imply", "signal", "indicate", "suggest", "signify"})


def _denied_implication(verb: Token, lex: EventLexicon) -> bool:
    """ "the move *did not mean that* Libya had cut ties", "this *does not
    signal that* Tokyo will impose curbs": a clause said not to follow is not told as
    done."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in _IMPLYING and _negated_word(head, lex)


def _negated_word(word: Token, lex: EventLexicon) -> bool:
    return any(c.lower_ in lex.negations for c in word.children)


def _under_modal_negation(noun: Token, lex: EventLexicon) -> bool:
    """An event noun in a prepositional phrase of a verb under "could/would/can not"."""
    if noun.pos_ not in NOUN_POS or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    kids = [c.lower_ for c in verb.children]
    return any(k in lex.negations for k in kids) and any(k in _MODALS | {"can", "ca"} for k in kids)


def _no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def is_modal(cand: Candidate) -> bool:
    toks = [t for t in (cand.verb, cand.cue) if t is not None]
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for t in toks for c in t.children)


def _future_negation(cand: Candidate) -> bool:
    """ "will not accept", "won't meet", "is not going to give in": a refusal, unlike a
    past "did not attack"."""
    if cand.verb.dep_ == "xcomp" and cand.verb.head.lemma_.lower() == "go":
        return True
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cand.verb.children)


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
    return settle(cand, lex)


def settle(cand: Candidate, lex: EventLexicon) -> Candidate | None:
    """The realis of a matched trigger: the candidate as reported (None when its act is
    not told as done: negated, hedged, habitual, hypothetical, denied), or recoded by
    the frame that governs it ("*refused* to meet" -> REJECT, "*plans* to meet" -> 036).
    """
    if _nothing_done(cand.trigger):
        return None  # "would impose *no restrictions* on them"
    if _negated(cand, lex):
        if lex.cameo[cand.cameo].type in _OPPOSING | {"REQUEST"}:
            return None  # "will not *oppose* a subsidy": refusing to oppose rejects nothing;
            # "will not *ask* Tokyo to liberalize": a demand not made rejects nothing either
        refused = _refusal(cand, lex) if _future_negation(cand) else None
        # "Reagan was *expected* to assure Chirac he will not agree": a forecast; "no
        # *assurance* that Caesars would agree to talks": a hedge, not a refusal
        if refused is None or is_forecast(refused.verb) or is_hedged(refused):
            return None
        if is_denied_or_unreal(refused):
            return None  # "agreed with Acme that Borex *will not accept* the bid": a term
        return refused
    framed = _apply_frame(cand, lex)
    if framed is None or is_hedged(framed) or is_habitual(framed) or is_hypothetical(framed):
        return None
    if framed.cue is None and framed.cameo.startswith("04") and set_off_for(framed.trigger):
        framed = replace(framed, cameo="036")  # "flew out of Lima on Monday *for talks*"
    if framed.cue is not None and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _NOBODY for c in framed.cue.children
    ):
        return None  # "*None* of the cartel's states has asked for an urgent session"
    cue = framed.cue
    if cue is not None and cue.pos_ != "AUX" and any(c.dep_ == "neg" for c in cue.children):
        # "Iran *will not agree* to a ceasefire": a refusal; "did not ask for talks": nothing
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cue.children)
        intent = framed.frame is not None and framed.frame.kind == "intent"
        return _refusal(cand, lex) if future and intent else None
    if is_denied_or_unreal(framed) or is_double_refusal(framed, lex):
        return None
    return _vowed_retaliation(framed, lex)


_OPPOSING = frozenset({"REJECT", "ACCUSE"})
_NOBODY = frozenset({"none", "nobody", "neither", "noone"})
# Acts of getting even: a promise of one is a threat ("*promised retaliation*", "*vowed*
# to avenge").
_RETALIATION = frozenset({"retaliate", "retaliation", "revenge", "avenge", "vengeance"})
_RETALIATION |= frozenset({"reprisal", "retribution", "punish", "punishment"})


def _vowed_retaliation(cand: Candidate, lex: EventLexicon) -> Candidate:
    if lex.cameo[cand.cameo].type != "AGREE" or "130" not in lex.cameo:
        return cand
    heads = [t for t in (cand.trigger, cand.cue) if t is not None]
    if any(
        c.dep_ in {"dobj", "xcomp"} and c.lemma_.lower() in _RETALIATION
        for h in heads
        for c in h.children
    ):
        return replace(cand, cameo="130")
    return cand


def reported_as(tok: Token, lex: EventLexicon) -> str | None:
    """How the events stage reports the act a verb or event noun tells, whatever its
    sense: "done", "framed" (recoded by a governing frame: "*plans to* buy" is an intent,
    "*refused to* meet" a rejection) or "undone" (negated, hedged, habitual, hypothetical,
    denied, not yet); None for other words. ``eval realis`` scores it on gold factuality."""
    cand = any_candidate(tok, lex)
    if cand is None:
        return None
    settled = settle(cand, lex)
    if settled is None or unrealised(settled):
        return "undone"
    return "done" if settled.frame is None else "framed"


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
