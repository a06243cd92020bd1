"""Trigger matching for the events stage: which words of a sentence name an event.

A verb or event noun whose lemma has a rule in ``event_lexicon.json`` and whose
constraints hold ("work *with*", "sign an *agreement*", a noun's light verb: "*held*
talks") is a candidate; noun modifiers refine the code ("*relief* aid" -> 073). Readings
that report no act are refused: verb readings (``event_readings``), an aid noun without
a giving verb ("Brazilian *loans*"), a scheduled or habitual mention ("the *next*
meeting").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .event_lexicon import EventLexicon, Frame, TriggerRule
from .event_readings import has_prep, reads_no_act, subject_lemmas
from .event_senses import noun_not_an_act, sense_code, verb_not_an_act

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "NEUTRAL_CAMEO",
    "NOUN_POS",
    "Candidate",
    "any_candidate",
    "conj_root",
    "lemmas_of",
    "match_trigger",
    "verb_rule",
]

NOUN_POS = frozenset({"NOUN", "PROPN"})

_LIGHT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "conj"})


# A mention of a kind of event that is scheduled, habitual or hypothetical, not one that
# happened: "the *next* meeting", "*annual* meetings", "*every* meeting".
_GENERIC = frozenset(
    {
        "next",
        "annual",
        "every",
        "each",
        "future",
        "upcoming",
        "regular",
        "weekly",
        "monthly",
        "any",
        "possible",
        "planned",
        "proposed",
        "scheduled",
        "expected",
        "probable",
        "likely",
        "potential",
    }
)


# Armed bodies whose marching in is a deployment (154 MOBILIZE), not a protest march.
_ARMED = frozenset(
    {"troop", "soldier", "army", "force", "tank", "paratrooper", "marine", "unit"}
    | {"militia", "police", "policeman", "commando", "battalion", "brigade", "division"}
)

# Aircraft whose raid is an air strike (CAMEO 195), not a seizure of property.
_AIRCRAFT = frozenset(
    {"gunship", "helicopter", "jet", "warplane", "plane", "aircraft", "bomber", "fighter"}
    | {"drone", "airforce"}
)
# Civilians whose violence is a riot (PROTEST 145), not an armed assault.
_CROWDS = frozenset({"crowd", "mob", "rioter", "protester", "demonstrator", "looter"})

_PARTITIVES = frozenset({"part", "some", "all", "most", "much", "portion", "half", "rest"})
# Measures seen through to what they measure: "handed over 700 *kg of* medicine".
_MEASURES = frozenset(
    {"kg", "kilogram", "ton", "tonne", "worth", "amount", "quantity", "shipment", "load"}
    | {"consignment", "batch", "crate", "box", "truckload", "planeload", "lot", "pound"}
)


@dataclass(frozen=True, slots=True)
class Candidate:
    trigger: Token
    verb: Token  # the trigger itself, or the light verb governing an event noun
    rule: TriggerRule
    cameo: str
    frame: Frame | None = None
    cue: Token | None = None
    factor: float = 1.0


def _rioting(verb: Token) -> bool:
    """ "hungry crowds *stormed* supermarkets": a crowd doing violence riots; "protesters
    *were beaten* by police" did not (it was done to them)."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return False
    return bool(subject_lemmas(verb) & _CROWDS)


def _objects(tok: Token) -> list[Token]:
    """Objects, seen through a quantity: "suspended *part of* the aid" -> aid."""
    found = []
    for obj in (c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}):
        found.append(obj)
        if obj.lemma_.lower() in _PARTITIVES | _MEASURES:
            found.extend(g for p in obj.children if p.lower_ == "of" for g in p.children)
    return found


