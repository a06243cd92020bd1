"""The actor registry: link each stored person/organisation entity to a corpus actor.

Within an article the entities stage already folds "Xi", "President Xi" and "Xi Jinping"
into one entity named by its full name; across articles an actor is found by
normalised full name + type + country. An entity whose country is unknown, or whose
name is one word ("Xi"), joins the single actor of that type it fits (by name or by
alias); when none or several fit, a new actor is made (ambiguity is never guessed).
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator

from ..model import Document, Entity, content_id

__all__ = ["ACTOR_TYPES", "link_actors"]

ACTOR_TYPES = frozenset({"PERSON", "ORG"})


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace(".", "").split())


def _key(name: str, type_: str, country: str | None) -> str:
    return f"{_norm(name)}|{type_}|{country or ''}"


def _aliases(ent: Entity) -> set[str]:
    return {ent.name} | {m.span.text for m in ent.mentions if m.kind == "name"}


def _one(rows: list[tuple[str]]) -> str | None:
    ids = {r[0] for r in rows}
    return ids.pop() if len(ids) == 1 else None


def _find(conn: sqlite3.Connection, ent: Entity) -> str | None:
    row = conn.execute(
        "SELECT id FROM actors WHERE key = ?", (_key(ent.name, ent.type, ent.country),)
    ).fetchone()
    if row:
        return str(row[0])
    norm = _norm(ent.name)
    # the same name with the country known on one side only
    fits = conn.execute(
        "SELECT id FROM actors WHERE norm = ? AND type = ? AND (? IS NULL OR country IS NULL)",
        (norm, ent.type, ent.country),
    ).fetchall()
    if found := _one(fits):
        return found
    if len(norm.split()) == 1:  # "Xi": an alias of exactly one known actor
        fits = conn.execute(
            "SELECT a.id FROM actors a JOIN actor_aliases x ON x.actor_id = a.id"
            " WHERE a.type = ? AND x.alias = ?",
            (ent.type, ent.name),
        ).fetchall()
        return _one(fits)
    return None


def _seen(doc: Document) -> str | None:
    day = doc.published or doc.reference_date.value
    return day.isoformat() if day else None


def _touch(conn: sqlite3.Connection, actor_id: str, ent: Entity, day: str | None) -> None:
    conn.execute(
        "UPDATE actors SET first_seen = CASE WHEN first_seen IS NULL OR ? < first_seen"
        " THEN ? ELSE first_seen END, last_seen = CASE WHEN last_seen IS NULL OR ? > last_seen"
        " THEN ? ELSE last_seen END, country = COALESCE(country, ?) WHERE id = ?",
        (day, day, day, day, ent.country, actor_id),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)",
        [(actor_id, alias) for alias in sorted(_aliases(ent))],
    )


def _create(conn: sqlite3.Connection, ent: Entity) -> str:
    key = _key(ent.name, ent.type, ent.country)
    actor_id = content_id("actor", key, prefix="ac")
    conn.execute(
        "INSERT INTO actors (id, key, norm, name, type, country) VALUES (?, ?, ?, ?, ?, ?)",
        (actor_id, key, _norm(ent.name), ent.name, ent.type, ent.country),
    )
    return actor_id


def _actor_entities(doc: Document) -> Iterator[Entity]:
    # full names first, so "Xi Jinping" is registered before a bare "Xi" looks for it
    ents = [e for e in doc.entities if e.type in ACTOR_TYPES]
    yield from sorted(ents, key=lambda e: -len(e.name.split()))


def link_actors(conn: sqlite3.Connection, doc: Document) -> dict[str, str]:
    """Entity id -> actor id for ``doc``'s people and organisations (creating actors)."""
    out: dict[str, str] = {}
    day = _seen(doc)
    for ent in _actor_entities(doc):
        actor_id = _find(conn, ent) or _create(conn, ent)
        _touch(conn, actor_id, ent, day)
        out[ent.id] = actor_id
    return out
