"""The events lexicon: trigger lemmas -> CAMEO codes -> PLOVER-2021 type and mode.

``resources/event_lexicon.json`` is authored by the team from the CAMEO codebook and the
PLOVER-2021 CAMEO conversion. It has five parts:

- ``cameo``: every CAMEO code the lexicon can emit -> ``{"type", "mode"}`` (PLOVER-2021).
- ``verbs`` / ``nouns``: lemma -> rules. A rule names its CAMEO code and a trigger strength
  (0..1, how reliably the word signals the event) plus optional constraints: a required
  preposition (``prep``: "work *with*"), a required object lemma (``objects``: "sign an
  *agreement*"), no object at all (``no_object``: "protesters *demonstrated*" but not
  "*demonstrated* resolve"), an actor object (``actor_object``), an actor subject when a
  subject is present (``actor_source``: "the earthquake *struck* Gansu" is not an attack),
  light verbs for nouns (``light``: "*held* talks"), modifier refinements (``refine``:
  "*relief* aid" -> 073) and ``reciprocal`` (meetings: a plural subject is both sides).
- ``frames``: governing words that turn an event into intent ("ready to provide aid" ->
  033x), a request ("urged ... to meet" -> 106) or a rejection ("refused to meet" -> 125),
  each with a map from CAMEO code prefix to the framed code (longest prefix wins).
- ``negations`` and ``non_actor_heads`` (subjects that are never actors: "the earthquake").
- ``document_nouns``: documents, plans and policies, which are never actors ("signed a
  *Memorandum of Understanding*", "fund *its land reform program*"); one owned by an
  actor stands for its owner ("agreed to *the South Korean* proposal" -> KOR).
- ``thing_nouns``: currencies, markets, measures and states of mind; with the meeting
  nouns they make ``EventLexicon.thing_heads``, built once: a phrase they head names no
  party even with a name before it ("the *Washington* talks", "the *Yuppie* mentality").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError

__all__ = [
    "PLOVER_TYPES",
    "CameoType",
    "EventLexicon",
    "Frame",
    "TriggerRule",
    "load_event_lexicon",
    "parse_event_lexicon",
]

PLOVER_TYPES = frozenset(
    {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    }
)
_RESOURCE = "event_lexicon.json"


@dataclass(frozen=True, slots=True)
class CameoType:
    type: str
    mode: str | None


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One reading of a trigger lemma (see the module docstring for the fields)."""

    lemma: str
    cameo: str
    strength: float
    prep: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    no_object: bool = False
    actor_object: bool = False
    actor_source: bool = False
    light: frozenset[str] = frozenset()
    refine: tuple[tuple[str, str], ...] = ()  # (modifier lemma, CAMEO code)
    reciprocal: bool = False
    particle: frozenset[str] = frozenset()  # a required verb particle: "call *off*"
    clause_target: bool = False  # "demanded that *Israel* withdraw": the clause subject


@dataclass(frozen=True, slots=True)
class Frame:
    """A governing word class that recodes the event it governs."""

    kind: str  # intent, request, reject
    cues: frozenset[str]
    codes: MappingProxyType[str, str]

    def recode(self, cameo: str) -> str | None:
        """The framed code for ``cameo`` (longest matching prefix), or None."""
        for size in range(len(cameo), 1, -1):
            code = self.codes.get(cameo[:size])
            if code is not None:
                return code
        return None


@dataclass(frozen=True, slots=True)
class EventLexicon:
    version: str
    cameo: MappingProxyType[str, CameoType]
    verbs: MappingProxyType[str, tuple[TriggerRule, ...]]
    nouns: MappingProxyType[str, tuple[TriggerRule, ...]]
    frames: tuple[Frame, ...]
    negations: frozenset[str]
    non_actor_heads: frozenset[str]
    # Common nouns naming kinds of actors -> sector ("police" -> COP); see event_actors.
    actor_nouns: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The same nouns as a set, for membership tests on the hot path; built once.
    actor_words: frozenset[str] = frozenset()
    # Subjects that are the means of an attack, not its actor ("a roadside bombing killed").
    means_subjects: frozenset[str] = frozenset()
    # "X said Y must withdraw": a deontic modal under a saying verb is a demand (REQUEST).
    deontic_modals: frozenset[str] = frozenset()
    say_verbs: frozenset[str] = frozenset()
    # Documents, plans and policies ("the accord", "its land reform program"): never actors.
    document_nouns: frozenset[str] = frozenset()
    # Heads of phrases that name no party (see the module docstring), built once.
    thing_heads: frozenset[str] = frozenset()

    @property
    def request_rule(self) -> TriggerRule | None:
        """The rule of a demand with no event verb of its own ("Y must withdraw")."""
        return TriggerRule("must", "100", 0.55) if "100" in self.cameo else None

    def frame_for(self, lemma: str) -> Frame | None:
        return next((f for f in self.frames if lemma in f.cues), None)


