"""TIME recognition speed-ups must not change what the rules match."""

from __future__ import annotations

import re

import pytest

from eventwire.extract.timex_rules import (
    Grammar,
    Rule,
    _pieces,
    _rule_sources,
    build_grammar,
    find_candidates,
    load_lexicon,
)
from eventwire.extract.timex_triggers import rule_triggers

TEXTS = [
    "The talks lasted three and a half years, and ended 10 days ago in the past week.",
    "For  weeks, in months, over the years: the coming months and the weeks ahead.",
    "Sales rose in the third quarter of 1990 and the first half, fiscal 1988, FY 2001.",
    "Every day, twice a year, annually and weekly; now, recently, at the moment.",
    "He left on Tuesday, March 5, 2024, then on 5 March 2024 and last Friday at 10 a.m.",
    "In early spring, the summer of 1996, on Christmas Day and nineteen ninety-six.",
    "A 12-day strike; 3-year bonds; about 20 minutes; the 1990s; the mid-1980s, '60s.",
    "-year and _days are not words here, nor x2023y; but March 2023 is.",
]


@pytest.fixture(scope="module")
def grammars() -> tuple[Grammar, Grammar]:
    """The real grammar, and one with plain patterns and only the original triggers."""
    lex = load_lexicon()
    fast = build_grammar(lex)
    added = {"duration", "durx", "relunit"}
    triggers = {k: v for k, v in rule_triggers(lex).items() if k not in added}
    plain = tuple(
        Rule(name, re.compile(src, re.IGNORECASE), rule.accept, triggers.get(name, ()))
        for (name, src), rule in zip(_rule_sources(_pieces(lex), lex), fast.rules, strict=True)
    )
    return fast, Grammar(lex, plain, fast.prefixes)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_patterns_match_like_plain_ones(grammars: tuple[Grammar, Grammar], text: str) -> None:
    fast, plain = grammars
    for a, b in zip(fast.rules, plain.rules, strict=True):
        assert [m.span() for m in a.pattern.finditer(text)] == [
            m.span() for m in b.pattern.finditer(text)
        ], a.name
    got = [(c.start, c.end, c.rule) for c in find_candidates(text, fast)]
    assert got == [(c.start, c.end, c.rule) for c in find_candidates(text, plain)]
    assert got  # every sample names a time


def test_grammar_lists_each_trigger_once(grammars: tuple[Grammar, Grammar]) -> None:
    fast, _ = grammars
    assert "quarter" in fast.triggers
    assert fast.triggers == {t for r in fast.rules for t in r.triggers}
