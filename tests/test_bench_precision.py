"""The Reuters precision bench's unseen draw: which articles count as drawn before."""

from __future__ import annotations

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
