"""Earnings-copy periods for the TIME stage: the quarter a financial story reports on.

Company results are compared with "a year ago", "the year-earlier quarter" or "the 1988
period"; TimeBank resolves all of these to a quarter, not a year, once the story is about
a quarter's results. ``report_quarter`` finds that quarter (the ordinal quarter the story
names most, in the latest year it can have ended by; else the last full quarter before
the reference date) and the handlers here resolve the comparison expressions against it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from .timex_calendar import fmt, shift
from .timex_values import Context, Handler, Norm

if TYPE_CHECKING:
    from .timex_rules import Candidate

__all__ = ["FINANCE_HANDLERS", "FINANCE_TRIGGERS", "finance_rules", "report_quarter"]

_ORDINALS = MappingProxyType({"first": 1, "second": 2, "third": 3, "fourth": 4})
_ORD = r"(?P<ord>first|second|third|fourth)"
_QUARTER_TALK = re.compile(r"(?i)\b(?:first|second|third|fourth|latest|the|this)[-\s]+quarter\b")
_NAMED_QUARTER = re.compile(r"(?i)\b(first|second|third|fourth)[-\s]+quarter\b")
_AGO = r"(?:year-(?:ago|earlier)|a\s+year\s+(?:ago|earlier))"


def report_quarter(text: str, ref: date | None) -> str | None:
    """The quarter a results story is about ("1989-Q3"), or None if it never talks quarters."""
    if ref is None or not _QUARTER_TALK.search(text):
        return None
    named = Counter(m.group(1).lower() for m in _NAMED_QUARTER.finditer(text))
    if not named:
        return fmt(shift(ref, "Q", -1), "Q")
    last_full = shift(ref, "Q", -1)
    q = (last_full.month - 1) // 3 + 1
    if q not in {_ORDINALS[word] for word in named}:
        q = _ORDINALS[named.most_common(1)[0][0]]  # a fiscal calendar: the quarter it names
    year = ref.year if 3 * (q - 1) + 1 <= ref.month else ref.year - 1
    return f"{year:04d}-Q{q}"


def finance_rules() -> list[tuple[str, str]]:
    """(name, pattern) of the earnings-period rules; compiled case-insensitively."""
    period = rf"(?:{_ORD}[-\s]+quarter|quarter|period)\b"
    return [
        # "the year-ago quarter", "the comparable year-earlier third quarter"
        (
            "finago",
            r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year-(?:ago|earlier)\s+"
            + period,
        ),
        # "the quarter a year ago", "the same period last year"
        (
            "finago2",
            r"\bthe\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period)\s+"
            rf"(?:{_AGO}|(?:of\s+)?last\s+year)\b",
        ),
        ("finago3", rf"\blast\s+year's\s+{period}"),
        # "the year-ago results": the adjective alone is the time expression
        ("finadj", r"\byear-(?:ago|earlier)\b"),
        # "the 1988 period", "the 1988 third quarter", "this year's third quarter"
        ("finyear", rf"\bthe\s+(?:fiscal\s+)?(?P<y>1[89]\d\d|20\d\d)\s+{period}"),
        ("finyear2", rf"\b(?P<rel>this|last|next)\s+year's\s+{_ORD}[-\s]+quarter\b"),
        # "the latest period", "the most recent quarter"
        ("finlatest", r"\bthe\s+(?:latest|most\s+recent)\s+(?:period|quarter)\b"),
    ]


FINANCE_TRIGGERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "finago": ("year-ago", "year-earlier"),
        "finago2": ("a year", "last year"),
        "finago3": ("last year's",),
        "finadj": ("year-ago", "year-earlier"),
        "finyear": (" period", " quarter"),
        "finyear2": ("year's",),
        "finlatest": ("latest", "most recent"),
    }
)


def _report(ctx: Context, ref: date) -> tuple[int, int]:
    value = ctx.report_quarter or fmt(shift(ref, "Q", -1), "Q")
    return int(value[:4]), int(value[-1])


# Year-to-date figures ("in the first nine months, net was ... a year earlier") compare
# with the year before, not with one quarter of it.
_YEAR_TO_DATE = re.compile(
    r"(?i)\b(?:nine|six)[-\s]months?\b|\bfirst\s+half\b|\byear\s+to\s+date\b|\bfull\s+year\b"
)


_STOP = re.compile(r"[.!?]\s|\n")


def _sentence(c: Candidate) -> str:
    """The text of the sentence around ``c`` (from stop to stop; no parse needed)."""
    text = c.match.string
    starts = [m.end() for m in _STOP.finditer(text, max(0, c.start - 400), c.start)]
    end = _STOP.search(text, c.end)
    return text[starts[-1] if starts else 0 : end.start() if end else len(text)]


def _ago(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    """A year before the reported quarter (or before its named ordinal quarter)."""
    year, q = _report(ctx, ref)
    if not c.group("ord") and _YEAR_TO_DATE.search(_sentence(c)):
        return Norm("DATE", f"{year - 1:04d}", relative=True)
    q = _ORDINALS.get(c.group("ord") or "", q)
    return Norm("DATE", f"{year - 1:04d}-Q{q}", relative=True)


def _adjective(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    if ctx.report_quarter is None:
        return Norm("DATE", f"{ref.year - 1:04d}", relative=True)
    return _ago(c, ctx, ref)


def _named_year(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    _, q = _report(ctx, ref)
    if c.group("y") and not c.group("ord") and _YEAR_TO_DATE.search(_sentence(c)):
        return Norm("DATE", c.group("y") or "")  # "the first nine months ... the 1988 period"
    step = {"last": -1, "next": 1}.get(c.group("rel") or "", 0)
    year = int(c.group("y") or 0) or ref.year + step
    q = _ORDINALS.get(c.group("ord") or "", q)
    return Norm("DATE", f"{year:04d}-Q{q}", relative=not c.group("y"))


def _latest(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    year, q = _report(ctx, ref)
    return Norm("DATE", f"{year:04d}-Q{q}", relative=True)


FINANCE_HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {
        "finago": _ago,
        "finago2": _ago,
        "finago3": _ago,
        "finadj": _adjective,
        "finyear": _named_year,
        "finyear2": _named_year,
        "finlatest": _latest,
    }
)