def lemmas_of(tok: Token) -> list[str]:
    """The lemma, plus stems of an "-ed" form the tagger mis-lemmatised ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    word = tok.lower_
    if word.endswith("ed") and tok.pos_ == "VERB":
        return [lemma, word[:-1], word[:-2]]
    return [lemma]


def _named_thing(verb: Token) -> bool:
    """ "Brazil *called* an indefinite *moratorium* on its debt": what is called is named
    (an object predicate right after the verb; not one past a comma: "called for talks,
    *a move* officials welcomed")."""
    return any(
        c.dep_ == "oprd" and not any(t.is_punct for t in verb.doc[verb.i + 1 : c.i])
        for c in verb.children
    )


def verb_rule(tok: Token, lex: EventLexicon) -> TriggerRule | None:
    rules = next((lex.verbs[w] for w in lemmas_of(tok) if w in lex.verbs), ())
    for rule in rules:
        if rule.prep and not has_prep(tok, rule.prep):
            continue
        if rule.particle and not any(
            c.dep_ == "prt" and c.lower_ in rule.particle for c in tok.children
        ):
            continue
        objs = _objects(tok)
        if rule.prep:  # "comply *with demands*": the preposition's object is the object
            objs += [o for p in tok.children if p.lower_ in rule.prep for o in p.children]
        if rule.objects and not any(o.lemma_.lower() in rule.objects for o in objs):
            continue
        if rule.no_object and (any(o.dep_ == "dobj" for o in objs) or _named_thing(tok)):
            continue
        return rule
    return None


# Nouns that stand for the event after them: "a *state* of emergency", "a *round* of talks".
_OF_EVENT = frozenset(
    {"state", "round", "series", "wave", "spate", "campaign", "resumption", "start"}
    | {"outbreak", "number", "couple", "day", "days", "week", "weeks", "hours", "program"}
    | {"programme", "offer", "call", "threat", "act", "acts", "policy", "process"}
    # quantities of what is given: "25,000 *tons of* food aid"
    | {"ton", "tonne", "barrel", "worth", "amount", "shipment", "consignment", "package"}
    | {"quantity", "batch", "load", "cargo", "supply", "million", "billion", "dollar"}
)


def conj_root(tok: Token) -> Token:
    """The first of the conjuncts ``tok`` is one of ("held talks *and meetings*")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _light_verb(tok: Token, rule: TriggerRule, lex: EventLexicon) -> Token | None:
    node = conj_root(tok)  # "held talks and meetings"
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        if node.head.head.lemma_.lower() not in _OF_EVENT:
            return None  # "offered few *details of* the talks": no talks offered
        node = node.head.head  # "declared a state of emergency"
    head = node.head
    if node.dep_ == "dobj" and any(c.dep_ == "oprd" for c in head.children):
        return None  # "has called the miners' strike part of a campaign": naming it
    if node.dep_ in _LIGHT_DEPS and head.pos_ in {"VERB", "AUX"}:
        # A frame cue governs event nouns directly too: "promised aid", "rejected talks".
        # "*called* the meeting" convenes it: no request ("called *for* talks" is one)
        ok = any(
            w in rule.light or (lex.frame_for(w) is not None and w != "call")
            for w in lemmas_of(head)
        )
        return head if ok else None
    return None


def _refined(tok: Token, rule: TriggerRule) -> str:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}}
    return next((code for word, code in rule.refine if word in mods), sense_code(tok, rule))


def _bare_noun_ok(tok: Token, rule: TriggerRule, lex: EventLexicon) -> bool:
    """An event noun with no light verb is an event only when it is no aid noun (aid is
    given, not mentioned) and not a scheduled, habitual or hypothetical mention."""
    if lex.cameo[rule.cameo].type == "AID":
        return False
    return not any(c.lower_ in _GENERIC for c in tok.children if c.dep_ in {"det", "amod"})


def _verb_covers(tok: Token, lex: EventLexicon) -> bool:
    """ "*sought* refuge": the governing verb's own rule names this noun as its object, so
    the verb reading codes the act and the noun is no trigger of its own."""
    head = tok.head
    if tok.dep_ not in {"dobj", "nsubjpass"} or head.pos_ != "VERB":
        return False
    rule = verb_rule(head, lex)
    return rule is not None and tok.lemma_.lower() in rule.objects


def match_trigger(tok: Token, lex: EventLexicon) -> Candidate | None:
    if tok.pos_ == "VERB":
        rule = verb_rule(tok, lex)
        if rule is None or reads_no_act(tok, rule) or verb_not_an_act(tok, rule, lex):
            return None
        if rule.cameo.startswith("14") and subject_lemmas(tok) & _ARMED:
            return Candidate(tok, tok, rule, "154")  # troops "marched into" a town
        if lex.cameo[rule.cameo].type == "ASSAULT" and _rioting(tok):
            return Candidate(tok, tok, rule, "145")
        if rule.cameo == "171" and subject_lemmas(tok) & _AIRCRAFT:
            return Candidate(tok, tok, rule, "195")  # "helicopter gunships *raided*"
        return Candidate(tok, tok, rule, sense_code(tok, rule))
    if tok.pos_ in NOUN_POS:
        rules = lex.nouns.get(tok.lemma_.lower(), ()) or lex.nouns.get(tok.lower_, ())
        if not rules or _verb_covers(tok, lex) or noun_not_an_act(tok, rules[0], lex):
            return None
        # The reading whose own light verb governs the noun wins ("lodged a protest").
        for rule in rules:
            light = _light_verb(tok, rule, lex)
            if light is not None and any(w in rule.light for w in lemmas_of(light)):
                return Candidate(tok, light, rule, _refined(tok, rule))
        for rule in _by_a_state(tok, rules) or rules[:1]:
            light = _light_verb(tok, rule, lex)
            if light is None and not _bare_noun_ok(tok, rule, lex):
                return None
            return Candidate(tok, light or tok, rule, _refined(tok, rule))
    return None


# The stand-in code of a word the lexicon has no rule for, when realis is scored on every
# event word of a gold set (``any_candidate``): a neutral act (CAMEO 040, consult).
NEUTRAL_CAMEO = "040"


def any_candidate(tok: Token, lex: EventLexicon) -> Candidate | None:
    """A candidate for any verb or noun, whatever its sense: its lexicon rule if it has
    one, else a neutral act; for scoring realis on gold event mentions (``eval realis``)."""
    if tok.pos_ == "VERB":
        rule = verb_rule(tok, lex) or TriggerRule(tok.lemma_.lower(), NEUTRAL_CAMEO, 1.0)
        return Candidate(tok, tok, rule, rule.cameo)
    if tok.pos_ in NOUN_POS:
        rules = lex.nouns.get(tok.lemma_.lower(), ()) or lex.nouns.get(tok.lower_, ())
        rule = rules[0] if rules else TriggerRule(tok.lemma_.lower(), NEUTRAL_CAMEO, 1.0)
        return Candidate(tok, _light_verb(tok, rule, lex) or tok, rule, rule.cameo)
    return None


def _by_a_state(tok: Token, rules: tuple[TriggerRule, ...]) -> tuple[TriggerRule, ...]:
    """ "*protests from* founder member Taiwan": a state protests officially (CAMEO 114,
    a complaint); crowds demonstrate. The noun's official-complaint reading, if it has one."""
    agents = [o for p in tok.children if p.lower_ in {"from", "by"} for o in p.children]
    agents += [c for c in tok.children if c.dep_ == "poss"]
    if not any(a.ent_type_ == "GPE" for a in agents):
        return ()
    return tuple(r for r in rules if r.cameo.startswith("114"))[:1]
