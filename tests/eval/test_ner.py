from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.eval.ner import evaluate_ner, read_conll, score_spans

CONLL = """-DOCSTART- -X- -X- O

Angela NNP B-NP B-PER
Merkel NNP I-NP I-PER
visited VBD B-VP O
Paris NNP B-NP B-LOC
. . O O

Siemens NNP B-NP B-ORG
rose VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

German JJ B-NP B-MISC
Chancellor NNP I-NP O
Olaf NNP I-NP B-PER
Scholz NNP I-NP I-PER
spoke VBD B-VP O
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
        "Angela Merkel visited Paris .\nSiemens rose .",
        "German Chancellor Olaf Scholz spoke .",
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
