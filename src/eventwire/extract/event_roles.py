"""Who did it to whom: dependency-based role finding for event triggers.

The source is the subject of the trigger, found by climbing xcomp/acomp/conj links
("Russia is ready to *provide* aid": provide -> ready -> is, whose subject is Russia); a
passive subject is the target and the ``by`` agent the source. Targets are the direct
object, a dative, and the objects of with/to/against/on/between.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .event_index import (
    ACTS_OF,
    HOSTILE_ACTS,
    TO_BE_MADE,
    WRONGDOINGS,
    ActorIndex,
    judged_suffering,
    unique,
)
from .statement_parts import quoted_object

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "RoleWords",
    "Roles",
    "agent_pobjs",
    "find_roles",
    "forum_actors",
    "quoted",
    "subject_of",
    "undergone",
]

TARGET_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "between"})
_CLIMB = frozenset({"xcomp", "acomp", "conj", "pcomp"})
_VIA_NOUNS = frozenset({"response", "reply", "retaliation", "solidarity"})
_RELATIVE = frozenset({"that", "which", "who", "whom"})
# Pronoun subjects resolved to the subject of a clause above ("Syria says *it* will not
# accept"): the reporting or intending actor is almost always the one the pronoun names.
_PERSONAL = frozenset({"he", "she", "it", "they", "we"})
_ANTECEDENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acomp"})  # not conj: own subject
# Nouns for one person: "*it* arrived, the *official* said" is not the official.
_PERSON_NOUNS = frozenset(
    {"official", "spokesman", "spokeswoman", "minister", "president", "chairman", "analyst"}
    | {"secretary", "executive", "director", "leader", "man", "woman", "source", "economist"}
    | {"trader", "dealer", "banker", "diplomat", "ambassador", "envoy", "governor", "senator"}
)
# Things an actor issues that then "demand", "urge", "accuse" on its behalf.
_MESSAGES = frozenset(
    {"statement", "declaration", "letter", "resolution", "communique", "message", "report"}
)
# People whose "strike" is a stoppage of work, not an attack.
_STRIKERS = frozenset(
    {"employee", "worker", "miner", "teacher", "nurse", "doctor", "driver", "docker"}
    | {"pilot", "union", "unionist", "student", "farmer", "staff", "workforce", "seaman"}
)
# Nouns for a place something happens on: "on Mindanao *island*", "on the *border*".
_SITES = frozenset(
    {"island", "border", "front", "coast", "frontier", "territory", "soil", "outskirts"}
    | {"road", "highway", "street", "side", "bank", "peninsula", "shore", "plateau"}
)
_PACTS = frozenset(
    {"agreement", "accord", "pact", "treaty", "deal", "contract", "memorandum", "protocol"}
)
_NEXT_CLAUSE = frozenset({"conj", "ccomp", "parataxis", "advcl"})
_LEAVING = frozenset({"withdrawal", "pullout", "retreat", "evacuation", "departure", "exit"})


@dataclass(frozen=True, slots=True)
class Roles:
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    # "actor", "none" (no subject found), "other" (a subject naming no actor),
    # "means" (an attack as subject: "a bombing killed") or "blocked" (a subject that
    # is never an actor: "the earthquake struck Gansu")
    subject: str


@dataclass(frozen=True, slots=True)
class RoleWords:
    """Words that steer role finding: subjects that are never actors ("the earthquake"),
    subjects that are an attack's means ("a bombing"), and with ``topic`` set, an "on"
    phrase names what the act is about ("agreed *on* a price"), not a target, unless its
    noun is one of ``topic`` ("agreed *on* Japan's proposal")."""

    non_actor_heads: frozenset[str]
    means: frozenset[str] = frozenset()
    topic: frozenset[str] | None = None


def _antecedent(pron: Token) -> Token | None:
    """The subject of a clause above a pronoun subject: "Syria says *it* will ..." -> Syria;
    never a person for "it" ("*it* arrived, the official said") nor a thing for "he"."""
    node = pron.head
    for _ in range(4):
        if node.dep_ not in _ANTECEDENT_DEPS or node.head is node:
            return None
        node = node.head
        if (said := quoted_object(node)) is not None:  # "the agency *quoted him* as saying"
            return said if pron.lower_ in {"we", "i"} or _agrees(pron, said) else None
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.pos_ != "PRON":
            if pron.lower_ != "we" and quoted(pron) and not quoted(node):
                return None  # '"*They* have asked Britain," the official said': not the speaker
            if pron.lower_ in {"he", "she"} and subj.i > pron.i and quoted_object(node) is None:
                return None  # "*He* fired shots at the women, *Cohen* said": one who tells of
                # himself says "I"; the man told of was named before
            return subj if _agrees(pron, subj) else None
    return None


def quoted(tok: Token) -> bool:
    """Inside quotation marks in its sentence: an odd number of them before it (read off
    the tokens; ``Doc.text`` would re-join the whole article on every call)."""
    before = (t.text for t in tok.doc[tok.sent.start : tok.i])
    return sum(_QUOTE_MARKS.get(text, 0) for text in before) % 2 == 1


# Quote marks and what each adds to the count of open quotations before a token.
_QUOTE_MARKS = {'"': 1, "\u201c": 1, "\u201d": -1}


def _another_name(conj: Token) -> bool:
    """A conjunct that starts a name of its own ("Britain and *the Netherlands*"), not
    the rest of one firm's name ("Deere and *Co*", "Minnesota Mining and *Manufacturing
    Co*")."""
    if conj.dep_ != "conj" or any(t.lower_.rstrip(".") in _FIRM_SUFFIXES for t in conj.subtree):
        return False
    return any(t.ent_iob_ == "B" for t in conj.subtree)


