"""The repository takes in no text of the evaluation corpora (``../shared/data``): their
news is copyrighted and redistributed for research only, so tests, code and docs are
written in our own words. Checked as runs of ten words: every ten-word run of the
repository's code, tests and docs is looked up among the corpora's, after escapes and
typographic quotes are read as the characters they stand for (``Iran\\u2019s`` in a test
string is "Iran's" in an article). Verdict files (``bench/*.tsv``) are left out: their
actor columns are event fields, spans of the articles by design (their reasons keep
quotes of at most five words). Skips when the corpora are absent."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
_WORD = re.compile(r"[a-z0-9']+")
_RUN = 10
_OURS = ("src", "tests", "bench", "docs", "examples")
_SUFFIXES = {".py", ".md", ".txt", ".json", ".html", ".js", ".css", ".toml", ".cfg"}
# Escapes in code and the typographic characters of articles, read alike.
_SAME = {
    "\\u2019": "'",
    "\\u2018": "'",
    "\u2019": "'",
    "\u2018": "'",
    "\\u201c": '"',
    "\\u201d": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\\u2013": " ",
    "\\u2014": " ",
    "\u2013": " ",
    "\u2014": " ",
    "\\n": " ",
    "\\'": "'",
}


def _words(text: str) -> list[str]:
    for escape, char in _SAME.items():
        text = text.replace(escape, char)
    return [w for w in (w.strip("'") for w in _WORD.findall(text.lower())) if w]


def _runs(words: list[str]) -> Iterator[str]:
    return (" ".join(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1))


def _our_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "CHANGELOG.md"]
    for top in _OURS:
        files += [p for p in (ROOT / top).rglob("*") if p.is_file() and p.suffix in _SUFFIXES]
    return [p for p in files if p.exists() and "__pycache__" not in p.parts]


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data (the corpora) is absent")
def test_no_ten_word_run_of_the_corpora_is_in_the_repository() -> None:
    ours: dict[str, Path] = {}
    for path in _our_files():
        for run in _runs(_words(path.read_text(encoding="utf-8", errors="ignore"))):
            ours.setdefault(run, path)
    found: dict[str, Path] = {}
    for source in (p for p in DATA.rglob("*") if p.is_file()):
        found.update(
            (run, ours[run])
            for run in _runs(_words(source.read_text(encoding="utf-8", errors="ignore")))
            if run in ours
        )
    listed = "\n".join(f"{path.relative_to(ROOT)}: {run}" for run, path in sorted(found.items()))
    assert not found, f"text of ../shared/data in the repository:\n{listed}"


def test_escapes_and_curly_quotes_read_as_the_article_writes_them() -> None:
    assert _words("Iran\\u2019s \u201cfirm\u201d stand") == _words('Iran\'s "firm" stand')
    assert _words("Iran\u2019s") == ["iran's"]
