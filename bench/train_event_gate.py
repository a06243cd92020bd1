"""Fit the learned event check (``eventwire.extract.event_gate``) on every judged event.

Usage:
  .venv/bin/python bench/train_event_gate.py src/eventwire/resources/event_gate.json
                                             [--l2 1.0] [--workers 2]
  (``make train-events-gate``)

Re-codes every article a verdict file under ``bench/`` drew, with the check off, keeps
the events that carry an ok/wrong verdict (pool files and ``recoded_event_verdicts.tsv``,
matched on every coded field, as ``recode_verdicts score`` does), describes each with
``event_gate.features`` and fits a logistic regression on p(wrong): plain gradient
descent, 500 steps, L2 1.0 (``reuters_precision_gate._fit``, the model the held-out test
``event_gate_heldout.py`` measured). Before the fit it prints the grouped five-fold
cross-validated table (folds by article). Weights below 0.001 in size are left out of the
file; the rest are rounded to four decimals. Deterministic: the same verdicts, rules and
spaCy model give the same file. Needs ``../shared/data`` (the corpora); about three
minutes on two cores.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from event_gate_heldout import _table, design, rows
from reuters_precision_gate import _fit, cross_validated

from eventwire.extract.events import VERSION


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    everything = rows(args.workers)
    if not everything:
        print("no judged article could be read (../shared/data absent?)", file=sys.stderr)
        return 1
    names, x, y, folds = design(everything)
    _table("grouped 5-fold CV, all corpora", cross_validated(x, y, folds, args.l2), y)
    w, b = _fit(x, y, args.l2)
    weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) >= 1e-3}
    model = {
        "made_by": "make train-events-gate (bench/train_event_gate.py); see event_gate.md",
        "events_version": VERSION,
        "events": len(y),
        "wrong": int(y.sum()),
        "articles": len({r["article"] for r in everything}),
        "l2": args.l2,
        "steps": 500,
        "bias": round(float(b), 4),
        "weights": weights,
    }
    args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    size = args.out.stat().st_size
    print(f"{len(weights)} of {len(names)} weights, {size} bytes -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