_FIRM_SUFFIXES = frozenset({"co", "cos", "corp", "inc", "ltd", "plc", "company", "corporation"})


def _agrees(pron: Token, subj: Token) -> bool:
    person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in _PERSON_NOUNS
    if pron.lower_ == "it":  # not "*Britain, West Germany and the Netherlands* ... *it*"
        return not person and not any(_another_name(c) for c in subj.children)
    if (
        pron.lower_ == "they"
        and subj.tag_ == "NN"
        and not any(c.dep_ == "conj" for c in subj.children)
    ):
        return False  # "the *company* locked out workers because *they* threatened"
    if pron.lower_ in {"he", "she"}:  # not "the Greek *position* ... when *he* met"
        return person or (
            subj.ent_type_ not in {"GPE", "ORG", "NORP"} and subj.lemma_.lower() not in _VIEWS_HELD
        )
    return True


# Verbs whose passive subject is made to do the act of their infinitive: "was *forced* to
# apologize", "were *compelled* to withdraw".
_COMPELLING = frozenset({"force", "compel", "oblige", "obligate", "make", "pressure"})


def _passed_on(node: Token, tok: Token) -> bool:
    """The passive of ``node`` (a verb ``tok`` climbed to) makes its subject ``tok``'s
    undergoer too; not when ``tok`` is an active verb of its own ("was mentioned ... and
    *promised something*", "... and *was cooperating*"), nor the infinitive of a verb of
    compulsion ("Jackson *was forced to apologize*": she apologized)."""
    if any(c.dep_ == "dobj" or (c.dep_ == "aux" and c.tag_ != "TO") for c in tok.children):
        return False
    return not (node.lemma_.lower() in _COMPELLING and tok.dep_ == "xcomp" and tok.head.i == node.i)


def _subject(tok: Token) -> tuple[Token | None, bool]:
    """The nominal subject of ``tok``'s clause, climbing xcomp/acomp/conj links, and
    whether it is a passive subject."""
    if _letter_to(tok):  # "had sent three letters *to Baker urging* a similar step"
        return _subject(tok.head.head)
    if _joined_to_report(tok):  # "said the ruling was fair *and praised* the majority"
        return _subject(tok.head.head)
    node = tok
    for _ in range(6):
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            passive = subj.dep_ == "nsubjpass" and (node is tok or _passed_on(node, tok))
            if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
                return _relative_antecedent(subj, node.head), passive
            if subj.lower_ in _PERSONAL:
                named = next((c for c in subj.children if c.dep_ == "appos"), None)
                if named is not None:
                    return named, passive  # "*They (the Kuwaitis)* have also asked"
                return _antecedent(subj) or subj, passive
            return subj, passive
        if node.dep_ == "relcl":
            return node.head, False
        if node.dep_ == "acl" and node.tag_ == "VBG":  # "a declaration demanding ..."
            to = node.head.head
            if node.head.dep_ == "pobj" and to.lower_ == "to" and to.head.pos_ == "NOUN":
                return None, False  # "a letter to *fellow senators seeking* support"
            return _participle_subject(node), False
        made = _made_to(node)
        if made is not None:
            return made, False
        if node.dep_ not in _CLIMB or node.head is node:
            return None, False
        node = node.head
    return None, False


