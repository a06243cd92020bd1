"""Path expansion: files, directories, globs, stdin, missing paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.ingest.paths import expand_paths, format_of
from eventwire.model import Failure


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for rel in [
        "b.txt",
        "a.jsonl",
        "notes.md",
        ".hidden.txt",
        "sub/c.html",
        "sub/deeper/d.json",
        "sub/e.NDJSON",
        ".git/f.txt",
        "z.htm",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    return tmp_path


def _rel(items: list[str | Failure], root: Path) -> list[str]:
    return [os.path.relpath(x, root) for x in items if isinstance(x, str)]


def test_directory_is_walked_sorted_skipping_hidden_and_unknown(tree: Path) -> None:
    items = list(expand_paths([str(tree)]))
    assert _rel(items, tree) == [
        "a.jsonl",
        "b.txt",
        "sub/c.html",
        "sub/deeper/d.json",
        "sub/e.NDJSON",
        "z.htm",
    ]


def test_explicit_file_is_read_whatever_its_extension(tree: Path) -> None:
    items = list(expand_paths([str(tree / "notes.md"), str(tree / ".hidden.txt")]))
    assert _rel(items, tree) == ["notes.md", ".hidden.txt"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["b.txt"]),
        ("**/*.json*", ["a.jsonl", "sub/deeper/d.json"]),
        ("sub/*", ["sub/c.html", "sub/e.NDJSON"]),
        ("[ab].*", ["a.jsonl", "b.txt"]),
    ],
)
def test_glob_matches_known_files_only(tree: Path, pattern: str, expected: list[str]) -> None:
    assert _rel(list(expand_paths([str(tree / pattern)])), tree) == expected


@pytest.mark.parametrize(
    ("name", "detail"),
    [
        ("missing.txt", "no such file or directory; check the path (use - for stdin)"),
        ("*.xml", "files match this pattern; check the pattern"),
        ("empty", "files in this directory; name other files explicitly"),
    ],
)
def test_nothing_to_read_is_a_failure(tree: Path, name: str, detail: str) -> None:
    (tree / "empty").mkdir()
    (tree / "empty" / "readme.md").write_text("x")
    path = str(tree / name)
    items = list(expand_paths([path, str(tree / "b.txt")]))
    assert isinstance(items[0], Failure)
    assert (items[0].code, items[0].source) == ("E211", path)
    assert items[0].message.startswith(f"E211 {path}: ")
    assert detail in items[0].message
    assert items[1] == str(tree / "b.txt")


def test_each_file_is_read_once_but_stdin_each_time(tree: Path) -> None:
    items = list(expand_paths([str(tree / "b.txt"), "-", str(tree / "*.txt"), str(tree), "-"]))
    assert [os.path.basename(x) for x in items if isinstance(x, str)] == [
        "b.txt",
        "-",
        "a.jsonl",
        "c.html",
        "d.json",
        "e.NDJSON",
        "z.htm",
        "-",
    ]


@pytest.mark.parametrize(
    ("path", "forced", "expected"),
    [
        ("a.txt", None, "seed"),
        ("a.TXT", None, "seed"),
        ("a.md", None, "seed"),
        ("-", None, "seed"),
        ("a.jsonl", None, "jsonl"),
        ("a.ndjson", None, "jsonl"),
        ("a.json", None, "json"),
        ("a.html", None, "html"),
        ("a.htm", None, "html"),
        ("a.json", "text", "text"),
    ],
)
def test_format_of(path: str, forced: str | None, expected: str) -> None:
    assert format_of(path, forced) == expected
