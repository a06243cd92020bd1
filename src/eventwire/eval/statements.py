"""Score the statements stage against PolNeAR (brat standoff attribution relations).

PolNeAR (Newell et al., LREC 2018) marks Source, Cue and Content spans linked as one
Attribution. We read it where it lies (it is copyrighted; never copy it into the repo),
run parse + statements over each article and score, per attribution:

- cue: a predicted cue overlapping a gold cue is a hit (P over predictions, R over gold);
- source / content: among cue-matched pairs, a hit when the predicted span overlaps
  the gold one (a pair whose gold side has no such span is skipped for that role);
- content_tokens: token-overlap F1 of content in cue-matched pairs, micro-averaged —
  how much of the right text we take, since "overlap" alone is lenient.

Run: ``python -m eventwire.eval.statements /work/shared/data/polnear --split dev``.
One annotator file per article is used (the first by name) so double-annotated
articles are not counted twice.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..config import Config
from ..model import Article, Document, Statement
from .base import EvalReport, analyser

__all__ = [
    "GoldAttribution",
    "Prf",
    "evaluate_polnear",
    "evaluate_quotes",
    "read_polnear",
    "score_document",
]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t", re.MULTILINE)
_E_LINE = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)
_WORD = re.compile(r"\w+")

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    source: Ranges
    cue: Ranges
    content: Ranges


@dataclass
class Prf:
    """Counts for precision/recall; ``tp_p``/``tp_r`` differ when matches are many-to-one."""

    tp_p: int = 0
    predicted: int = 0
    tp_r: int = 0
    gold: int = 0

    @property
    def scores(self) -> dict[str, float]:
        p = self.tp_p / self.predicted if self.predicted else 0.0
        r = self.tp_r / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


@dataclass
class Scores:
    cue: Prf = field(default_factory=Prf)
    source: Prf = field(default_factory=Prf)
    content: Prf = field(default_factory=Prf)
    content_tokens: Prf = field(default_factory=Prf)
    documents: int = 0

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"documents": self.documents}
        for name in ("cue", "source", "content", "content_tokens"):
            prf: Prf = getattr(self, name)
            out[name] = {**prf.scores, **asdict(prf)}
        return out


def _ranges(spec: str) -> Ranges:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in spec.split(";")))


def _parse_ann(raw: str) -> list[GoldAttribution]:
    spans = {m.group(1): (m.group(2), _ranges(m.group(3))) for m in _T_LINE.finditer(raw)}
    out = []
    for m in _E_LINE.finditer(raw):
        roles: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        for arg in m.group(1).split():
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")
            if role in roles and ref in spans:
                roles[role].extend(spans[ref][1])
        if roles["Cue"]:
            out.append(
                GoldAttribution(
                    tuple(roles["Source"]), tuple(roles["Cue"]), tuple(roles["Content"])
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


def _overlaps(a: Ranges, b: Ranges) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _words(text: str, ranges: Ranges) -> set[tuple[int, int]]:
    return {(m.start() + s, m.end() + s) for s, e in ranges for m in _WORD.finditer(text[s:e])}


def _pred(stmt: Statement) -> GoldAttribution:
    src = () if stmt.source is None else ((stmt.source.start, stmt.source.end),)
    return GoldAttribution(
        src, ((stmt.cue.start, stmt.cue.end),), ((stmt.content.start, stmt.content.end),)
    )


def score_document(
    text: str, gold: list[GoldAttribution], stmts: list[Statement], scores: Scores
) -> None:
    """Add one article's counts to ``scores``."""
    preds = [_pred(s) for s in stmts]
    pairs = [(p, g) for p in preds for g in gold if _overlaps(p.cue, g.cue)]
    scores.documents += 1
    scores.cue.predicted += len(preds)
    scores.cue.gold += len(gold)
    scores.cue.tp_p += sum(1 for p in preds if any(p is q for q, _ in pairs))
    scores.cue.tp_r += sum(1 for g in gold if any(g is h for _, h in pairs))
    for role in ("source", "content"):
        prf: Prf = getattr(scores, role)
        prf.predicted += sum(1 for p in preds if getattr(p, role))
        prf.gold += sum(1 for g in gold if getattr(g, role))
        hits = [(p, g) for p, g in pairs if _overlaps(getattr(p, role), getattr(g, role))]
        prf.tp_p += len({id(p) for p, _ in hits})
        prf.tp_r += len({id(g) for _, g in hits})
    for p, g in pairs:
        pw, gw = _words(text, p.content), _words(text, g.content)
        scores.content_tokens.tp_p += len(pw & gw)
        scores.content_tokens.tp_r += len(pw & gw)
        scores.content_tokens.predicted += len(pw)
        scores.content_tokens.gold += len(gw)


def evaluate_polnear(
    root: Path,
    analyse: Callable[[Document], Document],
    *,
    split: str = "dev",
    limit: int | None = None,
) -> Scores:
    """Run ``analyse`` (parse + statements) over a PolNeAR split and score it."""
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
    metrics: dict[str, float] = {"documents": float(scores.documents)}
    for name in ("cue", "source", "content", "content_tokens"):
        prf: Prf = getattr(scores, name)
        for key, value in prf.scores.items():
            metrics[f"{name}_overlap_{key}" if name != "content_tokens" else f"{name}_{key}"] = (
                value
            )
    return EvalReport("quotes", str(gold), metrics, scores.to_json())


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: score parse + statements on PolNeAR, JSON to stdout."""
    from ..extract.parse import make_parse
    from ..extract.statements import make_statements

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("root", type=Path, help="PolNeAR data directory (has dev/, train/)")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    if not (args.root / args.split / "attributions").is_dir():
        sys.stderr.write(f"no {args.split}/attributions under {args.root}\n")
        return 2
    cfg = Config()
    parse, statements = make_parse(cfg), make_statements(cfg)
    scores = evaluate_polnear(
        args.root, lambda d: statements.run(parse.run(d)), split=args.split, limit=args.limit
    )
    sys.stdout.write(json.dumps(scores.to_json(), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
