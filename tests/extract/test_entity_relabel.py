from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.entities import extract_entities
from eventwire.extract.entity_relabel import _line_info, load_relabeller, raw_candidates, token_view
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


def test_token_view_reads_what_spacy_reads(parse: Parse) -> None:
    doc = parse("Chelsea 4 3\nLONDON  1996-08-30 .\n\nAlan Shearer of the Reds scored.")
    assert doc.parsed is not None
    view = token_view(doc.parsed, doc.text)
    assert view.words == [t.text for t in doc.parsed]
    assert view.lower == [t.lower_ for t in doc.parsed]
    for i in range(len(doc.parsed)):
        for j in range(i + 1, min(i + 4, len(doc.parsed)) + 1):
            assert view.span_text(i, j) == doc.parsed[i:j].text


def test_line_info_per_token(parse: Parse) -> None:
    doc = parse("Chelsea 4 3\nARSENAL WON\nso it goes")
    assert doc.parsed is not None
    words = [t.text for t in doc.parsed]
    info = dict(zip(words, _line_info(doc.parsed), strict=True))
    assert info["Chelsea"] == (2 / 3, False, 0)
    assert info["3"] == (2 / 3, False, 2)
    assert info["WON"] == (0.0, True, 1)
    assert info["goes"] == (0.0, False, 2)
