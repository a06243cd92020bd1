"""Where English puts the target when it is not the object: fallbacks for ``event_roles``.

Tried in order, only when the direct object and the with/to/against/on phrases of the
trigger name no actor:

1. **Complements of the object noun**: "demanded the *removal of* X", "dismissed an
   *appeal from* X", "rejected *calls by* X's rulers", "announced a *suspension of* air
   links *with* X", "boycott *X's* elections"; for an event noun its own complements:
   "the *invasion of* South Lebanon", "conceded to *demands from* X".
2. **Purpose clauses**: "blocked a road *to show their disapproval for* X", "staged a
   strike *in protest against* X" (the target of the act is the target of the purpose).
3. **Places acted on**: a country or city the act happens in, into or from: "lifted a
   curfew *in Montenegro*", "withdraw its troops *from Lebanon*" (PLOVER codes the place
   as the target when no other actor is acted on).
4. **Threat conditions**: "threatened to stop talks *if the United States* goes ahead":
   the one whose conduct is the condition is the threatened party.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .event_index import ActorIndex

from .event_index import ACTS_OF, HOSTILE_ACTS, TO_BE_MADE, WRONGDOINGS, judged_suffering
from .event_readings import to_infinitive

__all__ = ["fallback_targets"]

_OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass", "oprd"})
_COMPLEMENT_PREPS = frozenset(
    {"of", "by", "from", "with", "to", "against", "on", "at", "toward", "towards", "for"}
)
_PLACE_PREPS = frozenset({"in", "into", "from", "inside", "at"})
# Institutions named for a place that an act is done *in*: a venue, not the place acted on.
_VENUES = frozenset({"court", "tribunal", "exchange", "parliament", "assembly", "legislature"})
_VENUES |= frozenset({"district", "circuit"})  # "the court for the Western *District* of Ky"
_CONDITIONS = frozenset({"if", "unless"})
_SIDES = frozenset({"to", "from"})
_TRANSACTIONS = frozenset(
    {"sell", "buy", "acquire", "purchase", "transfer", "license", "lease", "supply"}
)
_BIDS = frozenset({"offer", "bid", "proposal", "tender", "approach"})
# What is sold or held is no party: "the *sale of* Bankhaus", "a holding of *X's shares*".
_DISPOSALS = frozenset({"sale", "disposal", "divestiture", "divestment", "transfer"})
_ASSETS = frozenset({"share", "stake", "holding", "asset", "stock", "interest", "debt"})
# Equipment that is bought and sold, though in other sentences it acts ("jets attacked").
_HARDWARE = frozenset(
    {"warplane", "plane", "jet", "aircraft", "tank", "helicopter", "missile", "fighter"}
    | {"bomber", "ship", "vessel", "submarine", "frigate", "gunship", "weapon", "rifle"}
)
_SELLING = frozenset({"sell", "divest", "dispose", "spin", "auction", "lease"})
_TOPICAL_VERBS = frozenset(
    {"agree", "negotiate", "talk", "meet", "consult", "discuss", "decide", "settle", "vote"}
)
# Posts held: what follows "of" is a title ("his *posts of* chief financial officer").
_POSTS = frozenset({"post", "position", "job", "office", "seat", "role", "title"})
# Purposes that name beneficiaries, not targets; what a bonus or loan "covers".
_HELPING = frozenset({"help", "assist", "aid", "feed", "rebuild", "relieve", "benefit"})
_HELPING |= frozenset({"cover", "finance", "fund"})  # "bonuses to cover sales ... to Iraq"
_DISCUSSING = frozenset({"discuss", "examine", "consider", "review", "study", "debate"})
# "in protest against X": X is the target; "in support of X" names an ally, not a target.
_PURPOSE_NOUNS = frozenset({"protest", "defiance", "opposition"})


def _pobjs(tok: Token, preps: frozenset[str]) -> Iterator[Token]:
    for prep in tok.children:  # "sell X *to* Y" is parsed as a dative too
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in preps:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _object_nouns(head: Token) -> Iterator[Token]:
    """The nouns an act is done to: objects, and objects of the verb's prepositions."""
    if head.pos_ in {"NOUN", "PROPN"}:
        yield head
    for child in head.children:
        if child.dep_ in _OBJECT_DEPS and child.pos_ in {"NOUN", "PROPN"}:
            yield child
    topics = head.lemma_.lower() in _MEETINGS  # "a meeting *on Austria's outlook*"
    for obj in _pobjs(head, _COMPLEMENT_PREPS):
        if obj.pos_ in {"NOUN", "PROPN"} and not (topics and obj.head.lower_ in _TOPICS):
            yield obj


_TOPICS = frozenset({"on", "about", "over"})


