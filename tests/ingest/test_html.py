"""HTML pages through trafilatura."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.errors import IngestError
from eventwire.ingest.html import read_html

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ministers meet in Paris | Example News</title>
<meta property="og:title" content="Ministers meet in Paris">
<meta property="og:url" content="https://news.example.com/2024/03/19/ministers">
<meta name="date" content="2024-03-19">
<meta name="author" content="Jane Doe">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ministers meet in Paris</h1>
<p>The foreign ministers of France and Germany met in Paris on Tuesday to discuss trade
and energy. They agreed to meet again next year in Berlin.</p>
<p>Officials said the talks were constructive and that a joint statement on energy
prices would follow within two weeks.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>"""


def test_read_html_extracts_body_and_metadata() -> None:
    article = read_html(PAGE, "page.html")
    assert "The foreign ministers of France and Germany met in Paris on Tuesday" in article.text
    assert "constructive" in article.text
    assert "Copyright" not in article.text
    assert "Home" not in article.text
    assert article.title == "Ministers meet in Paris"
    assert article.url == "https://news.example.com/2024/03/19/ministers"
    assert article.published == date(2024, 3, 19)
    assert ("author", "Jane Doe") in article.meta
    assert article.source == "page.html"


@pytest.mark.parametrize(
    ("page", "code"),
    [
        ("<html><head><title>x</title></head><body></body></html>", "E206"),
        ("<html><body><script>var x = 1;</script><img src=a.png></body></html>", "E206"),
        ("  \n", "E202"),
    ],
)
def test_read_html_without_article_text(page: str, code: str) -> None:
    with pytest.raises(IngestError) as info:
        read_html(page, "empty.html")
    assert info.value.code == code
    assert str(info.value).startswith(f"{code} empty.html: ")
