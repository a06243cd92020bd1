"""CPU-time view of the pipeline: spaCy alone vs the pipeline, per-stage CPU, records dump.

Usage: .venv/bin/python bench/cpu.py [--n 300] [--rounds 2] [--dump out.jsonl] [--profile out]

Same articles as ``bench/run.py`` (half BBC, half Reuters). Times are process CPU time
(``time.process_time``), so the ratio holds up on a busy machine where wall-clock time
does not; ``--rounds`` alternates the two passes and keeps each one's best. ``--dump``
writes every serialized record (ids and all fields) as JSON lines, so two versions of
the code can be diffed for identical output. ``--profile`` runs the pipeline pass under
cProfile. Not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from run import DATA, corpus  # bench/ is the script's directory, hence on sys.path

from eventwire.config import load_config
from eventwire.extract.parse import load_nlp
from eventwire.model import Article
from eventwire.pipeline import Pipeline, Result, Stage, build_pipeline
from eventwire.serialize import to_record


def _cpu_timed(fn: Callable[..., Any], name: str, acc: dict[str, float]) -> Callable[..., Any]:
    def run(arg: Any) -> Any:
        t0 = time.process_time()
        try:
            return fn(arg)
        finally:
            acc[name] += time.process_time() - t0

    return run


def _timed(pipeline: Pipeline, acc: dict[str, float]) -> Pipeline:
    stages: list[Stage] = []
    for s in pipeline.stages:
        batch = _cpu_timed(s.run_batch, s.name, acc) if s.run_batch else None
        stages.append(replace(s, run=_cpu_timed(s.run, s.name, acc), run_batch=batch))
    return Pipeline(stages)


def _spacy_pass(nlp: Any, articles: list[Article], batch_size: int) -> float:
    t0 = time.process_time()
    for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size):
        pass
    return time.process_time() - t0


def _pipeline_pass(
    pipeline: Pipeline, articles: list[Article], args: argparse.Namespace, batch_size: int
) -> tuple[float, list[Result]]:
    prof = cProfile.Profile() if args.profile else None
    t0 = time.process_time()
    if prof:
        prof.enable()
    results = list(pipeline.run_many(articles, batch_size=batch_size))
    if prof:
        prof.disable()
        prof.dump_stats(str(args.profile))
    return time.process_time() - t0, results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--profile", type=Path, default=None)
    ap.add_argument("--no-spacy", action="store_true", help="skip the spaCy-alone pass")
    ap.add_argument("--rounds", type=int, default=1, help="alternate the passes this often")
    args = ap.parse_args()
    articles = corpus(args.data, args.n)
    words = sum(len(a.text.split()) for a in articles)
    cfg = load_config()
    out: dict[str, Any] = {"articles": len(articles), "words": words}
    nlp = None if args.no_spacy else load_nlp(cfg.nlp.model)
    pipeline = build_pipeline(cfg)
    spacy_s, pipe_s, stages = float("inf"), float("inf"), {}
    for _ in range(args.rounds):
        if nlp is not None:
            spacy_s = min(spacy_s, _spacy_pass(nlp, articles, cfg.nlp.batch_size))
        acc: dict[str, float] = defaultdict(float)
        seconds, results = _pipeline_pass(_timed(pipeline, acc), articles, args, cfg.nlp.batch_size)
        if seconds < pipe_s:
            pipe_s, stages = seconds, dict(acc)
    if nlp is not None:
        out["spacy_cpu_s"] = round(spacy_s, 2)
    out["pipeline_cpu_s"] = round(pipe_s, 2)
    if nlp is not None:
        out["ratio_cpu"] = round(spacy_s / pipe_s, 3)
    out["stage_ms_per_article"] = {k: round(1000 * v / len(articles), 2) for k, v in stages.items()}
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for r in results:
                rec = to_record(r.doc) if r.doc else {"failure": repr(r.failure)}
                fh.write(json.dumps(rec, sort_keys=True, default=str) + "\n")
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
