"""Score the TIME stage against TimeML gold (TempEval-3 style).

Reads ``.tml`` files (recursively), runs the stage on each ``<TEXT>`` with the document
creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``) as the published
date, and reports, as in TempEval-3: strict (exact span) and relaxed (overlap) extent
precision/recall/F1 and type and value accuracy over relaxed matches. ``value_f1`` is the
issue's definition: a system timex counts only when it overlaps a gold timex (one-to-one)
and has the same value; precision is over system timexes, recall over gold ones.
``te3_value_f1`` is TempEval-3's relaxed F1 times value accuracy; over the same one-to-one
matches the two are the same number (hits/system = accuracy x relaxed precision), and
both are reported so a change to either computation shows. The creation time itself is
never scored.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..config import Config
from ..errors import IngestError
from ..model import Article, Document
from .base import EvalReport, analyser

__all__ = [
    "GoldTimex",
    "TimexScores",
    "TmlDoc",
    "evaluate",
    "evaluate_timex",
    "read_tml",
    "read_tml_dir",
    "score",
]

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class TmlDoc:
    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]


def _dct(raw: str) -> date | None:
    for m in re.finditer(r"<TIMEX3\b([^>]*)>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            try:
                return date.fromisoformat(attrs.get("value", "")[:10])
            except ValueError:
                return None
    return None


def _plain(inner: str) -> tuple[str, list[GoldTimex]]:
    """Tag-free text of a TimeML fragment and the TIMEX3 offsets into it."""
    parts: list[str] = []
    size, pos = 0, 0
    open_: tuple[int, dict[str, str]] | None = None
    found: list[GoldTimex] = []
    for m in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos : m.start()])
        parts.append(chunk)
        size += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3" or m.group(4):
            continue
        if not m.group(1):
            open_ = (size, dict(_ATTR.findall(m.group(3))))
        elif open_ is not None:
            start, attrs = open_
            if attrs.get("functionInDocument") != "CREATION_TIME":
                found.append(GoldTimex(start, size, attrs.get("type", ""), attrs.get("value", "")))
            open_ = None
    parts.append(html.unescape(inner[pos:]))
    return "".join(parts), found


def read_tml(path: Path) -> TmlDoc:
    """One TimeML file: its TEXT without tags, its creation date and its gold TIMEX3s."""
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
    if m is None:
        raise IngestError("E230", "no <TEXT> element; is this a TimeML file?", where=str(path))
    text, timexes = _plain(m.group(1))
    return TmlDoc(path.name, text, _dct(raw), tuple(timexes))


def read_tml_dir(root: Path) -> Iterator[TmlDoc]:
    """Every ``.tml`` file under ``root``, in path order."""
    for path in sorted(root.rglob("*.tml")):
        yield read_tml(path)


@dataclass(frozen=True)
class TimexScores:
    gold: int
    predicted: int
    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    type_accuracy: float
    value_accuracy: float
    value_p: float
    value_r: float
    value_f1: float
    te3_value_f1: float


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


Pair = tuple[tuple[GoldTimex, ...], tuple[GoldTimex, ...]]


def _matches(
    gold: tuple[GoldTimex, ...], pred: tuple[GoldTimex, ...]
) -> list[tuple[GoldTimex, GoldTimex]]:
    """One-to-one relaxed matches: each gold takes the first unused overlapping prediction."""
    used: set[int] = set()
    out: list[tuple[GoldTimex, GoldTimex]] = []
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and p.start < g.end and g.start < p.end:
                used.add(i)
                out.append((g, p))
                break
    return out


def score(docs: Iterable[Pair]) -> TimexScores:
    """TempEval-3 extent, type and value scores over (gold, predicted) pairs per document."""
    n_gold = n_pred = strict = relaxed = types = values = 0
    for gold, pred in docs:
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        strict += len({(g.start, g.end) for g in gold} & {(p.start, p.end) for p in pred})
        pairs = _matches(gold, pred)
        relaxed += len(pairs)
        types += sum(g.type == p.type for g, p in pairs)
        values += sum(g.value == p.value for g, p in pairs)
    sp, sr, sf = _prf(strict, n_pred, n_gold)
    rp, rr, rf = _prf(relaxed, n_pred, n_gold)
    vp, vr, vf = _prf(values, n_pred, n_gold)
    type_acc = types / relaxed if relaxed else 0.0
    value_acc = values / relaxed if relaxed else 0.0
    return TimexScores(
        n_gold, n_pred, sp, sr, sf, rp, rr, rf, type_acc, value_acc, vp, vr, vf, rf * value_acc
    )


def _predict(run: Callable[[Document], Document], tml: TmlDoc) -> Pair:
    doc = run(Document.from_article(Article(tml.text, tml.name, published=tml.dct)))
    pred = tuple(GoldTimex(t.span.start, t.span.end, t.type, t.value) for t in doc.times)
    return tml.timexes, pred


def evaluate(root: Path, *, run: Callable[[Document], Document]) -> TimexScores:
    """Run ``run`` (parse then times) on every TimeML file under ``root`` and score it."""
    return score(_predict(run, tml) for tml in read_tml_dir(root))


def _metrics(scores: TimexScores) -> dict[str, float]:
    from dataclasses import asdict

    return {k: round(float(v), 4) for k, v in asdict(scores).items()}


def evaluate_timex(gold: Path, *, cfg: Config, limit: int | None = None) -> EvalReport:
    """The ``timex`` eval task: parse + times over every ``.tml`` under ``gold``.

    ``details["subsets"]`` scores each top-level folder (e.g. TimeBank, AQUAINT) alone.
    """
    from itertools import islice

    run = analyser(cfg, ("parse", "times"))
    by_subset: dict[str, list[Pair]] = {}
    for path in islice(sorted(gold.rglob("*.tml")), limit):
        rel = path.relative_to(gold).parts
        by_subset.setdefault(rel[0] if len(rel) > 1 else ".", []).append(
            _predict(run, read_tml(path))
        )
    pairs = [p for group in by_subset.values() for p in group]
    subsets = {name: _metrics(score(group)) for name, group in sorted(by_subset.items())}
    details = {"documents": len(pairs), "subsets": subsets if len(subsets) > 1 else {}}
    return EvalReport("timex", str(gold), _metrics(score(pairs)), details)