# Nouns whose complements name no party: "visited them *on OPEC's behalf*", "*at the
# head of* a delegation", "bids for export *bonuses* on wheat to Algeria" (the goods'
# destination), "filed ... for the Western *District of Kentucky*" (where it is heard).
_NO_COMPLEMENTS = frozenset({"behalf", "head", "bonus", "subsidy"}) | _VENUES
# "called for a *return to* the IMF" (where one goes), "demanded a *list of* shareholders"
_NO_COMPLEMENTS |= frozenset({"return", "list", "copy", "register", "roster"})
# Causes: "fight for the *liberation of* Chad" names what is fought for, not whom.
_NO_COMPLEMENTS |= frozenset({"liberation", "independence", "freedom", "sake", "unity"})
_NO_COMPLEMENTS |= TO_BE_MADE


_BACKING = frozenset({"support", "backing", "approval", "endorsement", "sympathy"})


def _where(index: ActorIndex, obj: Token) -> bool:
    """ "opposed the contract *at Energy Board hearings*", "a four-day walkout by UAW
    workers *at Pontiac*" (a town): where, not whom."""
    prep = obj.head.lower_
    if prep == "at" and index.is_thing(obj):
        return True
    return prep in {"at", "in"} and index.at(obj) in index.cities


# What is sought for someone: "for" names who would gain by it.
_BENEFITS = frozenset({"access", "protection", "compensation", "relief", "treatment"})
_BENEFITS |= frozenset({"status", "concession", "quota", "guarantee", "exemption"})


def _no_party_of(noun: Token, obj: Token, *, nested: bool) -> bool:
    """A complement of ``noun`` that names no party the act is aimed at."""
    prep, lemma = obj.head.lower_, noun.lemma_.lower()
    if prep == "for" and lemma in _BACKING | _BENEFITS:
        return True  # "to seek official *support for* Brazil's debt stance": what is backed;
        # "demanded *access for U.S. growers*": who would gain, not who is asked
    if prep in {"on", "about", "over"} and lemma in _MEETINGS:
        return True  # "a meeting *on Austria's economic outlook*": its topic
    if prep == "of" and (lemma in _DISPOSALS or obj.lemma_.lower() in _ASSETS):
        return True  # "negotiating *the sale of* a bank", "*its holding of* X's shares"
    return prep == "to" and nested and lemma in _TRADE | _DISPOSALS  # "an investigation of
    # *the sale of arms to Iran*": the buyer


def _complements(index: ActorIndex, noun: Token, depth: int = 2) -> list[str]:
    if noun.lemma_.lower() in _NO_COMPLEMENTS:
        return []
    possessors = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    found = [a for c in possessors for a in index.of_phrase(c)]
    if noun.lemma_.lower() in ACTS_OF and any(c.dep_ == "poss" for c in noun.children):
        return found  # "criticized *Dome's* acceptance of Amoco's bid": the act's owner
        # ("criticised *its* record on the NHS": an owner, if unnamed; the NHS no party)
    if noun.lemma_.lower() in _BIDS:
        named = (c for c in noun.children if c.dep_ == "compound" and index.at(c) is not None)
        owners = [a for c in named for a in index.of_phrase(c)]
        if owners:
            return found + owners  # "accepted *a Santos* takeover offer for Vamgas": Santos
    if noun.lemma_.lower() in _POSTS | {"right", "license", "licence"}:
        return found  # "his *posts of* chief financial officer" (a title), "the
        # distribution *rights to* Doan's Backache Pills" (a product)
    for obj in _pobjs(noun, _COMPLEMENT_PREPS):
        if _no_party_of(noun, obj, nested=depth < 2) or _where(index, obj):
            continue
        if obj.lemma_.lower() in _VENUES:
            continue  # "filed ... *for the Western District* of Kentucky": where
        hits = index.of_phrase(obj)
        if not hits and depth > 1:  # "a suspension of air links with Serbia"
            hits = _complements(index, obj, depth - 1)
        found.extend(hits)
    return found


def _named(index: ActorIndex, noun: Token) -> list[str]:
    """Actors a noun phrase names, unless only through a pronoun ("sell *its* division")."""
    by_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    if by_pronoun and index.at(noun) is None and not index.is_nominal(noun):
        return []
    return index.of_phrase(noun)


