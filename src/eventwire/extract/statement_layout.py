"""Reports read off a text's layout or a single word rather than a cue's parse
(statements stage): quotations credited by a dash and a name ('"…" ― Pamela Padilla'),
transcript lines ('PENCE: Well, look, …'), lines opened by a name and a colon
('Gingrich: Trump must decide …') and "reportedly" (no source).
"""

from __future__ import annotations

import re

from ..model import Document
from .statement_parts import words_range
from .statement_quotes import trim

__all__ = ["Report", "layout_reports"]

Range = tuple[int, int]
Report = tuple[Range, Range | None, Range]  # cue, source (None: unnamed), content


def layout_reports(doc: Document, quotes: list[Range]) -> list[Report]:
    """Every such report in ``doc`` (``quotes``: its quotations), as character ranges."""
    lines: list[Report] = []
    lines += credit_lines(doc.text, quotes)
    lines += speaker_labels(doc.text)
    lines += _name_colons(doc)
    lines += _hearsay(doc)
    first: dict[int, Report] = {}  # one report per cue ("PENCE:" is a label and a name colon)
    for line in lines:
        first.setdefault(line[0][0], line)
    return list(first.values())


# '"…" ― Sonya Herridge': a closing mark, a dash, a name to the end of the line
_CREDIT = re.compile(
    r"(?:''|[\"\u201d])[ \t\u00a0]*(\u2015|\u2014|\u2013|--)[ \t\u00a0]*"
    r"([A-Z][\w.'\u2019-]*(?:[ \t\u00a0]+[A-Z][\w.'\u2019-]*){0,5})"
    r"(?:,[^\n\"\u201c\u201d]{0,80})?[ \t\u00a0.]*(?=\n|$)"
)


def credit_lines(text: str, quotes: list[Range]) -> list[Report]:
    """``(cue, source, content)`` of each quotation credited by a dash and a name at the
    end of its line ('"We need law and order." ― Pamela Padilla'): the cue is the dash,
    the content the quotation ending at the closing mark, or, if no quotation opened
    (a wrong-way mark), the line up to it."""
    out: list[Report] = []
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


def speaker_labels(text: str) -> list[Report]:
    """``(cue, source, content)`` of each transcript line ('PENCE: Well, look, …'): the
    cue is the colon, the content the rest of the line. A label counts only when it is
    a name the article also writes in ordinary case ("Pence"), which leaves out
    "UPDATE:", "CORRECTION:" or "BYLINE:"."""
    out: list[Report] = []
    for m in _LABEL.finditer(text):
        surname = m.group(1).rsplit(" ", 1)[-1]
        if not re.search(rf"\b{re.escape(surname.title())}\b", text):
            continue
        end = text.find("\n", m.end())
        start, stop = trim(text, m.end(), len(text) if end < 0 else end)
        if stop - start > 1:
            out.append(((m.end(1), m.end(1) + 1), m.span(1), (start, stop)))
    return out


_NAME_COLON = re.compile(
    r"(?m)^[ \t\u00a0\"\u201c]*([^\n:\"\u201c\u201d]{2,50}?)[ \t\u00a0]*:"
    r"[ \t\u00a0]*(?=\S)([^\n]{10,})"
)


def _name_colons(doc: Document) -> list[Report]:
    """'Gingrich: Trump Must Decide …', 'Rep. Trey Gowdy (R-S.C.): "I have not …"': a line
    opened by at most six words naming a person or organisation, then a colon (on
    PolNeAR train 97 of 141 such colons are cues)."""
    lines = [m for m in _NAME_COLON.finditer(doc.text) if len(m.group(1).split()) <= 6]
    if not lines:  # most articles: no need to gather the names
        return []
    names = [
        (m.span.start, m.span.end)
        for e in doc.entities
        if e.type in {"PERSON", "ORG"}
        for m in e.mentions
        if m.kind == "name"
    ]
    out: list[Report] = []
    for m in lines:
        start, end = m.span(1)
        if not any(start <= a and b <= end for a, b in names):
            continue
        colon = doc.text.index(":", end)
        out.append(((colon, colon + 1), (start, end), trim(doc.text, *m.span(2))))
    return out


_REPORTEDLY = re.compile(r"\breportedly\b", re.IGNORECASE)


def _hearsay(doc: Document) -> list[Report]:
    """'The hackers have reportedly infiltrated …': a report with no source named; the
    clause around the adverb is what was reported (on PolNeAR train two in three
    "reportedly" are cues; "allegedly", "apparently" much fewer, so not those)."""
    assert doc.parsed is not None
    out: list[Report] = []
    for m in _REPORTEDLY.finditer(doc.text):  # most articles have none: no token walk
        span = doc.parsed.char_span(*m.span())
        if span is None or span.root.head.i == span.root.i:
            continue
        content = words_range([t for t in span.root.head.subtree if not t.is_punct])
        if content is not None:
            out.append((m.span(), None, content))
    return out
