from __future__ import annotations

from dataclasses import replace

from eventwire.config import Config
from eventwire.extract.links import extract_links, make_links
from eventwire.model import Article, Document, Event, Span, Statement

TEXT = "Xi said trade grew and talks ended. Troops attacked the town."


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span.of(TEXT, start, start + len(word))


def _event(eid: str, trigger: str) -> Event:
    return Event(
        eid, "COOPERATE", None, "000", (), (), _span(trigger), _span(TEXT), None, None, 0.9
    )


def _doc() -> Document:
    stmt = Statement(
        "s1", None, _span("Xi"), _span("said"), _span("trade grew and talks ended"), "indirect"
    )
    events = (_event("v1", "grew"), _event("v2", "ended"), _event("v3", "attacked"))
    return replace(Document.from_article(Article(TEXT, "t")), statements=(stmt,), events=events)


def test_statement_links_events_triggered_inside_its_content() -> None:
    (stmt,) = extract_links(_doc())
    assert stmt.events == ("v1", "v2")


def test_statement_without_reported_events_links_none() -> None:
    doc = replace(_doc(), events=(_event("v3", "attacked"),))
    assert extract_links(doc)[0].events == ()


def test_links_stage_contract_and_run() -> None:
    stage = make_links(Config())
    assert (stage.name, stage.requires, stage.produces) == (
        "links",
        frozenset({"statements", "events"}),
        frozenset({"links"}),
    )
    assert stage.run(_doc()).statements[0].events == ("v1", "v2")
