"""Pure helpers of the web layer: highlight segments and the server-side SVG."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed")

from eventwire.web import svg
from eventwire.web.highlight import record_spans, segments


def test_segments_split_overlaps_and_keep_text() -> None:
    text = '"Xi met Biden," he said.'
    spans = [(1, 13, "statement:0"), (1, 3, "entity:0"), (4, 7, "event:0"), (8, 13, "entity:1")]
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.refs) for s in segs] == [
        ('"', ()),
        ("Xi", ("entity:0", "statement:0")),
        (" ", ("statement:0",)),
        ("met", ("statement:0", "event:0")),
        (" ", ("statement:0",)),
        ("Biden", ("entity:1", "statement:0")),
        ('," he said.', ()),
    ]
    assert segs[3].kinds == ("statement", "event")


def test_record_spans_cover_every_kind() -> None:
    span = {"start": 0, "end": 2, "text": "Xi"}
    record = {
        "entities": [{"mentions": [span, {"start": 5, "end": 7, "text": "he"}]}],
        "times": [{"start": 3, "end": 4}],
        "places": [],
        "amounts": [{"start": 8, "end": 9}],
        "statements": [{"source": None, "cue": span, "content": {"start": 2, "end": 3}}],
        "events": [{"trigger": {"start": 0, "end": 0}}],  # empty spans are dropped
    }
    assert sorted(record_spans(record)) == [
        (0, 2, "entity:0"), (0, 2, "statement:0"), (2, 3, "statement:0"),
        (3, 4, "time:0"), (5, 7, "entity:0"), (8, 9, "amount:0"),
    ]  # fmt: skip


def test_bar_chart_bins_by_month_when_many_days() -> None:
    days = [(f"2023-{m:02d}-{d:02d}", "AGREE", 1) for m in range(1, 5) for d in range(1, 29)]
    chart = svg.bar_chart(days, {"AGREE": "#000"})
    assert chart.count("<rect") == 4 and "2023-01" in chart and "2023-01-01" not in chart
    few = svg.bar_chart([("2023-01-01", "AGREE", 2), ("2023-01-01", "AID", 1)], {})
    assert few.count("<rect") == 2 and ">2</text>" in few


def test_svg_escapes_names() -> None:
    link = {"name": "<script>x</script>", "events": 2, "out_events": 2, "in_events": 0}
    drawing = svg.network("A & B", [link])
    assert "<script>" not in drawing and "&lt;script&gt;" in drawing and "A &amp; B" in drawing
    assert "/actors/%3Cscript%3Ex%3C%2Fscript%3E" in drawing


def test_world_map_projects_points() -> None:
    point = {"name": "Null Island", "country": None, "lat": 0.0, "lon": 0.0,
             "articles": 1, "events": 1}  # fmt: skip
    drawing = svg.world_map([point], svg.land_cells([(0.5, 0.5), (1.5, 1.9)]))
    assert 'cx="480.0"' in drawing and "Null Island" in drawing
    assert svg.land_cells([(0.5, 0.5), (1.5, 1.9), (-0.1, 0)]) == [(-2.0, 0.0), (0.0, 0.0)]
