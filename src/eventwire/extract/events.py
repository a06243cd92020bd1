"""Events stage: who did what to whom, coded as PLOVER-2021 type/mode plus a CAMEO code.

Rule-based first level. For every token of every sentence:

1. **Trigger**: a verb or event noun whose lemma has a rule in ``event_lexicon.json`` and
   whose constraints hold ("work *with*", "sign an *agreement*", a noun's light verb:
   "*held* talks"). Noun modifiers refine the code ("*relief* aid" -> 073).
2. **Frame**: a governing cue recodes it: intent ("Russia is *ready* to provide relief
   aid" -> 0333 AGREE; a promise of hostile action is a threat), request ("*urged* X to
   meet" -> 106) or rejection ("*refused* to meet" -> 125). A cue also governs event
   nouns directly ("*promised* military aid" -> 0332) and a future auxiliary counts as
   intent ("Russia *will* provide aid" -> 033). A cue that is itself a trigger (agree,
   demand, refuse ...) is absorbed into the framed event.
3. **Roles** (``event_roles``): sources from the subject (passive: the ``by`` agent),
   targets from objects and with/to/against/on/between phrases. Reciprocal events
   (meetings) with two actors on one side are split: first is source, the rest targets.
4. **Date**: the sentence's own DATE/TIME expression (attached to the trigger first), else
   the story's reference date when it was read from the text. Never the published date
   unless ``use_published`` is set (GDELT's event-date = report-date mistake).
5. **Place**: a Place in a locative phrase of the sentence, attached to the trigger first.

Decisions: a negated trigger ("did not meet") is no event; an event with no actor at all
is dropped; an explicit non-actor subject that is a natural force ("the earthquake
struck") blocks the event.

Confidence = trigger strength x actor completeness (1.0 source and target, 0.75 one of
them) x 0.8 under a modal (should, could, may, might, would) x 0.6 under an intent cue
the lexicon has no code for ("plan to praise" stays 051, hedged).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..errors import StageError
from ..model import Document, Event, Span, content_id
from .event_lexicon import EventLexicon, Frame, TriggerRule, load_event_lexicon
from .event_roles import ActorIndex, Roles, find_place, find_roles, find_time

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from ..config import Config
    from ..pipeline import Stage

__all__ = ["VERSION", "extract_events", "make_events"]

VERSION = "1"
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MODALS = frozenset({"should", "could", "may", "might", "would"})
_FUTURE = frozenset({"will", "'ll", "shall", "wo", "would"})
_FRAME_DEPS = frozenset({"xcomp", "ccomp"})
_LIGHT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "conj"})
_ONE_SIDED = 0.75
_MODAL_FACTOR = 0.8
_UNMAPPED_FRAME_FACTOR = 0.6


@dataclass(frozen=True, slots=True)
class _Candidate:
    trigger: Token
    verb: Token  # the trigger itself, or the light verb governing an event noun
    rule: TriggerRule
    cameo: str
    frame: Frame | None = None
    cue: Token | None = None
    factor: float = 1.0


def _has_prep(tok: Token, preps: frozenset[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children)


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]


def _lemmas(tok: Token) -> list[str]:
    """The lemma, plus stems of an "-ed" form the tagger mis-lemmatised ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    word = tok.lower_
    if word.endswith("ed") and tok.pos_ == "VERB":
        return [lemma, word[:-1], word[:-2]]
    return [lemma]


def _verb_rule(tok: Token, lex: EventLexicon) -> TriggerRule | None:
    rules = next((lex.verbs[w] for w in _lemmas(tok) if w in lex.verbs), ())
    for rule in rules:
        if rule.prep and not _has_prep(tok, rule.prep):
            continue
        objs = _objects(tok)
        if rule.objects and not any(o.lemma_.lower() in rule.objects for o in objs):
            continue
        if rule.no_object and any(o.dep_ == "dobj" for o in objs):
            continue
        return rule
    return None


