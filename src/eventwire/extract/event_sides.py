"""Sides of a candidate event: its source and target actors once the rule's constraints hold.

Roles come from ``event_roles`` (for a framed event, from its cue too: the one who asks,
intends or refuses is the cue's subject), with fallback targets from ``event_targets``.
Reciprocal events (meetings) with two actors on one side are split: first is source, the
rest targets. An event noun with no light verb needs its own actors ("talks *between X
and Y*").
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from .event_index import unique
from .event_match import NOUN_POS, verb_rule
from .event_readings import for_clause, that_clause
from .event_roles import (
    Roles,
    RoleWords,
    agent_pobjs,
    find_roles,
    forum_actors,
    subject_of,
    undergone,
)
from .event_speech import (
    clause_actor,
    pronoun_speaker,
    request_framed,
    stance_on_thing,
    stative_demand,
    thing_speaks,
    unasked,
    voiced_demand,
    word_names_actor,
)
from .event_targets import fallback_targets

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_index import ActorIndex
    from .event_lexicon import EventLexicon
    from .event_match import Candidate

__all__ = ["candidate_roles"]

_SETTING_PREPS = frozenset({"during", "for", "at", "in", "into", "on"})  # "went on strike"
_VISIT_PREPS = frozenset({"during", "on"})
_ON_STATES = frozenset({"go", "be", "stay", "remain", "come", "walk"})
_NOT_AGENTIVE = frozenset({"feel", "put", "place", "see", "expect", "fear", "welcome", "say"})
_TOPICAL = frozenset({"CONSULT", "AGREE"})  # "agreed *on* a price", "talks *on* trade"
# What one side puts to the other: "agreed *on* Japan's proposal" names the proposer.
_PROPOSALS = frozenset(
    {"proposal", "plan", "offer", "demand", "request", "bid", "initiative", "formula"}
    | {"term", "condition", "ultimatum", "appeal", "call", "compromise", "invitation"}
)
# What one "meets" without meeting anyone: "meet *U.S. complaints*", "meet the *deadline*".
_NEEDS = frozenset({"complaint", "demand", "need", "requirement", "target", "deadline"})
_NEEDS |= frozenset({"criterion", "condition", "standard", "cost", "expectation", "goal"})
_NEEDS |= frozenset({"obligation", "concern", "challenge", "request", "term", "quota"})


def _a_need(tok: Token) -> bool:
    """A need by its word, even capitalised as a name ("U.S. *Complaints*")."""
    return tok.lemma_.lower() in _NEEDS or tok.lower_.removesuffix("s") in _NEEDS


_HOSTILE = frozenset({"PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
_ATTACH_PREPS = frozenset({"between", "with", "by", "against", "from", "on", "to", "of"})
# Verbs whose subject takes part in the act its object names: "farmers *joined*
# demonstrations", "the bank *continued* its investigation". Any other verb's subject
# does something *to* the act ("the court *dismissed* the complaint", "Iraq *repelled*
# the offensive", "the government *reported* strikes"): it is not the act's source.
_TAKING_PART = frozenset(
    {"join", "continue", "resume", "renew", "repeat", "reiterate", "step", "intensify"}
    | {"escalate", "widen", "pursue", "maintain", "keep", "wage", "spearhead", "lead"}
    | {"use", "complete", "conclude", "finish", "begin", "start", "open", "hold", "conduct"}
    | {"halt", "stop", "end"}  # "halted *his* march": the march was under way
)


def _find(
    index: ActorIndex, trigger: Token, verb: Token, lex: EventLexicon, *, topic: bool = False
) -> Roles:
    """Roles of a trigger; a meeting or agreement *on* something names its topic there."""
    words = RoleWords(lex.non_actor_heads, lex.means_subjects, _PROPOSALS if topic else None)
    return find_roles(index, trigger, verb, words=words)


def _topical(cand: Candidate, lex: EventLexicon) -> bool:
    return cand.rule.reciprocal or lex.cameo[cand.rule.cameo].type in _TOPICAL


def _clause_subjects(tok: Token, index: ActorIndex) -> list[str]:
    """ "demanded that *Israel* withdraw", "a demand that *Israel* ease", "called for
    *Iraq* to withdraw": the asked."""
    found: list[str] = []
    clauses = [c for c in tok.children if c.dep_ in {"ccomp", "acl", "xcomp"} or for_clause(c)]
    if not clauses and tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        # "repeated its *demand* on Monday that the council act": the parse hangs the
        # noun's "that" clause on the verb taking the noun
        clauses = [
            c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i and that_clause(c)
        ]
    for clause in clauses:
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            found.extend(index.of_phrase(subj))
    return found


