"""Quotation marks and text ranges for the statements stage.

Quotes are found on the raw text (straight, curly and the doubled apostrophe of some
wire copy), so unbalanced marks and quotes that span sentences are handled before any
parse: an opening mark pairs with the next closing one, and a quote still open at a
line break closes there.
"""

from __future__ import annotations

import re

from ..model import Span, StatementKind

__all__ = [
    "adjacent_quote",
    "credit_lines",
    "find_quotes",
    "speaker_labels",
    "trim",
    "with_quotes",
    "within_line",
]

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


# '"…" ― Sonya Herridge': a closing mark, a dash, a name to the end of the line
_CREDIT = re.compile(
    r"(?:''|[\"\u201d])[ \t\u00a0]*(\u2015|\u2014|\u2013|--)[ \t\u00a0]*"
    r"([A-Z][\w.'\u2019-]*(?:[ \t\u00a0]+[A-Z][\w.'\u2019-]*){0,5})"
    r"(?:,[^\n\"\u201c\u201d]{0,80})?[ \t\u00a0.]*(?=\n|$)"
)


def credit_lines(text: str, quotes: list[Range]) -> list[tuple[Range, Range, Range]]:
    """``(cue, source, content)`` of each quotation credited by a dash and a name at the
    end of its line ('"We need law and order." ― Pamela Padilla'): the cue is the dash,
    the content the quotation ending at the closing mark, or, if no quotation opened
    (a wrong-way mark), the line up to it."""
    out = []
    for m in _CREDIT.finditer(text):
        close = m.start()
        inner = next((q for q in quotes if q[1] == close), None)
        if inner is None:
            start = text.rfind("\n", 0, close) + 1
            while start < close and (text[start].isspace() or text[start] in '"\u201c\u201d'):
                start += 1
            inner = (start, close)
        if inner[1] - inner[0] < 2:
            continue
        out.append((m.span(1), m.span(2), inner))
    return out


# 'WALLACE: Let's start with …': a transcript's speaker label opening a line
_LABEL = re.compile(
    r"(?m)^[\"\u201c]?([A-Z][A-Z'\u2019-]+(?: [A-Z][A-Z'\u2019-]+){0,2}):[ \t\u00a0]*"
)


def speaker_labels(text: str) -> list[tuple[Range, Range, Range]]:
    """``(cue, source, content)`` of each transcript line ('PENCE: Well, look, …'): the
    cue is the colon, the content the rest of the line. A label counts only when it is
    a name the article also writes in ordinary case ("Pence"), which leaves out
    "UPDATE:", "CORRECTION:" or "BYLINE:"."""
    out = []
    for m in _LABEL.finditer(text):
        surname = m.group(1).rsplit(" ", 1)[-1]
        if not re.search(rf"\b{re.escape(surname.title())}\b", text):
            continue
        end = text.find("\n", m.end())
        start, stop = trim(text, m.end(), len(text) if end < 0 else end)
        if stop - start > 1:
            out.append(((m.end(1), m.end(1) + 1), m.span(1), (start, stop)))
    return out


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
