"""Score the statements stage against PolNeAR (brat standoff attribution relations).

PolNeAR (Newell et al., LREC 2018) marks Source, Cue and Content spans linked as one
Attribution. We read it where it lies (it is copyrighted; never copy it into the repo),
run parse + entities + statements over each article and score:

- per part (source, cue, content), independently: predicted spans (one per statement
  that has that part) against gold spans (one per attribution that has it), matched
  one-to-one, greedily by the number of shared characters. ``exact`` counts a match
  when both spans are the same after trimming edge whitespace and punctuation (so
  '"Yes,"' equals 'Yes'); ``overlap`` when they share a character.
- attribution: a statement matches a gold attribution when their contents overlap and
  their sources overlap, or both have no source; one-to-one, greedily by content overlap.

One annotator file per article is used (the first in sorted order) so double-annotated
articles are not counted twice. A discontinuous gold span ("Content 10 20;30 40", or
Content plus Content2) counts by its full extent (10-40).

Run: ``eventwire eval quotes --gold ../shared/data/polnear/dev`` (or ``…/train``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config
from ..model import Article, Document, Statement
from .base import EvalReport, analyser

__all__ = [
    "PARTS",
    "GoldAttribution",
    "Prf",
    "Scores",
    "evaluate_polnear",
    "evaluate_quotes",
    "read_polnear",
    "score_document",
]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.MULTILINE)
_E_LINE = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)
_EDGE = " \t\r\n.,;:!?\"'()[]-\u2013\u2014\u2018\u2019\u201c\u201d"

Range = tuple[int, int]
PARTS = ("source", "cue", "content")


@dataclass(frozen=True)
class GoldAttribution:
    """One attribution's parts as full-extent character ranges (None when absent)."""

    source: Range | None
    cue: Range | None
    content: Range | None


@dataclass
class Prf:
    """Match counts for precision, recall and F1."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def scores(self) -> dict[str, float]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold


@dataclass
class Scores:
    """Counts per measure name (``cue_exact``, ``content_overlap``, ``attribution``)."""

    counts: dict[str, Prf] = field(default_factory=dict)
    documents: int = 0

    def prf(self, name: str) -> Prf:
        return self.counts.setdefault(name, Prf())

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {"documents": float(self.documents)}
        for name, prf in self.counts.items():
            out.update({f"{name}_{k}": v for k, v in prf.scores.items()})
        return out

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"documents": self.documents}
        for name, prf in self.counts.items():
            out[name] = {**prf.scores, "tp": prf.tp, "predicted": prf.predicted, "gold": prf.gold}
        return out


def _extent(spec: str) -> list[Range]:
    return [(int(a), int(b)) for a, b in (part.split() for part in spec.split(";"))]


def _full(ranges: list[Range]) -> Range | None:
    return (min(s for s, _ in ranges), max(e for _, e in ranges)) if ranges else None


def _parse_ann(raw: str) -> list[GoldAttribution]:
    spans = {m.group(1): _extent(m.group(3)) for m in _T_LINE.finditer(raw)}
    out = []
    for m in _E_LINE.finditer(raw):
        roles: dict[str, list[Range]] = {"Source": [], "Cue": [], "Content": []}
        for arg in m.group(1).split():
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")  # Content2 extends Content
            if role in roles and ref in spans:
                roles[role].extend(spans[ref])
        if roles["Cue"] or roles["Content"]:
            out.append(
                GoldAttribution(
                    _full(roles["Source"]), _full(roles["Cue"]), _full(roles["Content"])
                )
            )
    return out


def read_polnear(
    root: Path, split: str = "dev"
) -> Iterator[tuple[str, str, list[GoldAttribution]]]:
    """``(name, text, gold attributions)`` per article of one split."""
    seen: set[str] = set()
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (root / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        yield name, text, _parse_ann(ann.read_text(encoding="utf-8"))


def _shared(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _trimmed(text: str, r: Range) -> Range:
    start, end = r
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _greedy(pairs: list[tuple[int, int, int]]) -> int:
    """Size of a one-to-one matching of ``(weight, pred, gold)`` pairs, heaviest first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, p, g in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
    return len(used_p)


def _score_part(
    text: str, preds: list[Range], golds: list[Range], scores: Scores, part: str
) -> None:
    overlap = [(_shared(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)]
    scores.prf(f"{part}_overlap").add(
        _greedy([x for x in overlap if x[0] > 0]), len(preds), len(golds)
    )
    tp, tg = [_trimmed(text, p) for p in preds], [_trimmed(text, g) for g in golds]
    exact = [(1, i, j) for i, p in enumerate(tp) for j, g in enumerate(tg) if p == g]
    scores.prf(f"{part}_exact").add(_greedy(exact), len(preds), len(golds))


def _pred(stmt: Statement) -> GoldAttribution:
    src = None if stmt.source is None else (stmt.source.start, stmt.source.end)
    return GoldAttribution(
        src, (stmt.cue.start, stmt.cue.end), (stmt.content.start, stmt.content.end)
    )


def _attribution_match(p: GoldAttribution, g: GoldAttribution) -> int:
    """Shared content characters when ``p`` matches ``g``, else 0."""
    if p.content is None or g.content is None:
        return 0
    if p.source is None or g.source is None:
        sources_agree = p.source is None and g.source is None
    else:
        sources_agree = _shared(p.source, g.source) > 0
    return _shared(p.content, g.content) if sources_agree else 0


def score_document(
    text: str, gold: list[GoldAttribution], stmts: list[Statement], scores: Scores
) -> None:
    """Add one article's counts to ``scores``."""
    preds = [_pred(s) for s in stmts]
    scores.documents += 1
    for part in PARTS:
        p_spans = [r for p in preds if (r := getattr(p, part)) is not None]
        g_spans = [r for g in gold if (r := getattr(g, part)) is not None]
        _score_part(text, p_spans, g_spans, scores, part)
    pairs = [
        (_attribution_match(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(gold)
    ]
    scores.prf("attribution").add(_greedy([x for x in pairs if x[0] > 0]), len(preds), len(gold))


def evaluate_polnear(
    root: Path,
    analyse: Callable[[Document], Document],
    *,
    split: str = "dev",
    limit: int | None = None,
) -> Scores:
    """Run ``analyse`` (parse + entities + statements) over a PolNeAR split and score it."""
    scores = Scores()
    for i, (name, text, gold) in enumerate(read_polnear(root, split)):
        if limit is not None and i >= limit:
            break
        doc = analyse(Document.from_article(Article(text, name)))
        score_document(text, gold, list(doc.statements), scores)
    return scores


def evaluate_quotes(gold: Path, *, cfg: Config, limit: int | None = None) -> EvalReport:
    """The ``quotes`` eval task on a PolNeAR split folder (``…/polnear/dev``) or its root."""
    root, split = (gold.parent, gold.name) if (gold / "attributions").is_dir() else (gold, "dev")
    run = analyser(cfg, ("parse", "entities", "statements"))
    scores = evaluate_polnear(root, run, split=split, limit=limit)
    return EvalReport("quotes", str(gold), scores.metrics(), scores.to_json())
