"""JSON Lines and JSON: one article per object.

An object has ``text`` (required, the body, kept exactly) and optionally ``id``, ``title``,
``url`` and a date in ``published``, ``date`` or ``date_publish`` (news-please). ``source``,
``author`` and ``lang``/``language`` strings go to ``Article.meta``; other keys are ignored.

JSON Lines are read line by line, so ``max_bytes`` limits each record, not the feed, and a
bad line (E201 JSON, E202 no text, E203 encoding, E204 date, E205 shape, E208 size) is one
Failure while the other lines still yield Articles. Blank lines are skipped. An article's
source is ``file.jsonl:LINE``; in a ``.json`` array it is ``file.json[INDEX]``.
"""

from __future__ import annotations

import codecs
import itertools
import json
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from ..errors import IngestError
from ..model import Article, Failure
from .dates import DATE_HINT, parse_iso_date
from .text import BINARY_PROBE, Meta, check_binary, decode, require_text, to_failure

__all__ = ["article_from_record", "read_json", "read_jsonl"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_DATE_FIELDS = ("published", "date", "date_publish")
_META_FIELDS = {"source": "source", "author": "author", "lang": "lang", "language": "lang"}
_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _opt_str(record: dict[str, object], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise IngestError(
        "E205",
        f"field {key!r} must be a string, got {_json_type(value)}; fix the record",
        where=where,
    )


def _published(record: dict[str, object], where: str) -> date | None:
    for key in _DATE_FIELDS:
        value = _opt_str(record, key, where)
        if value is not None:
            published = parse_iso_date(value)
            if published is None:
                raise IngestError(
                    "E204", f"malformed date {value!r} in field {key!r}; {DATE_HINT}", where=where
                )
            return published
    return None


def article_from_record(record: object, where: str, meta: Meta = ()) -> Article:
    """An Article from one decoded JSON value; ``where`` becomes its source."""
    if not isinstance(record, dict):
        raise IngestError(
            "E205",
            f"expected a JSON object, got {_json_type(record)}; put each article in an object "
            'with a "text" field',
            where=where,
        )
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise IngestError(
            "E205",
            f'field "text" must be a string, got {_json_type(text)}; fix the record',
            where=where,
        )
    if not text or not text.strip():
        raise IngestError(
            "E202", 'missing or empty "text" field; put the article body in "text"', where=where
        )
    extra = tuple(
        (name, value)
        for key, name in _META_FIELDS.items()
        if isinstance(value := record.get(key), str) and value.strip()
    )
    return Article(
        text,
        where,
        id=_opt_str(record, "id", where),
        title=_opt_str(record, "title", where),
        url=_opt_str(record, "url", where),
        published=_published(record, where),
        meta=meta + extra,
    )


def read_json(text: str, source: str, meta: Meta = ()) -> Iterator[Article | Failure]:
    """Articles from a JSON array of objects, or from a single object."""
    require_text(text, source)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        fix = (
            "use --input-format jsonl for one object per line"
            if exc.msg == "Extra data"
            else "check that the file is valid JSON"
        )
        raise IngestError(
            "E201",
            f"invalid JSON at column {exc.colno} ({exc.msg}); {fix}",
            where=f"{source}:{exc.lineno}",
        ) from None
    if not isinstance(value, list):
        yield article_from_record(value, source, meta)
        return
    if not value:
        raise IngestError("E202", "empty JSON array; pass at least one article", where=source)
    for index, record in enumerate(value):
        where = f"{source}[{index}]"
        try:
            yield article_from_record(record, where, meta)
        except IngestError as exc:
            yield to_failure(exc, where)


def _lines(stream: BinaryIO, *, max_bytes: int) -> Iterator[bytes | None]:
    """Raw lines of ``stream``; None for a line longer than ``max_bytes`` (not kept in memory)."""
    while line := stream.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 16)
            yield None
        else:
            yield line


def _probed(lines: Iterator[bytes | None], where: str) -> Iterator[bytes | None]:
    """``lines``, after refusing the whole input if its first 8 KB hold a NUL byte."""
    head: list[bytes | None] = []
    size = 0
    for line in lines:
        head.append(line)
        size += BINARY_PROBE if line is None else len(line)
        if size >= BINARY_PROBE:
            break
    probe = b"".join(line for line in head if line is not None)
    check_binary(probe, where)
    if probe.startswith(_UTF16_BOMS):
        raise IngestError(
            "E203", "JSON Lines in UTF-16 are not supported; re-save the file as UTF-8", where=where
        )
    return itertools.chain(head, lines)


def _read_line(raw: bytes | None, source: str, lineno: int, *, max_bytes: int) -> Article | None:
    where = f"{source}:{lineno}"
    if raw is None:
        raise IngestError(
            "E208",
            f"record is over the {max_bytes:,}-byte limit; shorten it or raise max_bytes",
            where=where,
        )
    text, meta = decode(raw, source, line=lineno)
    if not text.strip():
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            "E201",
            f"invalid JSON at column {exc.colno} ({exc.msg}); "
            "use --input-format text for plain text",
            where=where,
        ) from None
    return article_from_record(value, where, meta)


def read_jsonl(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Article | Failure]:
    """Articles from JSON Lines, one Failure per bad line; E202 if there are no records."""
    records = 0
    for lineno, raw in enumerate(_probed(_lines(stream, max_bytes=max_bytes), source), 1):
        where = f"{source}:{lineno}"
        try:
            article = _read_line(raw, source, lineno, max_bytes=max_bytes)
        except IngestError as exc:
            records += 1
            yield to_failure(exc, where)
            continue
        if article is not None:
            records += 1
            yield article
    if records == 0:
        raise IngestError(
            "E202", "no JSON records, only blank lines; pass at least one", where=source
        )
