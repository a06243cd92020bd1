"""Which actor a word names: the token index of actor entities behind event role finding.

Actors are Entity ids (PERSON, ORG, GPE, NORP) whose mentions overlap the tokens that fill
a role.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..model import Document
from .entity_names import told_the_agency

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = [
    "ACTS_OF",
    "HOSTILE_ACTS",
    "OFFICES",
    "PHYSICAL_ACTS",
    "TO_BE_MADE",
    "WEAPONS",
    "WORKING_PEOPLE",
    "WRONGDOINGS",
    "ActorIndex",
    "judged_suffering",
    "unique",
]

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NP_LINKS = frozenset({"compound", "appos", "poss", "flat", "nmod"})
# Nouns for another party seen from the possessor: "*its* neighbour" is not the possessor.
_RELATIONAL = frozenset({"neighbour", "neighbor", "rival", "enemy", "foe", "adversary"})
_RELATIONAL |= frozenset({"competitor", "counterpart", "opponent"})
# ... and peers that act as a party of their own: "*Greece and Turkey's NATO allies*
# called on both countries", "*Brazil's creditors* rejected the plan": not the possessor.
_PEERS = frozenset({"ally", "partner", "creditor"})
_RELATIONAL |= _PEERS
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


_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_CURRENCY = frozenset({"dlrs", "dlr", "dollars", "stg", "yen", "francs", "lire", "pesos", "mln"})
# What is still to be made: its "of" phrase names no party ("urged *creation of a task
# force*" asks no task force).
TO_BE_MADE = frozenset({"creation", "establishment", "formation", "founding", "setting-up"})
# Event types whose acts are force: done to or with things too (an attack on a rig, a
# seized ship, warplanes that raid), and what a mishap or an accident can look like.
PHYSICAL_ACTS = frozenset({"ASSAULT", "COERCE"})
# What one side hits another with: "a tanker *hit by an Iranian missile*" was attacked.
WEAPONS = frozenset({"missile", "rocket", "shell", "bomb", "torpedo", "mine", "artillery"})
WEAPONS |= frozenset({"gunfire", "warplane", "jet", "aircraft", "plane", "gunboat", "helicopter"})
# Acts and records whose owner is the party acted on, their topic none: "criticized
# *Dome's* acceptance of a bid", "criticised *its record* on the NHS".
ACTS_OF = frozenset({"acceptance", "decision", "refusal", "handling", "failure", "policy"})
ACTS_OF |= frozenset({"rejection", "approval", "support", "treatment", "conduct", "action"})
ACTS_OF |= frozenset({"record", "performance", "stance", "response", "approach", "attitude"})
# Acts whose own target is not the target of an act about them ("backed the *attack* on X").
HOSTILE_ACTS = frozenset(
    {"attack", "strike", "raid", "assault", "offensive", "bombing", "invasion", "sanction"}
    | {"embargo", "blockade", "occupation", "crackdown", "reprisal", "retaliation"}
)
# Wrongs done by someone: "investigating abuses *by* guards *against* inmates" is aimed at
# the guards, whoever suffered them.
WRONGDOINGS = frozenset({"abuse", "crime", "atrocity", "violation", "killing", "massacre"})
WRONGDOINGS |= frozenset({"misconduct", "wrongdoing", "fraud", "torture", "brutality"})
# Verbs of judging an act, and acts suffered by the one named after "of": "criticise
# *the arrest of* journalists" judges those who made the arrest, not those arrested.
_JUDGING = frozenset({"criticise", "criticize", "condemn", "denounce", "deplore", "decry"})
_SUFFERED = frozenset({"arrest", "detention", "jailing", "imprisonment", "execution"})
_SUFFERED |= frozenset({"expulsion", "deportation", "killing", "murder", "kidnapping"})
_SUFFERED |= frozenset({"abduction", "sentencing", "treatment", "persecution"})


def _man_to_man(tok: Token) -> bool:
    """ "man on man", "man to man", "man for man": an idiom, no one."""
    doc = tok.doc
    after = doc[tok.i + 1 : tok.i + 3]
    before = doc[max(tok.i - 2, 0) : tok.i]
    pair = {"on", "to", "for"}
    return (len(after) == 2 and after[0].lower_ in pair and after[1].lower_ == "man") or (
        len(before) == 2 and before[1].lower_ in pair and before[0].lower_ == "man"
    )


def judged_suffering(head: Token, noun: Token) -> bool:
    """``head`` judges an act ``noun`` suffered by whoever it is "of"."""
    return head.lemma_.lower() in _JUDGING and noun.lemma_.lower() in _SUFFERED


# People who act for themselves, not for the body named after them ("workers *of* X").
_WORKERS = frozenset(
    {"worker", "employee", "miner", "docker", "seaman", "teacher", "nurse", "pilot", "driver"}
)
# Working people and their bodies (lemmas), who strike in protest.
WORKING_PEOPLE = _WORKERS | frozenset(
    {"staff", "union", "member", "railwayman", "machinist", "steelworker", "crew"}
)
# People named by whom they are kin to: the kin act and are acted on, not those.
_KIN = frozenset({"relative", "family", "widow", "parent", "mother", "father", "son"})
_KIN |= frozenset({"daughter", "wife", "husband", "brother", "sister", "uncle", "aunt"})
# Offices one person holds several of at once: "its chairman and chief executive officer".
OFFICES = frozenset(
    {"chairman", "chairwoman", "president", "officer", "executive", "director", "chief"}
    | {"governor", "minister", "secretary", "treasurer", "manager", "head", "founder"}
    | {"vice-chairman", "vice-president", "deputy", "commissioner", "counsel", "adviser"}
    | {"member"}  # "president and board *member* Robert Weaver"
)


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
        self._people: set[str] = set()  # ids of PERSON entities
        # ids of entities geocoded as cities or landmarks: a pact or meeting named after
        # one ("the *Paris* agreement", "the *Louvre* accord") is not theirs
        self.cities: set[str] = set()
        self._datelines: set[int] = set()
        if doc.parsed is None:
            return
        city_spans = {
            (p.span.start, p.span.end) for p in doc.places if p.kind in {"city", "landmark"}
        }
        for ent in doc.entities:
            if ent.type not in ACTOR_TYPES:
                continue
            if self._names_document(ent.type, ent.name) or self._commodity(ent.name):
                continue  # "a Memorandum of *Understanding*", "the *MoU*"
            if ent.type == "GPE":
                self.gpe.add(ent.id)
            if ent.type == "PERSON":
                self._people.add(ent.id)
            if any((m.span.start, m.span.end) in city_spans for m in ent.mentions):
                self.cities.add(ent.id)
            for mention in ent.mentions:
                if mention.span.text.lower() == "reuter":  # the wire's sign-off
                    continue
                chars = doc.parsed.char_span(
                    mention.span.start, mention.span.end, alignment_mode="expand"
                )
                if chars is not None and _no_actor_here(chars, ent.type, doc.parsed):
                    continue
                for i in range(chars.start, chars.end) if chars is not None else ():
                    self._by_token.setdefault(i, ent.id)
        self._datelines = datelines(doc.parsed)
        for i in self._datelines:
            self._by_token.pop(i, None)  # "*MANILA -* Communist rebels said": where, not who

    def _commodity(self, name: str) -> bool:
        """ "600,000 tonnes of *alumina*" tagged as a place: a thing, in lower case."""
        return name.islower() and name in self._things

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
        if tok.lower_ == "securities":  # traded paper, not security forces
            return False
        if tok.lower_ == "man" and _man_to_man(tok):
            return False  # "defended *man on man*": a way of playing
        return tok.lemma_.lower() in self._nominal or tok.lower_ in self._nominal

    def of_phrase(self, head: Token, *, depth: int = 3) -> list[str]:
        """Actors named by the noun phrase headed by ``head`` (with its conjuncts)."""
        found: list[str] = []
        for tok in self._one_holder(list(_with_conjuncts(head))):
            found.extend(self._of_single(tok, depth))
        return unique(found)

    def _office(self, tok: Token, *, first: bool) -> bool:
        """A singular office noun naming no entity; past the first conjunct, with no
        determiner of its own ("the president and *the* prime minister" are two)."""
        if tok.tag_ != "NN" or self.at(tok) is not None or tok.lower_ not in OFFICES:
            return False
        return first or not any(c.dep_ in {"det", "poss"} for c in tok.children)

    def _person_for(self, tok: Token) -> Token | None:
        """The person an office noun is given to: "chairman *Theodore Rogers*"."""
        for child in tok.children:
            if child.dep_ in {"appos", "compound", "flat"} and self.at(child) in self._people:
                return child
        return None

    def _one_holder(self, toks: list[Token]) -> list[Token]:
        """Conjoined offices held by one person are that person, told once: "its
        *chairman and chief executive officer* Theodore Rogers", "*president and chief
        executive* Donald Carty", "Calny Inc *director and former president*"."""
        out: list[Token] = []
        run: list[Token] = []
        for word in [*toks, None]:
            if word is not None and self._office(word, first=not run):
                run.append(word)
                continue
            after = word
            if len(run) > 1:
                holder = next((p for t in run if (p := self._person_for(t)) is not None), None)
                if after is not None and self.at(after) in self._people:
                    holder, after = after, None  # "president and chief executive *Donald Carty*"
                out.append(holder or run[0])
            else:
                out.extend(run)
            run = []
            if after is not None:
                out.append(after)
        return out

    def _of_single(self, tok: Token, depth: int) -> list[str]:
        # "for 90.8 mln U.S. *Dlrs*" (even tagged as a name) is a price, read as a thing
        amount = tok.ent_type_ in _AMOUNTS or tok.lower_ in _CURRENCY
        own = None if amount else self.at(tok)
        if own is not None:
            self.heads.setdefault(own, tok)
            return [own]
        if self.is_document(tok):
            return self._owners(tok, depth)
        if amount or self.is_thing(tok):
            return []  # "the *Washington* talks", "the *Yuppie* mentality": no party
        ids = self._modifier_actors(tok)
        if ids:
            return ids
        if tok.lemma_.lower() in _PEERS and any(c.dep_ == "poss" for c in tok.children):
            key = f"@{tok.i}"
            self.heads.setdefault(key, tok)
            return [key]
        # "employees *of Bangladesh Shipping Corp*" strike themselves, not the firm
        # nor do "relatives *of Japanese citizens*" or "families of the victims" stand
        # for those they are kin to
        lemma = tok.lemma_.lower()  # "the *mother of* a boy" is not the boy either
        worker = (lemma in _WORKERS and self.is_nominal(tok)) or lemma in _KIN
        if depth > 0 and not worker:  # "the heads of government of Russia and China"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if self._based_in(tok, obj):
                        key = f"@{tok.i}"
                        self.heads.setdefault(key, tok)
                        return [key]
                    # "holders *of debentures* of Harcourt": a plain thing's own "of"
                    # phrase names whose thing it is, not who the holders are; nor does
                    # its name ("holders of *American Video* convertible debentures")
                    plain = self._plain_thing(obj)
                    if plain and tok.lemma_.lower() in {"holder", "bondholder", "owner"}:
                        continue
                    hits = self.of_phrase(obj, depth=0 if plain else depth - 1)
                    if hits:
                        return hits
        if self.is_nominal(tok):
            key = f"@{tok.i}"
            self.heads.setdefault(key, tok)
            return [key]
        return []

    def _modifier_actors(self, tok: Token) -> list[str]:
        """Actors a modifier names for its noun: "*Hungarian and Romanian* officials" (one
        per conjoined modifier); not a relational noun's possessor ("Israel's raids on *its*
        northern neighbour": not Israel), nor a pronoun owning a party ("*his* own party")."""
        relational = tok.lemma_.lower() in _RELATIONAL
        body = tok.lemma_.lower() in {"party", "faction", "camp"}
        for child in tok.children:
            if relational and child.dep_ == "poss":
                continue
            if told_the_agency(child):
                continue  # "told *Reuters* Latin American coffee producers will meet"
            if body and child.dep_ == "poss" and child.pos_ == "PRON":
                continue  # "*his own* Republican party": the party, not its member; "its
                # unit" stays its owner's
            linked = self.at(child)
            if linked is not None and (
                child.dep_ in _NP_LINKS or (child.dep_ == "amod" and child.ent_type_ == "NORP")
            ):
                words = [c for c in _with_conjuncts(child) if self.at(c) is not None]
                # the name itself is the evidence after a dateline ("*FREETOWN* - ... Francis
                # Minah") or beside a town left unlinked ("Troy, Michigan-based *MLX Corp*")
                own = tok.i in self._datelines or (
                    child.dep_ == "appos" and tok.pos_ == "PROPN" and self.at(tok) is None
                )
                for word in words:
                    self.heads.setdefault(self.at(word) or "", word if own else tok)
                return unique(k for w in words if (k := self.at(w)) is not None)
        return []

    def thing_for(self, key: str) -> bool:
        """The actor was found through a thing its name only modifies or counts ("4.5 mln
        *Trilogy* shares", "132 warplanes", "*Alliance* debt"), not named as the filler."""
        head = self.heads.get(key)
        if head is None or self.at(head) == key:
            return False
        counted = any(c.dep_ == "nummod" for c in head.children)
        return self._plain_thing(head) or (counted and self.at(head) is None)

    def _plain_thing(self, tok: Token) -> bool:
        """A common noun naming neither an actor, a kind of actor nor a document."""
        return (
            tok.pos_ == "NOUN"
            and self.at(tok) is None
            and not self.is_nominal(tok)
            and not self.is_document(tok)
            and tok.lemma_.lower() not in _COLLECTIVE
        )

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
            if child.dep_ == "appos":
                continue  # "an economic agreement *(DECA)*": the document's own name
            if child.dep_ in _NP_LINKS | {"amod"} and child.pos_ != "PRON":
                for tok in _with_conjuncts(child):
                    key = self.at(tok)
                    if key in self.cities and child.dep_ == "compound":
                        continue  # "the *Paris* agreement" is named for where it was made
                    if key is not None and not self.is_document(tok):
                        self.heads.setdefault(key, tok)
                        found.append(key)
        poss = [c for c in doc_noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if found and poss:  # "the government's *EC* policy": the government's, about the EC
            own = [k for c in poss for k in self.of_phrase(c, depth=0)]
            found = own or found
        if found or depth == 0:
            return unique(found)
        for prep in (c for c in doc_noun.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and not self.is_document(c)):
                found.extend(self.of_phrase(obj, depth=depth - 1))
        return unique(found)


def _no_actor_here(chars: SpacySpan, label: str, parsed: SpacyDoc) -> bool:
    """A mention that names no actor where it stands: "*Toronto*-based Inco", "*Troy,
    Michigan*-based MLX" (where), "to raise 200,000 dlrs *Canadian*" (a currency)."""
    if label == "GPE" and _based_in_place(chars.end, parsed):
        return True
    return chars.start > 0 and parsed[chars.start - 1].lower_ in _CURRENCY


def _based_in_place(end: int, parsed: SpacyDoc) -> bool:
    """The place name ending before token ``end`` is part of "X-based" or "X, Y-based"."""
    words = [t.lower_ for t in parsed[end : end + 5]]
    if words[:2] == ["-", "based"]:
        return True
    if words[:1] == [","] and len(words) >= 4 and words[2:4] == ["-", "based"]:
        return parsed[end + 1].pos_ == "PROPN"
    return False


def spaced_dash(tok: Token) -> bool:
    """A dash standing between spaces ("MANILA - rebels"), not a hyphen ("long-term")."""
    before = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return tok.text in {"-", "--"} and bool(tok.whitespace_) and before


def datelines(parsed: SpacyDoc) -> set[int]:
    """Token indexes of datelines opening a sentence, up to their dash: "*MANILA -*
    Communist rebels said", "*FREETOWN, Sierra Leone -* Sierra Leone's former ..." (wire
    digests run several such items in one text)."""
    found: set[int] = set()
    for sent in parsed.sents:
        head = [t for t in sent[:8] if not t.is_space]
        dash = next((k for k, t in enumerate(head) if spaced_dash(t)), None)
        if not dash:
            continue
        words = [t for t in head[:dash] if t.is_alpha]
        if (
            words
            and words[0].is_upper
            and len(words[0]) > 2
            and all(t.is_upper or t.is_title for t in words)
        ):
            found.update(t.i for t in head[: dash + 1])
    return found


def _with_conjuncts(tok: Token) -> Iterator[Token]:
    yield tok
    for child in tok.children:
        if child.dep_ == "conj":
            yield from _with_conjuncts(child)


def unique(ids: Iterable[str]) -> list[str]:
    """The ids in first-seen order, each once."""
    return list(dict.fromkeys(ids))
