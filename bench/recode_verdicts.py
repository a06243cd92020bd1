"""Re-code every judged article and score today's code against the verdicts on file.

Usage:
  .venv/bin/python bench/recode_verdicts.py code OUT.json [--corpus all] [--workers 2]
  .venv/bin/python bench/recode_verdicts.py score OUT.json [--corpus reuters]
  .venv/bin/python bench/recode_verdicts.py diff OLD.json NEW.json [--corpus reuters]
  .venv/bin/python bench/recode_verdicts.py show ARTICLE_ID [...]

``code`` runs the full pipeline over every article that any verdict file of the corpus
(``bench/<corpus>_event_verdicts*.tsv``, see ``reuters_event_precision.py``) has drawn and
writes one JSON row per coded event: the verdict-file columns plus the sentence. The file
is a working file for the person changing rules: keep it outside the repository.

``score`` matches each coded event to a verdict by its coded fields (article, event id,
type, CAMEO code, sources, targets, trigger; the last verdict file by name decides when
two disagree; ``recoded_event_verdicts.tsv`` holds verdicts on events that a rule change
re-keyed or brought on articles already judged) and prints, per corpus and per verdict
file, how many coded events carry a verdict, how many of those are wrong, and how many
are new (no verdict: they must be read before a precision figure is quoted). ``diff``
lists the events that one code gives and the other does not, with their verdicts, so a
rule change is judged by what it moved.

Not a test; needs ``../shared/data`` (the corpora). Session 23: the 19,597 judged
articles in about ten minutes on two cores.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reuters_event_precision import (
    BBC_DATA,
    COLUMNS,
    NEWS_DATA,
    _key,
    _old_verdicts,
    _row,
    read_bbc,
    read_news,
)
from throughput import DEFAULT_DATA, read_reuters

from eventwire.config import load_config
from eventwire.model import Article
from eventwire.pipeline import Pipeline, build_pipeline

BENCH = Path(__file__).resolve().parent
CORPORA = ("reuters", "bbc", "news")
# Verdicts on events a rule change re-keyed or brought, on articles already judged: read
# (like the pools) from the written brief, so re-coded figures have a verdict for every
# event. Not a pool: no article is drawn from it.
RECODED = BENCH / "recoded_event_verdicts.tsv"


def verdict_files(corpus: str) -> list[Path]:
    return sorted(BENCH.glob(f"{corpus}_event_verdicts*.tsv"))


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _judged(path: Path) -> dict[tuple[str, ...], tuple[str, str]]:
    """The file's events with an ok/wrong verdict (``reuters_event_precision`` keys)."""
    return {k: v for k, v in _old_verdicts(path).items() if k[1] and v[0] in {"ok", "wrong"}}


def verdicts(corpus: str) -> dict[tuple[str, ...], tuple[str, str]]:
    """Coded fields -> (verdict, reason); a later file (by name) overrides an earlier one,
    and every pool file overrides ``RECODED`` (read for this corpus's articles only)."""
    out = {k: v for k, v in _judged(RECODED).items() if _corpus_of(k[0]) == corpus}
    for path in verdict_files(corpus):
        out |= _judged(path)
    return out


def _articles(corpus: str) -> list[Article]:
    wanted = {r["article"] for p in verdict_files(corpus) for r in _read_tsv(p)}
    folder = {"reuters": DEFAULT_DATA, "bbc": BBC_DATA, "news": NEWS_DATA}[corpus]
    if not folder.exists():
        print(f"skip {corpus}: {folder} not found", file=sys.stderr)
        return []
    pool = {"bbc": read_bbc, "news": read_news}.get(corpus)
    every = pool(folder) if pool else read_reuters(folder, 10**6)
    return [a for a in every if a.source in wanted]


_PIPELINES: list[Pipeline] = []  # one per worker process, built on its first batch


def _code(batch: list[Article]) -> list[dict[str, str]]:
    if not _PIPELINES:
        _PIPELINES.append(build_pipeline(load_config()))
    rows = []
    for result in _PIPELINES[0].run_many(batch):
        if result.doc is None:
            print(f"failed: {result.failure}", file=sys.stderr)
            continue
        for event in result.doc.events:
            row = _row(result.article.source, event)
            row["sentence"] = " ".join(event.sentence.text.split())
            rows.append(row)
    return rows


