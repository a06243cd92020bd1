"""Verb readings that report no act, refused at trigger matching.

A participle modifier ("*visiting* official"), a question ("*asked whether*"), "*refused
to comment*", concurring in an opinion ("*agreed with* the bank's policy"), a purchase
("customers *ordering* a licence"), a figure of speech ("*fought* the planned sale") or a
struggle of interests ("*fought hard to protect*").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_lexicon import TriggerRule

__all__ = [
    "for_clause",
    "has_prep",
    "reads_no_act",
    "subject_lemmas",
    "that_clause",
    "to_infinitive",
]

_QUESTION = frozenset({"whether", "if", "what", "how", "why", "when", "who", "which", "where"})
# "refused to comment": declining to talk about something is no rejection of anyone
_NO_COMMENT = frozenset(
    {
        "comment",
        "speculate",
        "elaborate",
        "disclose",
        "say",
        "identify",
        "name",
        "confirm",
        "specify",
        "reveal",
        "discuss",
        "give",
        "predict",
        "estimate",
    }
)
# Rejecting what was said about one is a denial, not a PLOVER rejection.
_DENIED = frozenset(
    {
        "report",
        "claim",
        "allegation",
        "accusation",
        "charge",
        "suggestion",
        "speculation",
        "rumor",
        "rumour",
        "story",
        "assertion",
    }
)
# Objects that make a violent verb a figure of speech.
_ABSTRACT = frozenset(
    {
        "sale",
        "competition",
        "plan",
        "proposal",
        "bill",
        "measure",
        "takeover",
        "bid",
        "merger",
        "deal",
        "decision",
        "inflation",
        "tax",
        "law",
        "move",
        "idea",
        "effort",
        "trend",
        "rise",
        "increase",
        "decline",
        "deficit",
        "unemployment",
        "corruption",
        "poverty",
        "disease",
        "price",
        "rate",
        "offer",
        "tariff",
        "cost",
        "loss",
        "market",
    }
)
_AGREED_ON = frozenset({"on", "to", "upon", "over"})
_DIRECTIVES = frozenset({"order"})
# What authorities order done, as opposed to goods a customer orders.
_ORDERED = frozenset(
    {
        "arrest",
        "release",
        "withdrawal",
        "evacuation",
        "investigation",
        "inquiry",
        "probe",
        "closure",
        "expulsion",
        "halt",
        "ceasefire",
        "attack",
        "deployment",
        "retreat",
        "crackdown",
        "curfew",
        "mobilization",
        "mobilisation",
        "strike",
        "raid",
    }
)
# Securities are "called" for redemption; goods "arrive": no political act.
_SECURITIES = frozenset(
    {"warrant", "bond", "note", "debenture", "share", "stock", "security", "preferred"}
    | {"redemption", "option", "loan", "debt", "issue", "certificate", "coupon"}
)
_GOODS = frozenset(
    {"shipment", "cargo", "consignment", "delivery", "oil", "grain", "wheat", "crude"}
    | {"product", "good", "vessel", "tanker", "ship", "freighter", "fund", "money", "payment"}
)
_CERTAIN = frozenset({"will", "would", "should", "shall", "must"})
# How prices and markets move: what one "calls for" them to do is a forecast.
_MOVES = frozenset({"advance", "rise", "fall", "decline", "climb", "drop", "ease", "gain"})
_MOVES |= frozenset({"rally", "slip", "firm", "weaken", "strengthen", "reach", "test", "hit"})


def to_infinitive(verb: Token) -> bool:
    """A verb with its own "to" ("came up *to ask*", "a contract *to supply*")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def has_prep(tok: Token, preps: frozenset[str]) -> bool:
    """A preposition of ``preps`` on ``tok`` whose object is no date ("call for *talks*",
    not "called a tender for Saturday")."""
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ in preps
            and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children)
        )
        or ("for" in preps and for_clause(c))
        for c in tok.children
    )


def for_clause(clause: Token) -> bool:
    """ "called *for Iraq to withdraw*": a clause opened by "for"."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in clause.children
    )


def _dangling_participle(tok: Token) -> bool:
    """ "..., *visiting* U.S. official Allen Wallis told ...": a participle with no subject
    or object of its own describes the sentence's subject; it reports no act."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl":
        return False
    return not any(c.dep_ in {"nsubj", "dobj", "prep", "xcomp", "ccomp"} for c in tok.children)


