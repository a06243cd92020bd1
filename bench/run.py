"""The throughput benchmark behind ``make bench``: one run, one machine, same articles.

Usage: .venv/bin/python bench/run.py [--n 1000] [--workers 2] [--out bench/results/latest.json]

Articles: half from BBC News, the rest from Reuters-21578 (../shared/data). Measured, in
this order and in one process tree:
  (a) spaCy alone: the same model and components eventwire loads, ``nlp.pipe`` over bodies;
  (b) the full eventwire pipeline without storage (per-stage time shares from the same pass);
      (a) and (b) run interleaved in slices of 50 articles, ``--rounds`` times (default 2),
      so both see the same machine-speed drift; the ratio is of their mean totals;
  (c) full ingest into a temporary SQLite file, then the same ingest again (re-ingest);
  (d) ``eventwire ingest --workers 1`` and ``--workers N`` as subprocesses: wall time, the
      steady rate after the first commit (model loading excluded) and the peak RSS of the
      whole process tree (psutil sampling; the bench process's own peak via getrusage).
Words are whitespace-separated tokens of the bodies. Results go to a JSON file. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from throughput import read_reuters  # bench/ is the script's directory, hence on sys.path

from eventwire.config import Config, load_config
from eventwire.model import Article
from eventwire.pipeline import Pipeline, Stage, build_pipeline
from eventwire.runners.local import ingest
from eventwire.store import open_store

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[1]
CHUNK = 50  # articles per interleaved (a)/(b) slice
DATA = ROOT.parent / "shared" / "data"
EVENTWIRE = Path(sys.executable).with_name("eventwire")


def read_bbc(folder: Path, limit: int) -> list[Article]:
    """The first ``limit`` BBC News articles (category folders in name order)."""
    out: list[Article] = []
    for path in sorted(folder.glob("*/*.txt")):
        if len(out) >= limit:
            break
        raw = path.read_bytes().decode("latin-1")
        title, _, body = raw.partition("\n")
        out.append(
            Article(body.strip(), f"bbc/{path.parent.name}/{path.name}", title=title.strip())
        )
    return out


def corpus(data: Path, n: int) -> list[Article]:
    bbc = read_bbc(data / "bbc-news", n // 2) if (data / "bbc-news").exists() else []
    return bbc + read_reuters(data / "reuters-21578", n - len(bbc))


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _rates(seconds: float, articles: int, words: int) -> dict[str, float]:
    return {
        "seconds": round(seconds, 2),
        "articles_per_s": round(articles / seconds, 2),
        "words_per_s": round(words / seconds),
    }


def spacy_alone(nlp: Language, articles: list[Article], batch: int) -> float:
    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=batch):
        pass
    return time.perf_counter() - t0


@dataclass
class Passes:
    spacy_s: list[float]  # per round, summed over the slices
    pipeline_s: list[float]
    stage_s: dict[str, float]  # mean per round
    failures: int  # in the last round
    pipeline: Pipeline


def passes(cfg: Config, articles: list[Article], rounds: int) -> Passes:
    """(a) and (b) over the same articles, interleaved in slices of ``CHUNK`` articles and
    repeated ``rounds`` times. This machine's speed drifts by 10% within minutes, so
    back-to-back whole passes compare different machines; interleaving gives both sides
    the same drift."""
    from eventwire.extract.parse import load_nlp

    nlp = load_nlp(cfg.nlp.model)
    pipeline = build_pipeline(cfg)
    acc: dict[str, float] = defaultdict(float)
    timed = timed_pipeline(pipeline, acc)
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    out = Passes([], [], {}, 0, pipeline)
    for _ in range(rounds):
        spacy_s = pipe_s = 0.0
        out.failures = 0
        for chunk in chunks:
            spacy_s += spacy_alone(nlp, chunk, cfg.nlp.batch_size)
            t0 = time.perf_counter()
            runs = timed.run_many(chunk, batch_size=cfg.nlp.batch_size)
            out.failures += sum(1 for r in runs if r.failure)
            pipe_s += time.perf_counter() - t0
        out.spacy_s.append(spacy_s)
        out.pipeline_s.append(pipe_s)
    out.stage_s = {k: v / rounds for k, v in acc.items()}
    return out


def _timed(fn: Callable[..., Any], name: str, acc: dict[str, float]) -> Callable[..., Any]:
    def run(arg: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(arg)
        finally:
            acc[name] += time.perf_counter() - t0

    return run


def timed_pipeline(pipeline: Pipeline, acc: dict[str, float]) -> Pipeline:
    """The same stages, each adding its run time to ``acc[stage name]``."""
    stages: list[Stage] = []
    for s in pipeline.stages:
        batch = _timed(s.run_batch, s.name, acc) if s.run_batch else None
        stages.append(replace(s, run=_timed(s.run, s.name, acc), run_batch=batch))
    return Pipeline(stages)


def ingest_twice(pipeline: Pipeline, articles: list[Article], tmp: Path) -> tuple[float, float]:
    times = []
    with open_store(tmp / "inproc.db") as store:
        for _ in range(2):
            t0 = time.perf_counter()
            ingest(pipeline, store, articles, batch_size=64)
            times.append(time.perf_counter() - t0)
    return times[0], times[1]


def write_feed(articles: list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            rec = {"id": a.source, "title": a.title, "text": a.text,
                   "published": a.published.isoformat() if a.published else None}  # fmt: skip
            out.write(json.dumps(rec) + "\n")
    return path


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _tree_rss_mb(proc: Any) -> float:
    import psutil

    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


def cli_ingest(feed: Path, db: Path, workers: int, n: int) -> dict[str, Any]:
    """Run ``eventwire ingest`` and sample it: wall time, steady rate, tree peak RSS."""
    import psutil

    cmd = [str(EVENTWIRE), "ingest", str(feed), "--db", str(db), "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak, first = 0.0, None
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mb(proc))
        if first is None and (stored := _count(db)) > 0:
            first = (time.perf_counter(), stored)
        time.sleep(0.25)
    end = time.perf_counter()
    out: dict[str, Any] = {"workers": workers, "wall_s": round(end - t0, 2),
                           "articles_per_s_wall": round(n / (end - t0), 2),
                           "peak_rss_mb_tree": round(peak)}  # fmt: skip
    if first is not None and end > first[0]:
        out["articles_per_s_steady"] = round((_count(db) - first[1]) / (end - first[0]), 2)
    return out


def run_cli_only(args: argparse.Namespace) -> dict[str, Any]:
    """Only (d): the CLI ingests, for corpus sizes where the in-process passes take too long."""
    articles = corpus(args.data, args.n)
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="ew-bench-") as tmp_name:
        tmp = Path(tmp_name)
        feed = write_feed(articles, tmp / "feed.jsonl")
        scaling = [
            cli_ingest(feed, tmp / f"w{w}.db", w, len(articles)) for w in sorted({1, args.workers})
        ]
    steady = [s.get("articles_per_s_steady", 0.0) for s in scaling]
    return {
        "articles": len(articles),
        "words": sum(len(a.text.split()) for a in articles),
        "load_average_start": [round(x, 2) for x in load_start],
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "cli_ingest": scaling,
        "ratio_workers_steady": round(steady[-1] / steady[0], 3) if steady[0] else None,
        "ratio_workers_wall": round(scaling[0]["wall_s"] / scaling[-1]["wall_s"], 3),
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    articles = corpus(args.data, args.n)
    words = sum(len(a.text.split()) for a in articles)
    cfg = load_config()
    load_start = os.getloadavg()
    measured = passes(cfg, articles, max(1, args.rounds))
    pipeline = measured.pipeline
    spacy_s = sum(measured.spacy_s) / len(measured.spacy_s)
    pipe_s = sum(measured.pipeline_s) / len(measured.pipeline_s)
    staged = sum(measured.stage_s.values()) or 1.0
    with tempfile.TemporaryDirectory(prefix="ew-bench-") as tmp_name:
        tmp = Path(tmp_name)
        first_s, again_s = ingest_twice(pipeline, articles, tmp)
        process_peak = _rss_mb()
        feed = write_feed(articles, tmp / "feed.jsonl")
        scaling = [cli_ingest(feed, tmp / f"w{w}.db", w, len(articles))
                   for w in sorted({1, args.workers})]  # fmt: skip
        t0 = time.perf_counter()  # re-ingest through the CLI: start-up, reading, hashing
        again = [str(EVENTWIRE), "ingest", str(feed), "--db", str(tmp / "w1.db")]
        subprocess.run(again, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cli_again_s = time.perf_counter() - t0
    steady = [s.get("articles_per_s_steady", 0.0) for s in scaling]
    return {
        "articles": len(articles),
        "words": words,
        "load_average_start": [round(x, 2) for x in load_start],
        "load_average_end": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "spacy_alone": _rates(spacy_s, len(articles), words),
        "pipeline": {
            **_rates(pipe_s, len(articles), words),
            "failures": measured.failures,
        },
        "ingest_sqlite": _rates(first_s, len(articles), words),
        "reingest_sqlite": _rates(again_s, len(articles), words),
        "passes_s": {
            "spacy_alone": [round(x, 2) for x in measured.spacy_s],
            "pipeline": [round(x, 2) for x in measured.pipeline_s],
        },
        "ratio_pipeline_to_spacy": round(spacy_s / pipe_s, 3),
        "ratio_ingest_to_spacy": round(spacy_s / first_s, 3),
        "ratio_reingest_speedup": round(first_s / max(again_s, 1e-6), 1),
        "cli_reingest_s": round(cli_again_s, 2),
        "ratio_cli_reingest_speedup": round(scaling[0]["wall_s"] / cli_again_s, 1),
        "stage_seconds": {k: round(v, 2) for k, v in measured.stage_s.items()},
        "stage_share": {k: round(v / staged, 3) for k, v in measured.stage_s.items()},
        "peak_rss_mb_bench_process": round(process_peak),
        "cli_ingest": scaling,
        "ratio_workers_steady": round(steady[-1] / steady[0], 3) if steady[0] else None,
        "ratio_workers_wall": round(scaling[0]["wall_s"] / scaling[-1]["wall_s"], 3),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="articles (half BBC, rest Reuters)")
    ap.add_argument("--workers", type=int, default=2, help="compare --workers 1 with this")
    ap.add_argument("--data", type=Path, default=DATA, help="folder with reuters-21578, bbc-news")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.json")
    ap.add_argument("--rounds", type=int, default=2, help="alternate (a) and (b), keep the best")
    ap.add_argument("--cli-only", action="store_true", help="only the CLI ingest runs (d)")
    args = ap.parse_args()
    if not (args.data / "reuters-21578").exists():
        print(
            f"skip: {args.data}/reuters-21578 not found (../shared/data is absent)", file=sys.stderr
        )
        return 0
    report = run_cli_only(args) if args.cli_only else run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
