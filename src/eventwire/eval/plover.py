"""Score the events stage against the PLOVER gold standard and the PETRARCH2 unit tests.

**PLOVER GSR** (``PLOVER_GSR_CAMEO.*.json``): one sentence per record with its event type,
source and target actors (``actorText`` plus a country/IGO ``code``). Old labels are mapped
to PLOVER-2021 (FIGHT→ASSAULT, DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE);
``DOCUMENT`` records are skipped. Each record's text runs through parse → entities →
times → places → events as a one-sentence article (its ``date`` as the published date).

The system's answer for a record is the event it marks ``main`` (what it would answer to
"who did what to whom" for that article); failing that, its most confident event. Then:

- ``type_accuracy``: that event's PLOVER type is the gold type (no event: wrong).
- ``source_accuracy`` / ``target_accuracy``: a predicted actor *matches* a gold actor when
  their codes agree (the first three letters: country, IGO, NGO ...) or their texts share
  a content word. A role is right when some predicted actor matches some gold actor; when
  the gold role is empty, when the prediction has none too, or only actors of the other
  gold role (a reciprocal "X and Y agreed" read as X with Y).
- ``joint_accuracy``: type, source and target all right.
- ``type_any``: the gold type is among all the record's events (a recall view).
Details: a confusion summary (gold type -> predicted type counts, ``none`` for no event).

**PETRARCH2 unit tests** (``PETR.UnitTest.records.xml``): stylised sentences about
fictional states with the toy dictionaries' codes. Their event codes are the toy verb
file's, not CAMEO, so only structure is scored: ``detection_accuracy`` (an event found
exactly when gold has one), and on sentences with gold events ``source_accuracy``,
``target_accuracy`` and ``joint_accuracy`` of the main event against any gold coding,
comparing the first three letters of the codes. Predicted actor texts are turned into
codes with the test's own actor file (longest phrase match), here in the scorer only.

Run: ``eventwire eval plover`` and ``eventwire eval petrarch`` (``--gold PATH``).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..config import Config
from ..model import Article, Document, Event
from .base import EvalReport, analyser

__all__ = [
    "GoldActor",
    "GoldRecord",
    "PredActor",
    "best_event",
    "evaluate_petrarch",
    "evaluate_plover",
    "read_petrarch",
    "read_plover",
    "role_correct",
]

STAGES = ("parse", "entities", "times", "places", "events")
OLD_LABELS = {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
}
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "by",
        "from",
        "with",
        "its",
        "his",
        "her",
        "their",
        "s",
        "who",
        "which",
    ]
)
_WORD = re.compile(r"[A-Za-z0-9]+")


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str  # "HUN", "IGO", ... ("" unknown)


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    type: str  # PLOVER-2021 ("" when the record is only scored structurally)
    sources: tuple[GoldActor, ...]
    targets: tuple[GoldActor, ...]
    published: date | None = None
    events: tuple[tuple[str, str], ...] = ()  # PETRARCH: every (source, target) coding


@dataclass(frozen=True)
class PredActor:
    text: str
    code: str


def _gold_actors(raw: Any) -> tuple[GoldActor, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        GoldActor(str(a.get("actorText", "")).strip(), str(a.get("code", "")).strip())
        for a in raw
        if isinstance(a, dict)
    )


def _date(raw: Any) -> date | None:
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        return None


def read_plover(path: Path) -> list[GoldRecord]:
    """The scorable PLOVER GSR records, old labels mapped to PLOVER-2021."""
    out: list[GoldRecord] = []
    for raw in json.loads(path.read_text(encoding="utf-8")):
        text = str(raw.get("text") or "").strip()
        kind = str(raw.get("event", ""))
        if not text or kind == "DOCUMENT":
            continue
        out.append(
            GoldRecord(
                str(raw["id"]),
                text,
                OLD_LABELS.get(kind, kind),
                _gold_actors(raw.get("source")),
                _gold_actors(raw.get("target")),
                _date(raw.get("date")),
            )
        )
    return out


def _words(text: str) -> set[str]:
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP}


def actor_matches(pred: PredActor, gold: GoldActor) -> bool:
    """Codes agree on their first three letters, or the texts share a content word."""
    if pred.code and gold.code and pred.code[:3].upper() == gold.code[:3].upper():
        return True
    return bool(_words(pred.text) & _words(gold.text))


def role_correct(
    pred: Sequence[PredActor], gold: Sequence[GoldActor], other: Sequence[GoldActor]
) -> bool:
    """One role of the answer against gold (``other``: the gold actors of the other role)."""
    if not gold:
        return all(any(actor_matches(p, g) for g in other) for p in pred)
    return any(actor_matches(p, g) for p in pred for g in gold)


def best_event(events: Iterable[Event]) -> Event | None:
    """The system's answer: its main event, else its most confident one (first on ties)."""
    ranked = sorted(enumerate(events), key=lambda ie: (not ie[1].main, -ie[1].confidence, ie[0]))
    return ranked[0][1] if ranked else None


