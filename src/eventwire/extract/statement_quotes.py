"""Quotation marks and text ranges for the statements stage.

Quotes are found on the raw text (straight, curly and the doubled apostrophe of some
wire copy), so unbalanced marks and quotes that span sentences are handled before any
parse: an opening mark pairs with the next closing one, and a quote still open at a
line break closes there.
"""

from __future__ import annotations

import re

from ..model import Span, StatementKind

__all__ = ["adjacent_quote", "find_quotes", "trim", "with_quotes", "within_line"]

Range = tuple[int, int]

_QUOTE_MARK = re.compile("''|[\"\u201c\u201d\n]")
_OPENERS = {'"', "\u201c", "''"}
_TRAIL = set(' \t\r\n,.;:-\u2013\u2014"\u201c\u201d')
_LEAD_IN = re.compile(r"[^\"\u201c\u201d.]{0,60}[:,]\s*(?:''|[\"\u201c])")
_LEAD_OUT = re.compile(r"(?:''|[\"\u201d])[\s,\u2013\u2014-]*")


def find_quotes(text: str) -> list[Range]:
    """The insides of quotations, as ``(start, end)`` character ranges.

    Any opening mark pairs with the next closing one, straight or curly. A quote still
    open at a line break closes there (wire copy often drops the closing mark of a
    paragraph).
    """
    quotes: list[Range] = []
    inside: int | None = None
    for mark in _QUOTE_MARK.finditer(text):
        if inside is None:
            if mark.group() in _OPENERS:
                inside = mark.end()
        elif mark.group() != "\u201c":
            quotes.append((inside, mark.start()))
            inside = None
    if inside is not None:
        quotes.append((inside, len(text)))
    return [q for q in quotes if q[0] < q[1]]


def trim(text: str, start: int, end: int) -> Range:
    """Strip surrounding space, leading ':'/',' and trailing punctuation and quote marks."""
    while start < end and (text[start].isspace() or text[start] in ":,"):
        start += 1
    while end > start and (text[end - 1] in _TRAIL or text.endswith("''", start, end)):
        end -= 2 if text.endswith("''", start, end) else 1
    return start, end


def adjacent_quote(text: str, quotes: list[Range], before: int, after: int) -> Range | None:
    """A quotation ending just before ``before`` ('"…," X said') or opening just after
    ``after`` ('X said: "…"')."""
    for q_start, q_end in quotes:
        if q_end < before and _LEAD_OUT.fullmatch(text, q_end, before):
            return q_start, q_end
        if q_start > after and _LEAD_IN.fullmatch(text, after, q_start):
            return q_start, q_end
    return None


def with_quotes(quotes: list[Range], content: Range, cue: Span) -> tuple[Range, StatementKind]:
    """Widen content to the quotation(s) it touches and decide its kind."""
    start, end = content
    touching = [
        q for q in quotes if q[0] - 2 < end and start <= q[1] and not q[0] <= cue.start < q[1]
    ]
    if not touching:
        return (start, end), "indirect"
    q_start, q_end = touching[0]
    if len(touching) == 1 and q_start - 2 <= start and end <= q_end + 2:
        return (q_start, q_end), "direct"
    widened = (min(start, q_start), max(end, touching[-1][1]))
    if widened[0] < cue.start < widened[1]:  # widening must never swallow the cue
        return (start, end), "mixed"
    return widened, "mixed"


def within_line(text: str, content: Range | None, cue: Span) -> Range | None:
    """Clip a range to the cue's paragraph line: a paragraph break is a stronger
    boundary than a parse that ran two paragraphs together."""
    if content is None:
        return None
    start = max(content[0], text.rfind("\n", 0, cue.start) + 1)
    line_end = text.find("\n", cue.end)
    end = min(content[1], len(text) if line_end < 0 else line_end)
    return (start, end) if start < end else None
