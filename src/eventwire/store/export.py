"""Export a store as JSON Lines, CSV or Parquet.

``write_export(store, fmt, out, table=...)`` streams one table of the store to ``out``
(a path, a text stream, or a binary stream) and returns the number of rows written.

Tables and columns (the same in every format):

- ``events``: event_id, doc_id, title, source, type, mode, cameo, date, sources, targets,
  place, trigger, sentence, confidence. ``sources``/``targets`` are actor names: lists in
  JSONL and Parquet, joined with ``"; "`` in CSV.
- ``statements``: id, doc_id, speaker, cue, content, kind, confidence.
- ``entities``: id, doc_id, name, type, title, country, sector, mentions (a count).
- ``articles``: in JSONL, one full ``to_record`` object per line (the output contract,
  re-readable with ``serialize.from_record``). In CSV and Parquet, one flat row per
  article: doc_id, id, source, title, url, published, reference_date, reference_source,
  the counts entities, times, places, amounts, statements, events, and text.

Rows come in ingest order. Missing values are ``null`` in JSONL and Parquet and empty
cells in CSV. Parquet needs the ``parquet`` extra (pyarrow), imported only when used.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal, TextIO, cast

from ..errors import ConfigError
from .base import Store

__all__ = ["COLUMNS", "ExportFormat", "ExportTable", "write_export"]

ExportFormat = Literal["jsonl", "csv", "parquet"]
ExportTable = Literal["articles", "events", "statements", "entities"]

_COUNTS = ("entities", "times", "places", "amounts", "statements", "events")

COLUMNS: dict[str, tuple[str, ...]] = {
    "events": (
        "event_id", "doc_id", "title", "source", "type", "mode", "cameo", "date",
        "sources", "targets", "place", "trigger", "sentence", "confidence",
    ),
    "statements": ("id", "doc_id", "speaker", "cue", "content", "kind", "confidence"),
    "entities": ("id", "doc_id", "name", "type", "title", "country", "sector", "mentions"),
    "articles": (
        "doc_id", "id", "source", "title", "url", "published", "reference_date",
        "reference_source", *_COUNTS, "text",
    ),
}  # fmt: skip

_LISTS = frozenset({"sources", "targets"})
_FLOATS = frozenset({"confidence"})
_INTS = frozenset({"mentions", *_COUNTS})
_BATCH = 5000


def _article_row(rec: dict[str, Any]) -> dict[str, Any]:
    ref = rec.get("reference_date") or {}
    row = {k: rec.get(k) for k in ("doc_id", "id", "source", "title", "url", "published")}
    row["reference_date"] = ref.get("value")
    row["reference_source"] = ref.get("source")
    row.update({k: len(rec.get(k) or ()) for k in _COUNTS})
    row["text"] = rec.get("text")
    return row


def _rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    if table == "articles":
        for rec in store.iter_records():
            yield _article_row(rec)
    else:
        for row in store.iter_rows(cast(Any, table)):
            yield row.to_json()


@contextmanager
def _text_out(out: IO[Any] | str | Path) -> Iterator[TextIO]:
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif isinstance(out, io.TextIOBase) or hasattr(out, "encoding"):
        yield cast(TextIO, out)
    else:
        wrapper = io.TextIOWrapper(cast(IO[bytes], out), encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's binary stream open


def _write_jsonl(store: Store, table: str, fh: TextIO) -> int:
    n = 0
    records = store.iter_records() if table == "articles" else _rows(store, table)
    for obj in records:
        fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_cell(key: str, value: Any) -> Any:
    if value is None:
        return ""
    if key in _LISTS:
        return "; ".join(value)
    return value


def _write_csv(store: Store, table: str, fh: TextIO) -> int:
    cols = COLUMNS[table]
    writer = csv.writer(fh)
    writer.writerow(cols)
    n = 0
    for row in _rows(store, table):
        writer.writerow([_csv_cell(c, row.get(c)) for c in cols])
        n += 1
    return n


def _arrow_schema(pa: Any, table: str) -> Any:
    def kind(col: str) -> Any:
        if col in _LISTS:
            return pa.list_(pa.string())
        if col in _FLOATS:
            return pa.float64()
        if col in _INTS:
            return pa.int64()
        return pa.string()

    return pa.schema([(c, kind(c)) for c in COLUMNS[table]])


def _write_parquet(store: Store, table: str, out: IO[Any] | str | Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError(
            "E121", "Parquet export needs pyarrow: pip install eventwire[parquet]"
        ) from None
    if not isinstance(out, str | Path) and (
        isinstance(out, io.TextIOBase) or hasattr(out, "encoding")
    ):
        out = getattr(out, "buffer", None) or _no_binary(out)
    schema = _arrow_schema(pa, table)
    cols = COLUMNS[table]
    n = 0
    with pq.ParquetWriter(out if not isinstance(out, Path) else str(out), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in _rows(store, table):
            batch.append({c: row.get(c) for c in cols})
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def _no_binary(out: object) -> IO[bytes]:
    raise ConfigError(
        "E124", f"Parquet is binary and {out!r} is a text stream; give a file path instead"
    )


def write_export(
    store: Store,
    fmt: ExportFormat | str,
    out: IO[Any] | str | Path,
    *,
    table: ExportTable | str = "events",  # str too: CLI values are checked here (E123)
) -> int:
    """Write ``table`` of ``store`` to ``out`` as ``fmt``; return the number of rows."""
    if table not in COLUMNS:
        raise ConfigError(
            "E123", f"unknown export table {table!r}; choose one of {', '.join(COLUMNS)}"
        )
    if fmt == "parquet":
        return _write_parquet(store, table, out)
    if fmt not in ("jsonl", "csv"):
        raise ConfigError("E123", f"unknown export format {fmt!r}; choose jsonl, csv or parquet")
    with _text_out(out) as fh:
        if fmt == "jsonl":
            return _write_jsonl(store, table, fh)
        return _write_csv(store, table, fh)