def _role(doc: Document, event: Event, *, source: bool) -> list[PredActor]:
    spans = event.source_actors if source else event.target_actors
    codes = event.source_codes if source else event.target_codes
    if spans:
        return [PredActor(s.text, c) for s, c in zip(spans, codes, strict=False)]
    out: list[PredActor] = []
    for ent_id in event.sources if source else event.targets:
        ent = doc.entity(ent_id)
        if ent is not None:
            out.append(PredActor(ent.name, (ent.country or "") + (ent.sector or "")))
    return out


@dataclass
class _Tally:
    n: int = 0
    type_ok: int = 0
    type_any: int = 0
    source_ok: int = 0
    target_ok: int = 0
    joint_ok: int = 0
    no_event: int = 0

    def metrics(self) -> dict[str, float]:
        def rate(x: int) -> float:
            return round(x / self.n, 4) if self.n else 0.0

        return {
            "type_accuracy": rate(self.type_ok),
            "source_accuracy": rate(self.source_ok),
            "target_accuracy": rate(self.target_ok),
            "joint_accuracy": rate(self.joint_ok),
            "type_any": rate(self.type_any),
            "no_event_rate": rate(self.no_event),
            "records": float(self.n),
        }


def _score_plover(rec: GoldRecord, doc: Document, tally: _Tally) -> str:
    """Add one record to ``tally``; returns the predicted type (``none`` for no event)."""
    tally.n += 1
    tally.type_any += any(e.type == rec.type for e in doc.events)
    event = best_event(doc.events)
    if event is None:
        tally.no_event += 1
        return "none"
    type_ok = event.type == rec.type
    src = role_correct(_role(doc, event, source=True), rec.sources, rec.targets)
    tgt = role_correct(_role(doc, event, source=False), rec.targets, rec.sources)
    tally.type_ok += type_ok
    tally.source_ok += src
    tally.target_ok += tgt
    tally.joint_ok += type_ok and src and tgt
    return event.type


def _analyse(cfg: Config) -> Callable[[Document], Document]:
    run: Callable[[Document], Document] = analyser(cfg, STAGES)
    return run


def _doc(rec: GoldRecord) -> Document:
    return Document.from_article(Article(rec.text, rec.id, id=rec.id, published=rec.published))


def evaluate_plover(gold: Path, *, cfg: Config, limit: int | None = None) -> EvalReport:
    """Type, source, target and joint accuracy on a PLOVER GSR file."""
    records = read_plover(gold)[:limit]
    analyse = _analyse(cfg)
    tally = _Tally()
    confusion: Counter[tuple[str, str]] = Counter()
    for rec in records:
        predicted = _score_plover(rec, analyse(_doc(rec)), tally)
        confusion[(rec.type, predicted)] += 1
    table: dict[str, dict[str, int]] = {}
    for (g, p), n in sorted(confusion.items()):
        table.setdefault(g, {})[p] = n
    return EvalReport("plover", str(gold), tally.metrics(), {"confusion": table})


# --- PETRARCH2 unit tests -------------------------------------------------------------

_ACTOR_LINE = re.compile(r"^([^\s\[#<+][^\[#]*?)\s*\[([^\]]*)\]")


