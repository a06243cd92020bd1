"""CPU time per article of each stage, on documents parsed once (for before/after work).

Usage: .venv/bin/python bench/stage_cpu.py [--n 300] [--repeat 3] [--stage times] [--profile out]

Runs the whole pipeline once, keeping each stage's input document, then re-runs each
stage (or only ``--stage``) ``--repeat`` times over those inputs and reports the best
process CPU time per article. ``--profile`` writes a cProfile of the selected stages.
Not a test.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from pathlib import Path
from typing import Any

from run import DATA, corpus  # bench/ is the script's directory, hence on sys.path

from eventwire.config import load_config
from eventwire.model import Document
from eventwire.pipeline import build_pipeline


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--stage", action="append", default=None)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--profile", type=Path, default=None)
    args = ap.parse_args()
    cfg = load_config()
    pipeline = build_pipeline(cfg)
    parse, rest = pipeline.stages[0], pipeline.stages[1:]
    articles = corpus(args.data, args.n)
    assert parse.run_batch is not None
    docs = [d for d in parse.run_batch([Document.from_article(a) for a in articles])
            if isinstance(d, Document)]  # fmt: skip
    inputs: dict[str, list[Document]] = {}
    for stage in rest:
        inputs[stage.name] = docs
        docs = [stage.run(d) for d in docs]
    wanted = [s for s in rest if args.stage is None or s.name in args.stage]
    prof = cProfile.Profile() if args.profile else None
    out: dict[str, Any] = {}
    for stage in wanted:
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            if prof:
                prof.enable()
            for d in inputs[stage.name]:
                stage.run(d)
            if prof:
                prof.disable()
            best = min(best, time.process_time() - t0)
        out[stage.name] = round(1000 * best / len(inputs[stage.name]), 3)
    if prof and args.profile:
        prof.dump_stats(str(args.profile))
    print(json.dumps({"ms_per_article": out}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
