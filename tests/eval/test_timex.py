"""TimeML reader and TempEval-3 scoring for the TIME stage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.eval.timex import GoldTimex, read_tml, read_tml_dir, score

# Hand-written TimeML in the TempEval-3 layout (not taken from any corpus).
TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2023-12-28" '
    'functionInDocument="CREATION_TIME">2023-12-28</TIMEX3></DCT>\n'
    '<TEXT>\nSales at AT&amp;T <EVENT eid="e1">rose</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="2023">this year</TIMEX3> and will rise '
    '<TIMEX3 tid="t2" type="DATE" value="2024">next year</TIMEX3>.\n</TEXT>\n</TimeML>\n'
)


def test_read_tml_offsets_and_dct(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / "x1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == date(2023, 12, 28)
    assert [doc.text[t.start : t.end] for t in doc.timexes] == ["this year", "next year"]
    assert [(t.type, t.value) for t in doc.timexes] == [("DATE", "2023"), ("DATE", "2024")]
    assert "AT&T" in doc.text
    assert [d.name for d in read_tml_dir(tmp_path)] == ["x1.tml"]


def test_read_tml_without_text_is_an_ingest_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML></TimeML>", encoding="utf-8")
    with pytest.raises(IngestError, match="E230"):
        read_tml(path)


def test_score_strict_relaxed_and_value() -> None:
    gold = (GoldTimex(0, 9, "DATE", "2023"), GoldTimex(20, 29, "DATE", "2024"))
    pred = (
        GoldTimex(0, 9, "DATE", "2023"),  # exact, right value
        GoldTimex(24, 29, "DURATION", "P1Y"),  # overlaps only, wrong type and value
        GoldTimex(40, 45, "DATE", "2022"),  # spurious
    )
    s = score([(gold, pred)])
    assert (s.gold, s.predicted) == (2, 3)
    assert (s.strict_p, s.strict_r) == pytest.approx((1 / 3, 1 / 2))
    assert (s.relaxed_p, s.relaxed_r) == pytest.approx((2 / 3, 1.0))
    assert s.relaxed_f1 == pytest.approx(0.8)
    assert (s.type_accuracy, s.value_accuracy) == pytest.approx((0.5, 0.5))
    assert s.value_f1 == pytest.approx(0.4)


def test_value_f1_counts_overlapping_system_timexes_with_the_gold_value() -> None:
    # Issue definition: hits are system timexes overlapping a gold one (one-to-one) with
    # the same value; precision over system timexes, recall over gold ones.
    gold = (
        GoldTimex(0, 9, "DATE", "2023"),
        GoldTimex(20, 29, "DATE", "2024"),
        GoldTimex(50, 55, "DATE", "2021"),
    )
    pred = (
        GoldTimex(4, 9, "DATE", "2023"),  # partial overlap, right value: a hit
        GoldTimex(2, 8, "DATE", "2023"),  # second overlap of the same gold: not a hit
        GoldTimex(20, 29, "DATE", "2025"),  # wrong value
        GoldTimex(60, 65, "DATE", "2021"),  # right value, no overlap
    )
    s = score([(gold, pred)])
    assert (s.value_p, s.value_r) == pytest.approx((1 / 4, 1 / 3))
    assert s.value_f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    assert s.te3_value_f1 == pytest.approx(s.relaxed_f1 * s.value_accuracy)
