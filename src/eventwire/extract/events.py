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

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..errors import StageError
from ..model import Document, Event, Span, content_id
from .event_actors import ActorCoder, RoleActor
from .event_lexicon import EventLexicon, Frame, TriggerRule, load_event_lexicon
from .event_roles import ActorIndex, Roles, find_place, find_roles, find_time
from .event_select import Ranked, select_events

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

    from ..config import Config
    from ..pipeline import Stage

__all__ = ["VERSION", "extract_events", "make_events"]

VERSION = "2"
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
        if rule.particle and not any(
            c.dep_ == "prt" and c.lower_ in rule.particle for c in tok.children
        ):
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
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "declared a state of emergency"
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
        rules = lex.nouns.get(tok.lemma_.lower(), ()) or lex.nouns.get(tok.lower_, ())
        # The reading whose own light verb governs the noun wins ("lodged a protest").
        for rule in rules:
            light = _light_verb(tok, rule, lex)
            if light is not None and any(w in rule.light for w in _lemmas(light)):
                return _Candidate(tok, light, rule, _refined(tok, rule))
        for rule in rules[:1]:
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


def _deontic_cue(verb: Token, lex: EventLexicon) -> tuple[Frame, Token] | None:
    """ "Russia said Sudan must return the helicopter": a demand on the clause's subject."""
    request = next((f for f in lex.frames if f.kind == "request"), None)
    if request is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lex.say_verbs:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.deontic_modals for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None if subj is None else (request, verb.head)


def _cue(cand: _Candidate, lex: EventLexicon) -> tuple[Frame, Token] | None:
    return _frame_cue(cand, lex) or _deontic_cue(cand.verb, lex) or _future_cue(cand.verb, lex)


def _apply_frame(cand: _Candidate, lex: EventLexicon) -> _Candidate | None:
    found = _cue(cand, lex)
    if found is None:
        return cand
    frame, cue = found
    code = frame.recode(cand.cameo)
    if code is None and frame.kind == "request" and cue.lemma_.lower() in lex.say_verbs:
        code = "100"  # "X said Y must reach an agreement": a demand whatever Y must do
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


def _find(index: ActorIndex, trigger: Token, verb: Token, lex: EventLexicon) -> Roles:
    return find_roles(
        index, trigger, verb, non_actor_heads=lex.non_actor_heads, means=lex.means_subjects
    )


def _clause_subjects(tok: Token, index: ActorIndex) -> list[str]:
    """ "demanded that *Israel* withdraw", "a demand that *Israel* ease": the asked."""
    found: list[str] = []
    for clause in (c for c in tok.children if c.dep_ in {"ccomp", "acl", "xcomp"}):
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            found.extend(index.of_phrase(subj))
    return found


def _raw_roles(cand: _Candidate, index: ActorIndex, lex: EventLexicon) -> Roles:
    inner = _find(index, cand.trigger, cand.verb, lex)
    if cand.rule.clause_target and not inner.targets:
        told = [a for a in _clause_subjects(cand.trigger, index) if a not in inner.sources]
        inner = Roles(inner.sources, tuple(dict.fromkeys(told)), inner.subject)
    if cand.frame is None or cand.frame.kind != "request" or cand.cue is None:
        return inner
    # A request: the asker is the source; whoever is asked (the cue's object, or the
    # subject of a "demanded that Y ..." clause) and the inner targets are targets.
    outer = _find(index, cand.cue, cand.cue, lex)
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


def _future_negation(cand: _Candidate) -> bool:
    """ "will not accept", "won't meet": a refusal, unlike a past "did not attack"."""
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in cand.verb.children)


def _refusal(cand: _Candidate, lex: EventLexicon) -> _Candidate:
    reject = next((f for f in lex.frames if f.kind == "reject"), None)
    code = (reject.recode(cand.cameo) if reject is not None else None) or "120"
    return replace(cand, cameo=code, frame=reject)


def _deontic(tok: Token, lex: EventLexicon) -> _Candidate | None:
    """A demand voiced as "X said Y must/should <do something>" with no event verb."""
    if tok.pos_ not in {"VERB", "AUX"} or lex.request_rule is None:
        return None
    found = _deontic_cue(tok, lex)
    if found is None:
        return None
    return _Candidate(tok, tok, lex.request_rule, "100", frame=found[0], cue=found[1])


def _candidate(tok: Token, lex: EventLexicon) -> _Candidate | None:
    cand = _match(tok, lex)
    if cand is None:
        return _deontic(tok, lex)
    if _negated(cand, lex):
        return _refusal(cand, lex) if _future_negation(cand) else None
    return _apply_frame(cand, lex)