# Verbs that make their object do the act of the clause under them.
_MAKING = frozenset({"force", "compel", "oblige", "prompt", "drive", "pressure", "push"})
_MAKING |= frozenset({"induce", "persuade", "convince", "cause", "lead"})


def _made_to(node: Token) -> Token | None:
    """ "The LDP defeat ... has *forced the party to* compromise ... and *agree*": the
    one made to act is the object of "forced", not its subject."""
    if node.dep_ != "xcomp" or node.head.lemma_.lower() not in _MAKING:
        return None
    obj = next((c for c in node.head.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i > node.i:
        return None
    if obj.lower_ in _PERSONAL:
        return _antecedent(obj) or obj
    return obj


def _relative_antecedent(pron: Token, head: Token) -> Token:
    """ "the earthquake *that* struck": earthquake; "a British envoy in Tehran, *who* was
    later freed" (the clause hung on the place): a person is never a place, so the envoy."""
    if pron.lower_ not in {"who", "whom"} or head.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return head
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in {"NOUN", "PROPN"}:
        return prep.head
    return head


def _joined_to_report(tok: Token) -> bool:
    """ "she said the ruling was 'in line with' the law *and praised* the
    majority": a verb with no subject of its own, joined to a reported "was"
    clause, is the speaker's second act, not one by the subject of what was said."""
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.lemma_.lower() != "be":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children):
        return False
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in _SAYING


def _letter_to(tok: Token) -> bool:
    """ "letters *to Lyng urging* an offer" parsed as "to [Lyng urging]": the participle
    describes the letters; its "subject" is the one written to."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "to":
        return False
    if tok.head.head.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "nsubj" and c.i == tok.i - 1 for c in tok.children)


def subject_of(tok: Token) -> Token | None:
    """The (pronoun-resolved) subject of ``tok``'s clause."""
    return _subject(tok)[0]


def _participle_subject(acl: Token) -> Token | None:
    """ "protesters *demanding* ...": the noun; "issued a statement *demanding*": the
    subject of the verb the noun is the object of."""
    noun = acl.head
    if (
        noun.dep_ in {"dobj", "attr"}
        and noun.head.pos_ in {"VERB", "AUX"}
        and noun.lemma_.lower() in _MESSAGES
    ):
        return _subject(noun.head)[0]
    return noun


def _prep_objects(tok: Token, preps: frozenset[str]) -> Iterator[Token]:
    for prep in (c for c in tok.children if c.dep_ in {"prep", "dative"}):
        if prep.dep_ == "dative" and prep.pos_ != "ADP":
            yield prep  # "offered China aid"
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ in preps:
                yield obj
            elif obj.lemma_.lower() in _VIA_NOUNS:  # "in response to China's needs"
                yield from _prep_objects(obj, preps)


def _agent_objects(tok: Token) -> Iterator[Token]:
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        yield from (c for c in agent.children if c.dep_ == "pobj")


def _agent_actors(index: ActorIndex, verb: Token, undergoers: list[str]) -> list[str]:
    """Actors of the "by" phrases; with a passive, not the undergoer again through a
    possessive ("the ADB was criticised by *its members*": the members, not the ADB)."""
    found: list[str] = []
    for obj in _agent_objects(verb):
        actors = index.of_phrase(obj)
        if index.at(obj) is None:
            actors = [a for a in actors if a not in undergoers]
        found.extend(actors)
    return found


def _subject_kind(
    subj: Token | None, actors: list[str], non_actor: frozenset[str], means: frozenset[str]
) -> str:
    if subj is None:
        return "none"
    if subj.lemma_.lower() in non_actor:
        return "blocked"
    if any(c.dep_ == "conj" and c.lemma_.lower() in non_actor for c in subj.children):
        return "blocked"  # "Drought and *disease*, which wiped out 400,000 tonnes of maize"
    if not actors and subj.lemma_.lower() in means:
        if any(o.lemma_.lower() in _STRIKERS for o in agent_pobjs(subj)):
            return "blocked"  # "a strike *by public employees* halted bus routes"
        return "means"  # "a roadside bombing killed ...": an attack without a named actor
    return "actor" if actors else "other"


# One's own people called home: those withdrawn are no target ("withdrew its diplomats").
_CALLING_HOME = frozenset({"withdraw", "recall", "evacuate", "pull"})
_ENVOYS = frozenset({"diplomat", "ambassador", "envoy", "staff", "official", "personnel"})


# Objects whose "against X" names whom they hit, not whom the act on them is aimed at.
_AIMED_ELSEWHERE = HOSTILE_ACTS | WRONGDOINGS


def _object_actors(
    index: ActorIndex, head: Token, trigger: Token, topic: frozenset[str] | None
) -> Iterator[str]:
    acted_on = False
    blamed_on = _blamed_on(index, head)
    for child in head.children:
        if blamed_on and child.dep_ == "dobj":  # "blamed *the cash crisis* on governments":
            for obj in _on_objects(child):  # the thing, not the party; "blamed losses on X"
                yield from index.of_phrase(obj)  # (the parse often hangs "on X" on the thing)
            continue
        if child.dep_ in {"dobj", "dative"} and child.i != trigger.i:
            conjunct = trigger.dep_ == "conj" and trigger.head.i == child.i
            if _next_clause(head, child) or (conjunct and index.at(child) is None):
                continue  # "launch *helicopter* and speedboat attacks": a means, not a target
            if child.lemma_.lower() in TO_BE_MADE:
                continue  # "urged *creation of a task force*": no task force is asked
            if head.lemma_.lower() in _CALLING_HOME and child.lemma_.lower() in _ENVOYS:
                continue  # "Britain *withdrew four more diplomats* from Tehran": its own
            if judged_suffering(head, child):
                # "criticise *the arrest of* other journalists": those who made the
                # arrest are criticised, not those arrested
                doers = [c for c in child.children if c.dep_ == "poss"]
                doers += [o for p in child.children if p.lower_ == "by" for o in p.children]
                yield from (a for d in doers for a in index.of_phrase(d))
                continue
            found = index.of_phrase(child)
            strays = {a for c in _stray_subjects(head, child) for a in index.of_phrase(c)}
            found = [a for a in found if a not in strays]
            acted_on = acted_on or bool(found)
            yield from found
            if child.lemma_.lower() in _AIMED_ELSEWHERE:
                continue  # "backed Reagan's strike *against Iranian targets*", "probed
                # crimes *against civilians*": whom it hit, not whom this act is aimed at
            if child.lemma_.lower() in ACTS_OF and any(c.dep_ == "poss" for c in child.children):
                continue  # "criticised *its record on the NHS*": the owner's, on a topic
            for obj in _prep_objects(child, TARGET_PREPS):  # "signed a deal with Japan"
                if not _forum(child, obj):
                    yield from index.of_phrase(obj)
    yield from _phrase_targets(index, head, topic, acted_on=acted_on)


def _phrase_targets(
    index: ActorIndex, head: Token, topic: frozenset[str] | None, *, acted_on: bool
) -> Iterator[str]:
    """Targets in the head's own "with/against/on/to X" phrases."""
    blamed = head.dep_ == "dobj" and head.head.lemma_.lower() == "blame"
    aimed = head.lemma_.lower() in _AIMING  # "fired tear gas *at protesters*"
    for obj in _prep_objects(head, _AIMED_PREPS if aimed else TARGET_PREPS):
        if blamed and obj.head.lower_ == "on":
            continue  # "blamed the attack *on Iran*": the one blamed, not the one attacked
        if acted_on and obj.head.lower_ == "on" and obj.lemma_.lower() in _SITES:
            continue  # "killed 18 soldiers *on Mindanao island*": where, not whom
        if _forum(head, obj):
            continue  # "filed a complaint *with the ITC*": where it is heard, not whom
        if topic is None or obj.head.lower_ != "on" or obj.lemma_.lower() in topic:
            yield from index.of_phrase(obj)


# Verbs of aiming a missile: what it is fired or thrown "at" is hit ("threw stones *at
# police*"), not where ("at the airport" is a place, and names no actor).
_AIMING = frozenset({"fire", "shoot", "throw", "hurl", "lob", "aim"})
_AIMED_PREPS = TARGET_PREPS | {"at"}


def _blamed_on(index: ActorIndex, head: Token) -> bool:
    """ "blamed X *on* Y": Y is the one blamed, X what for (not "talks *on* export
    quotas", no one)."""
    if head.lemma_.lower() != "blame":
        return False
    objs = [c for c in head.children if c.dep_ == "dobj"]
    return any(index.of_phrase(o) for h in (head, *objs) for o in _on_objects(h))


def _on_objects(head: Token) -> Iterator[Token]:
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "on":
            yield from (o for o in prep.children if o.dep_ == "pobj")


# A complaint, suit or petition is filed *with* or *to* a body that hears it; that body is
# not the one complained of.
_FILINGS = frozenset({"complaint", "suit", "lawsuit", "petition", "grievance", "claim"})
_FORUMS = frozenset(
    {"commission", "court", "tribunal", "board", "panel", "authority", "agency", "ombudsman"}
    | {"regulator", "sec", "itc", "ftc", "fcc", "gatt", "exchange", "arbitrator", "judge"}
    | {"wto", "organization", "organisation", "council", "police", "magistrate"}
)


def _forum(head: Token, obj: Token) -> bool:
    filing = head.lemma_.lower() in _FILINGS or any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _FILINGS for c in head.children
    )  # "*filed* a complaint with the ITC", "the lawsuit *was filed* with the court"
    return filing and obj.head.lower_ in {"with", "to", "before"} and obj.lemma_.lower() in _FORUMS


