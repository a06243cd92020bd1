"""Does a learned gate over today's coded events carry to a pool it never saw? (session 26)

Usage:
  .venv/bin/python bench/event_gate_heldout.py [--held-out bench/bbc_event_verdicts_seed80801.tsv]
                                               [--l2 1.0] [--workers 2]

Re-codes every judged article (``recode_verdicts``: the articles some verdict file drew)
with today's code, keeps the events that carry a verdict, and describes each with the
parse and party features of ``reuters_precision_gate.features``. The articles of the
``--held-out`` verdict file are set aside; on the rest a logistic regression
(``reuters_precision_gate._fit``) is scored by five-fold cross-validation grouped by
article, per corpus, and then fitted on all of them and scored once on the held-out pool.
For each cut on p(wrong) the table gives how many wrong and how many ok events the gate
would drop, and the share wrong among those kept.

Session 26, v157, 6,072 judged events on the other articles (719 wrong), cut p > .4:
grouped CV drops 91 wrong and 118 ok (BBC 29 / 17, news 27 / 37). Held out: pool BI
(rules were read from it) 2 wrong and 4 ok (21.9% to 20.9% wrong); pool BJ (no rule read
from it; BI then among the training articles) 7 wrong and 0 ok (33.8% to 26.2%); at
p > .3, BI 5 / 7 and BJ 8 / 2. The cut was looked at after these runs, so BJ is no
longer a clean test of it: a fresh pool must be drawn first. An earlier scratch version
of this test (other features, v155, before BI was read) dropped 2 wrong and 5 ok of BI at
p > .5. Not a test; needs ``../shared/data``; about three minutes on two cores.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from recode_verdicts import CORPORA, _articles, _read_tsv, verdicts
from reuters_event_precision import _key, _row
from reuters_precision_gate import _fit, cross_validated, matrix

from eventwire.config import load_config
from eventwire.extract.event_gate import event_features
from eventwire.model import Article, Document
from eventwire.pipeline import Pipeline, build_pipeline

BENCH = Path(__file__).resolve().parent
CUTS = (0.3, 0.4, 0.5, 0.6, 0.7)
_PIPELINES: list[Pipeline] = []


def _coded(batch: list[Article]) -> list[dict[str, Any]]:
    """Rows (verdict-file fields + features) of the events coded on ``batch``."""
    if not _PIPELINES:
        _PIPELINES.append(build_pipeline(load_config()))
    out = []
    for article in batch:
        doc = Document.from_article(article)
        try:
            for stage in _PIPELINES[0].stages:
                doc = stage.run(doc)
        except Exception as exc:  # one odd article must not stop the measure
            print(f"failed: {article.source}: {exc}", file=sys.stderr)
            continue
        assert doc.parsed is not None
        for event in doc.events:
            feats = event_features(doc, event)
            if feats is None:
                continue
            row: dict[str, Any] = _row(article.source, event)
            row["f"] = feats
            out.append(row)
    return out


def rows(workers: int) -> list[dict[str, Any]]:
    """Every judged event today's rules code (the learned check off), with its verdict
    (``y``: 1 wrong) and features."""
    os.environ["EVENTWIRE_EVENTS__GATE"] = "1"  # the workers inherit it: the rules' events
    known: dict[tuple[str, ...], tuple[str, str]] = {}
    for corpus in CORPORA:
        known |= verdicts(corpus)
    judged = {k[0] for k in known}
    articles = [a for c in CORPORA for a in _articles(c) if a.source in judged]
    batches = [articles[i : i + 25] for i in range(0, len(articles), 25)]
    out = []
    with ProcessPoolExecutor(workers) as pool:
        for done in pool.map(_coded, batches):
            for r in done:
                verdict = known.get(_key(r), ("", ""))[0]
                if verdict in {"ok", "wrong"}:
                    r["y"] = int(verdict == "wrong")
                    out.append(r)
    return out


def _table(name: str, p: np.ndarray, y: np.ndarray) -> None:
    print(f"\n{name}: {len(y)} events, {int(y.sum())} wrong ({y.mean():.1%})")
    print("  cut  drop_wrong  drop_ok  kept_wrong")
    for cut in CUTS:
        drop = p > cut
        kept = ~drop
        share = y[kept].mean() if kept.any() else 0.0
        dw, do = int((drop & (y == 1)).sum()), int((drop & (y == 0)).sum())
        print(f"  {cut:.1f}  {dw:10d}  {do:7d}  {share:10.1%}")


def design(events: list[dict[str, Any]]) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Feature names, design matrix, verdicts (1 wrong) and five folds grouped by article."""
    names = sorted({k for r in events for k in r["f"]})
    x, y = matrix([r["f"] for r in events], names), np.array([r["y"] for r in events], float)
    arts = sorted({r["article"] for r in events})
    fold = {a: i % 5 for i, a in enumerate(arts)}
    return names, x, y, np.array([fold[r["article"]] for r in events])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--held-out", type=Path, default=BENCH / "bbc_event_verdicts_seed80801.tsv")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    everything = rows(args.workers)
    if not everything:
        print("skip: no judged article could be read (../shared/data absent?)", file=sys.stderr)
        return 0
    held_ids = {r["article"] for r in _read_tsv(args.held_out)}
    train = [r for r in everything if r["article"] not in held_ids]
    held = [r for r in everything if r["article"] in held_ids]
    names, x, y, folds = design(train)
    p = cross_validated(x, y, folds, args.l2)
    _table("grouped 5-fold CV, all corpora", p, y)
    corpus = np.array([r["article"].split("/")[0] for r in train])
    for name, mask in (
        ("  of which BBC", corpus == "bbc"),
        ("  of which news (Giveme5W1H)", corpus == "5w1h"),
    ):
        _table(name, p[mask], y[mask])
    w, b = _fit(x, y, args.l2)
    if held:
        xh = matrix([r["f"] for r in held], names)
        yh = np.array([r["y"] for r in held], float)
        _table(f"held out: {args.held_out.name}", 1 / (1 + np.exp(-(xh @ w + b))), yh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