def _light_verb(tok: Token, rule: TriggerRule, lex: EventLexicon) -> Token | None:
    node = tok
    while node.dep_ == "conj" and node.head is not node:  # "held talks and meetings"
        node = node.head
    head = node.head
    if node.dep_ in _LIGHT_DEPS and head.pos_ in {"VERB", "AUX"}:
        # A frame cue governs event nouns directly too: "promised aid", "rejected talks".
        ok = any(w in rule.light or lex.frame_for(w) is not None for w in _lemmas(head))
        return head if ok else None
    return None


def _refined(tok: Token, rule: TriggerRule) -> str:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}}
    return next((code for word, code in rule.refine if word in mods), rule.cameo)


def _match(tok: Token, lex: EventLexicon) -> _Candidate | None:
    if tok.pos_ == "VERB":
        rule = _verb_rule(tok, lex)
        return None if rule is None else _Candidate(tok, tok, rule, rule.cameo)
    if tok.pos_ in _NOUN_POS:
        for rule in lex.nouns.get(tok.lemma_.lower(), ()):
            light = _light_verb(tok, rule, lex)
            return _Candidate(tok, light or tok, rule, _refined(tok, rule))
    return None


def _future_cue(verb: Token, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """ "Russia will provide aid": a stated future action is coded as intent (or threat)."""
    intent = next((f for f in lex.frames if f.kind == "intent"), None)
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in _FUTURE), None)
    return None if intent is None or aux is None else (intent, aux)


def _frame_cue(cand: _Candidate, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """The intent/request/reject cue governing the candidate, if any."""
    node = cand.verb
    light_cue = lex.frame_for(node.lemma_.lower()) if node is not cand.trigger else None
    if light_cue is not None:
        return light_cue, node  # "promised military aid"
    if node is cand.trigger and node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head  # "called for talks": talks -> for -> called
        head = node.head
        frame = lex.frame_for(head.lemma_.lower())
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


def _cue(cand: _Candidate, lex: EventLexicon) -> tuple[Frame, Token] | None:
    return _frame_cue(cand, lex) or _future_cue(cand.verb, lex)


def _apply_frame(cand: _Candidate, lex: EventLexicon) -> _Candidate | None:
    found = _cue(cand, lex)
    if found is None:
        return cand
    frame, cue = found
    code = frame.recode(cand.cameo)
    if code is not None:
        return replace(cand, cameo=code, frame=frame, cue=cue)
    if _verb_rule(cue, lex) is not None:
        return None  # the cue is an event of its own ("demanded an apology")
    return replace(cand, factor=_UNMAPPED_FRAME_FACTOR)


def _negated(cand: _Candidate, lex: EventLexicon) -> bool:
    """A "not"/"never" on the trigger, its light verb or its cue; "no talks" on a noun."""
    toks = [t for t in (cand.trigger, cand.verb, cand.cue) if t is not None]
    return any(
        c.dep_ in {"neg", "det", "advmod"} and c.lower_ in lex.negations
        for t in toks
        for c in t.children
    )


def _modal(cand: _Candidate) -> bool:
    toks = [t for t in (cand.verb, cand.cue) if t is not None]
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for t in toks for c in t.children)


def _raw_roles(cand: _Candidate, index: ActorIndex, lex: EventLexicon) -> Roles:
    inner = find_roles(index, cand.trigger, cand.verb, non_actor_heads=lex.non_actor_heads)
    if cand.frame is None or cand.frame.kind != "request" or cand.cue is None:
        return inner
    # A request: the asker is the source; whoever is asked (the cue's object, or the
    # subject of a "demanded that Y ..." clause) and the inner targets are targets.
    outer = find_roles(index, cand.cue, cand.cue, non_actor_heads=lex.non_actor_heads)
    asked = (*outer.targets, *inner.sources, *inner.targets)
    return Roles(outer.sources, tuple(a for a in asked if a not in outer.sources), outer.subject)


