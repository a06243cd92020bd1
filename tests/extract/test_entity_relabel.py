from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.entities import extract_entities
from eventwire.extract.entity_relabel import load_relabeller, raw_candidates
from eventwire.extract.entity_tables import EntityTables, load_entity_tables
from eventwire.model import Document

Parse = Callable[..., Document]


@pytest.fixture(scope="module")
def tables() -> EntityTables:
    return load_entity_tables()


def _names(doc: Document, tables: EntityTables) -> dict[str, str]:
    return {
        m.span.text: e.type
        for e in extract_entities(doc, tables=tables)
        for m in e.mentions
        if m.kind == "name"
    }


def test_the_trained_weights_ship_with_the_package() -> None:
    assert load_relabeller() is not None


def test_candidates_include_whole_names_without_their_article(parse: Parse) -> None:
    doc = parse("They met at the Great Hall of the People in Beijing.")
    assert doc.parsed is not None
    spans = {doc.parsed[c.i : c.j].text for c in raw_candidates(doc.parsed)}
    assert {"Great Hall of the People", "Beijing"} <= spans
    assert "the Great Hall of the People in Beijing" not in spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Standings after Saturday's matches :\nChelsea 4 3 1 0 9 3 10\nArsenal 4 2 1 1 7 5 7",
            {"Chelsea": "ORG", "Arsenal": "ORG"},
        ),
        (
            "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN .\nLONDON 1996-08-30\n"
            "Alan Shearer was named England captain on Friday .",
            {"ENGLAND": "GPE", "LONDON": "GPE", "Alan Shearer": "PERSON"},
        ),
    ],
)
def test_table_rows_and_capital_headlines(
    parse: Parse, tables: EntityTables, text: str, expected: dict[str, str]
) -> None:
    names = _names(parse(text), tables)
    assert {k: names.get(k) for k in expected} == expected