def forum_actors(index: ActorIndex, trigger: Token) -> set[str]:
    """Actors a complaint or suit named by ``trigger`` was filed with (see ``_forum``)."""
    heads = (trigger, trigger.head) if trigger.dep_ in {"dobj", "nsubjpass"} else (trigger,)
    return {
        a
        for head in heads
        for obj in _prep_objects(head, frozenset({"with", "to", "before"}))
        if _forum(head, obj)
        for a in index.of_phrase(obj)
    }


def _stray_subjects(head: Token, obj: Token) -> list[Token]:
    """ "shelled a platform and *American special forces* boarded another": a conjunct
    of the object right before a coordinated verb with no subject is that verb's subject."""
    verbs = [v for v in head.children if v.dep_ == "conj" and v.pos_ == "VERB"]
    verbs = [v for v in verbs if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)]
    return [
        c
        for c in obj.children
        if c.dep_ == "conj" and any(v.i == c.right_edge.i + 1 for v in verbs)
    ]


def _next_clause(head: Token, obj: Token) -> bool:
    """ "asking Reagan to join, but *White House chief of staff* Baker said ...": an
    "object" after the conjunction is the misparsed subject of the coordinated clause."""
    after_cc = any(c.dep_ == "cc" and c.i < obj.i for c in head.children)
    return after_cc and any(
        c.dep_ in _NEXT_CLAUSE and c.pos_ in {"VERB", "AUX"} and c.i > obj.i for c in head.children
    )