def _rule(lemma: str, raw: dict[str, Any]) -> TriggerRule:
    return TriggerRule(
        lemma=lemma,
        cameo=str(raw["cameo"]),
        strength=float(raw["strength"]),
        prep=frozenset(raw.get("prep", ())),
        objects=frozenset(raw.get("objects", ())),
        no_object=bool(raw.get("no_object", False)),
        actor_object=bool(raw.get("actor_object", False)),
        actor_source=bool(raw.get("actor_source", False)),
        light=frozenset(raw.get("light", ())),
        refine=tuple(sorted(dict(raw.get("refine", {})).items())),
        reciprocal=bool(raw.get("reciprocal", False)),
        particle=frozenset(raw.get("particle", ())),
        clause_target=bool(raw.get("clause_target", False)),
    )


def _rules(
    table: dict[str, list[dict[str, Any]]],
) -> MappingProxyType[str, tuple[TriggerRule, ...]]:
    return MappingProxyType(
        {lemma: tuple(_rule(lemma, r) for r in rules) for lemma, rules in table.items()}
    )


def _check_codes(lex: EventLexicon) -> None:
    bad_types = sorted(c for c, t in lex.cameo.items() if t.type not in PLOVER_TYPES)
    used = {r.cameo for rules in (*lex.verbs.values(), *lex.nouns.values()) for r in rules}
    used |= {
        c
        for rules in (*lex.verbs.values(), *lex.nouns.values())
        for r in rules
        for _, c in r.refine
    }
    used |= {c for f in lex.frames for c in f.codes.values()}
    missing = sorted(used - set(lex.cameo))
    if bad_types or missing:
        raise ConfigError(
            "E155",
            f"event lexicon: codes with non-PLOVER-2021 types {bad_types}, codes without a "
            f"'cameo' entry {missing}; fix resources/{_RESOURCE}",
        )


def _thing_heads(raw: dict[str, Any]) -> frozenset[str]:
    """Meeting nouns ("the *Washington* talks", "Thatcher's *trip*") and ``thing_nouns``.
    Other event nouns are left out: an owned demand or appeal stands for its owner
    ("rejected *a UN* appeal")."""
    cameo = raw["cameo"]
    meetings = (
        word
        for word, rules in raw["nouns"].items()
        if rules and cameo.get(rules[0]["cameo"], {}).get("type") == "CONSULT"
    )
    return frozenset(meetings) | frozenset(raw.get("thing_nouns", ()))


def parse_event_lexicon(raw: dict[str, Any]) -> EventLexicon:
    """Build and check an EventLexicon from its JSON form."""
    try:
        lex = EventLexicon(
            version=str(raw["version"]),
            cameo=MappingProxyType(
                {c: CameoType(t["type"], t.get("mode")) for c, t in raw["cameo"].items()}
            ),
            verbs=_rules(raw["verbs"]),
            nouns=_rules(raw["nouns"]),
            frames=tuple(
                Frame(kind, frozenset(f["cues"]), MappingProxyType(dict(f["map"])))
                for kind, f in raw["frames"].items()
            ),
            negations=frozenset(raw.get("negations", ())),
            non_actor_heads=frozenset(raw.get("non_actor_heads", ())),
            actor_nouns=MappingProxyType(dict(raw.get("actor_nouns", {}))),
            actor_words=frozenset(raw.get("actor_nouns", {})),
            means_subjects=frozenset(raw.get("means_subjects", ())),
            deontic_modals=frozenset(raw.get("deontic", {}).get("modals", ())),
            say_verbs=frozenset(raw.get("deontic", {}).get("say_verbs", ())),
            document_nouns=frozenset(raw.get("document_nouns", ())),
            thing_heads=_thing_heads(raw),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            "E155", f"event lexicon is malformed ({type(exc).__name__}: {exc}); fix it"
        ) from None
    _check_codes(lex)
    return lex


def load_event_lexicon() -> EventLexicon:
    """Read ``resources/event_lexicon.json`` (call once, in the stage factory)."""
    text = files("eventwire.resources").joinpath(_RESOURCE).read_text(encoding="utf-8")
    return parse_event_lexicon(json.loads(text))
