"""Trigger substrings of the TIME rules: a text holding none of a rule's triggers skips
that rule, as a substring test is far cheaper than a regex scan that cannot match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .timex_finance import FINANCE_TRIGGERS
from .timex_holidays import holiday_triggers
from .timex_spoken import SPOKEN_TRIGGERS

if TYPE_CHECKING:
    from .timex_rules import Lexicon

__all__ = ["rule_triggers"]


def rule_triggers(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Per rule name, the lower-case substrings one of which a text must contain."""
    months = tuple(lex.months)
    weekdays = tuple(lex.weekdays)
    pods = tuple(lex.parts_of_day)
    units = tuple(lex.units)
    return {
        # each needs one of its unit words ("UNIT", "UNITS", the relunit list)
        "duration": (*units, "centur"),
        "durx": (*(u + "s" for u in units), "centuries"),
        "relunit": ("year", "month", "week", "quarter", "decade", "century", "day"),
        "iso": ("-",),
        "numeric": ("/",),
        "mdy": months,
        "dmy": months,
        "my": months,
        "month": months,
        "decade": ("0s", "0's"),
        "century": ("century",),
        "dayrel": ("today", "tonight", "yesterday", "tomorrow"),
        "dayrel2": ("the day",),
        "podrel": pods,
        "relseason": tuple(lex.seasons),
        "season": tuple(lex.seasons),
        "relweekday": weekdays,
        "weekday": weekdays,
        "quarter": ("quarter",),
        "theunit": ("the ",),
        "yearend": ("year-end", "year end", "year's end"),
        "quarter2": ("q1", "q2", "q3", "q4"),
        "half": ("half",),
        "halfq": ("two quarters",),
        "podword": ("yesterday", "today", "tomorrow"),
        "podmid": ("mid",),
        "durahead": (" ahead", "over the years"),
        "partunit": (" of the ",),
        "setunit": ("every", "each", "once", "twice", "times"),
        "setwd": ("every",),
        "clock": ("a.m", "p.m", "am", "pm"),
        "clock24": (":",),
        "halfdur": ("half",),
        "noon": ("noon", "midday", "midnight"),
        **FINANCE_TRIGGERS,
        **SPOKEN_TRIGGERS,
        **holiday_triggers(lex),
    }
