"""Cut an article's text into segments, each knowing which extracted records cover it.

Records overlap (a name inside a quote, a date inside an event's sentence), so the text
is split at every span boundary; a segment lists every record covering it and the page
styles it by all of their kinds. Clicking a segment shows those records.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["KINDS", "Segment", "record_spans", "segments"]

# The kinds of highlight, in the order the legend lists them.
KINDS = ("entity", "time", "place", "amount", "statement", "event")


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text and the records (``kind:index`` into the record's lists) covering it."""

    text: str
    refs: tuple[str, ...] = ()

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(k for k in KINDS if any(r.startswith(k + ":") for r in self.refs))


def _spans_of(kind: str, item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if kind == "entity":
        yield from item.get("mentions", [])
    elif kind == "statement":
        yield from (s for s in (item.get("source"), item.get("cue"), item.get("content")) if s)
    elif kind == "event":
        yield item["trigger"]
    else:
        yield item


_LISTS = {
    "entity": "entities",
    "time": "times",
    "place": "places",
    "amount": "amounts",
    "statement": "statements",
    "event": "events",
}


def record_spans(record: dict[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, ref) for every highlighted span of an output-contract record."""
    out = []
    for kind in KINDS:
        for i, item in enumerate(record.get(_LISTS[kind]) or []):
            for span in _spans_of(kind, item):
                if span["end"] > span["start"]:
                    out.append((int(span["start"]), int(span["end"]), f"{kind}:{i}"))
    return out


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Split ``text`` at every span boundary; each piece carries the refs covering it."""
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    cuts = [c for c in cuts if 0 <= c <= len(text)]
    starts: dict[int, list[tuple[int, str]]] = {}
    for start, end, ref in spans:
        starts.setdefault(start, []).append((end, ref))
    open_: list[tuple[int, str]] = []
    out: list[Segment] = []
    for lo, hi in itertools.pairwise(cuts):
        open_ = [(e, r) for e, r in open_ if e > lo] + starts.get(lo, [])
        refs = tuple(sorted({r for _, r in open_}, key=_ref_order))
        if out and out[-1].refs == refs:
            out[-1] = Segment(out[-1].text + text[lo:hi], refs)
        else:
            out.append(Segment(text[lo:hi], refs))
    return out


def _ref_order(ref: str) -> tuple[int, int]:
    kind, _, index = ref.partition(":")
    return KINDS.index(kind), int(index)
