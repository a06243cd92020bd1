"""Could a learned gate buy Reuters precision? A measured "no" (session 9).

Usage:
  .venv/bin/python bench/reuters_precision_gate.py [--l2 1.0]

Reads every judged Reuters event in ``bench/reuters_event_verdicts*.tsv`` (ok/wrong
verdicts from sessions 1-9, each judged with the event code of its day), finds each
event's trigger token in the re-parsed article, and describes it with parse features
(type and CAMEO root, trigger lemma, POS, dependency and head, modals, "to" complements,
negation, quotes, "if", questions, how many sources and targets and whether they carry
country or business codes). A logistic regression (numpy, L2) is scored by five-fold
cross-validation grouped by article; the model fitted on all events then scores the
events eventwire codes on the PLOVER GSR dev records. For each gate threshold the table
gives the share of Reuters events kept, their share wrong, and how many GSR records whose
best event had the right type would survive.

Measured in session 9 on 3,452 judged events (691 wrong, 20.0%): cross-validated AUC
.764; a gate at .20 keeps 65% of the Reuters events with 10.0% wrong, but keeps only 73
of the 133 GSR records typed right (type accuracy would fall from .81 to about .45). A
gate that spares the GSR (.60: 129 of 133) keeps 96% of Reuters events at 18.1% wrong.
The gate is therefore not used; precision must come from the rules. About four minutes
on two cores. Needs ``../shared/data`` (Reuters-21578 and the PLOVER GSR); not a test.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path
from typing import Any

import numpy as np
from throughput import DEFAULT_DATA, read_reuters

from eventwire.config import load_config
from eventwire.eval import plover
from eventwire.extract.event_gate import features
from eventwire.model import Document
from eventwire.pipeline import build_pipeline

BENCH = Path(__file__).resolve().parent
GSR = Path(__file__).resolve().parents[2] / "shared/data/plover-gsr/PLOVER_GSR_CAMEO.dev.json"


def _parties(field: str) -> tuple[list[str], list[str]]:
    parts = [p for p in field.split("; ") if p]
    return [p.split("=")[0] for p in parts], [p.split("=", 1)[1] if "=" in p else "" for p in parts]


def judged() -> dict[str, list[dict[str, str]]]:
    """Judged event rows per article, from every verdict file (the first verdict wins)."""
    rows: dict[tuple[str, ...], dict[str, str]] = {}
    for path in sorted(BENCH.glob("reuters_event_verdicts*.tsv")):
        with path.open(newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                if r["verdict"] in {"ok", "wrong"}:
                    key = (r["article"], r["event"], r["type"], r["sources"], r["targets"])
                    rows.setdefault(key, r)
    by_article: dict[str, list[dict[str, str]]] = {}
    for r in rows.values():
        by_article.setdefault(r["article"], []).append(r)
    return by_article


def reuters_rows() -> list[dict[str, Any]]:
    wanted = judged()
    pipe = build_pipeline(load_config())
    stages = [s for s in pipe.stages if s.name in {"parse", "entities"}]
    out: list[dict[str, Any]] = []
    for article in read_reuters(DEFAULT_DATA, 10**6):
        if article.source not in wanted:
            continue
        doc = Document.from_article(article)
        for stage in stages:
            doc = stage.run(doc)
        assert doc.parsed is not None
        for r in wanted[article.source]:
            src, scodes = _parties(r["sources"])
            tgt, tcodes = _parties(r["targets"])
            first = r["trigger"].split()[:1]
            cands = [t for t in doc.parsed if first and t.text == first[0]]
            if not cands:
                continue
            tok = max(cands, key=lambda t: sum(x in t.sent.text for x in src + tgt))
            sides = (src, scodes, tgt, tcodes)
            out.append(
                {
                    "y": int(r["verdict"] == "wrong"),
                    "art": article.source,
                    "f": features(tok, r["type"], r["cameo"], sides),
                }
            )
    return out


def gsr_rows() -> list[dict[str, Any]]:
    analyse = plover._analyse(load_config())
    out = []
    for rec in plover.read_plover(GSR):
        doc = analyse(plover._doc(rec))
        assert doc.parsed is not None
        best = plover.best_event(doc.events)
        if best is None:
            continue
        tok = next(t for t in doc.parsed if t.idx == best.trigger.start)
        sides = (
            [a.text for a in best.source_actors],
            list(best.source_codes),
            [a.text for a in best.target_actors],
            list(best.target_codes),
        )
        out.append(
            {"right": best.type == rec.type, "f": features(tok, best.type, best.cameo, sides)}
        )
    return out


def _fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(500):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= x.T @ (p - y) / len(y) + l2 * w / len(y)
        b -= float(np.mean(p - y))
    return w, b


def matrix(fs: list[dict[str, float]], names: list[str]) -> np.ndarray:
    """Feature dicts as rows over ``names`` (features not in it are left out)."""
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(fs), len(names)))
    for n, f in enumerate(fs):
        for k, v in f.items():
            if k in index:
                x[n, index[k]] = v
    return x


def cross_validated(x: np.ndarray, y: np.ndarray, folds: np.ndarray, l2: float) -> np.ndarray:
    """p(wrong) of each row from a model fitted on the other folds (five, 0-4)."""
    p = np.zeros(len(y))
    for k in range(5):
        w, b = _fit(x[folds != k], y[folds != k], l2)
        p[folds == k] = 1 / (1 + np.exp(-(x[folds == k] @ w + b)))
    return p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args()
    rows, gsr = reuters_rows(), gsr_rows()
    names = sorted({k for r in rows for k in r["f"]})
    x, y = matrix([r["f"] for r in rows], names), np.array([r["y"] for r in rows], float)
    arts = sorted({r["art"] for r in rows})
    random.Random(0).shuffle(arts)
    fold = {a: i % 5 for i, a in enumerate(arts)}
    folds = np.array([fold[r["art"]] for r in rows])
    p = cross_validated(x, y, folds, args.l2)
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(len(p))
    pos = y == 1
    auc = (ranks[pos].sum() - pos.sum() * (pos.sum() - 1) / 2) / (pos.sum() * (~pos).sum())
    w, b = _fit(x, y, args.l2)
    g = 1 / (1 + np.exp(-(matrix([r["f"] for r in gsr], names) @ w + b)))
    right = np.array([r["right"] for r in gsr])
    print(f"Reuters events {len(y)}, wrong {int(y.sum())} ({y.mean():.3f}); CV AUC {auc:.3f}")
    print(f"GSR records with an event {len(gsr)}, typed right {int(right.sum())}")
    print("gate  reuters_kept  reuters_wrong  gsr_right_kept")
    for th in (1.0, 0.6, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2):
        keep = p < th
        spared = int((right & (g < th)).sum())
        print(f"{th:4.2f}  {keep.mean():12.2f}  {y[keep].mean():13.3f}  {spared:14d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
