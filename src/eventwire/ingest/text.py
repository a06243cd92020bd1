"""Bytes to text (size, binary and encoding checks) and the plain-text reader.

Decoding: UTF-16 when the data starts with a UTF-16 byte-order mark; otherwise strict
UTF-8 (a UTF-8 BOM is dropped). Data that is not UTF-8 but decodes cleanly as cp1252 (the
usual "Windows" encoding of old English news files) is accepted and the Article gets the
meta note ``("encoding", "cp1252")``; anything else is E203 naming the line, column and
byte offset of the first bad byte. Text is decoded with ``bytes.decode`` and never
newline-translated, so ``\\r\\n`` stays in ``Article.text`` and offsets index what was read.
"""

from __future__ import annotations

import codecs
import os
from typing import BinaryIO

from ..errors import IngestError
from ..model import Article, Failure

__all__ = [
    "BINARY_PROBE",
    "Meta",
    "check_binary",
    "decode",
    "read_file_bytes",
    "read_plain",
    "read_stream_bytes",
    "require_text",
    "to_failure",
]

Meta = tuple[tuple[str, str], ...]

BINARY_PROBE = 8192  # a NUL byte in this many leading bytes marks a binary file

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def to_failure(exc: IngestError, source: str) -> Failure:
    """The Failure record for an input that could not be read."""
    return Failure(exc.where or source, exc.code, str(exc))


def _too_big(size: str, where: str, max_bytes: int) -> IngestError:
    return IngestError(
        "E208",
        f"input is {size} bytes, over the {max_bytes:,}-byte limit; "
        "split it into smaller files or raise max_bytes",
        where=where,
    )


def read_file_bytes(path: str, *, max_bytes: int) -> bytes:
    """The bytes of a file, refusing files larger than ``max_bytes`` before reading them."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise _too_big(f"{size:,}", path, max_bytes)
        with open(path, "rb") as fh:
            return read_stream_bytes(fh, path, max_bytes=max_bytes)
    except OSError as exc:
        raise IngestError(
            "E209",
            f"cannot read the file ({exc.strerror}); check that it exists and is readable",
            where=path,
        ) from None


def read_stream_bytes(stream: BinaryIO, where: str, *, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of a stream; more is E208 (a stream has no size to check first)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_big(f"more than {max_bytes:,}", where, max_bytes)
    return data


def check_binary(data: bytes, where: str) -> None:
    """Refuse data with NUL bytes near the start: images, PDFs, archives, UTF-32."""
    if b"\0" in data[:BINARY_PROBE] and not data.startswith(_UTF16_BOMS):
        raise IngestError(
            "E207",
            "binary data (NUL bytes in the first 8 KB), not text; pass a text, JSON or HTML file",
            where=where,
        )


def _bad_encoding(data: bytes, exc: UnicodeDecodeError, where: str, *, line: int) -> IngestError:
    start = exc.start
    line_start = data.rfind(b"\n", 0, start) + 1
    bad_line = line + data.count(b"\n", 0, start)
    return IngestError(
        "E203",
        f"invalid {exc.encoding.upper()} byte 0x{data[start]:02x} at column "
        f"{start - line_start + 1} (byte {start}), and not valid cp1252 either; "
        "re-save the file as UTF-8",
        where=f"{where}:{bad_line}",
    )


def decode(data: bytes, where: str, *, line: int = 1) -> tuple[str, Meta]:
    """Text and meta notes for ``data``; ``line`` is the line number ``data`` starts on."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16"), (("encoding", "utf-16"),)
        except UnicodeDecodeError as exc:
            raise _bad_encoding(data, exc, where, line=line) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252"), (("encoding", "cp1252"),)
        except UnicodeDecodeError:
            raise _bad_encoding(data, exc, where, line=line) from None


def require_text(text: str, where: str, *, what: str = "input") -> None:
    """Refuse empty or whitespace-only text (E202)."""
    if not text.strip():
        raise IngestError(
            "E202",
            f"{what} is empty or only whitespace; pass a file with article text",
            where=where,
        )


def read_plain(text: str, source: str, meta: Meta = ()) -> Article:
    """The whole text is the body."""
    require_text(text, source)
    return Article(text, source, meta=meta)
