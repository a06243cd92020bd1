"""HTML pages: trafilatura finds the article body and its metadata.

``Article.text`` is exactly the text trafilatura returns (comments excluded); title, url
and date come from the page's metadata. A date trafilatura cannot give as ISO is dropped
(it was guessed from the page, not stated by the user), not an error.
"""

from __future__ import annotations

from typing import Any

from ..errors import IngestError
from ..model import Article
from .dates import parse_iso_date
from .text import Meta, require_text

__all__ = ["read_html"]


def _opt_str(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def read_html(text: str, source: str, meta: Meta = ()) -> Article:
    """An Article from an HTML page; E206 when no article text is found."""
    require_text(text, source)
    # Imported here: trafilatura is slow to import and only HTML input needs it.
    import trafilatura

    result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    found: dict[str, Any] = {}
    if isinstance(result, dict):
        found = result
    elif result is not None:
        found = result.as_dict()
    body = found.get("text")
    if not isinstance(body, str) or not body.strip():
        raise IngestError(
            "E206",
            "no article text found in the HTML; check that it is an article page, "
            "or pass --input-format text to read it as plain text",
            where=source,
        )
    date_text = _opt_str(found.get("date"))
    extra = tuple(
        (key, value)
        for key, value in (
            ("author", _opt_str(found.get("author"))),
            ("lang", _opt_str(found.get("language"))),
        )
        if value is not None
    )
    return Article(
        body,
        source,
        title=_opt_str(found.get("title")),
        url=_opt_str(found.get("url")),
        published=parse_iso_date(date_text) if date_text else None,
        meta=meta + extra,
    )
