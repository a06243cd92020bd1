"""Normalisation for the TIME stage: a recognised Candidate -> TIMEX3 type, value and mod.

One small handler per rule name (see ``timex_rules``). Relative expressions are
resolved against the reference date; when there is none they are still returned, with
the digits that would have come from it masked as ``X`` ("XXXX-WXX").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from types import MappingProxyType

from .timex_calendar import day_year, fmt, month_year, shift, weekday_date
from .timex_finance import FINANCE_HANDLERS
from .timex_holidays import HOLIDAY_HANDLERS
from .timex_rules import Candidate
from .timex_spoken import SPOKEN_HANDLERS
from .timex_values import APPROX as _APPROX
from .timex_values import PART_MOD as _PART_MOD
from .timex_values import STEP as _STEP
from .timex_values import Context, Handler, Norm
from .timex_values import num as _num
from .timex_values import period as _period
from .timex_values import unit as _unit

__all__ = ["Context", "Norm", "normalise"]


# Stands in for a missing reference date; digits derived from it are masked afterwards.
_NO_REF = date(2000, 6, 14)


def _absolute(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    y, m, d = c.group("y"), c.group("m"), c.group("d")
    if c.rule == "numeric":
        a, b = int(c.group("a") or 0), int(c.group("b") or 0)
        m, d = (str(b), str(a)) if a > 12 else (str(a), str(b))
        y = str(int(y or 0) + (2000 if int(y or 0) < 50 else 1900)) if len(y or "") == 2 else y
    try:
        day = date(int(y or 0), int(m or 0), int(d or 0))
    except ValueError:
        return None
    if c.group("hh"):
        return Norm("TIME", f"{day.isoformat()}T{c.group('hh')}:{c.group('mm')}")
    return Norm("DATE", day.isoformat())


def _month_day(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    month = ctx.lex.months[(c.group("month") or "").rstrip(".")]
    day, year = int(c.group("d") or 0), c.group("y")
    relative = year is None
    if relative and ctx.ref is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    y = int(year) if year else day_year(month, day, ref, ctx.tense)
    # "Feb. 29" without a year: step towards the nearest leap year in the tense's direction.
    for step in range(4 if relative else 1):
        try:
            found = date(y + step * (1 if ctx.tense == "future" else -1), month, day)
        except ValueError:
            continue
        return Norm("DATE", found.isoformat(), relative=relative)
    return None


def _month(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    month = ctx.lex.months[(c.group("month") or "").rstrip(".")]
    if c.group("y"):
        return Norm("DATE", f"{c.group('y')}-{month:02d}")
    if ctx.ref is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    yrel = c.match.groupdict().get("yrel")
    if yrel:
        return Norm("DATE", f"{ref.year + _STEP[yrel.lower()]:04d}-{month:02d}", relative=True)
    year = month_year(month, ref, ctx.tense, rel=c.group("rel"))
    return Norm("DATE", f"{year:04d}-{month:02d}", relative=True)


def _year(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    return Norm("DATE", c.group("y") or "")


def _decade(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    dec = c.group("dec") or ("19" + (c.group("dd") or "00"))
    return Norm("DATE", dec[:3], _PART_MOD.get(c.group("dmod") or ""))


def _century(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    n = int(c.group("cn") or 0)
    return Norm("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None


def _dayrel(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    word = re.sub(r"\s+", " ", c.group("word") or "")
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "before yesterday": -2,
        "after tomorrow": 2,
    }
    day = fmt(ref + timedelta(days=offsets[word]), "D")
    pod = "NI" if word == "tonight" else ctx.lex.parts_of_day.get(c.group("pod") or "")
    return Norm("TIME", f"{day}T{pod}", relative=True) if pod else Norm("DATE", day, relative=True)


def _podmid(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    pod = ctx.lex.parts_of_day[c.group("pod") or ""]
    return Norm("TIME", f"{fmt(ref, 'D')}T{pod}", relative=True)


def _podrel(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[c.group("rel") or "this"]
    pod = ctx.lex.parts_of_day[c.group("pod") or ""]
    return Norm("TIME", f"{fmt(ref + timedelta(days=offset), 'D')}T{pod}", relative=True)


def _relunit(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    rel, unit = c.group("rel") or "", _unit(c.group("unit"), ctx.lex) or "Y"
    if rel == "past" or (rel == "last" and re.match(r"(?i)the\b", c.match.group(0))):
        # "over the past year": the unit before this one (a count makes it a duration)
        return Norm("DATE", fmt(shift(ref, unit, -1), unit), relative=True)
    if rel == "last" and unit == "D":
        return None  # "the last day of ...": not a relative date
    mod = _PART_MOD.get(c.group("pmod") or "")
    return Norm("DATE", fmt(shift(ref, unit, _STEP[rel]), unit), mod, relative=True)


def _season_year(season: str, ref: date, ctx: Context, rel: str | None) -> int:
    start = ctx.lex.season_start_month[season]
    current = next(
        (s for s, m in ctx.lex.season_start_month.items() if 0 <= (ref.month - m) % 12 < 3), ""
    )
    if rel in {"last", "past", "previous"}:
        return ref.year - 1 if season == current or start > ref.month else ref.year
    if rel in {"next", "coming", "following"}:
        return ref.year + 1 if season == current or start < ref.month else ref.year
    return month_year(start, ref, ctx.tense) if rel is None else ref.year


def _season(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    season = ctx.lex.seasons[c.group("season") or ""]
    if c.group("y"):
        return Norm("DATE", f"{c.group('y')}-{season}")
    year = _season_year(season, ref, ctx, c.group("rel"))
    return Norm("DATE", f"{year:04d}-{season}", relative=True)


def _weekday(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    wd = ctx.lex.weekdays[c.group("wd") or ""]
    rel = c.group("rel")
    directions = {"last": "before", "past": "before", "next": "future", "coming": "after"}
    if rel in {"previous", "preceding"}:
        # "down from the previous Friday": the one before the Friday just reported
        previous = weekday_date(wd, ref, "before") - timedelta(days=7)
        return Norm("DATE", previous.isoformat(), relative=True)
    # News reports the recent past; a present tense is a schedule ("meet Monday"): nearest.
    tense_dir = {"future": "future", "modal": "nearest", "present": "nearest"}.get(
        ctx.tense or "", "past"
    )
    day = fmt(weekday_date(wd, ref, directions.get(rel or "", tense_dir)), "D")
    pod = ctx.lex.parts_of_day.get(c.group("pod") or "")
    return Norm("TIME", f"{day}T{pod}", relative=True) if pod else Norm("DATE", day, relative=True)


_SHORT_UNITS = frozenset({"S", "MIN", "H", "D", "W", "FN"})


def _count(c: Candidate, ctx: Context) -> int | float | str | None:
    """The number of units, with a trailing "and a half" ("a minute and a half")."""
    n = _num(c.group("num"), ctx.lex)
    return n + 0.5 if c.group("half") and isinstance(n, int) else n


def _ago(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    n, unit = _count(c, ctx), _unit(c.group("unit"), ctx.lex)
    future = (c.group("dir") or "").startswith(("from", "hence", "later"))
    if unit is None or n is None:
        return None
    if (c.group("dir") or "") in {"earlier", "later"} and unit in _SHORT_UNITS:
        # "three days later": counted from the narrative, not from today; the span is kept
        return Norm("DURATION", _period(n, unit))
    if isinstance(n, float):
        return None
    if n == "X":
        return Norm("DATE", "FUTURE_REF" if future else "PAST_REF", relative=True)
    if ctx.report_quarter and (unit, n, future) == ("Y", 1, False):
        # "net fell from $4 million a year earlier": the same quarter a year before
        return FINANCE_HANDLERS["finago"](c, ctx, ref)
    gran = unit if unit in {"Y", "M", "Q", "W", "DE", "CE"} else "D"  # "six weeks ago": a week
    value = fmt(shift(ref, unit, int(n) if future else -int(n)), gran)
    return Norm("DATE", value, _APPROX.get(c.group("approx") or ""), relative=True)


def _duration(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    if c.group("old"):
        return None  # an age ("a 52-year-old doctor") is a property, not a time
    if c.group("dir"):
        return _ago(c, ctx, ref)
    n, unit = _count(c, ctx), _unit(c.group("unit"), ctx.lex)
    if n is None or unit is None or unit == "WE":
        return None
    if (c.group("num") or "").lower() in {"a", "an"} and unit in {"S", "Q"}:
        return None  # "a second meeting", "a quarter of the vote"
    if unit == "Q" and re.match(r"\s+of\s+(?!\d)", c.match.string[c.end :]):
        return None  # "three-quarters of its food": a fraction
    return Norm("DURATION", _period(n, unit), _APPROX.get(c.group("approx") or ""))


def _halfdur(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    unit = _unit(c.group("unit"), ctx.lex)
    return Norm("DURATION", _period(0.5, unit)) if unit else None


def _durx(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    unit = _unit(c.group("unit") or c.match.groupdict().get("unit2"), ctx.lex)
    if not unit or unit == "WE":
        return None
    return Norm("DURATION", _period("X", unit))


def _quarter(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    word, year = c.group("ord") or "", _of_year(c, ref)
    current = (ref.month - 1) // 3 + 1
    if word == "current":
        return Norm("DATE", fmt(ref, "Q"), relative=True)
    # Earnings copy: "the latest quarter" is the last one reported, i.e. the one before.
    if year is None and word == "latest":
        return FINANCE_HANDLERS["finlatest"](c, ctx, ref)
    if year is None and word in {"last", "past", "previous"}:
        return Norm("DATE", fmt(shift(ref, "Q", -1), "Q"), relative=True)
    q = ctx.lex.ordinals.get(word, 4)
    if year is None:
        year = ref.year
        if ctx.tense == "past" and q > current:
            year -= 1
        return Norm("DATE", f"{year:04d}-Q{q}", relative=True)
    return Norm("DATE", f"{year:04d}-Q{q}", relative=c.group("oyrel") is not None)


def _quarter2(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    return Norm("DATE", f"{c.group('oy')}-{(c.group('qn') or 'q1').upper()}")


def _of_year(c: Candidate, ref: date) -> int | None:
    if c.group("oy"):
        return int(c.group("oy") or 0)
    rel = c.group("oyrel")
    return ref.year + _STEP[rel] if rel else None


def _half(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    year = _of_year(c, ref)
    value = f"{year or ref.year:04d}-H{1 if c.group('ord') == 'first' else 2}"  # second, last
    return Norm("DATE", value, relative=not c.group("oy"))


def _theunit(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    unit = _unit(c.group("unit"), ctx.lex) or "Y"
    if unit == "Y" and re.match(r"\s+end(?:ed|ing)\b", c.match.string[c.end :]):
        return Norm("DURATION", "P1Y")  # "for the year ended June 30": a fiscal year's span
    if (c.group("tmod") or "").startswith("latest"):
        return Norm("DATE", f"{ref.year - 1:04d}", relative=True)  # the last one reported
    if unit == "Q":
        return FINANCE_HANDLERS["finlatest"](c, ctx, ref)
    if unit == "W":
        # "For the week, the index fell": a week of the story, not knowably which one
        return Norm("DATE", f"{ref.isocalendar()[0]:04d}-WXX", relative=True)
    if unit == "WE" and ctx.tense != "future" and ref.isoweekday() < 6:
        ref = shift(ref, "W", -1)  # "over the weekend", said on a weekday: the last one
    return Norm("DATE", fmt(ref, unit), relative=True)


def _partunit(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    unit = _unit(c.group("unit"), ctx.lex) or "Y"
    return Norm("DATE", fmt(ref, unit), _PART_MOD[c.group("part") or "end"], relative=True)


def _fuzzy(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    key = re.sub(r"\s+", " ", c.match.group(0).lower())
    return Norm("DATE", ctx.lex.fuzzy[key], relative=True)


def _set(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    if c.rule == "setwd":
        return Norm("SET", f"XXXX-WXX-{ctx.lex.weekdays[c.group('wd') or '']}")
    if c.rule == "set":
        return Norm("SET", ctx.lex.sets[re.sub(r"\s+", " ", c.match.group(0).lower())])
    n, unit = _num(c.group("num"), ctx.lex), _unit(c.group("unit"), ctx.lex)
    return Norm("SET", _period(n, unit)) if n is not None and unit else None


def _clock_day(c: Candidate, ctx: Context, ref: date) -> str:
    """The day a clock time is on: its own weekday or date when given, else the reference."""
    if c.group("wd"):
        norm = _weekday(c, ctx, ref)
        return norm.value if norm else fmt(ref, "D")
    if c.group("month"):
        norm = _month_day(c, ctx, ref)
        return norm.value if norm else fmt(ref, "D")
    offset = {"yesterday": -1, "tomorrow": 1}.get(c.group("dword") or "", 0)
    return fmt(ref + timedelta(days=offset), "D")


def _yearend(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    return Norm("DATE", f"{ref.year:04d}", "END", relative=True)


def _clock(c: Candidate, ctx: Context, ref: date) -> Norm | None:
    word = c.group("word")
    if word:
        hour, minute = (0, 0) if word == "midnight" else (12, 0)
    else:
        hour, minute = int(c.group("h") or 0), int(c.group("mi") or 0)
        ampm = (c.group("ampm") or "")[:1]
        if ampm and not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour
    return Norm("TIME", f"{_clock_day(c, ctx, ref)}T{hour:02d}:{minute:02d}", relative=True)


_HANDLERS: Mapping[str, Handler] = MappingProxyType(
    {
        "iso": _absolute,
        "numeric": _absolute,
        "mdy": _month_day,
        "dmy": _month_day,
        "my": _month,
        "month": _month,
        "year": _year,
        "decade": _decade,
        "century": _century,
        "dayrel": _dayrel,
        "dayrel2": _dayrel,
        "podword": _dayrel,
        "podmid": _podmid,
        "podrel": _podrel,
        "relunit": _relunit,
        "relseason": _season,
        "season": _season,
        "relweekday": _weekday,
        "weekday": _weekday,
        "duration": _duration,
        "durx": _durx,
        "durahead": _durx,
        "halfdur": _halfdur,
        "quarter": _quarter,
        "quarter2": _quarter2,
        "half": _half,
        "halfq": _half,
        "partunit": _partunit,
        "theunit": _theunit,
        "fuzzy": _fuzzy,
        "set": _set,
        "setunit": _set,
        "setwd": _set,
        "clock": _clock,
        "clock24": _clock,
        "noon": _clock,
        "yearend": _yearend,
        **FINANCE_HANDLERS,
        **SPOKEN_HANDLERS,
        **HOLIDAY_HANDLERS,
    }
)


def _apply_prefix(norm: Norm, c: Candidate, ctx: Context) -> Norm | None:
    if c.prefix == "pod":
        if norm.type != "DATE" or not re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", norm.value):
            return None
        pod = ctx.lex.parts_of_day[c.prefix_word or ""]
        return replace(norm, type="TIME", value=f"{norm.value}T{pod}")
    if c.prefix == "weekof":
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", norm.value):
            return None
        return replace(norm, value=fmt(date.fromisoformat(norm.value), "W"))
    if c.prefix in {"part", "pmod"}:
        return replace(norm, mod=_PART_MOD.get(c.prefix_word or "", norm.mod))
    return norm


def normalise(c: Candidate, ctx: Context) -> Norm | None:
    """TIMEX3 type/value/mod of ``c``; None when the words do not make a valid time."""
    norm = _HANDLERS[c.rule](c, ctx, ctx.ref or _NO_REF)
    if norm is None:
        return None
    if c.prefix is not None:
        norm = _apply_prefix(norm, c, ctx)
    if norm is not None and norm.relative and ctx.ref is None and not norm.value.endswith("_REF"):
        day, sep, clock = norm.value.partition("T")
        norm = replace(norm, value=re.sub(r"\d", "X", day) + sep + clock)
    return norm
