from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.eval.ner import evaluate_ner, read_conll, score_spans

CONLL = """-DOCSTART- -X- -X- O

Maria NNP B-NP B-PER
Keller NNP I-NP I-PER
toured VBD B-VP O
Lagos NNP B-NP B-LOC
. . O O

Hollins NNP B-NP B-ORG
folded VBD B-VP O
in IN B-PP O
2031 CD B-NP O
. . O O

-DOCSTART-

Finnish JJ B-NP B-MISC
envoy NN I-NP O
Jukka NNP I-NP B-PER
Laine NNP I-NP I-PER
quit VBD B-VP O
early RB B-ADVP O
. . O O
"""


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.txt"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_read_conll_rebuilds_text_and_char_spans(gold: Path) -> None:
    docs = read_conll(gold)
    assert [d.text for d in docs] == [
        "Maria Keller toured Lagos .\nHollins folded in 2031 .",
        "Finnish envoy Jukka Laine quit early .",
    ]
    assert docs[0].entities == ((0, 12, "PER"), (20, 25, "LOC"), (28, 35, "ORG"))
    assert docs[1].entities == ((0, 7, "MISC"), (14, 25, "PER"))


@pytest.mark.parametrize(
    ("label", "expected"),
    [(None, (1, 1, 1)), ("PER", (1, 0, 0)), ("LOC", (0, 1, 1))],
)
def test_score_spans_counts_exact_matches(label: str | None, expected: tuple[int, ...]) -> None:
    gold = {(0, 13, "PER"), (22, 27, "LOC")}
    pred = {(0, 13, "PER"), (21, 27, "LOC")}
    prf = score_spans(gold, pred, label)
    assert (prf.tp, prf.fp, prf.fn) == expected


def test_evaluate_ner_reports_both_systems(gold: Path, cfg: Config) -> None:
    report = evaluate_ner(gold, cfg=cfg)
    assert report.task == "ner"
    assert report.metrics["documents"] == 2.0
    assert report.metrics["per_r"] == 1.0  # both people are found by eventwire
    assert report.metrics["gain"] == pytest.approx(
        report.metrics["f1"] - report.metrics["baseline_f1"]
    )
    assert set(report.details) == {"all", "PER", "LOC", "ORG"}