def _roles(cand: _Candidate, index: ActorIndex, lex: EventLexicon) -> Roles | None:
    """Roles after the rule's constraints; None when the event has no actor or is blocked."""
    roles = _raw_roles(cand, index, lex)
    if roles.subject == "blocked" or (cand.rule.actor_source and roles.subject == "other"):
        return None
    if cand.rule.actor_object and not roles.targets:
        return None
    sources, targets = roles.sources, roles.targets
    if cand.rule.reciprocal and not targets and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    elif cand.rule.reciprocal and not sources and len(targets) > 1:
        sources, targets = targets[:1], targets[1:]
    if not sources and not targets:
        return None
    return Roles(sources, targets, roles.subject)


def _candidates(parsed: SpacyDoc, sentence: Span, lex: EventLexicon) -> list[_Candidate]:
    toks = parsed.char_span(sentence.start, sentence.end, alignment_mode="expand")
    found: list[_Candidate] = []
    for tok in toks or ():
        cand = _match(tok, lex)
        if cand is not None and not _negated(cand, lex):
            framed = _apply_frame(cand, lex)
            if framed is not None:
                found.append(framed)
    # A cue absorbed by a framed event, or a verb that is the light verb of an event
    # noun ("agreed a ceasefire"), is not an event of its own.
    used = {c.cue.i for c in found if c.cue is not None}
    used |= {c.verb.i for c in found if c.verb is not c.trigger}
    return [c for c in found if c.trigger.i not in used]


@dataclass(frozen=True, slots=True)
class _Context:
    lexicon: EventLexicon
    fallback_date: str | None  # the story date used when a sentence has none


def _fallback_date(doc: Document, *, use_published: bool) -> str | None:
    ref = doc.reference_date
    if ref.value is not None and (ref.source == "text" or use_published):
        return ref.value.isoformat()
    return None


def _event(
    doc: Document, sentence: Span, cand: _Candidate, roles: Roles, *, ctx: _Context
) -> Event:
    trig = doc.span(cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text))
    complete = 1.0 if roles.sources and roles.targets else _ONE_SIDED
    modal = _MODAL_FACTOR if _modal(cand) else 1.0
    anchors = tuple(t for t in (cand.trigger, cand.verb, cand.cue) if t is not None)
    tx = find_time(doc, sentence, anchors)
    actors = {*roles.sources, *roles.targets}
    actor_spans = tuple(m.span for e in doc.entities if e.id in actors for m in e.mentions)
    place = find_place(doc, sentence, anchors, actor_spans=actor_spans)
    kind = ctx.lexicon.cameo[cand.cameo]
    return Event(
        id=content_id(doc.id, "event", str(trig.start), str(trig.end), cand.cameo, prefix="ev"),
        type=kind.type,
        mode=kind.mode,
        cameo=cand.cameo,
        sources=roles.sources,
        targets=roles.targets,
        trigger=trig,
        sentence=sentence,
        date=ctx.fallback_date if tx is None else tx.value,
        place=None if place is None else place.id,
        confidence=round(cand.rule.strength * complete * modal * cand.factor, 3),
        time=None if tx is None else tx.id,
        version=VERSION,
    )


def extract_events(
    doc: Document, *, lexicon: EventLexicon, use_published: bool = False
) -> list[Event]:
    """Events of a parsed document with entities, times and places, in text order."""
    if doc.parsed is None:
        raise StageError(
            "E350", "events need the parse stage; add 'parse' before 'events'", where=doc.source
        )
    ctx = _Context(lexicon, _fallback_date(doc, use_published=use_published))
    index = ActorIndex(doc)
    events: list[Event] = []
    for sentence in doc.sentences:
        for cand in _candidates(doc.parsed, sentence, lexicon):
            roles = _roles(cand, index, lexicon)
            if roles is not None:
                events.append(_event(doc, sentence, cand, roles, ctx=ctx))
    return events


def make_events(cfg: Config) -> Stage:
    """The events stage, with its lexicon loaded once."""
    from ..pipeline import Stage

    del cfg  # no settings yet; the lexicon is package data
    lexicon = load_event_lexicon()

    def run(doc: Document) -> Document:
        return replace(doc, events=tuple(extract_events(doc, lexicon=lexicon)))

    return Stage(
        "events",
        VERSION,
        frozenset({"parsed", "sentences", "entities", "times", "places"}),
        frozenset({"events"}),
        run,
    )
