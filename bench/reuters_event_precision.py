"""Event precision on ordinary news: 100 random Reuters-21578 articles, read by a person.

Usage:
  .venv/bin/python bench/reuters_event_precision.py            # code, write the TSV
  .venv/bin/python bench/reuters_event_precision.py --show     # also print each event's
                                                               # sentence to the terminal
  .venv/bin/python bench/reuters_event_precision.py --score    # precision from verdicts

Draws ``--n`` articles that have a body with a fixed seed (``read_reuters`` from
``throughput.py``), runs the full pipeline, and writes ``reuters_event_verdicts.tsv``: one
row per coded event with the article id (file#index), event id, type, CAMEO code, source
and target actors (text=code), trigger text, and a person's verdict (ok/wrong) and reason
(an article with no event gets one row with verdict "-", so every drawn id is kept).
``--seed N --out FILE`` draws a held-out sample into another file. ``--unseen`` draws only
from articles that no verdict file in ``bench/`` with a lower seed (or no seed) has drawn: the
rules were never shown those articles, so their precision is the fair figure for new news.

Verdict criterion: "wrong" when the coded type is wrong, the act did not happen (a
question, a forecast, a hypothetical, a generic mention) or an actor is the wrong party;
a wrong country/sector code on the right party is noted in the reason but not counted.
Verdicts already in the file are kept for events whose coded fields are all unchanged;
new events get an empty verdict to be filled in by reading the sentence (``--show``).
No article text goes into the file (Reuters-21578 is not ours to redistribute). Not a test.

``--corpus bbc`` draws from the BBC News set instead (2,225 articles of 2004-05 in five
sections, business to sport; no dates), news from another desk and decade that no rule
was written from; its files are ``bbc_event_verdicts_seedN.tsv``. ``--corpus news`` draws
from the Giveme5W1H sample (415 dated articles of 2016-17 from some eighty outlets, news-please
JSON read by eventwire's own JSON reader); its files are ``news_event_verdicts_seedN.tsv``.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from pathlib import Path

from throughput import DEFAULT_DATA, read_reuters

from eventwire.config import load_config
from eventwire.errors import IngestError
from eventwire.ingest.jsonl import read_json
from eventwire.model import Article, Document, Event
from eventwire.pipeline import build_pipeline

OUT = Path(__file__).resolve().parent / "reuters_event_verdicts.tsv"
COLUMNS = [
    "article",
    "event",
    "type",
    "cameo",
    "sources",
    "targets",
    "trigger",
    "verdict",
    "reason",
]
SEED = 21578
BBC_DATA = DEFAULT_DATA.parent / "bbc-news"
NEWS_DATA = DEFAULT_DATA.parent / "giveme5w1h-news-cluster"


def read_bbc(folder: Path) -> list[Article]:
    """Every BBC News article (``<section>/NNN.txt``: the headline, a blank line, the body;
    one file is not valid UTF-8, read with replacement characters)."""
    out = []
    for path in sorted(folder.glob("*/*.txt")):
        title, _, body = path.read_bytes().decode("utf-8", errors="replace").partition("\n")
        source = f"bbc/{path.parent.name}/{path.name}"
        out.append(Article(body.strip(), source, title=title.strip() or None))
    return out


def read_news(folder: Path) -> list[Article]:
    """Every Giveme5W1H article (``<set>/<hash>.json``, news-please JSON with its date), read
    as ``eventwire ingest`` reads it; the id is ``5w1h/<set>/<first 16 hex digits>``. A file
    ``eventwire ingest`` would refuse (no text) is reported and left out of the pool."""
    out = []
    for path in sorted(folder.glob("*/*.json")):
        source = f"5w1h/{path.parent.name}/{path.stem[:16]}"
        try:
            out += [
                a
                for a in read_json(path.read_text(encoding="utf-8"), source)
                if isinstance(a, Article)
            ]
        except IngestError as exc:
            print(f"left out: {exc}", file=sys.stderr)
    return out


def _actors(spans: tuple[object, ...], codes: tuple[str, ...]) -> str:
    texts = (" ".join(str(getattr(s, "text", s)).split()) for s in spans)
    return "; ".join(f"{t}={c}" for t, c in zip(texts, codes, strict=False))


def _row(article: str, event: Event) -> dict[str, str]:
    return {
        "article": article,
        "event": event.id,
        "type": event.type,
        "cameo": event.cameo,
        "sources": _actors(event.source_actors, event.source_codes),
        "targets": _actors(event.target_actors, event.target_codes),
        "trigger": " ".join(event.trigger.text.split()),
        "verdict": "",
        "reason": "",
    }


def _key(row: dict[str, str]) -> tuple[str, ...]:
    """A verdict holds while every coded field of the event is unchanged."""
    return tuple(" ".join(row[c].split()) for c in COLUMNS[:7])


def _old_verdicts(path: Path) -> dict[tuple[str, ...], tuple[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {_key(r): (r["verdict"], r["reason"]) for r in csv.DictReader(fh, delimiter="\t")}


def _drawn_before(
    seed: int, out: Path, folder: Path = OUT.parent, corpus: str = "reuters"
) -> set[str]:
    """Article ids in every verdict file of ``corpus`` with a lower seed (files without a
    seed count as lower)."""
    seen: set[str] = set()
    for path in sorted(folder.glob(f"{corpus}_event_verdicts*.tsv")):
        numbered = re.search(r"seed(\d+)", path.stem)
        if path.resolve() == out.resolve() or (numbered and int(numbered.group(1)) >= seed):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            seen |= {r["article"] for r in csv.DictReader(fh, delimiter="\t")}
    return seen


def _score(rows: list[dict[str, str]]) -> str:
    events = [r for r in rows if r["event"]]
    judged = [r for r in events if r["verdict"] in {"ok", "wrong"}]
    wrong = sum(1 for r in judged if r["verdict"] == "wrong")
    share = wrong / len(judged) if judged else 0.0
    articles = len({r["article"] for r in rows})
    counts = f"events {len(events)}, judged {len(judged)}, wrong {wrong} ({share:.1%})"
    return f"articles {articles}, {counts}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--corpus", choices=("reuters", "bbc", "news"), default="reuters")
    ap.add_argument("--data", type=Path, default=None, help="the corpus folder")
    ap.add_argument("--show", action="store_true", help="print sentences to the terminal")
    ap.add_argument("--score", action="store_true", help="only score the existing TSV")
    ap.add_argument("--seed", type=int, default=SEED, help="another seed: a held-out draw")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--unseen", action="store_true", help="only articles no earlier file drew")
    args = ap.parse_args()
    if args.score:
        with args.out.open(encoding="utf-8", newline="") as fh:
            print(_score(list(csv.DictReader(fh, delimiter="\t"))))
        return 0
    folders = {"reuters": DEFAULT_DATA, "bbc": BBC_DATA, "news": NEWS_DATA}
    data = args.data or folders[args.corpus]
    if not data.exists():
        print(f"skip: {data} not found (../shared/data is absent)", file=sys.stderr)
        return 0
    readers = {"bbc": read_bbc, "news": read_news}
    pool = readers[args.corpus](data) if args.corpus in readers else read_reuters(data, 10**6)
    if args.unseen:
        seen = _drawn_before(args.seed, args.out, corpus=args.corpus)
        pool = [a for a in pool if a.source not in seen]
        print(f"{len(pool)} articles never drawn before seed {args.seed}", file=sys.stderr)
    articles = random.Random(args.seed).sample(pool, args.n)
    pipeline = build_pipeline(load_config())
    old = _old_verdicts(args.out)
    rows: list[dict[str, str]] = []
    spent = {s.name: 0.0 for s in pipeline.stages}
    for article in articles:
        doc = Document.from_article(article)
        for stage in pipeline.stages:
            t0 = time.perf_counter()
            doc = stage.run(doc)
            spent[stage.name] += time.perf_counter() - t0
        if not doc.events:  # keep the id of every drawn article
            rows.append(dict.fromkeys(COLUMNS, "") | {"article": article.source, "verdict": "-"})
        for event in doc.events:
            row = _row(article.source, event)
            row["verdict"], row["reason"] = old.get(_key(row), ("", ""))
            rows.append(row)
            if args.show:
                print(
                    f"\n[{row['article']} {row['event']}] {row['type']}/{row['cameo']} "
                    f"S={row['sources']} T={row['targets']} trig={row['trigger']!r} "
                    f"verdict={row['verdict'] or '?'}\n  {event.sentence.text}"
                )
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    total = sum(spent.values())
    share = spent.get("events", 0.0) / total if total else 0.0
    print(f"\n{_score(rows)}; events stage {share:.1%} of pipeline time", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
