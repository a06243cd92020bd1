"""Calendar arithmetic and TIMEX3 value formatting for the TIME stage.

Granularities: ``D`` day, ``W`` ISO week, ``WE`` weekend, ``M`` month, ``Q`` quarter,
``H`` half year, ``Y`` year, ``DE`` decade, ``CE`` century. All shifting goes through
``datetime`` so month ends and leap years are right (Feb 29 + 1 year = Feb 28).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Literal

__all__ = [
    "Tense",
    "add_months",
    "fmt",
    "month_year",
    "shift",
    "weekday_date",
]

# "modal": a verb with would/could/may ..., i.e. future seen from the past.
# "announced": a past-tense report naming a period in a noun phrase ("a cutback in
# September", "until mid-November"): next month is the coming one, else the past.
Tense = Literal["past", "present", "future", "modal", "announced"]

# How far ahead of the reference a past-tense sentence's yearless date may lie.
ANNOUNCED_DAYS = 60
ANNOUNCED_MONTHS = 3
_MONTHS_PER = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}
_DAYS_PER = {"D": 1, "W": 7, "WE": 7}


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clamped to the month's length."""
    year, month0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    day = min(d.day, calendar.monthrange(year, month0 + 1)[1])
    return date(year, month0 + 1, day)


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units; sub-day units leave the date unchanged."""
    if unit in _DAYS_PER:
        return d + timedelta(days=n * _DAYS_PER[unit])
    if unit in _MONTHS_PER:
        return add_months(d, n * _MONTHS_PER[unit])
    return d


def fmt(d: date, gran: str) -> str:
    """The TIMEX3 value of the period of granularity ``gran`` containing ``d``."""
    if gran in {"W", "WE"}:
        iso_year, week, _ = d.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if gran == "WE" else "")
    formats = {
        "D": d.isoformat(),
        "M": f"{d.year:04d}-{d.month:02d}",
        "Q": f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
        "H": f"{d.year:04d}-H{1 if d.month <= 6 else 2}",
        "Y": f"{d.year:04d}",
        "DE": f"{d.year:04d}"[:3],
        "CE": f"{d.year:04d}"[:2],
    }
    return formats.get(gran, d.isoformat())


def _nearest_year(month: int, day: int, ref: date) -> int:
    """The year putting ``month``/``day`` closest to ``ref`` (ties keep ref's year)."""
    day = max(1, min(day, 28))  # only the distance matters; Feb 29 is resolved by the caller
    return min(
        (ref.year, ref.year - 1, ref.year + 1),
        key=lambda y: abs((date(y, month, day) - ref).days),
    )


def month_year(month: int, ref: date, tense: Tense | None, *, rel: str | None = None) -> int:
    """The year of a month named without one: "last"/past tense look back, "next"/future ahead.

    ``rel`` is an explicit determiner (this, last, next, ...); without one the tense of
    the governing verb decides, and a present, modal or unknown tense takes the nearest
    such month ("in February", said in October, is next February).
    """
    if rel in {"last", "past", "previous"}:
        return ref.year if month < ref.month else ref.year - 1
    if rel in {"next", "coming", "following"}:
        return ref.year if month > ref.month else ref.year + 1
    if rel is not None:
        return ref.year
    if tense == "announced" and 0 < (month - ref.month) % 12 <= ANNOUNCED_MONTHS:
        return ref.year if month > ref.month else ref.year + 1
    if tense in {"past", "announced"}:
        return ref.year if month <= ref.month else ref.year - 1
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    return _nearest_year(month, 15, ref)


def day_year(month: int, day: int, ref: date, tense: Tense | None) -> int:
    """The year of "December 20" written without one, by tense around the reference date."""
    key, ref_key = (month, day), (ref.month, ref.day)
    if tense == "past":
        # A past-tense report often names a date just ahead ("declared a dividend payable
        # Dec. 1", "extended the offer to Nov. 16"): within two months it is that date.
        ahead = (date(ref.year, month, max(1, min(day, 28))) - ref).days
        return ref.year if key <= ref_key or ahead <= ANNOUNCED_DAYS else ref.year - 1
    if tense == "future":
        return ref.year if key >= ref_key else ref.year + 1
    return _nearest_year(month, day, ref)


def weekday_date(weekday: int, ref: date, direction: str) -> date:
    """The date of ISO ``weekday`` (Mon=1) near ``ref``.

    ``direction``: "past" = on or before ref, "before" = strictly before, "future" =
    strictly after, "after" = on or after, "nearest" = within three days either way,
    anything else = the same ISO week.
    """
    diff = weekday - ref.isoweekday()
    if direction == "nearest":
        return ref + timedelta(days=(diff + 3) % 7 - 3)
    if direction == "past":
        return ref + timedelta(days=diff if diff <= 0 else diff - 7)
    if direction == "before":
        return ref + timedelta(days=diff if diff < 0 else diff - 7)
    if direction == "future":
        return ref + timedelta(days=diff if diff > 0 else diff + 7)
    if direction == "after":
        return ref + timedelta(days=diff if diff >= 0 else diff + 7)
    return ref + timedelta(days=diff)