def _agreed_among(verb: Token, subj: Token) -> bool:
    """ "members *were agreed* on ...": of one mind, the members agreeing (no agent, and
    the subject no pact: "a U.K. agreement ... was signed")."""
    if verb.lemma_.lower() != "agree" or subj.lemma_.lower() in _PACTS:
        return False
    if subj.head.i != verb.i or subj.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False  # "a meeting in Frankfurt, West Germany *which had been agreed*"
    return not any(c.dep_ == "agent" for c in verb.children)


# Verbs whose object is told in a bare participle clause: "ordered Warner *jailed*".
_CAUSING = frozenset({"order", "want", "see", "have", "get", "leave", "keep", "find"})


# How hard one is hit, said before the participle: "the *worst* hit", "*badly* damaged".
_DEGREE = frozenset({"worst", "hardest", "badly", "severely", "heavily", "seriously"})


def _small_clause(verb: Token) -> bool:
    """ "The judge ordered *Warner jailed*": a past form with a subject and no auxiliary
    under a verb of ordering or wanting is passive (Warner is jailed); so is a participle
    joined to a passive verb, its auxiliary left out, one after "with" ("with ten people
    killed") and one after a word of degree with no object ("with two towns worst hit")."""
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" for c in kids) or any(
        c.dep_ in {"aux", "auxpass", "mark"} for c in kids
    ):
        return False
    if verb.dep_ == "conj" and verb.tag_ == "VBN":  # "Brigade 604 *was* shattered and 200
        return any(c.dep_ == "auxpass" for c in verb.head.children)  # of its men *killed*"
    if verb.tag_ == "VBN" and verb.dep_ == "pcomp" and verb.head.lower_ in {"with", "without"}:
        return True  # "..., *with at least 200 people killed*": those killed
    if not any(c.dep_ == "dobj" for c in kids) and any(
        c.dep_ == "advmod" and c.lower_ in _DEGREE and c.i == verb.i - 1 for c in kids
    ):
        return True  # "with the coastal towns *worst hit*": those hit, whatever the tag
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ not in {"ccomp", "xcomp", "oprd"}:
        return False
    return verb.head.lemma_.lower() in _CAUSING


