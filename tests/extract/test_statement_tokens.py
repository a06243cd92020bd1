from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.extract.parse import TokenStrings
from eventwire.extract.statement_tokens import token_table
from eventwire.model import Document

Parse = Callable[..., Document]

TEXTS = [
    'Prime Minister Olaf Scholz said on Tuesday that "talks will resume".',
    "The company, which analysts said had lost money, denied it. Berlin: no comment.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_table_equals_spacy_attributes(parse: Parse, text: str) -> None:
    doc = parse(text).parsed
    assert doc is not None
    tab = token_table(doc, TokenStrings())
    assert tab.text == [t.text for t in doc]
    assert tab.lower == [t.lower_ for t in doc]
    assert tab.lemma == [t.lemma_.lower() for t in doc]
    assert (tab.pos, tab.tag, tab.dep) == (
        [t.pos_ for t in doc],
        [t.tag_ for t in doc],
        [t.dep_ for t in doc],
    )
    assert tab.ent == [t.ent_type_ for t in doc]
    assert tab.head == [t.head.i for t in doc]
    assert tab.children == [[c.i for c in t.children] for t in doc]
    assert tab.sent_start == [t.sent.start for t in doc]


def test_token_strings_cache_is_bounded_and_correct(parse: Parse) -> None:
    doc = parse(TEXTS[0]).parsed
    assert doc is not None
    strings = TokenStrings(limit=3)
    for _ in range(2):  # the second read hits the cache (cleared once past the limit)
        words, tags = strings.columns(doc, ["ORTH", "TAG"])
        assert words == [t.text for t in doc]
        assert tags == [t.tag_ for t in doc]