def _governor_sources(cand: Candidate, index: ActorIndex, lex: EventLexicon) -> tuple[str, ...]:
    """ "youths threw stones during *demonstrations*", "the ILO reiterated its *demand*":
    an event noun in a setting phrase, or the object of a verb of taking part
    (``_TAKING_PART``), is that verb's subject's act; "the court *dismissed* the
    complaint" is not the court's."""
    noun = cand.trigger
    if noun is not cand.verb or noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "pobj"}:
        return ()
    if undergone(noun) is not None:
        return ()  # "Regan has *come in for* tough criticism": Regan is criticised
    if noun.dep_ == "pobj" and noun.head.lower_ not in _SETTING_PREPS:
        return ()
    if noun.dep_ == "pobj" and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return ()  # "banks were divided *on the country's request*": the owner's act
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and gov.lemma_.lower() not in _ON_STATES:
        return ()  # "would rule *on the appeals*": a topic; "went *on strike*": a state
    # "X clashed over Y *during a visit to Z*": whatever X did there, X is the visitor.
    visit = cand.cameo == "042" and noun.dep_ == "pobj" and noun.head.lower_ in _VISIT_PREPS
    if gov.pos_ != "VERB" or (
        not visit and (verb_rule(gov, lex) is not None or lex.frame_for(gov.lemma_))
    ):
        return ()
    if gov.lemma_.lower() in lex.say_verbs or gov.lemma_.lower() in _NOT_AGENTIVE:
        return ()
    if noun.dep_ == "dobj" and gov.lemma_.lower() not in _TAKING_PART:
        return ()
    if gov.dep_ == "xcomp" and lex.frame_for(gov.head.lemma_.lower()) is not None:
        return ()  # "urged members to concentrate their protests": not yet anyone's act
    subj = subject_of(gov)
    return () if subj is None else tuple(index.of_phrase(subj))


# "went in *at the request of* Petrobras": the "of" phrase asked, the clause's subject did.
_ASKINGS = frozenset({"request", "invitation", "urging", "behest", "insistence", "bidding"})


def _at_the_request(cand: Candidate, index: ActorIndex) -> Roles | None:
    """ "The troops went in *at the request of* Petrobras": Petrobras asked the troops."""
    noun = cand.trigger
    if noun.lemma_.lower() not in _ASKINGS or noun.dep_ != "pobj":
        return None
    if noun.head.lower_ not in {"at", "on", "upon"}:
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not owners:
        return None
    # "at the request *of the securities industry*": an asker the index has no actor for
    # is still not the one asked
    sources = tuple(dict.fromkeys(k for o in owners for k in index.of_phrase(o)))
    subj = subject_of(noun.head.head)
    asked = () if subj is None else tuple(k for k in index.of_phrase(subj) if k not in sources)
    return Roles(sources, asked, "actor")


