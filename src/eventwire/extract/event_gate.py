"""The learned event check: how likely a coded event is wrong when a person reads it.

The rules of ``events`` code an event; this check then scores it with a logistic
regression over the parse around its trigger and over its parties (trigger lemma and
type, part of speech, dependency and head, modals and "to" complements, negation, a
question, "if" or a quote in the sentence, the first sentence or not, how many sources
and targets, whether they carry a country or a business code, whether a target has a
digit, the trigger's first ancestors and whether the sentence names money or a country).
Events whose probability of being wrong is above ``events.gate`` are not emitted. The
default, 1, keeps them all; 0.5 is the cut it was measured at (``--set events.gate=0.5``).
The check was off by default from pool BO (session 28: it dropped as many right events as
wrong ones) to pool BP (session 29: five wrong and no right one), and is off again since
pool BS (session 31: one wrong and one right), each time by a rule registered before the
draw.

The weights (``resources/event_gate.json``, plain JSON: feature -> weight) are fitted by
``make train-events-gate`` on the events today's rules code on every article a person has
judged (``bench/*_event_verdicts*.tsv``: Reuters-21578, BBC and Giveme5W1H news, ok or
wrong per event); ``resources/event_gate.md`` tells how and what it measured. The check
only removes events; it never adds or changes one. When the rules change, refit it.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from ..errors import ConfigError
from ..model import Document, Event

__all__ = ["EventGate", "event_features", "features", "gate_from", "load_event_gate"]

MODALS = frozenset({"will", "would", "may", "might", "could", "can", "should", "must", "shall"})
# Sector codes, so a code's first three letters tell a country ("RUS") from a sector ("GOV").
SECTORS = frozenset(
    {"GOV", "MIL", "BUS", "LAB", "LEG", "JUD", "IGO", "REB", "OPP", "MED", "CVL", "AGR"}
    | {"EDU", "NGO", "PTY", "REL", "COP", "REF", "ELI"}
)
_IF = re.compile(r"\bif\b", re.I)
_DIGIT = re.compile(r"\d")


def features(
    tok: Any, typ: str, cameo: str, sides: tuple[list[str], list[str], list[str], list[str]]
) -> dict[str, float]:
    """Features of one coded event: its trigger token (spaCy), type, CAMEO code and its
    parties as (source words, source codes, target words, target codes)."""
    src, scodes, tgt, tcodes = sides
    sent, lem = tok.sent, tok.lemma_.lower()
    f: Counter[str] = Counter()
    for name in (f"type={typ}", f"root={cameo[:2]}", f"lem={lem}", f"tl={typ}|{lem}"):
        f[name] = 1
    for name in (f"pos={tok.pos_}", f"dep={tok.dep_}", f"tag={tok.tag_}"):
        f[name] = 1
    f[f"head={tok.head.lemma_.lower()}"] = 1
    f[f"deppos={tok.dep_}|{tok.head.pos_}"] = 1
    kids = {c.lower_ for c in tok.children}
    for m in MODALS & kids:
        f["modal"] = f[f"modal={m}"] = 1
    f["toinf"] = int("to" in kids)
    f["neg"] = int(any(c.dep_ == "neg" for c in tok.children))
    text = sent.text
    f["question"] = int("?" in text)
    f["if"] = int(bool(_IF.search(text)))
    f["quote"] = int('"' in text)
    f["sentpos"] = int(sent.start == 0)
    f[f"nsrc={min(len(src), 2)}"] = f[f"ntgt={min(len(tgt), 2)}"] = 1
    f["srccoded"], f["tgtcoded"] = int(any(scodes)), int(any(tcodes))
    f["srcbus"] = int(any(c.endswith("BUS") for c in scodes))
    f["tgtbus"] = int(any(c.endswith("BUS") for c in tcodes))
    f["srcctry"] = int(any(c[:3].isupper() and c[:3] not in SECTORS for c in scodes))
    f["tgtctry"] = int(any(c[:3].isupper() and c[:3] not in SECTORS for c in tcodes))
    f["tgtuncoded"] = int(any(not c for c in tcodes))
    f["srcuncoded"] = int(any(not c for c in scodes))
    f["tgtdigit"] = int(any(_DIGIT.search(t) for t in tgt))
    ancestors = [a.lemma_.lower() for a in tok.ancestors][:4]
    for a in ancestors[:2]:
        f[f"anc={a}"] = 1
    f[f"depth={min(len(ancestors), 3)}"] = 1
    labels = {e.label_ for e in sent.ents}
    f["sentmoney"] = int(bool(labels & {"MONEY", "PERCENT"}))
    f["sentgpe"] = int(bool(labels & {"GPE", "NORP"}))
    return dict(f)


def event_features(doc: Document, event: Event) -> dict[str, float] | None:
    """``features`` of an event of a parsed document (None when its trigger maps to no
    token, which the parse never gives for a trigger it made)."""
    if doc.parsed is None:
        return None
    span = doc.parsed.char_span(event.trigger.start, event.trigger.end, "expand")
    if span is None:
        return None
    sides = (
        [a.text for a in event.source_actors],
        list(event.source_codes),
        [a.text for a in event.target_actors],
        list(event.target_codes),
    )
    return features(span.root, event.type, event.cameo, sides)


@dataclass(frozen=True)
class EventGate:
    """Logistic regression over ``features``: weights, bias and the cut on p(wrong)."""

    weights: Mapping[str, float]
    bias: float
    cut: float

    def p_wrong(self, feats: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def keeps(self, doc: Document, event: Event) -> bool:
        """False when the event's p(wrong) is above the cut (a cut of 1 keeps all)."""
        if self.cut >= 1.0:
            return True
        feats = event_features(doc, event)
        return feats is None or self.p_wrong(feats) <= self.cut


def gate_from(raw: Mapping[str, object], cut: float) -> EventGate:
    """A gate from the fields of ``event_gate.json`` (``weights``, ``bias``)."""
    weights = raw["weights"]
    if not isinstance(weights, dict):
        raise TypeError("weights is not a table")
    bias = raw["bias"]
    if not isinstance(bias, int | float):
        raise TypeError("bias is not a number")
    return EventGate({str(k): float(v) for k, v in weights.items()}, float(bias), cut)


def load_event_gate(cut: float) -> EventGate:
    """Read ``resources/event_gate.json`` (made by ``make train-events-gate``)."""
    try:
        text = files("eventwire.resources").joinpath("event_gate.json").read_text("utf-8")
        return gate_from(json.loads(text), cut)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            "E159",
            f"cannot load resources/event_gate.json ({exc}); reinstall, or run "
            "make train-events-gate",
        ) from None
