"""Readers: one per input format, each yielding Articles, or Failures for bad inputs.

``read_articles`` is the entry point. Formats, by extension or forced with ``input_format``:

========  =======================  ==================================================
format    extensions               reader
========  =======================  ==================================================
seed      .txt, others, stdin      optional ``key value`` header, blank line, body
text      (forced only)            the whole file is the body
jsonl     .jsonl, .ndjson          one JSON object per line (``text``, ``id``, ...)
json      .json                    an array of such objects, or one object
html      .html, .htm              trafilatura extracts body, title, date and url
========  =======================  ==================================================

Errors: one bad input never stops a batch. It is yielded as a ``Failure(source, code,
message)`` whose message reads ``E2xx <where>: <what>; <how to fix>``:

- E201 invalid JSON (with line and column)      - E207 binary data (NUL bytes)
- E202 empty input, body or ``text`` field       - E208 over ``max_bytes``
- E203 not UTF-8 (nor cp1252): line, column      - E209 unreadable file (permissions)
- E204 malformed date (with the header line)     - E211 missing path, glob without
- E205 JSON record of the wrong shape                   matches, directory without inputs
- E206 no article text in the HTML

Only usage errors raise ``IngestError``: an unknown ``input_format`` (E210), at call time.
A missing path is a Failure, not a usage error, so a typo in one of many paths keeps the
rest; the CLI exits 1 for it like for any failed input.

Text is decoded from bytes and never newline-translated (``\\r\\n`` is kept), and for the
seed format only the header and the blank lines after it are dropped, so offsets index
``Article.text`` exactly. ``max_bytes`` limits each file (each record for JSON Lines).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO, TextIO

from ..errors import IngestError
from ..model import Article, Failure
from .html import read_html
from .jsonl import read_json, read_jsonl
from .paths import STDIN, expand_paths, format_of
from .seed import read_seed
from .text import (
    Meta,
    check_binary,
    decode,
    read_file_bytes,
    read_plain,
    read_stream_bytes,
    to_failure,
)

__all__ = ["FORMATS", "read_articles"]

FORMATS = ("seed", "text", "jsonl", "json", "html")
STDIN_NAME = "<stdin>"

Reader = Callable[[str, str, Meta], Iterator[Article | Failure]]


def _one(read: Callable[[str, str, Meta], Article]) -> Reader:
    def reader(text: str, source: str, meta: Meta) -> Iterator[Article | Failure]:
        yield read(text, source, meta)

    return reader


_READERS: dict[str, Reader] = {
    "seed": _one(read_seed),
    "text": _one(read_plain),
    "json": read_json,
    "html": _one(read_html),
}


def _binary_stdin(stdin: TextIO | None) -> BinaryIO:
    stream = sys.stdin if stdin is None else stdin
    buffer: BinaryIO | None = getattr(stream, "buffer", None)
    # A text stream without bytes underneath (io.StringIO) is already decoded: re-encode it.
    return buffer if buffer is not None else io.BytesIO(stream.read().encode("utf-8"))


def _read_input(
    path: str, fmt: str, stdin: TextIO | None, max_bytes: int
) -> Iterator[Article | Failure]:
    source = STDIN_NAME if path == STDIN else path
    if fmt == "jsonl":
        if path == STDIN:
            yield from read_jsonl(_binary_stdin(stdin), source, max_bytes=max_bytes)
            return
        try:
            fh = open(path, "rb")  # noqa: SIM115 - closed below, after the lazy reader is done
        except OSError as exc:
            raise IngestError(
                "E209", f"cannot read the file ({exc.strerror}); check its permissions", where=path
            ) from None
        with fh:
            yield from read_jsonl(fh, source, max_bytes=max_bytes)
        return
    if path == STDIN:
        data = read_stream_bytes(_binary_stdin(stdin), source, max_bytes=max_bytes)
    else:
        data = read_file_bytes(path, max_bytes=max_bytes)
    check_binary(data, source)
    text, meta = decode(data, source)
    yield from _READERS[fmt](text, source, meta)


def _read_all(
    paths: Sequence[str], input_format: str | None, stdin: TextIO | None, max_bytes: int
) -> Iterator[Article | Failure]:
    for path in expand_paths(paths):
        if isinstance(path, Failure):
            yield path
            continue
        try:
            yield from _read_input(path, format_of(path, input_format), stdin, max_bytes)
        except IngestError as exc:
            yield to_failure(exc, STDIN_NAME if path == STDIN else path)


def read_articles(
    paths: Sequence[str],
    *,
    input_format: str | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = 20_000_000,
) -> Iterator[Article | Failure]:
    """Read every input named by ``paths``: an Article per good article, a Failure per bad input.

    Raises IngestError (E210) at once for an unknown ``input_format``; never for bad inputs.
    """
    if input_format is not None and input_format not in FORMATS:
        raise IngestError(
            "E210",
            f"unknown input format {input_format!r}; use one of {', '.join(FORMATS)}",
            where="--input-format",
        )
    if isinstance(paths, str):  # a lone path is a Sequence[str] of characters; mean the path
        paths = [paths]
    return _read_all(paths, input_format, stdin, max_bytes)