def _object_complements(index: ActorIndex, head: Token, *, recipients: bool = True) -> list[str]:
    found: list[str] = []
    for noun in _object_nouns(head):
        lemma = noun.lemma_.lower()
        hostile = lemma in HOSTILE_ACTS
        done_to = lemma in _DONE_TO or judged_suffering(head, noun)
        if noun.i != head.i and (hostile or done_to or (not recipients and lemma in _HANDOVERS)):
            # "backed the president's strike *against rebel bases*", "condemned the attack *by*
            # X": whose strike it was, not whom it hit; "opposed a grant of 25 mln dlrs *to
            # the armed opposition*": whose grant it is, not who would receive it
            doers = [c for c in noun.children if c.dep_ == "poss"]
            if hostile or done_to:  # "the removal *from* the Exchange" names no doer
                doers += list(_pobjs(noun, frozenset({"by", "from"} if hostile else {"by"})))
            found.extend(a for c in doers for a in index.of_phrase(c))
            continue
        if noun.i != head.i and lemma in WRONGDOINGS:
            culprits = [a for c in _pobjs(noun, frozenset({"by"})) for a in index.of_phrase(c)]
            if culprits:  # "investigating abuses *by the army* against villagers"; with no
                found.extend(culprits)  # doer, as any object ("the fraud *at* the carmaker")
                continue
        if noun.dep_ == "pobj" and noun.lemma_.lower() in _TRADE:
            continue  # "accepted a bonus offer *on the sale* of cattle to Morocco": a buyer
        found.extend(_complements(index, noun))
    return found


# Acts done to someone named after "of": "called for the *removal of* Funaro", "the
# *deregulation of* AT&T" ask whoever would do it, not the one it would be done to.
_DONE_TO = frozenset({"removal", "dismissal", "ouster", "deregulation", "release", "arrest"})
_DONE_TO |= frozenset({"expulsion", "extradition", "prosecution", "detention", "execution"})
_DONE_TO |= frozenset({"privatisation", "privatization", "nationalisation", "nationalization"})

# What is handed to someone: its recipient is not the one an act about it is aimed at.
_HANDOVERS = frozenset({"transfer", "grant", "sale", "loan", "export", "shipment", "delivery"})

_MEETINGS = frozenset({"meeting", "talk", "talks", "conference", "summit", "session"})
_MEETINGS |= frozenset({"negotiation", "discussion", "consultation", "seminar", "forum"})
# Trade an act is about: where the goods go is no party to the act ("accepted an offer on
# the *sale* of cattle to Morocco").
_TRADE = frozenset({"sale", "shipment", "export", "import", "delivery", "purchase"})


def _topic(verb: Token, noun: Token) -> bool:
    """ "failed to agree *on the Canadian price*": what is agreed on is no party."""
    on = noun.dep_ == "pobj" and noun.head.lower_ in {"on", "over", "about"}
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _DISCUSSING:
        return True  # "agreed to *discuss the problems* of Afghanistan": a topic
    return on and verb.lemma_.lower() in _TOPICAL_VERBS


def _party_named(index: ActorIndex, verb: Token) -> bool:
    """A sale or purchase naming its other party: what changes hands is no party."""
    if verb.lemma_.lower() not in _TRANSACTIONS:
        return False
    preps = (c for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in _SIDES)
    return any(index.of_phrase(o) for p in preps for o in p.children if o.dep_ == "pobj")


def _complement_clause(index: ActorIndex, head: Token) -> list[str]:
    """ "promised *to continue aid to Mozambique*": the promised act's target; not after an
    object ("requested *the cut backs* to meet the accord with the U.S.": a purpose)."""
    if any(c.dep_ == "dobj" for c in head.children):
        return []
    return _purpose(index, head, deps=frozenset({"xcomp"}))


# Verbs whose object is the means, not the party: "threaten to *use troops*".
_WIELDING = frozenset({"use", "employ", "deploy", "send", "mobilize", "mobilise"})


def _where_wielded(nouns: list[Token]) -> list[Token]:
    """What troops are used or deployed against or in ("refused to deploy peacekeepers
    *in Iraq*"), not the troops themselves."""
    found = [o for o in nouns if o.dep_ == "pobj"]
    for means in (o for o in nouns if o.dep_ != "pobj"):
        preps = (c for c in means.children if c.dep_ == "prep" and c.lower_ in _AIMED)
        found.extend(g for p in preps for g in p.children if g.dep_ == "pobj")
    return found


_AIMED = frozenset({"in", "to", "against", "into", "on"})
# Verbs whose object is a thing made or worked: a field developed, a plant built.
_MAKING = frozenset({"develop", "build", "construct", "explore", "manufacture", "design"})


