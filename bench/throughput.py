"""Throughput: eventwire's full pipeline vs spaCy alone, on the same Reuters text, in one run.

Usage: .venv/bin/python bench/throughput.py [--n 1000] [--data ../shared/data/reuters-21578]

Reports words/second for (a) the bare spaCy pipeline (``nlp.pipe`` over the bodies) and
(b) eventwire's pipeline (``Pipeline.run_safe`` per article, every stage), plus the time
each stage takes, so the ratio is measured on one machine in one run. Not a test.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from eventwire.config import load_config
from eventwire.model import Article, Document
from eventwire.pipeline import build_pipeline

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters-21578"
_BLOCK = re.compile(r"<REUTERS[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {k: re.compile(rf"<{k}>(.*?)</{k}>", re.S) for k in ("DATE", "TITLE", "BODY")}


def read_reuters(folder: Path, limit: int) -> list[Article]:
    """The first ``limit`` Reuters-21578 articles that have a body, in file order."""
    out: list[Article] = []
    for sgm in sorted(folder.glob("reut2-*.sgm")):
        raw = sgm.read_bytes().decode("latin-1")
        for n, block in enumerate(_BLOCK.findall(raw)):
            body = _FIELD["BODY"].search(block)
            if not body:
                continue
            date_m = _FIELD["DATE"].search(block)
            title_m = _FIELD["TITLE"].search(block)
            published = None
            if date_m:
                stamp = date_m.group(1).strip().split(" ")[0]
                published = datetime.strptime(stamp, "%d-%b-%Y").date()
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            title = html.unescape(title_m.group(1)) if title_m else None
            out.append(Article(text, f"{sgm.name}#{n}", title=title, published=published))
            if len(out) >= limit:
                return out
    return out


def time_cli(articles: list[Article]) -> float:
    """Wall time of ``eventwire extract`` over the articles as JSONL (model load included)."""
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "reuters.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            for art in articles:
                rec = {"id": art.source, "text": art.text, "title": art.title}
                rec["published"] = art.published.isoformat() if art.published else None
                out.write(json.dumps(rec) + "\n")
        exe = Path(sys.executable).with_name("eventwire")
        t0 = time.perf_counter()
        subprocess.run([str(exe), "extract", str(feed)], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    if not args.data.exists():
        print(f"skip: {args.data} not found (../shared/data is absent)", file=sys.stderr)
        return 0
    articles = read_reuters(args.data, args.n)
    words = sum(len(a.text.split()) for a in articles)
    cfg = load_config()
    pipeline = build_pipeline(cfg)
    from eventwire.extract.parse import load_nlp

    bare = load_nlp(cfg.nlp.model)
    t0 = time.perf_counter()
    for _ in bare.pipe((a.text for a in articles), batch_size=cfg.nlp.batch_size):
        pass
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    results = list(pipeline.run_many(articles, batch_size=cfg.nlp.batch_size))
    total_s = time.perf_counter() - t0
    failures = sum(1 for r in results if r.failure is not None)

    # Per-stage cost: parse once, then time every later stage on the parsed documents.
    parse, *rest = pipeline.stages
    per_stage: dict[str, float] = defaultdict(float)
    t0 = time.perf_counter()
    docs = [
        d
        for d in (parse.run_batch or (lambda ds: [parse.run(x) for x in ds]))(
            [Document.from_article(a) for a in articles]
        )
        if isinstance(d, Document)
    ]
    per_stage[parse.name] = time.perf_counter() - t0
    for parsed in docs:
        doc = parsed
        for stage in rest:
            s0 = time.perf_counter()
            try:
                doc = stage.run(doc)
            except Exception:
                break
            per_stage[stage.name] += time.perf_counter() - s0
    staged_total = sum(per_stage.values())
    cli_s = time_cli(articles)
    report = {
        "articles": len(articles),
        "words": words,
        "spacy_alone_words_per_s": round(words / spacy_s),
        "eventwire_words_per_s": round(words / total_s),
        "ratio_eventwire_to_spacy": round(spacy_s / total_s, 3),
        "cli_extract_words_per_s": round(words / cli_s),
        "ratio_cli_to_spacy": round(spacy_s / cli_s, 3),
        "stage_seconds": {k: round(v, 2) for k, v in per_stage.items()},
        "stage_share": {k: round(v / staged_total, 3) for k, v in per_stage.items()},
        "failures": failures,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