def _raw_roles(cand: Candidate, index: ActorIndex, lex: EventLexicon) -> Roles:
    requested = _at_the_request(cand, index)
    if requested is not None:
        return requested
    inner = _find(index, cand.trigger, cand.verb, lex, topic=_topical(cand, lex))
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in cand.trigger.children)
    if not inner.sources and not between:  # "meetings *between* employers and unions"
        gov = _governor_sources(cand, index, lex)
        if gov:
            targets = tuple(t for t in inner.targets if t not in gov)
            inner = Roles(gov, targets, "actor")
    if cand.rule.clause_target and not inner.targets:
        told = [a for a in _clause_subjects(cand.trigger, index) if a not in inner.sources]
        inner = Roles(inner.sources, tuple(dict.fromkeys(told)), inner.subject)
    if cand.frame is None or cand.cue is None:
        return inner
    if cand.frame.kind != "request":
        if cand.cue.pos_ == "AUX":
            return inner
        # "officials agreed that their countries should cooperate": the one who intends
        # or refuses is the cue's subject.
        outer = _find(index, cand.cue, cand.cue, lex)
        sources = outer.sources or inner.sources
        targets = tuple(dict.fromkeys((*inner.targets, *outer.targets)))
        subject = outer.subject if outer.sources else inner.subject
        return Roles(sources, tuple(t for t in targets if t not in sources), subject)
    # A request: the asker is the source; whoever is asked (the cue's object, or the
    # subject of a "demanded that Y ..." clause) and the inner targets are targets. One
    # told ("told *reporters* Japan should ...") is the audience, not the asked.
    outer = _find(index, cand.cue, cand.cue, lex)
    _point_at_subject(index, cand.cue, outer.sources)
    audience = cand.cue.lemma_.lower() in lex.say_verbs
    if outer.targets and not audience:
        # "called on *the DOT* to reject TWA's request": the one asked, not TWA
        asked = (*outer.targets, *inner.sources)
    elif inner.sources and audience:
        # "Conable should prod the government of Suharto, the Post said": the one asked
        # is Conable; Suharto is whom the demanded act is done to
        asked = inner.sources
    else:
        asked = (*inner.sources, *inner.targets)
    return Roles(outer.sources, tuple(a for a in asked if a not in outer.sources), outer.subject)


def _point_at_subject(index: ActorIndex, cue: Token, keys: tuple[str, ...]) -> None:
    """The asker's evidence is the cue's subject ("the *party official* said the cabinet
    should not drop *its* goal"), not an earlier mention met in the inner clause."""
    subj = subject_of(cue)
    if subj is None:
        return
    for key in keys:
        index.heads.pop(key, None)
    index.of_phrase(subj)


def _signed_with(cand: Candidate) -> bool:
    """ "signed a distribution agreement *with <Beel Electronics>*": a signing whose other
    side is named, even as no actor, has no place for a party."""
    if cand.cameo != "057":
        return False
    words = [cand.trigger, *(c for c in cand.trigger.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "with" for w in words for c in w.children)


def _met_objects(cand: Candidate) -> bool:
    """ "she told the press after *meeting French, Dutch and Italian farm ministers*": a
    verb's direct objects are all the ones met (the one meeting them went unnamed)."""
    verb = cand.trigger
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def candidate_roles(cand: Candidate, index: ActorIndex, lex: EventLexicon) -> Roles | None:
    """Roles after the rule's constraints; None when the event has no actor or is blocked."""
    roles = _raw_roles(cand, index, lex)
    if roles.subject == "blocked" or (cand.rule.actor_source and roles.subject == "other"):
        return None
    if thing_speaks(cand, index, lex) or stative_demand(cand, lex):
        return None
    if voiced_demand(cand, lex) and (
        not clause_actor(cand, index) or (not roles.sources and pronoun_speaker(cand))
    ):
        return None  # "jobs must go", "China should earn more, *he* added": no one asks
    if (
        cand.rule.reciprocal
        and not cand.rule.objects
        and any(
            c.dep_ == "dobj" and (not word_names_actor(c, index) or _a_need(c))
            for c in cand.trigger.children
        )
    ):
        return None  # "meet the regulator's concerns" is no meeting
    if unasked(cand) or (_bare(cand) and not _attached_actor(cand, index, lex)):
        return None
    if cand.rule.actor_object and not roles.targets:
        return None
    sources, targets = _one_firm(roles.sources, index), roles.targets
    if (
        cand.rule.reciprocal
        and not targets
        and len(sources) == 2
        and not _with_other(cand)
        and not _joint_act(cand)
    ):
        sources, targets = sources[:1], sources[1:]  # three or more act together
    elif (
        cand.rule.reciprocal
        and not sources
        and len(targets) > 1
        and not request_framed(cand)
        and not _destinations(targets, index)
        # a verb's "with" objects are all its counterparts: "it agreed *with* Matsushita and
        # Nippon Gakki" (an unnamed subject is missed, not one of them)
        and not _with_other(cand)
        and not _met_objects(cand)
        and not _passive_parties(cand, index)
    ):
        sources, targets = targets[:1], targets[1:]
    if not sources and not targets:
        return None
    kind = lex.cameo[cand.cameo].type
    if kind == "MOBILIZE":  # "mobilized army reservists": its own forces, not a target
        targets = tuple(t for t in targets if not t.startswith("@"))
    return _completed(cand, Roles(sources, targets, roles.subject), index, lex)


def _passive_parties(cand: Candidate, index: ActorIndex) -> bool:
    """ "the police and Crown Prosecution Service *would be consulted*": those consulted,
    by someone unnamed; neither consults the other (not "a memorandum would be signed
    *between* X and Y")."""
    verb = cand.trigger
    kids = list(verb.children)
    return (
        verb.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in kids)
        and any(c.dep_ == "nsubjpass" and word_names_actor(c, index) for c in kids)
    )


