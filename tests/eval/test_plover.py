"""PLOVER / PETRARCH2 scorer: reading records, matching actors, choosing the answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.eval.plover import (
    GoldActor,
    PredActor,
    actor_matches,
    best_event,
    code_of,
    read_actor_codes,
    read_petrarch,
    read_plover,
    role_correct,
)
from eventwire.model import Event, Span

RECORDS = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "about the file"},
    {
        "id": "R-1",
        "date": "2000-01-01",
        "event": "FIGHT",
        "text": "Rebels attacked the town.",
        "source": [{"actorText": "Rebels", "code": "XYZ", "sector": "REB"}],
        "target": "",
    },
    {"id": "R-2", "event": "DEMAND", "text": "Norway urged Chile to talk.", "source": None},
]


def test_read_plover_skips_documents_and_maps_old_labels(tmp_path: Path) -> None:
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    recs = read_plover(path)
    assert [(r.id, r.type) for r in recs] == [("R-1", "ASSAULT"), ("R-2", "REQUEST")]
    assert recs[0].sources == (GoldActor("Rebels", "XYZ"),)
    assert (recs[0].targets, recs[1].sources, str(recs[0].published)) == ((), (), "2000-01-01")


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        (PredActor("Hungary", "HUNGOV"), GoldActor("Hungarian", "HUN"), True),  # code
        (PredActor("the rebels", ""), GoldActor("Fijian rebels", "FJI"), True),  # text
        (PredActor("the government", "FRA"), GoldActor("Germany", "DEU"), False),
        (PredActor("the", ""), GoldActor("the army", ""), False),  # stop words only
    ],
)
def test_actor_matches(pred: PredActor, gold: GoldActor, ok: bool) -> None:
    assert actor_matches(pred, gold) is ok


def test_empty_gold_role_accepts_none_or_the_other_side() -> None:
    sources = [GoldActor("Hungary", "HUN"), GoldActor("Romania", "ROU")]
    assert role_correct([], [], sources)
    assert role_correct([PredActor("Romania", "ROU")], [], sources)  # reciprocal reading
    assert not role_correct([PredActor("Serbia", "SRB")], [], sources)


def _event(cameo: str, confidence: float, *, main: bool = False) -> Event:
    span = Span(0, 1, "x")
    return Event(
        cameo, "ASSAULT", None, cameo, (), (), span, span, None, None, confidence, main=main
    )


def test_best_event_prefers_main_then_confidence() -> None:
    assert best_event([]) is None
    assert best_event([_event("190", 0.5), _event("193", 0.9)]).cameo == "193"  # type: ignore[union-attr]
    picked = best_event([_event("190", 0.5, main=True), _event("193", 0.9)])
    assert picked is not None and picked.cameo == "190"


ACTORS = """<!-- toy actors -->
ARNOR_  [ARN]
+ARNORIAN
MINAS TIRITH [GON]
DOL_AMROTH [DOL] # comment
"""

XML = """<Validation><Sentences>
<Sentence date="19950101" id="T-1" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="036"></EventCoding>
<Text>Arnor wants
to meet Gondor.</Text></Sentence>
<Sentence date="19950102" id="T-2" category="DEMO">
<EventCoding noevents="True"></EventCoding><Text>Nothing happened.</Text></Sentence>
<Sentence date="19950103" id="T-3" category="ERROR">
<EventCoding error="storydiscard"></EventCoding><Text>Skipped.</Text></Sentence>
</Sentences></Validation>"""


def test_petrarch_records_and_actor_codes(tmp_path: Path) -> None:
    (tmp_path / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (tmp_path / "records.xml").write_text(XML, encoding="utf-8")
    codes = read_actor_codes(tmp_path / "actors.txt")
    assert codes == {"arnor": "ARN", "arnorian": "ARN", "minas tirith": "GON", "dol amroth": "DOL"}
    assert [code_of(t, codes) for t in ("Arnor's army", "the Minas Tirith police", "Gondor")] == [
        "ARN",
        "GON",
        "",
    ]
    recs = read_petrarch(tmp_path / "records.xml")
    assert [(r.id, r.events) for r in recs] == [("T-1", (("ARN", "GON"),)), ("T-2", ())]
    assert recs[0].text == "Arnor wants to meet Gondor."
    assert str(recs[0].published) == "1995-01-01"