def code(out: Path, corpora: tuple[str, ...], workers: int) -> None:
    rows: list[dict[str, str]] = []
    for corpus in corpora:
        articles = _articles(corpus)
        print(f"{corpus}: {len(articles)} articles", file=sys.stderr)
        batches = [articles[i : i + 50] for i in range(0, len(articles), 50)]
        with ProcessPoolExecutor(workers) as pool:
            for done in pool.map(_code, batches):
                rows += done
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} events -> {out}", file=sys.stderr)


def _corpus_of(article: str) -> str:
    return (
        "bbc"
        if article.startswith("bbc/")
        else "news"
        if article.startswith("5w1h/")
        else "reuters"
    )


def _load(path: Path, corpora: tuple[str, ...]) -> list[dict[str, str]]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in rows if _corpus_of(r["article"]) in corpora]


def _line(name: str, rows: list[dict[str, str]], known: dict) -> str:
    seen = Counter(known.get(_key(r), ("new", ""))[0] for r in rows)
    judged = seen["ok"] + seen["wrong"]
    share = seen["wrong"] / judged if judged else 0.0
    return (
        f"{name:<46} coded {len(rows):>5}  judged {judged:>5}  wrong {seen['wrong']:>4} "
        f"({share:5.1%})  new {seen['new']:>4}"
    )


def score(path: Path, corpora: tuple[str, ...], per_file: bool) -> None:
    rows = _load(path, corpora)
    for corpus in corpora:
        known = verdicts(corpus)
        mine = [r for r in rows if _corpus_of(r["article"]) == corpus]
        print(_line(f"{corpus} (all judged articles)", mine, known))
        if per_file:
            for f in verdict_files(corpus):
                ids = {r["article"] for r in _read_tsv(f)}
                print("  " + _line(f.stem, [r for r in mine if r["article"] in ids], known))


def diff(old_path: Path, new_path: Path, corpora: tuple[str, ...]) -> None:
    old, new = _load(old_path, corpora), _load(new_path, corpora)
    old_keys, new_keys = {_key(r) for r in old}, {_key(r) for r in new}
    known = {k: v for c in corpora for k, v in verdicts(c).items()}
    for label, rows, other in (("-", old, new_keys), ("+", new, old_keys)):
        moved = [r for r in rows if _key(r) not in other]
        tally = Counter(known.get(_key(r), ("new", ""))[0] for r in moved)
        print(f"\n{label} {len(moved)} events ({dict(tally)})")
        for r in moved:
            verdict, reason = known.get(_key(r), ("new", ""))
            print(
                f"{label} [{verdict}] {r['article']} {r['event']} {r['type']}/{r['cameo']} "
                f"S={r['sources']} T={r['targets']} trig={r['trigger']!r}"
                + (f"  ({reason})" if reason else "")
                + f"\n    {r['sentence'][:300]}"
            )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=("code", "score", "diff", "show"))
    ap.add_argument("files", nargs="+", help="JSON files (show: article ids)")
    ap.add_argument("--corpus", choices=(*CORPORA, "all"), default="all")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--per-file", action="store_true", help="score: a line per verdict file")
    args = ap.parse_args()
    corpora = CORPORA if args.corpus == "all" else (args.corpus,)
    files = [Path(f) for f in args.files]
    if args.command == "code":
        code(files[0], corpora, args.workers)
    elif args.command == "score":
        score(files[0], corpora, args.per_file)
    elif args.command == "diff":
        diff(files[0], files[1], corpora)
    else:
        show(args.files)
    return 0


def show(ids: list[str]) -> None:
    """Print the title and text of each article id (for the person judging its events)."""
    for corpus in {_corpus_of(i) for i in ids}:
        for article in _articles(corpus):
            if article.source in ids:
                print(f"== {article.source}\n{article.title or ''}\n{article.text}\n")


if __name__ == "__main__":
    assert COLUMNS[:7] == ["article", "event", "type", "cameo", "sources", "targets", "trigger"]
    sys.exit(main())
