"""The seed format: an optional header block, a blank line, then the body.

A header line is ``key value`` or ``key: value`` with a key from ``HEADER_KEYS``; leading
and trailing whitespace is allowed. The leading block (the lines up to the first blank
line) is a header only if every line in it is a header line and a blank line follows it;
otherwise the file is plain text and all of it is the body. The ``key value`` form needs
a lowercase key, so a headline such as "Title IX funding cut" stays body text.

The body starts at the first non-blank line after the header; the blank lines between
are dropped and the rest is kept exactly as read, so offsets index ``Article.text``.
"""

from __future__ import annotations

import re
from datetime import date

from ..errors import IngestError
from ..model import Article
from .dates import DATE_HINT, parse_iso_date
from .text import Meta, read_plain, require_text

__all__ = ["HEADER_KEYS", "read_seed"]

HEADER_KEYS = frozenset(
    {"date", "published", "title", "url", "id", "source", "author", "lang", "language"}
)
# Header keys kept in Article.meta (the others become Article fields), by meta name.
_META_KEYS = {"source": "source", "author": "author", "lang": "lang", "language": "lang"}

_HEADER = re.compile(r"([A-Za-z]+)(?:\s*(:)\s*|\s+)(\S.*)")

HeaderLine = tuple[int, str, str]  # line number, key (lowercase), value


def _header_line(line: str) -> tuple[str, str] | None:
    match = _HEADER.fullmatch(line.strip())
    if match is None:
        return None
    key, colon, value = match.groups()
    if key.lower() not in HEADER_KEYS or (not colon and key != key.lower()):
        return None
    return key.lower(), value


def _split_header(text: str) -> tuple[list[HeaderLine], int] | None:
    """The header lines and the offset where the body starts; None for plain text."""
    header: list[HeaderLine] = []
    pos, lineno, state = 0, 0, "lead"  # lead: blank lines; head: header; gap: blank after
    while pos < len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline + 1
        line, lineno = text[pos:end], lineno + 1
        if line.strip():
            if state == "gap":
                break
            parsed = _header_line(line)
            if parsed is None:
                return None
            header.append((lineno, *parsed))
            state = "head"
        elif state == "head":
            state = "gap"
        pos = end
    return (header, pos) if state == "gap" else None


def _published(header: list[HeaderLine], source: str) -> date | None:
    published = None
    for lineno, key, value in header:
        if key in {"date", "published"}:
            published = parse_iso_date(value)
            if published is None:
                raise IngestError(
                    "E204",
                    f"malformed date {value!r} in header; {DATE_HINT}",
                    where=f"{source}:{lineno}",
                )
    return published


def read_seed(text: str, source: str, meta: Meta = ()) -> Article:
    """An Article from seed-format text (header optional); a later header line wins."""
    split = _split_header(text)
    if split is None:
        return read_plain(text, source, meta)
    header, body_start = split
    body = text[body_start:]
    require_text(body, source, what="the body after the header")
    fields = {key: value for _, key, value in header}
    extra = tuple((_META_KEYS[key], value) for _, key, value in header if key in _META_KEYS)
    return Article(
        body,
        source,
        id=fields.get("id"),
        title=fields.get("title"),
        url=fields.get("url"),
        published=_published(header, source),
        meta=meta + extra,
    )
