"""The repository takes in no more text of the evaluation corpora (``../shared/data``):
their news is copyrighted and redistributed for research only, so tests, code and docs are
written in our own words. Checked as runs of ten words: every ten-word run of the
repository's code, tests and docs is looked up among the corpora's. Runs copied before
session 24 and not yet rewritten are listed in ``corpus_runs_baseline.txt`` by a hash only
(no text): the list may only shrink, and a run not on it fails the test. Verdict files
(``bench/*.tsv``) are left out: their actor columns are event fields, spans of the
articles by design (their reasons keep quotes of at most five words). Skips when the
corpora are absent."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
_WORD = re.compile(r"[a-z0-9']+")
_RUN = 10
_OURS = ("src", "tests", "bench", "docs", "examples")
_SUFFIXES = {".py", ".md", ".txt", ".json", ".html", ".js", ".css", ".toml", ".cfg"}
BASELINE = Path(__file__).with_name("corpus_runs_baseline.txt")


def run_hash(run: str) -> str:
    return hashlib.sha1(run.encode()).hexdigest()[:16]


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


def _our_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "CHANGELOG.md"]
    for top in _OURS:
        files += [p for p in (ROOT / top).rglob("*") if p.is_file() and p.suffix in _SUFFIXES]
    return [p for p in files if p.exists() and "__pycache__" not in p.parts and p != BASELINE]


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data (the corpora) is absent")
def test_no_ten_word_run_of_the_corpora_is_in_the_repository() -> None:
    ours: dict[str, Path] = {}
    for path in _our_files():
        for run in _runs(path.read_text(encoding="utf-8", errors="ignore")):
            ours.setdefault(run, path)
    found: dict[str, Path] = {}
    for source in (p for p in DATA.rglob("*") if p.is_file()):
        words = _WORD.findall(source.read_text(encoding="utf-8", errors="ignore").lower())
        for i in range(len(words) - _RUN + 1):
            run = " ".join(words[i : i + _RUN])
            if run in ours:
                found[run] = ours[run]
    known = set(BASELINE.read_text().split())
    new = {run: path for run, path in found.items() if run_hash(run) not in known}
    listed = "\n".join(f"{path.relative_to(ROOT)}: {run}" for run, path in sorted(new.items()))
    assert not new, f"text of ../shared/data in the repository:\n{listed}"
