"""Context checks for the TIME stage's rules: when a regex match really is a time.

Each check takes the whole text and the match and says whether to keep it ("May" needs
a temporal preposition, "2023 people" is a count, "the Year of Culture" is a name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from .timex_holidays import HOLIDAY_ACCEPT
from .timex_spoken import SPOKEN_ACCEPT

__all__ = ["ACCEPT"]


_NEEDS_CONTEXT = re.compile(
    r"(?i:\b(?:in|since|by|until|till|during|through|early|late|mid-?|of|from|to|last|next|"
    r"this|before|after|throughout)\s*)$"
)


def _context_ok(text: str, m: re.Match[str]) -> bool:
    """Ambiguous words (May, bare seasons) count only after a temporal preposition."""
    return bool(_NEEDS_CONTEXT.search(text, max(0, m.start() - 14), m.start()))


# "the March for Life", "the March of the Mothers": a procession, not the month
_MARCH_NAME = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]")


def _month_ok(text: str, m: re.Match[str]) -> bool:
    has_rel = "rel" in m.groupdict() and m.group("rel") is not None  # "last May"
    if m.group("month") == "March" and _MARCH_NAME.match(text, m.end()):
        return False
    return m.group("month") != "May" or has_rel or _context_ok(text, m)


_DETERMINED = re.compile(r"(?i:\b(?:the|its|his|her|their|our|this|that|a)\s+|'s?\s+)$")


def _year_ok(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 2) : m.start()]
    after = text[m.end() : m.end() + 12]
    if re.search(r"[$€£#\d]\s?$|\d[.,]$", before) or re.match(r"[.,:]\d|\s*(?:%|percent)", after):
        return False
    if m.group("fiscal") or _DETERMINED.search(text, max(0, m.start() - 8), m.start()):
        return True  # "the 1992 protests", "its 1989 results": a year used as a modifier
    # "2023 people", "1500 troops": a bare year is rarely followed by a plural noun.
    return not re.match(r"\s+(?!years\b)[a-z]+s\b", after)


def _season_ok(text: str, m: re.Match[str]) -> bool:
    if m.group("y"):
        return True
    if m.group("the"):
        # "the fall of the Berlin Wall", "the spring of discontent"
        return not re.match(r"\s+of\s+(?!\d)", text[m.end() :])
    return m.group("season").lower() != "fall" and _context_ok(text, m)


# A capitalised unit is a title: "the Year of Culture", ABC's "This Week", "60 Minutes".
_TITLE_UNIT = re.compile(r"\b(?:Years?|Months?|Weeks?|Days?|Hours?|Minutes?)\b")


def _capital_year_ok(text: str, m: re.Match[str]) -> bool:
    """ "the Year of Culture", "New Year": a capitalised unit is a name, not a date."""
    return not _TITLE_UNIT.search(m.group(0)) and not re.match(r"\s+of\s+[A-Z]", text[m.end() :])


def _sentence_start(text: str, start: int) -> bool:
    return (
        re.search(r"(?:^|[.!?:]['\"`]*\s+|\n\s*|[\"`']\s*)$", text[max(0, start - 4) : start])
        is not None
    )


def _dayrel_ok(text: str, m: re.Match[str]) -> bool:
    """ "VOA Today" (a name), "the people of tomorrow" (an age, not a day)."""
    if re.search(r"(?i)\bof\s+$", text[max(0, m.start() - 4) : m.start()]):
        return False
    return not m.group(0)[:1].isupper() or _sentence_start(text, m.start())


def _noon_ok(text: str, m: re.Match[str]) -> bool:
    return not re.search(r"(?i)\bhigh\s+$", text[max(0, m.start() - 6) : m.start()])


def _set_ok(text: str, m: re.Match[str]) -> bool:
    """ "the Communist Party daily Granma": a daily before a name is a newspaper."""
    return not (m.group(0).lower() == "daily" and re.match(r"\s+[A-Z]", text[m.end() :]))


# "$2 million a year", "four flights a week", "24 hours a day": a rate, not a time.
_QUANTITY_BEFORE = re.compile(
    r"(?i:(?:\d|%|\b(?:million|billion|thousand|hundred|percent|once|twice|times)"
    r"|\b(?!(?:wa|ha|doe|i|thi|hi|it|plu|thu|u|ye|hour|day|week|month|year)s\b)[a-z]{2,}s)\s+)$"
)


def _duration_ok(text: str, m: re.Match[str]) -> bool:
    if not _capital_year_ok(text, m):
        return False
    if m.group("num").lower() not in {"a", "an"} or m.group("rel") or m.group("dir"):
        return True
    return not _QUANTITY_BEFORE.search(text, max(0, m.start() - 16), m.start())


def _theunit_ok(text: str, m: re.Match[str]) -> bool:
    """ "the year" alone, not "the year of ...", "the year before", "the year-ago quarter"."""
    return not re.match(r"\s+(?:of|before|after|that|when|in\s+which)\b|\s*'", text[m.end() :])


def _fuzzy_ok(text: str, m: re.Match[str]) -> bool:
    """ "as soon as", "soon after the vote": a relation between events, not a time."""
    if m.group(0).lower() != "soon":
        return True
    before, after = text[max(0, m.start() - 3) : m.start()], text[m.end() : m.end() + 8]
    return not (before.lower() == "as " or re.match(r"(?i)\s+(?:after|before|as)\b", after))


ACCEPT: Mapping[str, Callable[[str, re.Match[str]], bool]] = MappingProxyType(
    {
        "month": _month_ok,
        "year": _year_ok,
        "season": _season_ok,
        "relunit": _capital_year_ok,
        "theunit": _theunit_ok,
        "duration": _duration_ok,
        "fuzzy": _fuzzy_ok,
        "dayrel": _dayrel_ok,
        "noon": _noon_ok,
        "set": _set_ok,
        **SPOKEN_ACCEPT,
        **HOLIDAY_ACCEPT,
    }
)
