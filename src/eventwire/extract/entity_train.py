"""Train the entity relabeller on a CoNLL-2003 *train* file (``make train-ner``).

Usage: ``python -m eventwire.extract.entity_train TRAIN.txt OUT.json [--epochs N]``.
Every candidate span of ``entity_relabel.raw_candidates`` is an example; its class is
the gold type of the gold entity with exactly its characters, else "O". An averaged
perceptron (deterministic: fixed shuffling seed) learns the weights; features seen
fewer than ``--min-count`` times and near-zero weights are dropped so the JSON stays
small. Never train on the validation or test split: they are what ``eval ner`` scores.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from ..config import Config
from .entity_relabel import (
    CLASSES,
    _line_info,
    _others,
    candidate_features,
    raw_candidates,
    token_view,
)
from .parse import load_nlp

__all__ = ["main", "train"]

Example = tuple[list[str], int]


def _examples(path: Path, model: str) -> list[Example]:
    from ..eval.ner import read_conll  # the trainer reads the same files the scorer does

    docs = read_conll(path)
    nlp = load_nlp(model)
    out: list[Example] = []
    for cdoc, parsed in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        gold = {(s, e): lab for s, e, lab in cdoc.entities}
        view = token_view(parsed)
        lines, others = _line_info(parsed, view), _others(parsed)
        for cand in raw_candidates(parsed, view):
            span = parsed[cand.i : cand.j]
            cls = gold.get((span.start_char, span.end_char), "O")
            feats = candidate_features(parsed, cand, lines=lines, others=others, view=view)
            out.append((feats, CLASSES.index(cls)))
    return out


def train(examples: list[Example], *, epochs: int, min_count: int) -> dict[str, list[float]]:
    """Averaged-perceptron weights, feature -> per-class weights."""
    counts = Counter(f for feats, _ in examples for f in set(feats))
    keep = {f for f, n in counts.items() if n >= min_count}
    k = len(CLASSES)
    w: dict[str, list[float]] = {f: [0.0] * k for f in keep}
    total: dict[str, list[float]] = {f: [0.0] * k for f in keep}
    stamp: dict[str, list[int]] = {f: [0] * k for f in keep}
    step = 0
    rng = random.Random(13)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for idx in order:
            step += 1
            feats, gold = examples[idx]
            feats = [f for f in feats if f in keep]
            scores = [sum(w[f][c] for f in feats) for c in range(k)]
            guess = max(range(k), key=scores.__getitem__)
            if guess == gold:
                continue
            for f in feats:
                for c, delta in ((gold, 1.0), (guess, -1.0)):
                    total[f][c] += (step - stamp[f][c]) * w[f][c]
                    stamp[f][c] = step
                    w[f][c] += delta
    avg: dict[str, list[float]] = {}
    for f in keep:
        vals = [(total[f][c] + (step - stamp[f][c]) * w[f][c]) / step for c in range(k)]
        if max(abs(v) for v in vals) >= 0.005:
            avg[f] = [round(v, 3) for v in vals]
    return avg


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("train", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args(argv)
    examples = _examples(args.train, Config().nlp.model)
    weights = train(examples, epochs=args.epochs, min_count=args.min_count)
    note = (
        f"Averaged perceptron over entity_relabel features; trained by 'make train-ner' "
        f"on {args.train.name} ({len(examples)} candidates, {args.epochs} epochs, "
        f"min count {args.min_count}). Classes in order: {', '.join(CLASSES)}."
    )
    payload = {"note": note, "classes": list(CLASSES), "weights": weights}
    args.out.write_text(json.dumps(payload, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
