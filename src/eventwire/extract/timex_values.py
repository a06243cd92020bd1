"""Shared value types of the TIME stage's normalisers: context, result, numbers and units."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..model import TimeType
from .timex_calendar import Tense

if TYPE_CHECKING:
    from .timex_rules import Candidate, Lexicon

__all__ = ["APPROX", "PART_MOD", "STEP", "Context", "Handler", "Norm", "num", "period", "unit"]


@dataclass(frozen=True)
class Context:
    ref: date | None
    tense: Tense | None
    lex: Lexicon
    # The quarter a financial story reports on ("1989-Q3"), or None outside earnings copy.
    report_quarter: str | None = None


@dataclass(frozen=True)
class Norm:
    type: TimeType
    value: str
    mod: str | None = None
    relative: bool = False  # the value was computed from the reference date


Handler = Callable[["Candidate", Context, date], "Norm | None"]

APPROX = MappingProxyType(
    {
        "about": "APPROX",
        "around": "APPROX",
        "roughly": "APPROX",
        "some": "APPROX",
        "nearly": "LESS_THAN",
        "almost": "LESS_THAN",
        "less than": "LESS_THAN",
        "up to": "EQUAL_OR_LESS",
        "more than": "MORE_THAN",
        "at least": "EQUAL_OR_MORE",
    }
)
PART_MOD = MappingProxyType(
    {
        "beginning": "START",
        "start": "START",
        "early": "START",
        "end": "END",
        "close": "END",
        "late": "END",
        "middle": "MID",
        "mid": "MID",
    }
)
STEP = MappingProxyType(
    {
        "this": 0,
        "current": 0,
        "same": 0,
        "last": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
        "following": 1,
    }
)


_HALF = re.compile(r"(?:[-\s]+1/2|\s+and\s+a\s+half)$")


def num(word: str | None, lex: Lexicon) -> int | float | str | None:
    """A count word or numeral: 2, 2.5 ("2 1/2", "two and a half"), "X" for "several"."""
    if word is None:
        return 1
    word = re.sub(r"\s+", " ", word.lower())
    if _HALF.search(word):
        whole = num(_HALF.sub("", word), lex)
        return whole + 0.5 if isinstance(whole, int) else None
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) if "." in word else int(word)
    if "-" in word:
        tens, _, ones = word.partition("-")
        a, b = lex.numbers.get(tens), lex.numbers.get(ones)
        return a + b if isinstance(a, int) and isinstance(b, int) else None
    return lex.numbers.get(word)


def unit(word: str | None, lex: Lexicon) -> str | None:
    if word is None:
        return None
    word = word.lower()
    if word.startswith("centur"):
        return "CE"
    return lex.units.get(word[:-1] if word.endswith("s") and word[:-1] in lex.units else word)


# A half of one unit in the next smaller one: "2 1/2 years" is P2Y6M, not P2.5Y.
_HALF_OF = MappingProxyType(
    {"Y": ("M", 6), "D": ("H", 12), "H": ("MIN", 30), "MIN": ("S", 30), "DE": ("Y", 5)}
)
_TIME_UNITS = frozenset({"H", "MIN", "S"})


def _compose(parts: list[tuple[str, str]]) -> str:
    """ISO 8601 duration from (amount, unit) pairs, time units after a ``T``."""
    days = "".join(f"{n}{u}" for n, u in parts if u not in _TIME_UNITS)
    clock = "".join(f"{n}{'M' if u == 'MIN' else u}" for n, u in parts if u in _TIME_UNITS)
    return f"P{days}" + (f"T{clock}" if clock else "")


def period(n: int | float | str, unit: str) -> str:
    """The TIMEX3 duration of ``n`` units (``n`` may be "X" for an unknown count)."""
    if isinstance(n, float) and (2 * n).is_integer() and unit in _HALF_OF:
        smaller, half = _HALF_OF[unit]
        whole = int(n)
        if unit == "DE":
            return f"P{whole * 10 + half}Y"
        parts = [(str(whole), unit)] if whole else []
        return _compose([*parts, (str(half), smaller)] if n != whole else parts)
    if unit == "FN":
        return f"P{n * 2 if isinstance(n, int) else n}W"
    if unit == "DE" and not isinstance(n, float):
        # "two decades", "decades": TimeBank counts decades in years
        return f"P{n * 10 if isinstance(n, int) else n}Y"
    amount = f"{n:g}" if isinstance(n, float) else str(n)
    return _compose([(amount, unit)])
