"""--workers scaling and peak memory of `eventwire ingest` on one corpus, in one run.

Usage: .venv/bin/python bench/scaling.py FEED.jsonl [--workers 1 2] [--out results.json]

Ingests FEED into a fresh temporary SQLite file once per --workers value, sequentially,
sampling the whole process tree's RSS every 0.5 s, and prints articles/s, the speed-up
over the first value, peak RSS and the load average before and after each run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def run_once(feed: Path, workers: int) -> dict[str, float]:
    exe = Path(sys.executable).with_name("eventwire")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        cmd = [str(exe), "ingest", str(feed), "--db", str(db), "--workers", str(workers)]
        load0 = os.getloadavg()[0]
        t0 = time.perf_counter()
        proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc))
            time.sleep(0.5)
        seconds = time.perf_counter() - t0
        import sqlite3

        with sqlite3.connect(db) as conn:
            stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    return {
        "workers": workers,
        "seconds": round(seconds, 1),
        "articles": stored,
        "articles_per_s": round(stored / seconds, 2),
        "peak_rss_mb": round(peak / 2**20),
        "load_before": load0,
        "load_after": os.getloadavg()[0],
        "exit": proc.returncode,
    }


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
