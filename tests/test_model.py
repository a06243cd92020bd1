from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from eventwire.model import Article, Document, Span, content_id


@given(st.text(max_size=200), st.data())
def test_span_of_matches_text_slice(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span.of(text, start, end)
    assert span.text == text[start:end]
    assert span.contains(span)


def test_overlap_is_half_open() -> None:
    a, b = Span(0, 5, "aaaaa"), Span(5, 7, "bb")
    assert not a.overlaps(b)
    assert a.overlaps(Span(4, 6, "ab"))


def test_document_id_is_content_hash_of_body_only() -> None:
    one = Document.from_article(Article("Same body.", "a.txt", title="A"))
    two = Document.from_article(Article("Same body.", "b.txt", published=date(2024, 1, 1)))
    assert one.id == two.id
    assert one.id != Document.from_article(Article("Other body.", "a.txt")).id


def test_content_id_is_stable_and_separates_parts() -> None:
    assert content_id("ab", "c") == content_id("ab", "c")
    assert content_id("ab", "c") != content_id("a", "bc")
    assert content_id("x", prefix="e").startswith("e")


def test_sentence_of_finds_containing_sentence() -> None:
    text = "One. Two."
    doc = Document("d", text, "t", sentences=(Span.of(text, 0, 4), Span.of(text, 5, 9)))
    found = doc.sentence_of(6)
    assert found is not None and found.text == "Two."
    assert doc.sentence_of(100) is None