def read_actor_codes(path: Path) -> dict[str, str]:
    """The test actor file as phrase (lower case, spaces) -> code; ``+ALIAS`` lines too."""
    codes: dict[str, str] = {}
    last: str | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if line.startswith("+") and last is not None:
            alias = line[1:].split("#")[0].strip()
            if alias:
                codes.setdefault(alias.replace("_", " ").strip().lower(), last)
            continue
        m = _ACTOR_LINE.match(line)
        if m is None:
            last = None if line and not line.startswith("#") else last
            continue
        code = m.group(2).split()[0].strip().upper() if m.group(2).strip() else ""
        last = code or None
        if code:
            codes.setdefault(m.group(1).replace("_", " ").strip().lower(), code)
    return codes


def code_of(text: str, codes: dict[str, str]) -> str:
    """The code of the longest actor-file phrase in ``text`` (word-bounded), else ""."""
    low = " ".join(_WORD.findall(text.lower().replace("'s", "")))
    best = ""
    best_len = 0
    for phrase, code in codes.items():
        words = " ".join(_WORD.findall(phrase))
        if len(words) > best_len and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", low):
            best, best_len = code, len(words)
    return best


def read_petrarch(path: Path) -> list[GoldRecord]:
    """Unit-test sentences with their (source, target) codings; error records skipped."""
    root = ET.fromstring(path.read_text(encoding="utf-8", errors="replace"))
    out: list[GoldRecord] = []
    for sent in root.iter("Sentence"):
        codings = sent.findall("EventCoding")
        if any("error" in c.attrib for c in codings):
            continue
        text = " ".join((sent.findtext("Text") or "").split())
        pairs = tuple(
            (c.get("sourcecode", ""), c.get("targetcode", ""))
            for c in codings
            if "eventcode" in c.attrib
        )
        raw_date = sent.get("date", "")
        published = _date(f"{raw_date[:4]}-{raw_date[4:6]}-{raw_date[6:8]}")
        if text:
            out.append(GoldRecord(sent.get("id", ""), text, "", (), (), published, pairs))
    return out


def _codes_of(actors: list[PredActor], codes: dict[str, str]) -> set[str]:
    found = {code_of(a.text, codes)[:3] for a in actors}
    return {c for c in found if c}


def _score_petrarch(rec: GoldRecord, doc: Document, codes: dict[str, str], t: _Tally) -> None:
    event = best_event(doc.events)
    t.type_any += (event is None) == (not rec.events)  # detection, kept in type_any
    if not rec.events:
        return
    t.n += 1
    if event is None:
        t.no_event += 1
        return
    src = _codes_of(_role(doc, event, source=True), codes)
    tgt = _codes_of(_role(doc, event, source=False), codes)
    src_ok = any(s[:3] in src for s, _ in rec.events)
    tgt_ok = any(g[:3] in tgt for _, g in rec.events)
    pair_ok = any(s[:3] in src and g[:3] in tgt for s, g in rec.events)
    t.source_ok += src_ok
    t.target_ok += tgt_ok
    t.joint_ok += pair_ok


def evaluate_petrarch(gold: Path, *, cfg: Config, limit: int | None = None) -> EvalReport:
    """Detection and source/target structure on the PETRARCH2 unit-test records."""
    folder = gold if gold.is_dir() else gold.parent
    records = read_petrarch(folder / "PETR.UnitTest.records.xml")[:limit]
    codes = read_actor_codes(folder / "PETR.Validate.actors.txt")
    analyse = _analyse(cfg)
    tally = _Tally()
    for rec in records:
        _score_petrarch(rec, analyse(_doc(rec)), codes, tally)
    m = tally.metrics()
    metrics = {
        "detection_accuracy": round(tally.type_any / len(records), 4) if records else 0.0,
        "source_accuracy": m["source_accuracy"],
        "target_accuracy": m["target_accuracy"],
        "joint_accuracy": m["joint_accuracy"],
        "no_event_rate": m["no_event_rate"],
        "records": float(len(records)),
    }
    return EvalReport("petrarch", str(gold), metrics, {"with_events": tally.n})
