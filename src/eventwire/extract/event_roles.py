"""Who did it to whom, when and where: dependency-based role finding for event triggers.

Actors are Entity ids (PERSON, ORG, GPE, NORP) whose mentions overlap the tokens that fill
a role. The source is the subject of the trigger, found by climbing xcomp/acomp/conj
links ("Russia is ready to *provide* aid": provide -> ready -> is, whose subject is
Russia); a passive subject is the target and the ``by`` agent the source. Targets are
the direct object, a dative, and the objects of with/to/against/on/between.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Document, Place, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ActorIndex",
    "RoleWords",
    "Roles",
    "find_place",
    "find_roles",
    "find_time",
    "subject_of",
]

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TARGET_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "between"})
LOC_PREPS = frozenset({"at", "in", "near", "inside", "outside", "across", "throughout"})
_CLIMB = frozenset({"xcomp", "acomp", "conj", "pcomp"})
_NP_LINKS = frozenset({"compound", "appos", "poss", "flat", "nmod"})
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
# Nouns for a body of people whose kind a modifier names: "opposition *groups*".
_COLLECTIVE = frozenset(
    {
        "group",
        "party",
        "faction",
        "movement",
        "coalition",
        "member",
        "supporter",
        "unit",
        "camp",
        "wing",
        "organization",
        "organisation",
        "network",
        "alliance",
        "cell",
        "commander",
        "chief",
        "team",
        "body",
        "side",
    }
)
# Things an actor issues that then "demand", "urge", "accuse" on its behalf.
_MESSAGES = frozenset(
    {"statement", "declaration", "letter", "resolution", "communique", "message", "report"}
)
_DATE_TYPES = frozenset({"DATE", "TIME"})
# People whose "strike" is a stoppage of work, not an attack.
_STRIKERS = frozenset(
    {"employee", "worker", "miner", "teacher", "nurse", "doctor", "driver", "docker"}
    | {"pilot", "union", "unionist", "student", "farmer", "staff", "workforce", "seaman"}
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


class ActorIndex:
    """Token index -> actor Entity id, from the mention spans of actor entities.

    A role filler naming no entity but a kind of actor ("police", "the rebels") is an
    actor too: its key is ``@<token index>`` (see ``is_nominal``). A phrase headed by a
    word in ``things`` (an event, a currency, a market measure, a state of mind) names no
    party even with a name before it: "the *Washington* talks", "the Lebanese pound".
    ``heads`` keeps, per key, the token that first named it since it was last cleared
    (once per event), for its evidence span.
    """

    def __init__(
        self,
        doc: Document,
        *,
        nominal: frozenset[str] = frozenset(),
        documents: frozenset[str] = frozenset(),
        things: frozenset[str] = frozenset(),
    ) -> None:
        self._by_token: dict[int, str] = {}
        self._nominal = nominal
        self._documents = documents
        self._things = things
        self.heads: dict[str, Token] = {}
        self.gpe: set[str] = set()  # ids of GPE entities (places that can be targets)
        if doc.parsed is None:
            return
        for ent in doc.entities:
            if ent.type not in ACTOR_TYPES:
                continue
            if self._names_document(ent.type, ent.name):
                continue  # "a Memorandum of *Understanding*", "the *MoU*"
            if ent.type == "GPE":
                self.gpe.add(ent.id)
            for mention in ent.mentions:
                if mention.span.text.lower() == "reuter":  # the wire's sign-off
                    continue
                chars = doc.parsed.char_span(
                    mention.span.start, mention.span.end, alignment_mode="expand"
                )
                for i in range(chars.start, chars.end) if chars is not None else ():
                    self._by_token.setdefault(i, ent.id)

    def _names_document(self, label: str, text: str) -> bool:
        """An entity named for a document ("Memorandum of Understanding", "the Plaza
        Accord", "MoU", even when tagged as a person); an alliance named for its pact
        ("Warsaw Pact") and a person's name ("Bill") are actors."""
        word = text[text.rfind(" ") + 1 :]
        last = word.lower()
        if last not in self._documents and last.removesuffix("s") not in self._documents:
            return False  # most names: one lookup
        return last != "pact" and not (label == "PERSON" and word.istitle())

    def is_document(self, tok: Token) -> bool:
        """A common noun for a document, plan or policy: never an actor itself."""
        return tok.lemma_.lower() in self._documents

    def is_thing(self, tok: Token) -> bool:
        """A meeting noun, a currency, a measure: it names no party (see the class)."""
        return tok.lemma_.lower() in self._things

    def at(self, tok: Token) -> str | None:
        return self._by_token.get(tok.i)

    def is_nominal(self, tok: Token) -> bool:
        """A common noun naming a kind of actor: "police", "rebels", "opposition groups"."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        if any(c.dep_ == "compound" and self.is_thing(c) for c in tok.children):
            return False  # "the money *market* regime" is a system, not a government
        if self._kind_word(tok):
            return True
        return tok.lemma_.lower() in _COLLECTIVE and any(
            c.dep_ in {"compound", "amod"} and self._kind_word(c) for c in tok.children
        )

    def _kind_word(self, tok: Token) -> bool:
        return tok.lemma_.lower() in self._nominal or tok.lower_ in self._nominal

    def of_phrase(self, head: Token, *, depth: int = 3) -> list[str]:
        """Actors named by the noun phrase headed by ``head`` (with its conjuncts)."""
        found: list[str] = []
        for tok in _with_conjuncts(head):
            found.extend(self._of_single(tok, depth))
        return _unique(found)

    def _of_single(self, tok: Token, depth: int) -> list[str]:
        own = self.at(tok)
        if own is not None:
            self.heads.setdefault(own, tok)
            return [own]
        if self.is_document(tok):
            return self._owners(tok, depth)
        if self.is_thing(tok):
            return []  # "the *Washington* talks", "the *Yuppie* mentality": no party
        for child in tok.children:
            linked = self.at(child)
            if linked is not None and (
                child.dep_ in _NP_LINKS or (child.dep_ == "amod" and child.ent_type_ == "NORP")
            ):
                # "Hungarian and Romanian officials": one actor per conjoined modifier
                found = [linked, *(self.at(c) for c in _with_conjuncts(child) if c is not child)]
                ids = _unique(i for i in found if i is not None)
                for key in ids:
                    self.heads.setdefault(key, tok)
                return ids
        if depth > 0:  # "the heads of government of Russia and China"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if self._based_in(tok, obj):
                        key = f"@{tok.i}"
                        self.heads.setdefault(key, tok)
                        return [key]
                    hits = self.of_phrase(obj, depth=depth - 1)
                    if hits:
                        return hits
        if self.is_nominal(tok):
            key = f"@{tok.i}"
            self.heads.setdefault(key, tok)
            return [key]
        return []

    def _based_in(self, name: Token, place: Token) -> bool:
        """ "<VMS Realty Partners> *of Chicago*": a name (no title) with the place it is
        based in; the named body acts, not the place ("the President of France" does
        not count: a title stands for its holder)."""
        return (
            name.pos_ == "PROPN"
            and not self._kind_word(name)
            and place.ent_type_ == "GPE"
            and self.at(place) in self.gpe
        )

    def _owners(self, doc_noun: Token, depth: int) -> list[str]:
        """Whose document it is: "*the South Korean* proposal", "*Japan's* plan", "the plan
        *of the government*"; the owner's own words are its evidence. None for "*its*
        program" or "a Memorandum of Understanding"."""
        found: list[str] = []
        for child in doc_noun.children:
            if child.dep_ in _NP_LINKS | {"amod"} and child.pos_ != "PRON":
                for tok in _with_conjuncts(child):
                    key = self.at(tok)
                    if key is not None and not self.is_document(tok):
                        self.heads.setdefault(key, tok)
                        found.append(key)
        if found or depth == 0:
            return _unique(found)
        for prep in (c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and not self.is_document(c)):
                found.extend(self.of_phrase(obj, depth=depth - 1))
        return _unique(found)


def _with_conjuncts(tok: Token) -> Iterator[Token]:
    yield tok
    for child in tok.children:
        if child.dep_ == "conj":
            yield from _with_conjuncts(child)


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _antecedent(pron: Token) -> Token | None:
    """The subject of a clause above a pronoun subject: "Syria says *it* will ..." -> Syria;
    never a person for "it" ("*it* arrived, the official said") nor a thing for "he"."""
    node = pron.head
    for _ in range(4):
        if node.dep_ not in _ANTECEDENT_DEPS or node.head is node:
            return None
        node = node.head
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj if _agrees(pron, subj) else None
    return None


def _agrees(pron: Token, subj: Token) -> bool:
    person = subj.ent_type_ == "PERSON" or subj.lemma_.lower() in _PERSON_NOUNS
    if pron.lower_ == "it":
        return not person
    if pron.lower_ in {"he", "she"}:
        return person or subj.ent_type_ not in {"GPE", "ORG", "NORP"}
    return True


def _subject(tok: Token) -> tuple[Token | None, bool]:
    """The nominal subject of ``tok``'s clause, climbing xcomp/acomp/conj links, and
    whether it is a passive subject."""
    node = tok
    for _ in range(6):
        subj = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            passive = subj.dep_ == "nsubjpass"
            if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head, passive  # "the earthquake that struck": earthquake
            if subj.lower_ in _PERSONAL:
                return _antecedent(subj) or subj, passive
            return subj, passive
        if node.dep_ == "relcl":
            return node.head, False
        if node.dep_ == "acl" and node.tag_ == "VBG":  # "a declaration demanding ..."
            return _participle_subject(node), False
        if node.dep_ not in _CLIMB or node.head is node:
            return None, False
        node = node.head
    return None, False


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


def _subject_kind(
    subj: Token | None, actors: list[str], non_actor: frozenset[str], means: frozenset[str]
) -> str:
    if subj is None:
        return "none"
    if subj.lemma_.lower() in non_actor:
        return "blocked"
    if not actors and subj.lemma_.lower() in means:
        if any(o.lemma_.lower() in _STRIKERS for o in _agent_pobjs(subj)):
            return "blocked"  # "a strike *by public employees* hit ferry services"
        return "means"  # "a roadside bombing killed ...": an attack without a named actor
    return "actor" if actors else "other"


def _object_actors(
    index: ActorIndex, head: Token, trigger: Token, topic: frozenset[str] | None
) -> Iterator[str]:
    for child in head.children:
        if child.dep_ in {"dobj", "dative"} and child is not trigger:
            if _next_clause(head, child):
                continue
            yield from index.of_phrase(child)
            for obj in _prep_objects(child, TARGET_PREPS):  # "signed a deal with Japan"
                yield from index.of_phrase(obj)
    for obj in _prep_objects(head, TARGET_PREPS):
        if topic is None or obj.head.lower_ != "on" or obj.lemma_.lower() in topic:
            yield from index.of_phrase(obj)


def _next_clause(head: Token, obj: Token) -> bool:
    """ "asking Reagan to join, but *White House chief of staff* Baker said ...": an
    "object" after the conjunction is the misparsed subject of the coordinated clause."""
    after_cc = any(c.dep_ == "cc" and c.i < obj.i for c in head.children)
    return after_cc and any(
        c.dep_ in _NEXT_CLAUSE and c.pos_ in {"VERB", "AUX"} and c.i > obj.i for c in head.children
    )


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
    passive = passive or any(c.dep_ == "auxpass" for c in verb.children)
    subj_actors = index.of_phrase(subj) if subj is not None else []
    if subj is not None and passive:
        targets.extend(subj_actors)
    else:
        sources.extend(subj_actors)
    for obj in _agent_objects(verb):
        sources.extend(index.of_phrase(obj))
    kind = _subject_kind(subj, subj_actors, non_actor_heads, means)
    if any(o.lemma_.lower() in non_actor_heads for o in _agent_objects(verb)):
        kind = "blocked"  # "hit by unseasonal snowstorms"
    if passive and not sources and _accident(verb, non_actor_heads, means):
        kind = "blocked"  # "two people were killed *in an explosion*"
    for head in {verb.i: verb, trigger.i: trigger}.values():
        targets.extend(_object_actors(index, head, trigger, topic))
    if trigger.pos_ == "NOUN" and not sources and (trigger is not verb or not passive):
        sources.extend(_noun_modifier_actors(index, trigger))
        sources.extend(a for o in _agent_pobjs(trigger) for a in index.of_phrase(o))
        if trigger.lemma_.lower() in _LEAVING:  # "withdrawal *from* South Africa": a place
            targets.extend(a for a in sources if a in index.gpe)
            sources = [a for a in sources if a not in index.gpe]
    src = _unique(sources)
    return Roles(tuple(src), tuple(t for t in _unique(targets) if t not in src), kind)


def _accident(verb: Token, non_actor: frozenset[str], means: frozenset[str]) -> bool:
    """A passive act that happened *in* an accident or disaster ("killed in an explosion
    and fire"), not in an attack ("killed in a *bomb* explosion")."""
    for obj in _prep_objects(verb, frozenset({"in"})):
        mods = {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"}}
        if obj.lemma_.lower() in non_actor and not mods & means:
            return True
    return False


def _agent_pobjs(noun: Token) -> Iterator[Token]:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _noun_modifier_actors(index: ActorIndex, noun: Token) -> list[str]:
    """Actors that modify an event noun: "China's aid", "US sanctions", "Russian attack"."""
    found = []
    for child in noun.children:
        if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.pos_ != "PRON":
            found.extend(index.of_phrase(child, depth=0))
    return found


def _root_in(doc: Document, span: Span) -> Token | None:
    if doc.parsed is None:
        return None
    chars = doc.parsed.char_span(span.start, span.end, alignment_mode="expand")
    if chars is None or len(chars) == 0:
        return None
    return chars.root


def _attachment(tok: Token) -> Token:
    """The word a phrase modifies: its head, or the head of its preposition."""
    head = tok.head
    return head.head if head.dep_ == "prep" else head


def _ancestors(tok: Token) -> set[int]:
    return {a.i for a in tok.ancestors}


def find_time(doc: Document, sentence: Span, anchors: tuple[Token, ...]) -> TimeExpr | None:
    """The sentence's own date for an event: one modifying the trigger (or its light verb
    or cue) first, else one modifying a word above the trigger ("On Tuesday he said he
    met ..."). A date inside another phrase ("the anniversary ... next year") is not it."""
    direct = {a.i for a in anchors}
    above = set().union(*(_ancestors(a) for a in anchors)) - direct
    ranked: list[tuple[int, int, TimeExpr]] = []
    for tx in doc.times:
        if not sentence.contains(tx.span) or tx.type not in _DATE_TYPES or not tx.value:
            continue
        root = _root_in(doc, tx.span)
        if root is None:
            continue
        at = _attachment(root).i
        if at in direct or root.i in direct:
            ranked.append((0, tx.span.start, tx))
        elif at in above:
            ranked.append((1, tx.span.start, tx))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def find_place(
    doc: Document, sentence: Span, anchors: tuple[Token, ...], *, actor_spans: tuple[Span, ...]
) -> Place | None:
    """A place in a locative phrase (at/in/near ...), attached to the trigger first."""
    candidates: list[tuple[int, Place]] = []
    for place in doc.places:
        if not sentence.contains(place.span) or any(place.span.overlaps(s) for s in actor_spans):
            continue
        root = _root_in(doc, place.span)
        if root is None or root.dep_ != "pobj" or root.head.lower_ not in LOC_PREPS:
            continue
        attached = any(root.head.head is a for a in anchors)
        candidates.append((0 if attached else 1, place))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1].span.start))[1]
