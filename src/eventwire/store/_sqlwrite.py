"""Insert one Document into the SQLite tables (inside the caller's transaction)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Document, Entity, Event, Failure, Span
from ..serialize import to_record
from ._sqlactors import link_actors

__all__ = ["insert_document", "insert_failures"]


def _off(span: Span | None) -> tuple[int | None, int | None, str | None]:
    return (None, None, None) if span is None else (span.start, span.end, span.text)


def _insert(
    conn: sqlite3.Connection, table: str, columns: str, rows: Iterable[Sequence[Any]]
) -> None:
    """``executemany`` an INSERT of ``columns`` (space-separated names, fixed in this module)."""
    names = columns.split()
    marks = ", ".join("?" * len(names))
    conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)


def _insert_article(
    conn: sqlite3.Connection, doc: Document, record: dict[str, Any], at: str
) -> None:
    (seq,) = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()
    ref = doc.reference_date
    row = (
        doc.id, seq, doc.input_id, doc.source, doc.title, doc.url,
        doc.published.isoformat() if doc.published else None,
        ref.value.isoformat() if ref.value else None, ref.source, doc.text,
        json.dumps(record, ensure_ascii=False, separators=(",", ":")), at,
    )  # fmt: skip
    _insert(conn, "articles", "id seq input_id source title url published reference_date"
            " reference_source text record ingested_at", [row])  # fmt: skip


def _insert_entities(
    conn: sqlite3.Connection, doc_id: str, ents: Sequence[Entity], actors: dict[str, str]
) -> None:
    _insert(conn, "entities",
            "doc_id id position name type title country sector mentions stage version actor_id",
            [(doc_id, e.id, i, e.name, e.type, e.title, e.country, e.sector, len(e.mentions),
              e.stage, e.version, actors.get(e.id)) for i, e in enumerate(ents)])  # fmt: skip
    _insert(conn, "mentions", "doc_id entity_id position start_char end_char text kind",
            [(doc_id, e.id, i, *_off(m.span), m.kind)
             for e in ents for i, m in enumerate(e.mentions)])  # fmt: skip


def _insert_facts(conn: sqlite3.Connection, doc: Document) -> None:
    _insert(conn, "times",
            "doc_id id position start_char end_char text type value anchor mod stage version",
            [(doc.id, t.id, i, *_off(t.span), t.type, t.value, t.anchor, t.mod, t.stage,
              t.version) for i, t in enumerate(doc.times)])  # fmt: skip
    _insert(conn, "places",
            "doc_id id position name start_char end_char text lat lon country admin1 kind"
            " confidence stage version",
            [(doc.id, p.id, i, p.name, *_off(p.span), p.lat, p.lon, p.country, p.admin1, p.kind,
              p.confidence, p.stage, p.version) for i, p in enumerate(doc.places)])  # fmt: skip
    _insert(conn, "amounts",
            "doc_id id position start_char end_char text value unit about about_start about_end"
            " stage version",
            [(doc.id, a.id, i, *_off(a.span), a.value, a.unit, a.about, *_off(a.about_span)[:2],
              a.stage, a.version) for i, a in enumerate(doc.amounts)])  # fmt: skip


def _insert_statements(conn: sqlite3.Connection, doc: Document, names: dict[str, str]) -> None:
    _insert(conn, "statements",
            "doc_id id position speaker_id speaker_name source_start source_end source_text"
            " cue_start cue_end cue_text content_start content_end content_text kind confidence"
            " stage version",
            [(doc.id, s.id, i, s.speaker, names.get(s.speaker or ""), *_off(s.source),
              *_off(s.cue), *_off(s.content), s.kind, s.confidence, s.stage, s.version)
             for i, s in enumerate(doc.statements)])  # fmt: skip


def _actor_rows(doc_id: str, event: Event, names: dict[str, str]) -> list[tuple[Any, ...]]:
    return [
        (doc_id, event.id, role, i, ent_id, names.get(ent_id, ent_id))
        for role, ids in (("source", event.sources), ("target", event.targets))
        for i, ent_id in enumerate(ids)
    ]


def _insert_events(conn: sqlite3.Connection, doc: Document, names: dict[str, str]) -> None:
    _insert(conn, "events",
            "doc_id id position type mode cameo date place_id time_id trigger_start trigger_end"
            " trigger_text sentence_start sentence_end sentence_text confidence stage version",
            [(doc.id, e.id, i, e.type, e.mode, e.cameo, e.date, e.place, e.time,
              *_off(e.trigger), *_off(e.sentence), e.confidence, e.stage, e.version)
             for i, e in enumerate(doc.events)])  # fmt: skip
    _insert(conn, "event_actors", "doc_id event_id role position entity_id name",
            [row for e in doc.events for row in _actor_rows(doc.id, e, names)])  # fmt: skip


def insert_document(
    conn: sqlite3.Connection, doc: Document, *, versions: dict[str, str] | None, at: str
) -> None:
    """Insert ``doc`` and all its facts. Raises sqlite3.Error on any constraint failure."""
    names = {ent.id: ent.name for ent in doc.entities}
    _insert_article(conn, doc, to_record(doc, versions=versions), at)
    _insert_entities(conn, doc.id, doc.entities, link_actors(conn, doc))
    _insert_facts(conn, doc)
    _insert_statements(conn, doc, names)
    _insert_events(conn, doc, names)


def insert_failures(conn: sqlite3.Connection, failures: Iterable[Failure], *, at: str) -> int:
    """Record failures not recorded before; return how many were new."""
    added = 0
    for fail in failures:
        cur = conn.execute(
            "INSERT OR IGNORE INTO failures (source, code, message, article_id, at)"
            " VALUES (?, ?, ?, ?, ?)",
            (fail.source, fail.code, fail.message, fail.article_id, at),
        )
        added += cur.rowcount
    return added
