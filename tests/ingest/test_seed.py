"""The seed format: optional header block, blank line(s), body."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.seed import read_seed

# Same place as conftest.SEED (conftest is not importable as a module).
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_4a3b4d97d80af711.txt"
BODY = "The minister met his counterpart on Tuesday.\nTalks continue.\n"


def test_real_seed_header_is_parsed_and_body_kept_exactly() -> None:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    raw = SEED.read_bytes().decode("utf-8")
    article = read_seed(raw, str(SEED))
    assert article.published == date(2024, 3, 19)
    assert article.text == raw[raw.index("On the morning") :]
    assert article.text.startswith("On the morning of December 20, 2023, President Xi Jinping")
    assert article.meta == ()


@pytest.mark.parametrize(
    "header",
    [
        "date 2024-03-19",
        " date 2024-03-19 ",
        "date: 2024-03-19",
        "Date: 2024-03-19",
        "\tpublished   2024-03-19",
        "published: 2024-03-19T08:30:00Z",
        "date 2024-03-19T23:59:00+05:00",
    ],
)
def test_seed_header_forms_give_the_date(header: str) -> None:
    article = read_seed(f"{header}\n\n\n{BODY}", "a.txt")
    assert article.published == date(2024, 3, 19)
    assert article.text == BODY


def test_seed_all_header_fields() -> None:
    raw = (
        "\n"
        "title Ministers meet in Paris\n"
        "url: https://example.com/a?b=1\n"
        "id 42\n"
        "source Reuters\n"
        "author: Jane Doe\n"
        "language en\n"
        "date 2024-03-19\n"
        "\n" + BODY
    )
    article = read_seed(raw, "a.txt", (("encoding", "cp1252"),))
    assert (article.title, article.url, article.id) == (
        "Ministers meet in Paris",
        "https://example.com/a?b=1",
        "42",
    )
    assert article.published == date(2024, 3, 19)
    assert article.source == "a.txt"
    assert article.meta == (
        ("encoding", "cp1252"),
        ("source", "Reuters"),
        ("author", "Jane Doe"),
        ("lang", "en"),
    )
    assert article.text == BODY


@pytest.mark.parametrize(
    "raw",
    [
        "Title IX funding cut for colleges\n\nThe board voted on Monday.",  # capital, no colon
        "date 2024-03-19\nThe minister said talks failed.\n\nMore text.",  # mixed block
        "title Ministers meet",  # no blank line after the block
        "title Ministers meet\n",
        "weather sunny\n\nThe body.",  # unknown key
        "title:\n\nThe body.",  # no value
    ],
)
def test_seed_without_a_real_header_is_plain_text(raw: str) -> None:
    article = read_seed(raw, "a.txt")
    assert article.text == raw
    assert (article.title, article.published) == (None, None)


def test_seed_crlf_is_kept_in_the_body() -> None:
    article = read_seed("date 2024-03-19\r\n\r\nLine one.\r\nLine two.\r\n", "a.txt")
    assert article.text == "Line one.\r\nLine two.\r\n"
    assert article.published == date(2024, 3, 19)


def test_seed_malformed_date_names_file_and_line() -> None:
    with pytest.raises(IngestError) as info:
        read_seed("title Talks\ndate 19/03/2024\n\nBody.", "news/a.txt")
    assert info.value.code == "E204"
    assert str(info.value).startswith("E204 news/a.txt:2: malformed date '19/03/2024' in header;")


def test_seed_header_without_body_is_empty() -> None:
    with pytest.raises(IngestError) as info:
        read_seed("date 2024-03-19\n\n  \n", "a.txt")
    assert info.value.code == "E202"
    assert "a.txt" in str(info.value)


def test_seed_later_header_line_wins() -> None:
    article = read_seed("title One\ntitle Two\n\nBody.", "a.txt")
    assert article.title == "Two"
