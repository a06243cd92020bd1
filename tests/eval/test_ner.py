from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.eval.ner import evaluate_ner, read_conll, score_spans

CONLL = """-DOCSTART- -X- -X- O

Pedro NNP B-NP B-PER
Sanchez NNP I-NP I-PER
visited VBD B-VP O
Lagos NNP B-NP B-LOC
. . O O

Samsung NNP B-NP B-ORG
fell VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

Danish JJ B-NP B-MISC
ambassador NN I-NP O
Lars NNP I-NP B-PER
Hansen NNP I-NP I-PER
resigned VBD B-VP O
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
        "Pedro Sanchez visited Lagos .\nSamsung fell .",
        "Danish ambassador Lars Hansen resigned .",
    ]
    assert docs[0].entities == ((0, 13, "PER"), (22, 27, "LOC"), (30, 37, "ORG"))
    assert docs[1].entities == ((0, 6, "MISC"), (18, 29, "PER"))


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
