"""--workers scaling and peak memory of `eventwire ingest` on one corpus, in one run.

Usage: .venv/bin/python bench/scaling.py FEED.jsonl [--workers 1 2] [--out results.json]

Ingests FEED into a fresh temporary SQLite file once per --workers value, sequentially,
sampling the whole process tree's RSS (bench/run.py's ``cli_ingest``), and prints
articles/s, the speed-up over the first value, peak RSS and the load before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from run import _count, cli_ingest  # bench/ is the script's directory, hence on sys.path


def run_once(feed: Path, workers: int) -> dict[str, Any]:
    """One ``eventwire ingest --workers N`` into a fresh database, sampled by ``cli_ingest``."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        load0 = os.getloadavg()[0]
        out = cli_ingest(feed, db, workers, n=1)
        stored = _count(db)
    out.pop("articles_per_s_wall")  # computed from n; the stored count is the real figure
    return {**out, "articles": stored, "articles_per_s": round(stored / out["wall_s"], 2),
            "load_before": load0, "load_after": os.getloadavg()[0]}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("feed", type=Path)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    runs = []
    for n in args.workers:
        runs.append(run_once(args.feed, n))
        print(json.dumps(runs[-1]), flush=True)
    base = runs[0]["articles_per_s"]
    report = {
        "feed": str(args.feed),
        "runs": runs,
        "speedup": {str(r["workers"]): round(r["articles_per_s"] / base, 3) for r in runs},
    }
    print(json.dumps(report["speedup"]))
    if args.out:
        args.out.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