def _completed(cand: Candidate, roles: Roles, index: ActorIndex, lex: EventLexicon) -> Roles | None:
    """Roles with a fallback target and a meeting's sides filled in; None when blocked."""
    sources, targets = roles.sources, roles.targets
    kind = lex.cameo[cand.cameo].type
    if sources and not targets:
        heads = tuple(t for t in (cand.trigger, cand.verb, cand.cue) if t is not None)
        # a meeting's place, where a pledge was made ("pledged *in Paris*") or where goods
        # go under a deal signed with someone ("... for sales *in Canada*") is no party
        meeting = kind == "CONSULT" or cand.cameo in {"036", "030"} or _signed_with(cand)
        purpose = kind in _HOSTILE
        found = fallback_targets(index, heads, kind=kind, meeting=meeting, purpose=purpose)
        forums = forum_actors(index, cand.trigger)  # "a complaint *with the ITC*"
        targets = tuple(t for t in found if t not in sources and t not in forums)
    if kind == "CONSULT" and targets and not sources and cand.trigger.pos_ == "VERB":
        sources = _unknown_name(cand.verb, index)  # "Xi Jinping met Joe Biden"
    if kind == "CONSULT" and cand.trigger.pos_ in NOUN_POS:
        sides = _meeting_sides(cand.trigger, sources, targets, index)
        if sides is None:
            return None
        sources, targets = sides
    targets = _one_firm(tuple(unique(targets)), index)  # "the unit of Holt, Rinehart and ..."
    done = Roles(tuple(unique(sources)), targets, roles.subject)
    return None if stance_on_thing(cand, done, index, lex) else done


def _meeting_sides(
    noun: Token, sources: tuple[str, ...], targets: tuple[str, ...], index: ActorIndex
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The sides of a meeting noun: the visitor from the clause ("said *during a visit*
    to Moscow"); None with no other side ("we have no knowledge of *talks*")."""
    if not sources:
        sources = tuple(k for k in _visitor(noun, index) if k not in targets)
    return (sources, targets) if targets else None


_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})


def _unknown_name(verb: Token, index: ActorIndex) -> tuple[str, ...]:
    """A name the entity stage missed, as the subject of a meeting verb: "*Xi Jinping*
    met Joe Biden" (one who meets someone is a party even when unrecognised)."""
    subj = subject_of(verb)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ in _NOT_NAMES:
        return ()
    if index.at(subj) is not None:
        return ()
    key = f"@{subj.i}"
    index.heads.setdefault(key, subj)
    return (key,)


_FIRM_FORMS = frozenset(
    {"co", "co.", "company", "corp", "corp.", "corporation", "ltd", "ltd.", "inc", "inc."}
    | {"plc", "ag", "sa", "nv", "bv", "gmbh", "pte", "group", "partners", "associates"}
    | {"sons", "brothers", "bros", "bros."}
)


