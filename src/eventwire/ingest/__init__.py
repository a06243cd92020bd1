"""Readers: one per input format, each yielding Articles (or Failures for bad inputs).

PROVISIONAL minimal version (seed format only); the ingest work replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from ..model import Article, Failure

__all__ = ["read_articles"]

_HEADER = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*(?::\s*|\s+)(.*?)\s*$")


def _split_seed(raw: str, source: str) -> Article:
    lines = raw.split("\n")
    meta: list[tuple[str, str]] = []
    i = 0
    while i < len(lines) and lines[i].strip() and _HEADER.match(lines[i]):
        m = _HEADER.match(lines[i])
        assert m
        meta.append((m.group(1).lower(), m.group(2)))
        i += 1
    body_start = sum(len(line) + 1 for line in lines[:i])
    body = raw[body_start:].lstrip("\n") if meta else raw
    md = dict(meta)
    pub = date.fromisoformat(md["date"]) if "date" in md else None
    return Article(body, source, title=md.get("title"), url=md.get("url"), published=pub,
                   meta=tuple(meta))


def read_articles(paths: Sequence[str], *, input_format: str | None = None) -> Iterator[Article | Failure]:
    for p in paths:
        yield _split_seed(Path(p).read_text(encoding="utf-8"), p)