# Relative pronouns: a relative clause's subject is the noun it hangs on.
_RELATIVES = frozenset({"who", "which", "that"})


def subject_lemmas(tok: Token) -> set[str]:
    """Subject lemmas, seen through a number ("*scores of* troops" -> troop) and through a
    relative pronoun ("eight *protesters who* stormed the chamber" -> protester)."""
    found = set()
    for child in (c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}):
        relative = child.lower_ in _RELATIVES and tok.dep_ == "relcl"
        subj = tok.head if relative else child
        found.add(subj.lemma_.lower())
        found |= {g.lemma_.lower() for p in subj.children if p.lower_ == "of" for g in p.children}
    return found


def _ordinary_reading(tok: Token, rule: TriggerRule, kids: list[Token]) -> bool:
    """Business and opinion readings: "asked *whether* Japan is reneging" (a question),
    "agreed *that* the dollar had not fallen enough" (an opinion, not an agreement to act),
    warrants "*called* for redemption", "a shipment *arrived*"."""
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in kids):
        return True
    if rule.lemma == "agree" and any(
        (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG"))
        and not any(a.dep_ == "aux" and a.lower_ in _CERTAIN for a in c.children)
        for c in kids
    ):
        return True  # "agreed *receiving* the honour capped off the year": a that-clause
    if rule.lemma == "call" and any(for_clause(c) and c.lemma_.lower() in _MOVES for c in kids):
        return True  # "Sloan *calls for* September yen futures *to advance*": a forecast
    objs = subject_lemmas(tok) | {c.lemma_.lower() for c in kids if c.dep_ == "dobj"}
    objs |= {g.lemma_.lower() for c in kids if c.dep_ == "prep" for g in c.children}
    if rule.lemma in {"call", "redeem"} and objs & _SECURITIES:
        return True
    return rule.cameo.startswith("04") and bool(subject_lemmas(tok) & _GOODS)


_STRUGGLES = frozenset({"fight", "battle", "struggle"})
# What one fights *to* do in a struggle of interests, not of arms.
_KEEPING = frozenset({"protect", "keep", "win", "save", "preserve", "maintain", "retain"})
_KEEPING |= frozenset({"gain", "secure", "stay", "survive", "regain", "restore", "recover"})
_KEEPING |= frozenset({"rebuild", "revive", "overturn", "avoid", "reverse"})


def _struggled(kids: list[Token]) -> bool:
    """No one fought: no object, no "with/against" party, but "hard" or a purpose."""
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "against", "between"} for c in kids):
        return False
    purpose = any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in _KEEPING for c in kids)
    return purpose or any(c.dep_ == "advmod" and c.lower_ in {"hard", "hardest"} for c in kids)


_QUESTIONS = frozenset({"implication", "possibility", "feasibility", "effect", "impact"})
_QUESTIONS |= frozenset({"cause", "question", "issue", "option", "way", "merit", "viability"})
_MET_WITH = frozenset({"opposition", "resistance", "criticism", "hostility", "scepticism"})
_MET_WITH |= frozenset({"skepticism", "approval", "success", "failure", "demand"})


def _question_asked(tok: Token, rule: TriggerRule) -> bool:
    """ " 'What will the octane level be?' *asked* Dunham": a question, no request."""
    if rule.lemma != "ask":
        return False
    return any(c.dep_ == "ccomp" and any(t.text == "?" for t in c.subtree) for c in tok.children)


# What a warning threatens: the warner's own reprisal ("warned the EC it would face
# serious *retaliation*", "that protectionist measures would bring a tough *response*").
_REPRISALS = frozenset({"retaliate", "retaliation", "retaliatory", "reprisal", "response"})
_REPRISALS |= frozenset({"respond", "countermeasure", "measure", "action", "sanction", "step"})
_REPRISALS |= frozenset({"punish", "punishment", "consequence", "force", "war", "hostile"})
_REPRISALS |= frozenset({"attack", "strike", "tariff", "duty", "curb", "restriction"})
_PERSONAL = frozenset({"it", "we", "they", "he", "she", "i"})


def _that(word: Token) -> bool:
    return word.dep_ == "mark" and word.lower_ == "that"


def that_clause(clause: Token) -> bool:
    """A clause opened by "that" ("demanded *that* Israel withdraw")."""
    return any(_that(c) for c in clause.children)