def _purpose(
    index: ActorIndex, head: Token, deps: frozenset[str] = frozenset({"advcl", "xcomp"})
) -> list[str]:
    found: list[str] = []
    for clause in head.children:
        to_clause = to_infinitive(clause)
        if clause.lemma_.lower() in _HELPING:
            continue  # "appealed for aid *to help* 2.4 mln villagers": beneficiaries
        if clause.dep_ in deps and to_clause:
            nouns = [o for o in _object_nouns(clause) if not _topic(clause, o)]
            if _party_named(index, clause) or clause.lemma_.lower() in _SELLING:
                # "agreed to sell KHJ-TV *to Walt Disney*"; "agreed to sell <Marconi>":
                # what is sold is no party to the sale
                # ... and "sell the rights *to a product* to Ciba": what rights are to
                nouns = [
                    o
                    for o in nouns
                    if o.dep_ == "pobj"
                    and o.head.head.lemma_.lower() not in {"right", "license", "licence"}
                ]
            if clause.lemma_.lower() in _TRANSACTIONS:  # "agreed to buy 132 *warplanes*"
                nouns = [o for o in nouns if o.lemma_.lower() not in _HARDWARE]
            if clause.lemma_.lower() == "place":  # "agreed to place shares *with investors*"
                nouns = []  # a placement: what is placed and with whom are no party
            if clause.lemma_.lower() in _WIELDING:  # "threatened to use *troops* against X"
                nouns = _where_wielded(nouns)
            if clause.lemma_.lower() in _MAKING:  # "agreed to develop *Draugen*" (a field)
                nouns = [o for o in nouns if o.dep_ == "pobj"]
            found.extend(a for o in nouns for a in _named(index, o))
            found.extend(a for o in nouns for a in _complements(index, o))
    for noun in _pobjs(head, frozenset({"in"})) if "advcl" in deps else ():
        if noun.lemma_.lower() in _PURPOSE_NOUNS:  # "in protest against X"
            found.extend(_complements(index, noun))
    return found


def _condition(index: ActorIndex, head: Token) -> list[str]:
    found: list[str] = []
    for clause in head.children:
        if clause.dep_ == "advcl" and any(c.lower_ in _CONDITIONS for c in clause.children):
            for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                found.extend(index.of_phrase(subj))
    return found


def _places(index: ActorIndex, head: Token, *, said: bool = False) -> list[str]:
    found: list[str] = []
    nouns = [head, *_object_nouns(head)]
    # "closure of X in Y" (not the head's own "of": a noun head is among its object nouns)
    nouns += [o for n in nouns if n is not head for o in _pobjs(n, frozenset({"of"}))]
    # "welcomed the outcome of a *meeting in Frankfurt*": where talks were held, no target
    nouns = [n for n in nouns if not index.is_thing(n)]
    for noun in nouns:
        if any(o.lemma_.lower() in _VENUES for o in _pobjs(noun, _PLACE_PREPS)):
            continue  # "sued X in federal court in *North Carolina*": the court's seat
        venue = said and noun is head and head.pos_ == "VERB"  # "criticized ... *in London*"
        for obj in _pobjs(noun, _PLACE_PREPS - _VOICED_IN if venue else _PLACE_PREPS):
            found.extend(a for a in index.of_phrase(obj, depth=0) if a in index.gpe)
            for inner in _pobjs(obj, frozenset({"in"})):  # "at targets in Jericho"
                found.extend(a for a in index.of_phrase(inner, depth=0) if a in index.gpe)
    return found


def _reciprocal(head: Token) -> bool:
    """ "attacking *each other*", "fought *one another*": the sources are the targets."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in {"other", "another"}
        and any(g.lower_ in {"each", "one"} for g in c.children)
        for c in head.children
    )


# Criticism: the place it is voiced in is where it was said, not whom ("criticized the
# panels *in London*"); a place in its object stays ("the closure of guest houses *in Bree*").
_SAID = frozenset({"ACCUSE"})
_VOICED_IN = frozenset({"in", "at"})


def fallback_targets(
    index: ActorIndex,
    heads: tuple[Token, ...],
    *,
    kind: str = "",
    meeting: bool = False,
    purpose: bool = True,
) -> list[str]:
    """Targets of an act of type ``kind`` whose object names no actor (see the module
    docstring); a meeting's place is where it is held, not whom it is with. Only a
    hostile act takes its purpose's target: one "resigned *to become* chairman of X" did
    nothing to X. A disapproval or refusal is not aimed at whoever would receive what it
    is about ("opposed a grant *to* the rebels")."""
    threat = kind == "THREATEN"
    recipients = kind not in {"ACCUSE", "REJECT"}
    if any(_reciprocal(h) for h in heads):
        return []  # "workers began attacking *each other* ... at the plant": no one else
    steps: list[Callable[[ActorIndex, Token], list[str]]] = [
        partial(_object_complements, recipients=recipients),
        _purpose if purpose else _complement_clause,
    ]
    if not meeting:  # not "criticized the panels *in London*": where he spoke
        steps.append(partial(_places, said=kind in _SAID))
    if threat:
        steps.append(_condition)
    for step in steps:
        found = [a for h in heads for a in step(index, h)]
        if found:
            return list(dict.fromkeys(found))
    return []
