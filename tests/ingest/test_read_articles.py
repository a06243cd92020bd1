"""read_articles: every format end to end, and bad inputs that never stop a batch."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

import eventwire.ingest
from eventwire.errors import IngestError
from eventwire.ingest import read_articles
from eventwire.model import Article, Failure

PAGE = (
    "<html><head><title>Talks</title></head><body><article><p>The foreign ministers of "
    "France and Germany met in Paris on Tuesday to discuss trade and energy prices. They "
    "agreed to meet again next year in Berlin, officials said after the talks.</p>"
    "</article></body></html>"
)


def _write(root: Path, name: str, data: str | bytes) -> str:
    path = root / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def test_ingest_all_is_read_articles() -> None:
    assert eventwire.ingest.__all__ == ["FORMATS", "read_articles"]
    assert eventwire.ingest.FORMATS == ("seed", "text", "jsonl", "json", "html")


def test_seed_article_fixture_reads_the_real_seed(seed_article: Article) -> None:
    assert seed_article.published == date(2024, 3, 19)
    assert seed_article.text.startswith("On the morning of December 20, 2023,")
    assert seed_article.text.rstrip().endswith("Wang Yi was present at the meeting.")


def test_every_format_by_extension(tmp_path: Path) -> None:
    paths = [
        _write(tmp_path, "a.txt", "date 2024-03-19\n\nSeed body.\n"),
        _write(tmp_path, "b.jsonl", '{"text": "Line one."}\n{"text": "Line two."}\n'),
        _write(tmp_path, "c.json", json.dumps([{"text": "Array item."}])),
        _write(tmp_path, "d.html", PAGE),
    ]
    items = list(read_articles(paths))
    assert all(isinstance(x, Article) for x in items)
    assert [x.source for x in items] == [
        paths[0],
        f"{paths[1]}:1",
        f"{paths[1]}:2",
        f"{paths[2]}[0]",
        paths[3],
    ]
    assert [x.text for x in items[:4]] == ["Seed body.\n", "Line one.", "Line two.", "Array item."]
    assert items[4].text.startswith("The foreign ministers of France and Germany")


@pytest.mark.parametrize(
    ("fmt", "content", "text"),
    [
        ("text", "date 2024-03-19\n\nBody.\n", "date 2024-03-19\n\nBody.\n"),
        ("seed", "date 2024-03-19\n\nBody.\n", "Body.\n"),
        ("jsonl", '{"text": "from json"}', "from json"),
    ],
)
def test_input_format_overrides_the_extension(
    tmp_path: Path, fmt: str, content: str, text: str
) -> None:
    path = _write(tmp_path, "a.html", content)
    [article] = read_articles([path], input_format=fmt)
    assert isinstance(article, Article)
    assert article.text == text


def test_directory_and_glob(tmp_path: Path) -> None:
    _write(tmp_path, "1.txt", "One.")
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "sub/2.txt", "Two.")
    _write(tmp_path, "sub/skip.md", "Skipped.")
    by_dir = [x.text for x in read_articles([str(tmp_path)]) if isinstance(x, Article)]
    by_glob = [x.text for x in read_articles([str(tmp_path / "**" / "*.txt")])]
    assert by_dir == by_glob == ["One.", "Two."]


@pytest.mark.parametrize(
    ("fmt", "data", "texts"),
    [
        (None, "date 2024-03-19\r\n\r\nBody.\r\n", ["Body.\r\n"]),
        ("text", "plain\r\n", ["plain\r\n"]),
        ("jsonl", '{"text": "a"}\n\n{"text": "b"}\n', ["a", "b"]),
        ("json", '[{"text": "a"}]', ["a"]),
    ],
)
def test_stdin(fmt: str | None, data: str, texts: list[str]) -> None:
    items = list(read_articles(["-"], input_format=fmt, stdin=io.StringIO(data)))
    assert [x.text for x in items if isinstance(x, Article)] == texts
    assert items[0].source.startswith("<stdin>")


def test_stdin_bytes_are_read_exactly() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"caf\xe9\r\nbar"), encoding="utf-8")
    [article] = read_articles(["-"], stdin=stdin)
    assert isinstance(article, Article)
    assert (article.text, article.meta) == ("café\r\nbar", (("encoding", "cp1252"),))


def test_stdin_over_the_limit() -> None:
    [failure] = read_articles(["-"], stdin=io.StringIO("x" * 50), max_bytes=10)
    assert isinstance(failure, Failure)
    assert (failure.code, failure.source) == ("E208", "<stdin>")


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", "date 2024-03-19\n\nA good article.\n")
    cases = {
        "E207": (_write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0d"), ""),
        "E202": (_write(tmp_path, "empty.txt", " \n\n"), ""),
        "E208": (_write(tmp_path, "huge.txt", "word " * 100), "500 bytes, over the 200-byte"),
        "E203": (_write(tmp_path, "latin.txt", b"ok\nbad \x81 byte"), ":2:"),
        "E201": (_write(tmp_path, "feed.jsonl", '{"text": "fine"}\n{"text": oops}\n'), ":2:"),
        "E204": (_write(tmp_path, "dated.txt", "title T\ndate 2024-99-01\n\nBody.\n"), ":2:"),
        "E206": (_write(tmp_path, "blank.html", "<html><body></body></html>"), ""),
        "E211": (str(tmp_path / "missing.txt"), ""),
    }
    paths = [good, *(path for path, _ in cases.values()), good.replace("good", "good2")]
    _write(tmp_path, "good2.txt", "Another good one.")
    items = list(read_articles(paths, max_bytes=200))
    failures = {x.code: x for x in items if isinstance(x, Failure)}
    assert sorted(failures) == sorted(cases)
    for code, (path, detail) in cases.items():
        assert failures[code].message.startswith(f"{code} {path}")
        assert detail in failures[code].message
    texts = [x.text for x in items if isinstance(x, Article)]
    assert texts == ["A good article.\n", "fine", "Another good one."]


def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.txt", "Body.")
    Path(path).chmod(0)
    try:
        Path(path).read_bytes()
    except PermissionError:
        pass
    else:
        pytest.skip("running as root: permissions are not enforced")
    [failure] = read_articles([path])
    assert isinstance(failure, Failure)
    assert failure.message.startswith(f"E209 {path}: cannot read the file (Permission denied)")


def test_unknown_input_format_raises_at_call_time() -> None:
    with pytest.raises(IngestError) as info:
        read_articles(["a.txt"], input_format="xml")
    assert info.value.code == "E210"
    assert str(info.value) == (
        "E210 --input-format: unknown input format 'xml'; use one of seed, text, jsonl, json, html"
    )


def test_a_lone_string_path_is_one_path(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Body.")
    assert [x.source for x in read_articles(path)] == [path]
