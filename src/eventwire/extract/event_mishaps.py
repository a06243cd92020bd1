"""Tolls of accidents and disasters: "two trains collided, injuring one person", "seven
people were killed when a tram derailed", and in a tram-crash story "a lot of people were
injured". People killed or hurt with no one named who did it, in a crash, a fire or a
flood, are no assault; nor is a ship or bus that "struck a bridge" (``collision_at``).

``accident_told`` reads a stretch of text (a sentence, or an article's headline and lead):
it tells of a mishap when it names one (crash, collision, derailment, "caught fire", flood,
earthquake ...) and names no attack (gunman, bomb, shooting, troops, raid ...). A toll
(``is_toll``: kill, injure, wound, hurt) is no event when its sentence tells of a mishap
(whoever the parse makes its subject: "SAN JOSE - A plane crash killed ten"), or when it
names no one doing it and the article's headline and lead tell of a mishap and the
sentence itself names no attack. The parse-based checks in ``event_senses`` and
``event_roles`` catch the tolls whose clause names the mishap; this one also reads the
story around them. A blow (``is_blow``: hit, struck, battered) with no one dealing it in
such a story is the mishap's too, and a storm is known by its name once the story has
called it "Hurricane Mitch" (``storm_named``).
"""

from __future__ import annotations

import re

from ..model import Event

__all__ = ["accident_told", "attack_told", "collision_at", "is_blow", "is_toll", "storm_named"]

_MISHAP = re.compile(
    r"\b(?:crash(?:es|ed|ing)?|collid(?:e|es|ed|ing)|collisions?|derail(?:s|ed|ing|ment)?"
    r"|capsiz(?:e|es|ed|ing)|sank|sunk|accidents?|accidental(?:ly)?|blazes?|caught fire"
    r"|fire broke out|floods?|flooding|flooded|(?:earth)?quakes?|storms?|hurricanes?"
    r"|typhoons?|cyclones?|tornado(?:es)?|avalanches?|landslides?|mudslides?|stampede"
    r"|collaps(?:e|es|ed|ing)|erupt(?:ed|ion)|lightning|heatwave|wildfires?|bushfires?"
    r"|pile-?up|ran aground|went off the road|overturned)\b",
    re.IGNORECASE,
)
_ATTACK = re.compile(
    r"\b(?:attack(?:s|ed|er|ers|ing)?|bomb(?:s|ed|er|ers|ing|ings)?|explosives?|guns?"
    r"|gun(?:man|men|fire)|shoot(?:s|ing|ings|er)?|shot|stabb?(?:ed|ing|bing)?|knife"
    r"|militants?|terror(?:ist|ists|ism)?|rebels?|guerrillas?|insurgents?|troops|soldiers?"
    r"|army|air ?strikes?|strikes?|raids?|shell(?:s|ed|ing)|rockets?|missiles?"
    r"|grenades?|ambush(?:ed)?|massacres?|murder(?:s|ed|er)?|assassinat(?:ed|ion)|riots?"
    r"|clash(?:es|ed)?|fighting|war|violence|assault(?:s|ed)?|suicide|hostages?"
    r"|killer|rammed|deliberately|arson|sabotage|warplanes?|bombers?|gunboats?|warships?"
    r"|fighter jets?|gunships?|artillery|mortars?|drones?)\b",
    re.IGNORECASE,
)
# A vehicle or vessel striking a structure: "a tourist ship *struck a highway bridge*",
# "the bus *slammed into a concrete pillar*". A missile that strikes a bridge names an
# attack (``_ATTACK``) and is no mishap.
_COLLISION = re.compile(
    r"\b(?:hit|hits|struck|strikes|slam(?:s|med)|smash(?:es|ed)|plough(?:s|ed)|plow(?:s|ed)"
    r"|crash(?:es|ed)|careen(?:s|ed)|veer(?:s|ed)|ran|runs)\s+(?:into|against|onto)?\s*"
    r"(?:[\w'-]+\s+){0,4}?(?:bridges?|pillars?|barriers?|walls?|trees?|pylons?|embankments?"
    r"|icebergs?|rocks?|reefs?|piers?|jett(?:y|ies)|quays?|docks?|lamp-?posts?|guard-?rails?"
    r"|kerbs?|curbs?|fences?|poles?|ditch(?:es)?|tunnels?|buildings?)\b",
    re.IGNORECASE,
)
# What an agentless toll's trigger starts with: killed, injuring, wounded, hurt, maimed.
_TOLLS = ("kill", "injur", "wound", "hurt", "maim")


_STORM = r"(?:hurricane|typhoon|cyclone|tropical storm|storm|super ?typhoon)"


def storm_named(text: str, name: str) -> bool:
    """``name`` is a storm's: the text calls it "Hurricane Mitch", "Typhoon Haiyan" (or the
    name itself starts so)."""
    if re.match(rf"{_STORM}\s", name, re.IGNORECASE):
        return True
    return re.search(rf"\b{_STORM}\s+{re.escape(name)}\b", text, re.IGNORECASE) is not None


def attack_told(text: str) -> bool:
    """The text names an attack or someone who attacks."""
    return _ATTACK.search(text) is not None


def accident_told(text: str) -> bool:
    """The text names a mishap (a crash, a flood, a ship striking a bridge) and no attack."""
    named = _MISHAP.search(text) is not None or _COLLISION.search(text) is not None
    return named and not attack_told(text)


def collision_at(text: str, offset: int) -> bool:
    """A collision with a structure is told from ``offset`` of ``text`` on ("*struck a
    highway bridge*"), in a text that names no attack."""
    found = _COLLISION.match(text, offset)
    return found is not None and not attack_told(text)


# What a blow's trigger starts with: a place or people "hit", "struck", "battered".
_BLOWS = ("hit", "struck", "strike", "batter", "pound", "lash", "devastat", "ravag")


def is_blow(event: Event) -> bool:
    """An assault whose trigger tells a blow that floods and storms deal as well as armies."""
    return event.type == "ASSAULT" and event.trigger.text.lower().startswith(_BLOWS)


def is_toll(event: Event) -> bool:
    """An assault whose trigger counts people killed or hurt."""
    return event.type == "ASSAULT" and event.trigger.text.lower().startswith(_TOLLS)
