"""Documents to and from the JSON output contract (see README "Output contract").

Key names are stable: fields may be added, never renamed. ``schema/document.schema.json``
is the machine-readable form, and a test validates real output against it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .model import (
    Amount,
    Document,
    Entity,
    Event,
    Mention,
    Place,
    ReferenceDate,
    Span,
    Statement,
    TimeExpr,
)

__all__ = ["SCHEMA_VERSION", "from_record", "to_record"]

SCHEMA_VERSION = 1


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span.to_json()


def _entity(ent: Entity) -> dict[str, Any]:
    return {
        "id": ent.id,
        "name": ent.name,
        "type": ent.type,
        "title": ent.title,
        "country": ent.country,
        "sector": ent.sector,
        "mentions": [{**m.span.to_json(), "kind": m.kind} for m in ent.mentions],
    }


def _time(t: TimeExpr) -> dict[str, Any]:
    return {
        **t.span.to_json(),
        "id": t.id,
        "type": t.type,
        "value": t.value,
        "anchor": t.anchor,
        "mod": t.mod,
    }


def _place(p: Place) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        **p.span.to_json(),
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "admin1": p.admin1,
        "kind": p.kind,
        "confidence": p.confidence,
        "adjectival": p.adjectival,
    }


def _amount(a: Amount) -> dict[str, Any]:
    return {
        "id": a.id,
        **a.span.to_json(),
        "value": a.value,
        "unit": a.unit,
        "about": a.about,
        "about_span": _span(a.about_span),
    }


def _statement(s: Statement, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": s.id,
        "speaker": s.speaker,
        "speaker_name": names.get(s.speaker or ""),
        "source": _span(s.source),
        "cue": s.cue.to_json(),
        "content": s.content.to_json(),
        "kind": s.kind,
        "confidence": s.confidence,
        "events": list(s.events),
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "cameo": e.cameo,
        "sources": list(e.sources),
        "targets": list(e.targets),
        "trigger": e.trigger.to_json(),
        "sentence": e.sentence.to_json(),
        "date": e.date,
        "place": e.place,
        "confidence": e.confidence,
        "time": e.time,
        "source_actors": [a.to_json() for a in e.source_actors],
        "source_codes": list(e.source_codes),
        "target_actors": [a.to_json() for a in e.target_actors],
        "target_codes": list(e.target_codes),
        "main": e.main,
    }


def to_record(doc: Document, *, versions: dict[str, str] | None = None) -> dict[str, Any]:
    """The output-contract JSON object for one document."""
    ref = doc.reference_date
    names = {e.id: e.name for e in doc.entities}
    return {
        "id": doc.input_id or doc.id,
        "doc_id": doc.id,
        "schema_version": SCHEMA_VERSION,
        "source": doc.source,
        "title": doc.title,
        "url": doc.url,
        "published": doc.published.isoformat() if doc.published else None,
        "reference_date": {
            "value": ref.value.isoformat() if ref.value else None,
            "source": ref.source,
            "evidence": _span(ref.evidence),
        },
        "text": doc.text,
        "sentences": [s.to_json() for s in doc.sentences],
        "entities": [_entity(e) for e in doc.entities],
        "times": [_time(t) for t in doc.times],
        "places": [_place(p) for p in doc.places],
        "amounts": [_amount(a) for a in doc.amounts],
        "statements": [_statement(s, names) for s in doc.statements],
        "events": [_event(e) for e in doc.events],
        "stages": dict(versions or {}),
    }


def _from_span(raw: dict[str, Any] | None) -> Span | None:
    return None if raw is None else Span(raw["start"], raw["end"], raw["text"])


def _req_span(raw: dict[str, Any]) -> Span:
    return Span(raw["start"], raw["end"], raw["text"])


def _date(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw else None


def from_record(rec: dict[str, Any]) -> Document:
    """Rebuild a Document (without the spaCy parse) from ``to_record`` output."""
    ref = rec["reference_date"]
    return Document(
        id=rec["doc_id"],
        text=rec["text"],
        source=rec["source"],
        input_id=rec["id"] if rec["id"] != rec["doc_id"] else None,
        title=rec["title"],
        url=rec["url"],
        published=_date(rec["published"]),
        reference_date=ReferenceDate(
            _date(ref["value"]), ref["source"], _from_span(ref["evidence"])
        ),
        sentences=tuple(_req_span(s) for s in rec["sentences"]),
        entities=tuple(
            Entity(
                e["id"],
                e["name"],
                e["type"],
                tuple(Mention(_req_span(m), m["kind"]) for m in e["mentions"]),
                e["title"],
                e["country"],
                e["sector"],
            )
            for e in rec["entities"]
        ),
        times=tuple(
            TimeExpr(t["id"], _req_span(t), t["type"], t["value"], t["anchor"], t["mod"])
            for t in rec["times"]
        ),
        places=tuple(
            Place(
                p["id"],
                p["name"],
                _req_span(p),
                p["lat"],
                p["lon"],
                p["country"],
                p["admin1"],
                p["kind"],
                p["confidence"],
                adjectival=p.get("adjectival", False),
            )
            for p in rec["places"]
        ),
        amounts=tuple(
            Amount(
                a["id"],
                _req_span(a),
                a["value"],
                a["unit"],
                a["about"],
                _from_span(a["about_span"]),
            )
            for a in rec["amounts"]
        ),
        statements=tuple(
            Statement(
                s["id"],
                s["speaker"],
                _from_span(s["source"]),
                _req_span(s["cue"]),
                _req_span(s["content"]),
                s["kind"],
                s["confidence"],
                events=tuple(s.get("events", ())),
            )
            for s in rec["statements"]
        ),
        events=tuple(
            Event(
                e["id"],
                e["type"],
                e["mode"],
                e["cameo"],
                tuple(e["sources"]),
                tuple(e["targets"]),
                _req_span(e["trigger"]),
                _req_span(e["sentence"]),
                e["date"],
                e["place"],
                e["confidence"],
                e["time"],
                source_actors=tuple(_req_span(a) for a in e.get("source_actors", ())),
                source_codes=tuple(e.get("source_codes", ())),
                target_actors=tuple(_req_span(a) for a in e.get("target_actors", ())),
                target_codes=tuple(e.get("target_codes", ())),
                main=bool(e.get("main", False)),
            )
            for e in rec["events"]
        ),
    )
