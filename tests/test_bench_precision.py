"""The Reuters precision bench's unseen draw: which articles count as drawn before."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def drawn_before():
    sys.path.insert(0, str(BENCH))
    try:
        import reuters_event_precision as bench
    finally:
        sys.path.remove(str(BENCH))
    return bench._drawn_before


def _write(folder: Path, name: str, *articles: str) -> Path:
    rows = ["article\tevent\ttype\tcameo\tsources\ttargets\ttrigger\tverdict\treason"]
    rows += [f"{a}\t\t\t\t\t\t\t-\t" for a in articles]
    path = folder / name
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_unseen_draw_skips_lower_seeds_and_unseeded_files(drawn_before, tmp_path: Path) -> None:
    _write(tmp_path, "reuters_event_verdicts.tsv", "a#1")
    _write(tmp_path, "reuters_event_verdicts_heldout.tsv", "a#2")
    _write(tmp_path, "reuters_event_verdicts_seed100.tsv", "a#3")
    _write(tmp_path, "reuters_event_verdicts_seed300.tsv", "a#4")
    out = _write(tmp_path, "reuters_event_verdicts_seed200.tsv", "a#5")
    seen = drawn_before(200, out, tmp_path)
    assert seen == {"a#1", "a#2", "a#3"}  # not its own file, nor a later seed's
    assert drawn_before(400, tmp_path / "new.tsv", tmp_path) == {f"a#{i}" for i in range(1, 6)}


def test_unseen_draw_reads_only_its_own_corpus(drawn_before, tmp_path: Path) -> None:
    _write(tmp_path, "reuters_event_verdicts_seed100.tsv", "a#1")
    _write(tmp_path, "bbc_event_verdicts_seed100.tsv", "bbc/politics/001.txt")
    new = tmp_path / "bbc_event_verdicts_seed200.tsv"
    assert drawn_before(200, new, tmp_path, "bbc") == {"bbc/politics/001.txt"}
    assert drawn_before(200, new, tmp_path) == {"a#1"}


def test_bbc_reader_splits_headline_from_body(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import reuters_event_precision as bench
    finally:
        sys.path.remove(str(BENCH))
    (tmp_path / "politics").mkdir()
    (tmp_path / "politics" / "001.txt").write_bytes(b"Talks end\n\nThe talks ended \xff today.\n")
    [article] = bench.read_bbc(tmp_path)
    assert (article.source, article.title) == ("bbc/politics/001.txt", "Talks end")
    assert article.text == "The talks ended \ufffd today."


def test_news_reader_keeps_date_and_skips_nothing_readable(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import reuters_event_precision as bench
    finally:
        sys.path.remove(str(BENCH))
    (tmp_path / "data").mkdir()
    record = {
        "title": "Talks end",
        "text": "The talks ended on Friday.",
        "date_publish": "2017-09-15T00:00:00",
        "source_domain": "example.org",
    }
    (tmp_path / "data" / "00aa11bb22cc33dd44ee.json").write_text(json.dumps(record))
    [article] = bench.read_news(tmp_path)
    assert article.source == "5w1h/data/00aa11bb22cc33dd"
    assert (article.title, str(article.published)) == ("Talks end", "2017-09-15")


def test_news_reader_leaves_out_a_file_without_text(tmp_path: Path, capsys) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import reuters_event_precision as bench
    finally:
        sys.path.remove(str(BENCH))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "ff.json").write_text(json.dumps({"title": "No body", "text": ""}))
    assert bench.read_news(tmp_path) == []
    assert "E202" in capsys.readouterr().err
