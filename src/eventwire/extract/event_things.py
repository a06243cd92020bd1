"""Trigger words said of things and trades, not of acts between parties: users
"*bombarded* with adverts", a router that "*blew up*", a browser "*released*",
"*backing* singers", a news programme that "*investigates*" a story, a soap character
"*killed off*", people who "*practise shooting* at targets" or shoot at deer, one who
"*hit upon* the idea" (a fight at law, "*fighting* extradition", is
``event_senses._fought_in_law``). Each check reads the trigger's own words only (its
children and the noun it modifies), so it costs nothing on sentences without the trigger
lemma.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .event_index import WEAPONS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["said_of_things"]

# The weapons and what they fire: the only things a place or people are bombarded with in
# an attack ("bombarded the town *with mortars*"; not "*with adverts*").
_MUNITIONS = WEAPONS | frozenset({"mortar", "grenade", "fire", "shelling", "bullet", "round"})
_MUNITIONS |= frozenset({"munition", "salvo", "stone", "rock", "projectile", "explosive"})
_MUNITIONS |= frozenset({"barrage", "strike"})


def _bombarded_with_things(tok: Token) -> bool:
    """ "users *bombarded with* pop-up adverts", "*bombarded with* questions": a flood of
    things that are no munitions."""
    if tok.lemma_.lower() not in {"bombard", "pelt", "shower", "blitz"}:
        return False
    used = [o for p in tok.children if p.lower_ == "with" for o in p.children]
    used = [_filling(o) for o in used]  # "with a *barrage of* requests": the requests
    return bool(used) and not any(o.lemma_.lower() in _MUNITIONS for o in used)


# Words for a quantity of something, read through to what they hold ("a hail of rockets").
_HEAPS = frozenset({"barrage", "volley", "hail", "salvo", "stream", "flood", "torrent"})
_HEAPS |= frozenset({"series", "string", "wave", "avalanche", "deluge", "storm", "battery"})


def _filling(noun: Token) -> Token:
    """What a word for a quantity holds ("a *barrage of requests*" -> requests), or the
    noun itself."""
    if noun.lemma_.lower() not in _HEAPS:
        return noun
    held = [o for p in noun.children if p.lower_ == "of" for o in p.children]
    return held[0] if held else noun


def _went_off(tok: Token) -> bool:
    """ "when her *router blew up*": a thing that exploded or broke, with nothing blown up
    by anyone (no object, no passive). "Rebels *blew up* a bridge" keeps its object."""
    if tok.lemma_.lower() != "blow" or not any(c.lower_ == "up" for c in tok.children):
        return False
    return not any(
        c.dep_ in {"dobj", "nsubjpass", "auxpass", "agent"} for c in tok.children
    ) and tok.dep_ not in {"relcl", "acl"}


# Goods that are released to the public: software, records, films, figures.
_GOODS = frozenset({"browser", "software", "program", "programme", "version", "update"})
_GOODS |= frozenset({"album", "single", "record", "song", "film", "movie", "video", "dvd"})
_GOODS |= frozenset({"game", "console", "phone", "handset", "model", "book", "novel"})
_GOODS |= frozenset({"figure", "data", "report", "result", "statistic", "detail", "product"})


def _goods_released(tok: Token) -> bool:
    """ "the long-awaited web *browser*, which has just been *released*": goods put out,
    no captive freed."""
    if tok.lemma_.lower() != "release":
        return False
    freed = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"} and c.tag_ != "WDT"]
    if tok.pos_ == "NOUN":  # "the *release of* the new album"
        freed += [o for p in tok.children if p.lower_ == "of" for o in p.children]
    if tok.dep_ in {"relcl", "acl"}:
        freed.append(tok.head)
    return bool(freed) and all(o.lemma_.lower() in _GOODS for o in freed)


# Those whose trade is to back a lead: "*backing singers* Anna and Joy", "a backing band".
_BACKING_ROLES = frozenset({"singer", "vocalist", "vocal", "band", "group", "dancer", "track"})
_BACKING_ROLES |= frozenset({"musician", "choir", "vocals", "singers"})


def _backing_role(tok: Token) -> bool:
    """ "*backing* singers Pepsi and Shirlie": a job in a band, no support given."""
    if tok.lower_ != "backing":
        return False
    if tok.dep_ in {"amod", "compound"} and tok.head.lemma_.lower() in _BACKING_ROLES:
        return True
    backed = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]  # "*backing* singers
    # Lola and Jade" (the role word parsed as the object or as its compound)
    return any(t.lemma_.lower() in _BACKING_ROLES for o in backed for t in (o, *o.lefts))


# Newsrooms, whose investigating is their reporting: "*BBC News investigates* how ...".
_NEWSROOMS = frozenset({"news", "newsnight", "panorama", "programme", "documentary"})
_NEWSROOMS |= frozenset({"newspaper", "magazine", "reporter", "journalist", "correspondent"})


def _newsroom_inquiry(tok: Token) -> bool:
    """ "BBC News *investigates* how the network worked": a story told by reporters, not
    an inquiry by any authority into a party."""
    if tok.lemma_.lower() not in {"investigate", "probe", "examine"}:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(t.lemma_.lower() in _NEWSROOMS for t in subj.subtree)


# What one hits upon by thinking: "*hit upon the idea* of translating colours into music".
_THOUGHTS = frozenset({"idea", "plan", "solution", "formula", "way", "scheme", "notion"})
_THOUGHTS |= frozenset({"concept", "name", "answer", "design", "recipe", "theme"})


def _hit_upon(tok: Token) -> bool:
    """ "eventually *hit upon the idea*": found by thinking, no blow struck."""
    if tok.lemma_.lower() not in {"hit", "strike", "stumble"}:
        return False
    found = [o for p in tok.children if p.lower_ in {"upon", "on"} for o in p.children]
    return any(o.lemma_.lower() in _THOUGHTS for o in found)


def _written_out(tok: Token) -> bool:
    """ "saw Den Watts *killed off* on Friday": a character written out of a story."""
    return tok.lemma_.lower() == "kill" and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in tok.children
    )


# What is shot at for sport or food: "*at* a variety of game *animals*" (not "targets":
# "tanks fired shells *at targets in* Jericho" is an attack; practice says so itself).
_QUARRY = frozenset({"deer", "bird", "animal", "game", "rabbit", "duck", "pheasant"})
_QUARRY |= frozenset({"grouse", "boar", "clay", "pigeon", "bottle", "can", "bear", "wolf"})
_PRACTICE = frozenset({"practise", "practice", "learn", "teach", "train"})


def _target_practice(tok: Token) -> bool:
    """ "lets people *practise shooting* at targets", "let people *shoot at* a variety of
    game animals": shooting for sport or food, no party shot at."""
    if tok.lemma_.lower() not in {"shoot", "fire"}:
        return False
    if tok.dep_ in {"xcomp", "dobj"} and tok.head.lemma_.lower() in _PRACTICE:
        return True
    aims = [c for c in tok.children if c.dep_ == "dobj"]
    aims += [o for p in tok.children if p.lower_ == "at" for o in p.children]
    aims += [o for a in aims for p in a.children if p.lower_ == "of" for o in p.children]
    return any(a.lemma_.lower() in _QUARRY for a in aims)


def said_of_things(tok: Token) -> bool:
    """The verb (or a participle read as one) is said of things or of a trade: no act."""
    return (
        _bombarded_with_things(tok)
        or _went_off(tok)
        or _goods_released(tok)
        or _backing_role(tok)
        or _newsroom_inquiry(tok)
        or _written_out(tok)
        or _hit_upon(tok)
        or _target_practice(tok)
    )