def _candidates(parsed: SpacyDoc, sentence: Span, lex: EventLexicon) -> list[_Candidate]:
    toks = parsed.char_span(sentence.start, sentence.end, alignment_mode="expand")
    found = [c for c in (_candidate(tok, lex) for tok in toks or ()) if c is not None]
    # A cue absorbed by a framed event, or a verb that is the light verb of an event
    # noun ("agreed a ceasefire"), is not an event of its own.
    used = {c.cue.i for c in found if c.cue is not None}
    used |= {c.verb.i for c in found if c.verb is not c.trigger}
    return [c for c in found if c.trigger.i not in used]


@dataclass(frozen=True, slots=True)
class _Context:
    lexicon: EventLexicon
    fallback_date: str | None  # the story date used when a sentence has none
    coder: ActorCoder


def _fallback_date(doc: Document, *, use_published: bool) -> str | None:
    ref = doc.reference_date
    if ref.value is not None and (ref.source == "text" or use_published):
        return ref.value.isoformat()
    return None


def _actors(keys: tuple[str, ...], coder: ActorCoder) -> list[RoleActor]:
    return [a for a in (coder.actor(k) for k in keys) if a is not None]


def _depth(cand: _Candidate) -> int:
    """How deep the event sits in its sentence: the main clause's event has depth 0."""
    top = cand.cue if cand.cue is not None and cand.cue.pos_ != "AUX" else cand.verb
    return sum(1 for _ in top.ancestors)


def _event(
    doc: Document, sentence: Span, cand: _Candidate, roles: Roles, *, ctx: _Context
) -> Ranked:
    trig = doc.span(cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text))
    complete = 1.0 if roles.sources and roles.targets else _ONE_SIDED
    modal = _MODAL_FACTOR if _modal(cand) else 1.0
    anchors = tuple(t for t in (cand.trigger, cand.verb, cand.cue) if t is not None)
    tx = find_time(doc, sentence, anchors)
    actors = {*roles.sources, *roles.targets}
    actor_spans = tuple(m.span for e in doc.entities if e.id in actors for m in e.mentions)
    place = find_place(doc, sentence, anchors, actor_spans=actor_spans)
    kind = ctx.lexicon.cameo[cand.cameo]
    src, tgt = _actors(roles.sources, ctx.coder), _actors(roles.targets, ctx.coder)
    event = Event(
        id=content_id(doc.id, "event", str(trig.start), str(trig.end), cand.cameo, prefix="ev"),
        type=kind.type,
        mode=kind.mode,
        cameo=cand.cameo,
        sources=tuple(a.entity for a in src if a.entity is not None),
        targets=tuple(a.entity for a in tgt if a.entity is not None),
        trigger=trig,
        sentence=sentence,
        date=ctx.fallback_date if tx is None else tx.value,
        place=None if place is None else place.id,
        confidence=round(cand.rule.strength * complete * modal * cand.factor, 3),
        time=None if tx is None else tx.id,
        version=VERSION,
        source_actors=tuple(a.span for a in src),
        source_codes=tuple(a.code for a in src),
        target_actors=tuple(a.span for a in tgt),
        target_codes=tuple(a.code for a in tgt),
    )
    return Ranked(event, _depth(cand), cand.trigger.i, cand.verb.i)


def extract_events(
    doc: Document,
    *,
    lexicon: EventLexicon,
    use_published: bool = False,
    country_of: Callable[[str], str | None] = lambda _: None,
) -> list[Event]:
    """Events of a parsed document with entities, times and places, in text order."""
    if doc.parsed is None:
        raise StageError(
            "E350", "events need the parse stage; add 'parse' before 'events'", where=doc.source
        )
    index = ActorIndex(doc, nominal=frozenset(lexicon.actor_nouns))
    coder = ActorCoder(doc, index, sectors=dict(lexicon.actor_nouns), country_of=country_of)
    ctx = _Context(lexicon, _fallback_date(doc, use_published=use_published), coder)
    ranked: list[Ranked] = []
    for sentence in doc.sentences:
        for cand in _candidates(doc.parsed, sentence, lexicon):
            roles = _roles(cand, index, lexicon)
            if roles is not None:
                ranked.append(_event(doc, sentence, cand, roles, ctx=ctx))
    return select_events(ranked)


def make_events(cfg: Config) -> Stage:
    """The events stage, with its lexicon and country names loaded once."""
    from ..pipeline import Stage
    from .entity_tables import load_entity_tables

    del cfg  # no settings yet; the lexicon is package data
    lexicon = load_event_lexicon()
    country_of = load_entity_tables().country_of

    def run(doc: Document) -> Document:
        events = extract_events(doc, lexicon=lexicon, country_of=country_of)
        return replace(doc, events=tuple(events))

    return Stage(
        "events",
        VERSION,
        frozenset({"parsed", "sentences", "entities", "times", "places"}),
        frozenset({"events"}),
        run,
    )