# What a caution is about: a danger that threatens the warned, not the warner's own act.
_DANGERS = frozenset({"danger", "risk", "peril", "hazard", "pitfall"})


def _about(kids: list[Token]) -> list[Token]:
    """What a warning is about, the phrase parsed onto the verb or onto the warned ("warned
    *Mr Blair about* the dangers")."""
    heads = [*kids, *(g for c in kids if c.dep_ == "dobj" for g in c.children)]
    return [o for p in heads if p.lower_ in {"about", "of"} for o in p.children if o.dep_ == "pobj"]


def _cautioned(kids: list[Token]) -> bool:
    """ "warned Israel that a continued rise in wages could undo its gains", "warned the
    Legislature that ... that's the only option", "warned the party about the dangers of a
    split": a caution about a course of things; a threat names a reprisal or the warner's
    own act ("warned Iran *it* was ready")."""
    if any(o.lemma_.lower() in _DANGERS for o in _about(kids)):
        return True  # "warned Mr Blair *about the dangers* of disunity"
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    clauses += [  # "warned Israel in a report *that* ...": parsed onto the report
        g
        for p in kids
        if p.dep_ == "prep"
        for o in p.children
        for g in o.children
        if g.dep_ in {"acl", "ccomp"} and any(_that(m) for m in g.children)
    ]
    if not clauses:
        return False
    clause = clauses[0]
    subj = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    warned_of = {t.i for s in subj for t in s.subtree}  # "that *such action* would undercut"
    said = [t for t in clause.subtree if t.i not in warned_of]
    words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
    return not (words & _REPRISALS or any(c.lower_ in _PERSONAL for c in subj))


def reads_no_act(tok: Token, rule: TriggerRule) -> bool:
    """Verb readings that report no act: a participle modifier ("*visiting* U.S.
    official"), a question ("*asked whether* ..."), "*refused to comment*", concurring in an
    opinion ("*agreed with* the bank's policy")."""
    stop = next((c.i for c in tok.children if c.dep_ == "punct" and c.lower_ == "."), None)
    kids = [c for c in tok.children if stop is None or c.i < stop]  # not a "Reuter" sign-off
    if tok.dep_ == "amod" or _dangling_participle(tok) or _ordinary_reading(tok, rule, kids):
        return True
    if _question_asked(tok, rule) or (rule.lemma == "warn" and _cautioned(kids)):
        return True
    if rule.cameo.startswith("09") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _QUESTIONS for c in kids
    ):
        return True  # "investigating *the implications* of such conversions": a question
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and rule.cameo.startswith("06"):
        return True  # "an official *working closely with* the policy": a description
    fended = [o for c in kids if c.lower_ in {"off", "back"} for o in c.children]
    if rule.cameo[:2] in {"18", "19", "20"} and any(
        (c.dep_ == "dobj" or c in fended) and c.lemma_.lower() in _ABSTRACT
        for c in (*kids, *fended)
    ):
        return True  # "fought the planned sale", "*fought off* a takeover bid": no violence
    if rule.lemma in {"meet", "face", "encounter"} and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _MET_WITH
        and not any(d.dep_ in {"det", "poss", "compound", "amod"} for d in c.children)
        for c in kids
    ):
        return True  # "has *met opposition* from the factions": resistance, no meeting
    if rule.lemma in _STRUGGLES and _struggled(kids):
        return True  # "banks *fought hard to protect* their interests": a struggle
    if rule.lemma in _DIRECTIVES and not any(
        c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "dobj" and c.lemma_.lower() in _ORDERED)
        for c in kids
    ):
        return True  # "customers ordering a licence" is a purchase, not a directive
    if rule.cameo.startswith("10") and any(
        c.dep_ in {"ccomp", "advcl"} and c.left_edge.lower_ in _QUESTION for c in kids
    ):
        return True
    if rule.cameo.startswith("12") and any(
        (c.dep_ == "xcomp" and c.lemma_.lower() in _NO_COMMENT)
        or (c.dep_ == "dobj" and c.lemma_.lower() in _DENIED)
        for c in kids
    ):
        return True  # "refused to comment", "rejected reports": no rejection of anyone
    return (
        rule.lemma == "agree"
        and has_prep(tok, frozenset({"with"}))
        and not any(
            c.dep_ in {"xcomp", "ccomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in _AGREED_ON)
            for c in kids
        )
    )
