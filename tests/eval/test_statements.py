from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.statements import (
    GoldAttribution,
    Scores,
    _parse_ann,
    evaluate_polnear,
    score_document,
)
from eventwire.model import Span, Statement

POLNEAR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear"

# Hand-written brat standoff for: 'Biden said taxes will rise.' (not PolNeAR text)
TEXT = "Biden said taxes will rise."
ANN = (
    "T1\tSource 0 5\tBiden\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 26\ttaxes will rise\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 0 3;4 5\tBid n\n"
    "T6\tContent 11 16\ttaxes\n"
    "T7\tContent 22 26\trise\n"
    "E2\tAttribution-no-source:T5 Cue:T5 Content:T6 Content2:T7\n"
    "E3\tAttribution:T4\n"
)
GOLD = GoldAttribution((0, 5), (6, 10), (11, 26))


def _stmt(
    source: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int]
) -> Statement:
    def span(r: tuple[int, int]) -> Span:
        return Span.of(TEXT, *r)

    return Statement(
        "s", None, None if source is None else span(source), span(cue), span(content), "indirect"
    )


def _score(gold: list[GoldAttribution], stmts: list[Statement]) -> dict[str, float]:
    scores = Scores()
    score_document(TEXT, gold, stmts, scores)
    return scores.metrics()


def test_parse_ann_takes_full_extent_of_discontinuous_spans() -> None:
    assert _parse_ann(ANN) == [GOLD, GoldAttribution(None, (0, 5), (11, 26))]


@pytest.mark.parametrize(
    ("stmt", "expected"),
    [
        # exact after trimming edge punctuation: 'rise.' equals 'rise'
        (_stmt((0, 5), (6, 10), (11, 27)), {"cue_exact_f1": 1.0, "content_exact_f1": 1.0}),
        (
            _stmt((0, 3), (6, 10), (17, 26)),
            {"source_exact_f1": 0.0, "source_overlap_f1": 1.0, "content_overlap_f1": 1.0},
        ),
        (_stmt(None, (6, 10), (17, 26)), {"source_overlap_p": 0.0, "attribution_f1": 0.0}),
        (_stmt((0, 5), (11, 16), (17, 26)), {"cue_overlap_f1": 0.0, "attribution_f1": 1.0}),
    ],
)
def test_each_part_is_matched_on_its_own(stmt: Statement, expected: dict[str, float]) -> None:
    got = _score([GOLD], [stmt])
    assert {k: got[k] for k in expected} == expected


def test_matching_is_one_to_one_by_largest_overlap() -> None:
    stmts = [_stmt((0, 5), (6, 10), (22, 26)), _stmt((0, 5), (6, 10), (11, 21))]
    got = _score([GOLD], stmts)
    assert (got["cue_overlap_p"], got["cue_overlap_r"]) == (0.5, 1.0)
    assert got["attribution_p"] == 0.5 and got["attribution_r"] == 1.0


def test_sourceless_attribution_matches_a_sourceless_statement() -> None:
    gold = [GoldAttribution(None, (6, 10), (11, 26))]
    assert _score(gold, [_stmt(None, (6, 10), (11, 26))])["attribution_f1"] == 1.0
    assert _score(gold, [_stmt((0, 5), (6, 10), (11, 26))])["attribution_f1"] == 0.0


@pytest.mark.slow
def test_polnear_dev_sample(parse_stage, cfg) -> None:
    if not (POLNEAR / "dev" / "attributions").is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR}")
    from eventwire.extract.statements import make_statements

    stage = make_statements(cfg)
    scores = evaluate_polnear(POLNEAR, lambda d: stage.run(parse_stage.run(d)), limit=5)
    metrics = scores.metrics()
    assert scores.documents == 5
    assert metrics["cue_overlap_f1"] >= 0.5
    assert metrics["attribution_f1"] >= 0.4
