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
    "E2\tAttribution-no-source:T5 Cue:T5\n"
)


def _stmt(
    source: tuple[int, int] | None, cue: tuple[int, int], content: tuple[int, int]
) -> Statement:
    def span(r: tuple[int, int]) -> Span:
        return Span.of(TEXT, *r)

    return Statement(
        "s", None, None if source is None else span(source), span(cue), span(content), "indirect"
    )


def test_parse_ann_links_roles_and_discontinuous_spans() -> None:
    gold = _parse_ann(ANN)
    assert gold[0] == GoldAttribution(((0, 5),), ((6, 10),), ((11, 26),))
    assert gold[1] == GoldAttribution((), ((0, 3), (4, 5)), ())


def test_score_document_counts_overlap_hits() -> None:
    gold = [GoldAttribution(((0, 5),), ((6, 10),), ((11, 26),))]
    scores = Scores()
    score_document(
        TEXT, gold, [_stmt((0, 5), (6, 10), (17, 26)), _stmt(None, (22, 26), (11, 16))], scores
    )
    assert scores.cue.scores == {"p": 0.5, "r": 1.0, "f1": 0.667}
    assert (scores.source.tp_p, scores.source.predicted, scores.source.gold) == (1, 1, 1)
    assert scores.content.scores["r"] == 1.0
    # "will rise" against "taxes will rise": 2 of 3 gold words, all predicted words right
    assert scores.content_tokens.scores == {"p": 1.0, "r": 0.667, "f1": 0.8}


@pytest.mark.slow
def test_polnear_dev_floor(parse_stage, cfg) -> None:
    if not (POLNEAR / "dev" / "attributions").is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR}")
    from eventwire.extract.statements import make_statements

    stage = make_statements(cfg)
    scores = evaluate_polnear(POLNEAR, lambda d: stage.run(parse_stage.run(d)), limit=10)
    assert scores.documents == 10
    assert scores.cue.scores["f1"] >= 0.5
    assert scores.content_tokens.scores["f1"] >= 0.7
