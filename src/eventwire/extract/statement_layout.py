"""Reports read off a text's layout or a single word rather than a cue's parse
(statements stage): quotations credited by a dash and a name ('"…" ― Pamela Padilla'),
transcript lines ('PENCE: Well, look, …'), lines opened by a name and a colon
('Gingrich: Trump must decide …') and "reportedly" (no source).
"""

from __future__ import annotations

import re

from ..model import Document
from .statement_quotes import credit_lines, speaker_labels, trim

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


_NAME_COLON = re.compile(
    r"(?m)^[ \t\u00a0\"\u201c]*([^\n:\"\u201c\u201d]{2,50}?)[ \t\u00a0]*:"
    r"[ \t\u00a0]*(?=\S)([^\n]{10,})"
)


def _name_colons(doc: Document) -> list[Report]:
    """'Gingrich: Trump Must Decide …', 'Rep. Trey Gowdy (R-S.C.): "I have not …"': a line
    opened by at most six words naming a person or organisation, then a colon (on
    PolNeAR train 97 of 141 such colons are cues)."""
    names = [
        (m.span.start, m.span.end)
        for e in doc.entities
        if e.type in {"PERSON", "ORG"}
        for m in e.mentions
        if m.kind == "name"
    ]
    out: list[Report] = []
    for m in _NAME_COLON.finditer(doc.text):
        start, end = m.span(1)
        if len(m.group(1).split()) > 6 or not any(start <= a and b <= end for a, b in names):
            continue
        colon = doc.text.index(":", end)
        out.append(((colon, colon + 1), (start, end), trim(doc.text, *m.span(2))))
    return out


def _hearsay(doc: Document) -> list[Report]:
    """'The hackers have reportedly infiltrated …': a report with no source named; the
    clause around the adverb is what was reported (on PolNeAR train two in three
    "reportedly" are cues; "allegedly", "apparently" much fewer, so not those)."""
    assert doc.parsed is not None
    out: list[Report] = []
    for tok in doc.parsed:
        if tok.lower_ == "reportedly" and tok.head.i != tok.i:
            words = [t for t in tok.head.subtree if not t.is_punct]
            content = (words[0].idx, words[-1].idx + len(words[-1].text))
            out.append(((tok.idx, tok.idx + len(tok.text)), None, content))
    return out
