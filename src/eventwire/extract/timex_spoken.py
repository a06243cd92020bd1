"""Years and decades spelled out in words, as broadcast transcripts write them.

"nineteen ninety-six", "January nineteen ninety-seven", "the winter of nineteen
ninety-four", "the year two thousand", "two thousand and one", "the nineties".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from .timex_values import PART_MOD, Context, Handler, Norm

if TYPE_CHECKING:
    from .timex_rules import Candidate

__all__ = ["SPOKEN_ACCEPT", "SPOKEN_HANDLERS", "SPOKEN_TRIGGERS", "spoken_rules"]

_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_DECADES = MappingProxyType(
    {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6}
    | {"seventies": 7, "eighties": 8, "nineties": 9}
)
_CENTURY = MappingProxyType({"eighteen": 18, "nineteen": 19, "twenty": 20})


def _tail() -> str:
    """Words for 0-99 after a spoken century: "ninety-six", "eleven", "oh five"."""
    ones, teens, tens = "|".join(_ONES), "|".join(_TEENS), "|".join(_TENS)
    return rf"(?:(?:{tens})(?:[-\s](?:{ones}))?|{teens}|oh[-\s](?:{ones}))"


def spoken_rules(p: dict[str, str]) -> list[tuple[str, str]]:
    """(name, pattern) of the spelled-out year rules."""
    lead = rf"(?:{p['FULLMONTH']}\s+|the\s+{p['SEASON']}\s+of\s+|(?P<yr>the\s+year\s+))?"
    ones = "|".join(_ONES + _TEENS)
    return [
        ("spokenyear", rf"\b{lead}(?P<cent>eighteen|nineteen|twenty)[-\s](?P<tail>{_tail()})\b"),
        (
            "spokenyear2",
            rf"\b{lead}two\s+thousand(?:\s+(?:and\s+)?(?P<tail>{ones}))?\b",
        ),
        (
            "spokendecade",
            r"\bthe\s+(?:(?P<dmod>early|mid|late)[-\s]+)?(?P<decw>" + "|".join(_DECADES) + r")\b",
        ),
    ]


def _two_thousand_ok(text: str, m: re.Match[str]) -> bool:
    """ "two thousand" is a year only as "the year two thousand" or before no noun."""
    if m.group("yr") or m.group("month") or m.group("season"):
        return True
    return m.group("tail") is not None and not re.match(r"\s+(?:[a-z]+s|of)\b", text[m.end() :])


SPOKEN_ACCEPT = MappingProxyType({"spokenyear2": _two_thousand_ok})

SPOKEN_TRIGGERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "spokenyear": ("eighteen", "nineteen", "twenty"),
        "spokenyear2": ("two thousand",),
        "spokendecade": tuple(_DECADES),
    }
)


def _tail_value(words: str | None) -> int | None:
    if not words:
        return 0
    parts = [w for w in re.split(r"[-\s]+", words.lower()) if w != "oh"]
    value = 0
    for word in parts:
        if word in _TENS:
            value += 10 * (_TENS.index(word) + 2)
        elif word in _TEENS:
            value += _TEENS.index(word) + 10
        elif word in _ONES:
            value += _ONES.index(word) + 1
        else:
            return None
    return value


def _year(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    tail = _tail_value(c.group("tail"))
    if tail is None:
        return None
    year = _CENTURY.get(c.group("cent") or "", 20) * 100 + tail
    if c.group("month"):
        return Norm("DATE", f"{year:04d}-{ctx.lex.months[c.group('month') or '']:02d}")
    if c.group("season"):
        return Norm("DATE", f"{year:04d}-{ctx.lex.seasons[c.group('season') or '']}")
    return Norm("DATE", f"{year:04d}")


def _decade(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    value = f"19{_DECADES[c.group('decw') or 'nineties']}"
    return Norm("DATE", value, PART_MOD.get(c.group("dmod") or ""))


SPOKEN_HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {"spokenyear": _year, "spokenyear2": _year, "spokendecade": _decade}
)