_SAYING = frozenset({"say", "tell", "report", "add", "note", "state", "announce", "claim"})


def _reported(clause: Token) -> bool:
    """A main or reported clause; one hung under another verb is often misparsed ("the
    scandal that has scarred the Reagan *administration attracted* criticism")."""
    return clause.dep_ != "ccomp" or clause.head.lemma_.lower() in _SAYING


# Verbs whose subject undergoes the act their event noun names: "*faced* criticism",
# "*drew* fire", "*received* aid", "*came in for* criticism", "*came under* attack".
_UNDERGOING = frozenset({"face", "draw", "receive", "attract", "suffer", "incur", "endure"})
_UNDERGOING |= frozenset({"encounter", "weather", "sustain", "withstand", "get"})


# Feelings one has "at", "over" or "about" an act done to one: "Japan *is disappointed at*
# the threats of retaliation from the EC".
_FEELING = frozenset({"disappoint", "disappointed", "anger", "angered", "angry", "upset"})
_FEELING |= frozenset({"alarm", "alarmed", "dismay", "dismayed", "irritate", "irritated"})
_FEELING |= frozenset({"annoy", "annoyed", "worry", "worried", "concern", "concerned"})
_FEELING |= frozenset({"shock", "shocked", "hurt", "offend", "offended", "resent"})


# What befalls those caught "in" an act: "*died in* a bombing", "*were hurt in* the attack".
_HURT_IN = frozenset({"die", "kill", "injure", "wound", "hurt", "maim", "perish", "trap"})
_HURT_IN |= frozenset({"compromise", "catch", "lose", "affect", "harm", "orphan", "displace"})
# Those drawn "in" an inquiry: "two confidantes *are involved in* a graft probe" (those
# "involved in" an attack made it).
_DRAWN_IN = frozenset({"involve", "implicate", "embroil", "entangle", "ensnare", "name"})
_INQUIRIES = frozenset({"probe", "investigation", "inquiry", "enquiry", "case", "scandal"})