def _one_firm(keys: tuple[str, ...], index: ActorIndex) -> tuple[str, ...]:
    """ "*Donaldson Lufkin and Jenrette Securities Corp* agreed", "*Holt, Rinehart and
    Winston Inc*": a firm whose name holds "and" is one party, not several. Names joined
    only by commas and "and" where only the last ends in a company form (and, for three
    or more, all others are one word: surnames) are read as one."""
    if len(keys) < 2:
        return keys
    head = index.heads.get(keys[0])
    if head is None:
        return keys
    sent = head.sent
    spans = [[t for t in sent if index.at(t) == k] for k in keys]
    if not all(spans):
        return keys
    if len(spans) > 2 and any(len(span) > 1 for span in spans[:-1]):
        return keys  # "Chemical Bank, Bankers Trust and Salomon Bros": several firms
    for first, second in itertools.pairwise(spans):
        if second[0].i <= first[-1].i or first[-1].lower_ in _FIRM_FORMS:
            return keys
        between = [t.lower_ for t in head.doc[first[-1].i + 1 : second[0].i] if not t.is_space]
        if between not in (["and"], ["&"], [","], [",", "and"]):
            return keys
    return keys[:1] if spans[-1][-1].lower_ in _FIRM_FORMS else keys


def _destinations(targets: tuple[str, ...], index: ActorIndex) -> bool:
    """ "negotiations to export pipes *to China and the Soviet Union*": where the goods
    go, not two sides of the talks."""
    heads = [index.heads.get(k) for k in targets]
    return all(
        h is not None and any(a.dep_ == "prep" and a.lower_ == "to" for a in list(h.ancestors)[:2])
        for h in heads
    )


# Acts two parties agree to do together *to* a third: "Gordon Capital and Dominion
# Securities agreed *to acquire* the issues" (both buy), "the family and an officer agreed
# *not to tender*" (both hold): co-agreeing parties, not each other's counterparts.
_JOINT_ACTS = frozenset(
    {"acquire", "buy", "purchase", "sell", "underwrite", "tender", "vote", "pay", "lend"}
    | {"provide", "supply", "finance", "invest", "build", "manage", "market", "distribute"}
    | {"offer", "bid", "plead", "retain", "produce"}
)


def _joint_act(cand: Candidate) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _JOINT_ACTS for c in cand.trigger.children)


def _with_other(cand: Candidate) -> bool:
    """ "X and Y will negotiate *with a third party*": the counterpart is named (if no
    actor), so X and Y are on one side, not each other's."""
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children)
        for c in cand.trigger.children
    )


_DURING = frozenset({"during", "on", "after", "before", "at", "throughout"})


def _visitor(noun: Token, index: ActorIndex) -> list[str]:
    """ "Thatcher said *during a visit* to Moscow": the one who speaks or acts during a
    visit or talks with no owner named is the one taking part."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _DURING:
        return []
    if any(c.dep_ == "poss" for c in noun.children):
        return []  # "during *his* visit": the owner was already looked up
    node, subj = prep.head, None
    for _ in range(4):  # "clashed over efforts to deal with it *during* a visit"
        subj = subject_of(node)
        if subj is not None or node.head is node:
            break
        node = node.head
    return [] if subj is None else index.of_phrase(subj)


def _bare(cand: Candidate) -> bool:
    return cand.trigger is cand.verb and cand.cue is None and cand.trigger.pos_ in NOUN_POS


def _attached_actor(cand: Candidate, index: ActorIndex, lex: EventLexicon) -> bool:
    """An event noun with no light verb or cue stands for an event only when its actors
    hang on it ("*the Philippines'* protest", "talks *between X and Y*") or it is the
    act of its verb's subject ("youths threw stones during *demonstrations*"); a compound
    ("Gatt negotiations") names a kind of event, not one that happened."""
    noun = cand.trigger
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON" and index.of_phrase(child):
            return True
        if child.dep_ == "amod" and child.ent_type_ == "NORP" and index.at(child) is not None:
            return True  # "a *Taiwanese* boycott"
        if (
            child.dep_ == "prep"
            and child.lower_ in _ATTACH_PREPS
            and any(index.of_phrase(o) for o in child.children if o.dep_ == "pobj")
        ):
            return True
    if any(index.of_phrase(o) for o in agent_pobjs(noun)):
        return True  # "threats of retaliation *from the EC*"
    return bool(_governor_sources(cand, index, lex))
