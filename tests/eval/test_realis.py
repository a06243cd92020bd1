"""MEANTIME reader and realis scoring for the events stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.errors import IngestError
from eventwire.eval.realis import (
    GoldMention,
    _scores,
    evaluate_realis,
    gold_realis,
    read_meantime,
)

# Hand-written CAT XML in the MEANTIME layout (not taken from the corpus): a title, then
# one sentence with a done act ("signed"), a future one ("build") and a negated one ("buy").
WORDS = [
    ("0", "Firm signs deal"),
    ("1", "Acme signed a deal on Monday to build ships but did not buy steel ."),
]
EVENTS = {"signed": ("CERTAIN", "POS", "NON_FUTURE"), "build": ("CERTAIN", "POS", "FUTURE")}
EVENTS["buy"] = ("CERTAIN", "NEG", "NON_FUTURE")


def _xml() -> str:
    toks, marks, tid = [], [], 0
    for sentence, text in WORDS:
        for word in text.split():
            tid += 1
            toks.append(f'<token t_id="{tid}" sentence="{sentence}" number="{tid}">{word}</token>')
            if sentence != "0" and word in EVENTS:
                c, p, t = EVENTS[word]
                marks.append(
                    f'<EVENT_MENTION m_id="{tid + 100}" certainty="{c}" polarity="{p}" '
                    f'time="{t}" pos="VERB"><token_anchor t_id="{tid}"/></EVENT_MENTION>'
                )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document doc_name="x">'
        + "".join(toks)
        + "<Markables>"
        + "".join(marks)
        + "</Markables></Document>"
    )


def test_read_meantime_rebuilds_text_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "x.xml"
    path.write_text(_xml(), encoding="utf-8")
    doc = read_meantime(path)
    assert doc.text.startswith("Firm signs deal\n\nAcme signed a deal")
    assert [doc.text[m.start : m.end] for m in doc.mentions] == ["signed", "build", "buy"]
    assert [gold_realis(m) for m in doc.mentions] == [True, False, False]


def test_underspecified_mentions_are_not_scored() -> None:
    vague = GoldMention(0, 1, "UNDERSPECIFIED", "POS", "NON_FUTURE")
    assert gold_realis(vague) is None
    assert gold_realis(GoldMention(0, 1, "PROBABLE", "POS", "UNDERSPECIFIED")) is False


def test_scores_count_done_readings_of_unreal_acts_as_errors() -> None:
    judged = [(True, "done"), (False, "done"), (False, "undone"), (False, "framed")]
    judged.append((True, "undone"))
    got = _scores(judged)
    assert got["done_precision"] == 0.5
    assert got["unreal_recall"] == round(2 / 3, 4)
    assert got["real_recall"] == 0.5
    assert got["framed"] == 1.0


def test_bad_xml_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text("<Document>\n<token t_id='1'>x</Document>", encoding="utf-8")
    with pytest.raises(IngestError, match="E231") as err:
        read_meantime(path)
    assert f"{path}:2" in str(err.value)
    empty = tmp_path / "empty.xml"
    empty.write_text("<Document></Document>", encoding="utf-8")
    with pytest.raises(IngestError, match="no <token>"):
        read_meantime(empty)


def test_evaluate_reads_a_done_act_as_done_and_a_negated_one_as_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(EVENTS, "build")
    (tmp_path / "corpus_x").mkdir()
    (tmp_path / "corpus_x" / "x.xml").write_text(_xml(), encoding="utf-8")
    report = evaluate_realis(tmp_path, cfg=Config())
    assert report.metrics["mentions"] == 2.0
    assert report.metrics["done_precision"] == 1.0
    assert report.metrics["real_recall"] == 1.0  # "signed"
    assert report.metrics["unreal_recall"] == 1.0  # "did not buy"
    assert report.details["subsets"]["x"]["mentions"] == 2.0