def undergone(trigger: Token) -> Token | None:
    """The verb whose subject undergoes the act an event noun names, if any."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = trigger.head
    if (
        trigger.dep_ == "pobj"
        and head.lower_ in {"at", "over", "about", "by"}
        and (head.head.lemma_.lower() in _FEELING or head.head.lower_ in _FEELING)
    ):
        return head.head  # "Japan *is disappointed at* the recent threats"
    if trigger.dep_ == "dobj":
        return head if head.lemma_.lower() in _UNDERGOING else None
    if trigger.dep_ == "pobj" and head.lower_ in {"in", "during"}:
        # "a dozen captives *died in* a bombing", "Brits *compromised in* a cyber attack"
        verb = head.head.lemma_.lower()
        drawn = verb in _DRAWN_IN and trigger.lemma_.lower() in _INQUIRIES
        return head.head if verb in _HURT_IN or drawn else None
    if trigger.dep_ != "pobj" or head.head.lemma_.lower() != "come":
        return None  # "came *under* attack", "has come in *for* tough criticism"
    gov = head.head
    if head.lower_ == "under" or (
        head.lower_ == "for" and any(c.lower_ == "in" for c in gov.children)
    ):
        return gov
    return None


def find_roles(
    index: ActorIndex,
    trigger: Token,
    verb: Token,
    *,
    words: RoleWords,
) -> Roles:
    """Source and target actors of ``trigger`` governed by ``verb`` (the same for verbs)."""
    non_actor_heads, means, topic = words.non_actor_heads, words.means, words.topic
    sources: list[str] = []
    targets: list[str] = []
    subj, passive = _subject(verb)
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children) or _small_clause(verb)
    passive = passive or _agent_passive(verb)  # "was suspended and *sued by* his employers"
    passive = passive or _reduced_passive(verb)  # "36 people *accused in connection with*"
    undergoer = undergone(trigger)
    if undergoer is not None:  # "Regan *drew criticism* from Democrats": Regan is criticised
        light = undergoer.i == verb.i  # the undergoing verb governs the noun as its light verb
        passive = passive or light
        who = subject_of(undergoer) if not light and _reported(undergoer) else None
        if who is not None and (who.pos_ != "NOUN" or index.is_nominal(who)):
            targets.extend(index.of_phrase(who))  # not "*his role* in the scandal"
        froms = _prep_objects(undergoer, frozenset({"from"}))
        sources.extend(a for o in froms for a in index.of_phrase(o))
    subj_actors = index.of_phrase(subj) if subj is not None else []
    if passive and subj is not None and subj_actors and _agreed_among(verb, subj):
        passive = False  # "OPEC members *were agreed* on holding production stable"
    if subj is not None and passive and subj.lemma_.lower() in _PACTS:
        # "a *U.K.* agreement *with the SEC* was signed": its parties, not its targets
        parties = _noun_modifier_actors(index, subj, places=True)
        sources.extend(a for a in parties if a not in index.cities)  # "the *Paris* accord"
        sides = _prep_objects(subj, frozenset({"with", "between"}))
        targets.extend(a for o in sides for a in index.of_phrase(o))
    elif subj is not None and passive:
        targets.extend(subj_actors)
    else:
        sources.extend(subj_actors)
    # "rejected a plea *by* an offshore company": with an active subject and an object, a
    # "by" phrase is the object's maker (a target), not the agent
    misread = not passive and subj is not None and any(c.dep_ == "dobj" for c in verb.children)
    agents = _agent_actors(index, verb, subj_actors if passive else [])
    (targets if misread else sources).extend(agents)
    kind = _subject_kind(subj, subj_actors, non_actor_heads, means)
    if any(o.lemma_.lower() in non_actor_heads for o in _agent_objects(verb)):
        kind = "blocked"  # "hit by unseasonal snowstorms"
    if passive and not sources and _accident(verb, non_actor_heads, means):
        kind = "blocked"  # "two people were killed *in an explosion*"
    for head in {verb.i: verb, trigger.i: trigger}.values():
        targets.extend(_object_actors(index, head, trigger, topic))
    if trigger.pos_ == "NOUN" and not sources and (trigger is not verb or not passive):
        modifiers = _noun_modifier_actors(index, trigger)
        undergoers = _possessed_by_undergoer(index, trigger)  # "Neu's *arrest*"
        targets.extend(undergoers)
        sources.extend(a for a in modifiers if a not in undergoers)
        sources.extend(a for o in agent_pobjs(trigger) for a in index.of_phrase(o))
        if trigger.lemma_.lower() in _LEAVING:  # "withdrawal *from* South Africa": a place
            targets.extend(a for a in sources if a in index.gpe)
            sources = [a for a in sources if a not in index.gpe]
    src = unique(sources)
    return Roles(tuple(src), tuple(t for t in unique(targets) if t not in src), kind)


def _agent_passive(verb: Token) -> bool:
    """A participle with a "by" agent and no object of its own is passive, whatever
    subject it shares: "Patel once sold films, but was suspended and *sued by* his
    bosses" (the subject belongs to "was")."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in kids)
        and not any(c.dep_ == "dobj" for c in kids)
    )


# Verbs of acts done to someone, whose bare participle after a noun is a passive: "people
# *accused* of", "men *arrested* in".
_DONE_TO_SOMEONE = frozenset({"accuse", "charge", "suspect", "convict", "indict", "sentence"})
_DONE_TO_SOMEONE |= frozenset({"arrest", "detain", "jail", "imprison", "sue", "implicate"})


