"""Named holidays for the TIME stage: "Thanksgiving Day", "last Christmas", "Easter 1998".

The dates come from rules in ``resources/timex.json`` ("holidays"): a fixed month and
day, the n-th (or last) weekday of a month, an offset from Western Easter, or the US
Election Day. A holiday named without a year is placed like a yearless date: by its
determiner ("last", "next"), else by the tense of its verb, else the nearest one.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from .timex_values import Context, Handler, Norm

if TYPE_CHECKING:
    from .timex_rules import Candidate, Lexicon

__all__ = [
    "HOLIDAY_ACCEPT",
    "HOLIDAY_HANDLERS",
    "easter",
    "holiday_date",
    "holiday_rules",
    "holiday_triggers",
]


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday (the Meeus/Jones/Butcher algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ISO ``weekday`` of a month; ``n == -1`` is the last one."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def holiday_date(spec: str, year: int) -> date:
    """The date of the holiday rule ``spec`` (see the module docstring) in ``year``."""
    kind, *args = spec.split()
    nums = [int(a) for a in args]
    if kind == "fixed":
        return date(year, nums[0], nums[1])
    if kind == "nth":
        return _nth_weekday(year, nums[0], nums[1], nums[2])
    if kind == "easter":
        return easter(year) + timedelta(days=nums[0])
    return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)  # election


def _words(name: str) -> str:
    """A holiday name as a case-sensitive pattern: each word capitalised."""
    words = [re.escape(w[:1].upper() + w[1:]) for w in name.split()]
    return r"\s+".join(words).replace("'", "['’]").replace(r"Of", "of")


def holiday_rules(lex: Lexicon) -> list[tuple[str, str]]:
    """(name, pattern) of the holiday rule; names match only as capitalised."""
    names = sorted(lex.holidays, key=len, reverse=True)
    alt = "|".join(_words(n) for n in names)
    return [
        (
            "holiday",
            r"\b(?:(?P<rel>last|next|this|coming|past)\s+)?"
            rf"(?-i:(?P<hol>{alt}))(?![\w'])(?:,?\s+(?P<y>1[5-9]\d\d|20\d\d)\b)?",
        )
    ]


def holiday_triggers(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    return {"holiday": tuple({n.split()[0].rstrip("'s") for n in lex.holidays})}


# "Christmas shopping", "the Easter holidays": the holiday names a season or a thing.
_NOUN_AFTER = re.compile(
    r"\s+(?:season|shopping|holidays?|trees?|cards?|gifts?|carols?|lights|presents|part(?:y|ies)|"
    r"sales|period|truce|message|address|dinner|weekend|rush|break|recess|bonus|rising|offensive)\b"
)


def _holiday_ok(text: str, m: re.Match[str]) -> bool:
    return not _NOUN_AFTER.match(text, m.end())


HOLIDAY_ACCEPT = MappingProxyType({"holiday": _holiday_ok})


def _pick(spec: str, ref: date, ctx: Context, rel: str | None) -> date:
    """The occurrence a yearless holiday means, around the reference date."""
    options = [holiday_date(spec, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if rel in {"last", "past"} or (rel is None and ctx.tense == "past"):
        strict = rel is not None
        return max(d for d in options if d < ref or (not strict and d == ref))
    if rel in {"next", "coming"} or (rel is None and ctx.tense == "future"):
        strict = rel is not None
        return min(d for d in options if d > ref or (not strict and d == ref))
    if rel == "this":
        return options[1]
    return min(options, key=lambda d: abs((d - ref).days))


def _holiday(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    name = re.sub(r"\s+", " ", (c.group("hol") or "").replace("’", "'"))
    spec = ctx.lex.holidays.get(name)
    if spec is None:
        return None
    if c.group("y"):
        return Norm("DATE", holiday_date(spec, int(c.group("y") or 0)).isoformat())
    day = _pick(spec, ref, ctx, c.group("rel"))
    return Norm("DATE", day.isoformat(), relative=True)


HOLIDAY_HANDLERS: Mapping[str, Handler] = MappingProxyType({"holiday": _holiday})
