"""Amounts stage: values, units, what is measured, and what is not an amount."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.config import Config
from eventwire.errors import StageError
from eventwire.extract.amounts import AmountLexicon, extract_amounts, load_lexicon, make_amounts
from eventwire.model import Amount, Article, Document
from eventwire.pipeline import Stage

Parse = Callable[..., Document]


@pytest.fixture(scope="module")
def lexicon() -> AmountLexicon:
    return load_lexicon()


def _amounts(parse: Parse, lexicon: AmountLexicon, text: str) -> list[Amount]:
    doc = parse(text)
    found = extract_amounts(doc, lexicon=lexicon)
    for a in found:
        assert doc.text[a.span.start : a.span.end] == a.span.text
        if a.about_span is not None:
            assert doc.text[a.about_span.start : a.about_span.end] == a.about
    return found


def _one(parse: Parse, lexicon: AmountLexicon, text: str, surface: str) -> Amount:
    by_text = {a.span.text: a for a in _amounts(parse, lexicon, text)}
    assert surface in by_text, sorted(by_text)
    return by_text[surface]


_VALUE_CASES: list[tuple[str, str, float, str]] = [
    # money
    ("Trade reached the target of $200 billion last year.", "$200 billion", 2e11, "USD"),
    ("The state pledged 200 billion yuan for the region.", "200 billion yuan", 2e11, "CNY"),
    ("The start-up raised €5m in new funding.", "€5m", 5e6, "EUR"),
    ("The plan will cost £3.2 billion over a decade.", "£3.2 billion", 3.2e9, "GBP"),
    ("The state approved Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR"),
    ("The group raised US$3bn from investors.", "US$3bn", 3e9, "USD"),
    # percentages
    ("Unemployment rose to 3.5% in March.", "3.5%", 3.5, "percent"),
    ("Inflation eased to 3.5 percent in May.", "3.5 percent", 3.5, "percent"),
    (
        "The bank raised rates by 0.5 percentage points.",
        "0.5 percentage points",
        0.5,
        "percentage points",
    ),
    # counts
    ("Some 1,200 troops were deployed to the border.", "1,200 troops", 1200, "troops"),
    ("At least 118 people were killed in the floods.", "118 people", 118, "people"),
    ("Twelve soldiers were wounded in the attack.", "Twelve soldiers", 12, "soldiers"),
    ("Two civilians died in the shelling.", "Two civilians", 2, "civilians"),
    ("The storm destroyed 2 million homes.", "2 million homes", 2e6, "homes"),
    # physical_quantities
    ("A 6.2-magnitude earthquake struck the region.", "6.2-magnitude", 6.2, "magnitude"),
    ("The quake, of magnitude 6.8, hit at dawn.", "magnitude 6.8", 6.8, "magnitude"),
    ("The epicentre was 50 km from the city.", "50 km", 50, "km"),
    (
        "Output fell by 2 million barrels per day.",
        "2 million barrels per day",
        2e6,
        "barrels per day",
    ),
    ("The ship carried 5,000 tonnes of grain.", "5,000 tonnes", 5000, "t"),
    # spaCy's small model labels "12bn" an ORDINAL; the multiplier makes it an amount
    ("Its debt is close to 12bn euros.", "12bn euros", 1.2e10, "EUR"),
    ("It disclosed a 4bn-euro hole in its accounts.", "4bn-euro", 4e9, "EUR"),
]


@pytest.mark.parametrize("case", _VALUE_CASES, ids=[c[1] for c in _VALUE_CASES])
def test_value_and_unit(
    parse: Parse, lexicon: AmountLexicon, case: tuple[str, str, float, str]
) -> None:
    text, surface, value, unit = case
    amount = _one(parse, lexicon, text, surface)
    assert (amount.value, amount.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "surface", "about"),
    [
        (
            "Bilateral trade between the two reached a record of $200 billion.",
            "$200 billion",
            "Bilateral trade",
        ),
        ("Unemployment rose to 3.5% in March.", "3.5%", "Unemployment"),
        (
            "The bank raised interest rates by 0.5 percentage points.",
            "0.5 percentage points",
            "interest rates",
        ),
        ("The ship carried 5,000 tonnes of grain.", "5,000 tonnes", "grain"),
        ("A 6.2-magnitude earthquake struck the region.", "6.2-magnitude", "earthquake"),
        ("The death toll rose to 118, officials said.", "118", "death toll"),
        ("Brent crude settled at $85 a barrel.", "$85", "Brent crude"),
        ("Its debt is close to 12bn euros.", "12bn euros", "debt"),
        ("Regulators approved a landmark $206bn settlement.", "$206bn", "settlement"),
    ],
)
def test_about(parse: Parse, lexicon: AmountLexicon, text: str, surface: str, about: str) -> None:
    amount = _one(parse, lexicon, text, surface)
    assert amount.about == about


def test_amount_is_not_about_another_amount(parse: Parse, lexicon: AmountLexicon) -> None:
    text = "Its earnings were 77m euros (£53m; $100m), up from 38m."
    by_text = {a.span.text: a for a in _amounts(parse, lexicon, text)}
    assert {"77m euros", "£53m", "$100m"} <= set(by_text)
    assert by_text["£53m"].about is None
    assert by_text["$100m"].about is None


def test_about_is_none_when_nothing_is_measured(parse: Parse, lexicon: AmountLexicon) -> None:
    amount = _one(parse, lexicon, "The start-up raised €5m in new funding.", "€5m")
    assert (amount.about, amount.about_span) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The two countries marked the 75th anniversary of their ties.",
        "The two sides held the 28th regular meeting in 2023.",
        "In the first 11 months of this year, exports grew.",
        "Flight 370 vanished before the G20 summit on COVID-19 at 10:30.",
        "He said the Boeing 737 was grounded.",
        "The 12-nation bloc met 3 times last week.",
        "Growth of 0.7-0.8% is expected.",
    ],
)
def test_not_amounts(parse: Parse, lexicon: AmountLexicon, text: str) -> None:
    assert _amounts(parse, lexicon, text) == []


def test_seed_trade_amount(seed_article: Article, parse_stage: Stage, cfg: Config) -> None:
    stage = make_amounts(cfg)
    doc = stage.run(parse_stage.run(Document.from_article(seed_article)))
    assert [a.span.text for a in doc.amounts] == ["$200 billion"]
    amount = doc.amounts[0]
    assert (amount.value, amount.unit) == (2e11, "USD")
    assert amount.about is not None
    assert "trade" in amount.about


def test_amounts_stage_contract(cfg: Config) -> None:
    stage = make_amounts(cfg)
    assert (stage.name, stage.requires, stage.produces) == (
        "amounts",
        {"parsed", "sentences"},
        {"amounts"},
    )


def test_amounts_unparsed_document_is_a_stage_error(lexicon: AmountLexicon) -> None:
    doc = Document.from_article(Article("It cost $5m.", "test"))
    with pytest.raises(StageError, match="E330"):
        extract_amounts(doc, lexicon=lexicon)