def _reduced_passive(verb: Token) -> bool:
    """ "But 36 *people accused in connection with* the attacks asked ...": a participle of
    a verb that needs someone to act on, read with a subject but no auxiliary and no
    object of its own, is a passive that describes its "subject" (the people are the
    accused). Not verbs that stand alone ("troops *deployed* at stations", "a spokesman
    *called on* him", "*opposed to* it")."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _DONE_TO_SOMEONE
        and any(c.dep_ == "nsubj" for c in kids)
        and not any(c.dep_ in {"aux", "auxpass", "dobj", "ccomp", "xcomp", "dative"} for c in kids)
        and any(c.dep_ == "prep" for c in kids)
    )


def _accident(verb: Token, non_actor: frozenset[str], means: frozenset[str]) -> bool:
    """A passive act that happened *in* an accident or disaster ("killed in an explosion
    and fire", "the fire, in which one worker was killed"), not in an attack ("killed
    in a *bomb* explosion")."""
    # "killed and two injured *in a rock fall*": the "in" may hang on a coordinated verb
    linked = [c for c in verb.children if c.dep_ == "conj"]
    linked += [g for c in linked for g in c.children if g.dep_ in {"acl", "conj"}]
    pobjs = [p for v in (verb, *linked) for p in _prep_objects(v, frozenset({"in"}))]
    for pobj in pobjs:
        relative = pobj.lower_ in {"which", "that"} and verb.dep_ == "relcl"
        obj = verb.head if relative else pobj  # "the fire, *in which* one worker was killed"
        mods = {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"}}
        if obj.lemma_.lower() in non_actor and not mods & means:
            return True
    return False


def agent_pobjs(noun: Token) -> Iterator[Token]:
    """Who does the act a noun names: "the attack *by* rebels". Talks "between France and
    Iran" have their sides; a "by" there hangs lower ("on the repayment of a loan *by*
    the late Shah")."""
    leaving = noun.lemma_.lower() in _LEAVINGS  # "its withdrawal *from* a venture"
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
        return
    preps = [p for p in noun.children if p.dep_ == "prep"]
    # "threats of retaliation *from* the EC": the "from" hung on the act threatened
    preps += [
        p
        for o in _prep_objects(noun, frozenset({"of"}))
        if o.lemma_.lower() in _MEASURES_THREATENED  # not "the threat of competition from"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ == "from"
    ]
    for prep in preps:
        if prep.lower_ in ({"by"} if leaving else {"by", "from"}):
            yield from (c for c in prep.children if c.dep_ == "pobj")


# What a threat is "of" when the one threatening hangs on it: "threats of retaliation *from*
# the EC"; a threat of competition from a rival is no one's threat.
_MEASURES_THREATENED = frozenset({"retaliation", "sanction", "reprisal", "action", "force"})
_MEASURES_THREATENED |= frozenset({"attack", "strike", "boycott", "embargo", "tariff", "measure"})
_COURTS = frozenset({"court", "tribunal"})
_VIEWS_HELD = frozenset({"position", "view", "stance", "policy", "attitude", "opinion"})
_LEAVINGS = frozenset({"withdrawal", "pullout", "retreat", "exit", "departure", "resignation"})


# Event nouns whose owner undergoes the act: "Neu's *arrest*", "Mandela's *release*", "the
# chairman's *suspension*" (the one arrested, released, suspended), unless an "of" phrase
# names who undergoes it ("the army's arrest *of* ten protesters").
_DONE_TO_NOUNS = frozenset(
    {
        "arrest",
        "detention",
        "kidnapping",
        "abduction",
        "murder",
        "killing",
        "assassination",
        "execution",
        "conviction",
        "suspension",
        "expulsion",
        "deportation",
        "extradition",
        "dismissal",
        "imprisonment",
        "jailing",
        "release",
        "indictment",
        "prosecution",
        "capture",
        "ouster",
        "sacking",
        "impeachment",
        "torture",
        "beating",
        "eviction",
    }
)


def _possessed_by_undergoer(index: ActorIndex, noun: Token) -> list[str]:
    """The owner of an event noun done to its owner ("Neu's arrest"): a target; not a
    country, which does such things far more often than it undergoes them ("Brazil's
    interest suspension")."""
    if noun.lemma_.lower() not in _DONE_TO_NOUNS or any(_prep_objects(noun, frozenset({"of"}))):
        return []
    return [
        a
        for c in noun.children
        if c.dep_ == "poss" and c.pos_ != "PRON"
        for a in index.of_phrase(c, depth=0)
        if a not in index.gpe
    ]


def _noun_modifier_actors(index: ActorIndex, noun: Token, *, places: bool = False) -> list[str]:
    """Actors that modify an event noun: "China's aid", "US sanctions", "Russian attack";
    not the city a meeting is named after ("the *New York* meeting", "the Moscow talks")."""
    found = []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.pos_ != "PRON":
            if child.dep_ == "compound" and child.lemma_.lower() in _COURTS:
                continue  # "TVA's *federal district court* lawsuit": where it is heard
            actors = index.of_phrase(child, depth=0)
            if child.dep_ in {"compound", "nmod"} and index.is_thing(noun) and not places:
                # "the *Venice* economic summit": where it is held, not who holds it
                actors = [a for a in actors if a not in index.gpe and a not in index.cities]
            found.extend(actors)
    return found
