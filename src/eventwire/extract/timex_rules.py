"""Recognition for the TIME stage: a lexicon-driven set of named regular expressions.

Every rule is one compiled pattern with a name the normaliser dispatches on. All rules run
over the text; overlapping matches are resolved longest-first (ties: earlier rule). A
winning match may then grow to the left by a *prefix* ("the morning of", "early",
"the end of") that changes its value or mod. Extents follow TimeBank: determiners and
modifiers are in ("the third quarter", "last week"), leading prepositions are out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib.resources import files
from types import MappingProxyType

from .timex_accept import ACCEPT
from .timex_finance import finance_rules
from .timex_holidays import holiday_rules
from .timex_spoken import spoken_rules
from .timex_triggers import rule_triggers

__all__ = ["Candidate", "Grammar", "Lexicon", "build_grammar", "find_candidates", "load_lexicon"]


@dataclass(frozen=True)
class Lexicon:
    """The word tables of ``resources/timex.json``."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int | str]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    seasons: Mapping[str, str]
    season_start_month: Mapping[str, int]
    fuzzy: Mapping[str, str]
    sets: Mapping[str, str]
    holidays: Mapping[str, str]
    month_abbreviations: tuple[str, ...]


def load_lexicon() -> Lexicon:
    """Read the TIME word tables from package data."""
    raw = json.loads(files("eventwire.resources").joinpath("timex.json").read_text("utf-8"))
    abbreviations = tuple(raw.pop("month_abbreviations"))
    tables = {k: MappingProxyType(v) for k, v in raw.items() if not k.startswith("_")}
    return Lexicon(**tables, month_abbreviations=abbreviations)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    # Extra check on the text around a match (e.g. "May" needs a date context).
    accept: Callable[[str, re.Match[str]], bool] | None = None
    # Lower-case substrings one of which a text must contain for the rule to run: a
    # substring test is far cheaper than a regex scan that cannot match.
    triggers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Prefix:
    """Words that may precede a match of ``kinds`` and belong to the expression."""

    name: str
    pattern: re.Pattern[str]  # searched in the text just before the match; ends with ``$``
    kinds: frozenset[str]


@dataclass(frozen=True)
class Grammar:
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    prefixes: tuple[Prefix, ...]

    @cached_property
    def triggers(self) -> frozenset[str]:
        """Every rule's trigger substrings, once each."""
        return frozenset(t for r in self.rules for t in r.triggers)


@dataclass(frozen=True)
class Candidate:
    """One recognised expression before normalisation."""

    start: int
    end: int
    rule: str
    match: re.Match[str]
    prefix: str | None = None  # Prefix.name that extended the match to the left
    prefix_word: str | None = None  # the deciding word of the prefix, lower case

    def group(self, name: str) -> str | None:
        value = self.match.groupdict().get(name)
        return value.lower() if value else None


def _alt(words: object, *, case: bool = False) -> str:
    """A regex alternation of ``words``, longest first; case-sensitive words capitalised."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    if case:
        return "(?-i:" + "|".join(re.escape(w.capitalize()) for w in items) + ")"
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def _pieces(lex: Lexicon) -> dict[str, str]:
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    units = "|".join(sorted(lex.units, key=len, reverse=True))
    full = [m for m in lex.months if m not in lex.month_abbreviations]
    months = f"{_alt(full, case=True)}\\b|{_alt(lex.month_abbreviations, case=True)}\\b\\.?"
    return {
        "MONTH": rf"(?P<month>{months})",
        "FULLMONTH": rf"(?P<month>{_alt(full, case=True)})\b",
        "WD": rf"(?P<wd>{_alt(lex.weekdays, case=True)})\b",
        # "5 1/2", "two and a half": a trailing half belongs to the number
        "NUM": rf"(?P<num>(?:\d+(?:\.\d+)?|(?:{tens})-(?:{ones})|{_alt(lex.numbers)})"
        r"(?:[-\s]+1/2|\s+and\s+a\s+half)?)",
        "UNIT": rf"(?P<unit>centur(?:y|ies)|(?:{units})s?)\b",
        "UNITS": rf"(?P<unit>centuries|(?:{units})s)\b",
        "POD": rf"(?P<pod>{_alt(lex.parts_of_day)})",
        "SEASON": rf"(?P<season>{_alt(lex.seasons)})",
        "YEAR": r"(?P<y>1[5-9]\d\d|20\d\d)",
        "APPROX": r"(?:(?P<approx>about|around|nearly|almost|roughly|more\s+than|less\s+than|"
        r"at\s+least|up\s+to|some)\s+)?",
    }


_REL = r"(?P<rel>this|last|next|past|coming|previous|following|current|same)"


def _rule_sources(p: dict[str, str], lex: Lexicon) -> list[tuple[str, str]]:
    # One table of (name, pattern) rather than many small functions: the rules read best
    # side by side, and order matters (on equal spans the earlier rule wins).
    ord_ = (
        r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final|latest|current|past|"
        r"previous)"
    )
    # "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Saturday": the clock and its day
    # (a bracketed other zone may come between: "10:35 a.m. (0735 GMT) Friday")
    clock_day = (
        rf"(?:(?:\s+\([^()]{{1,20}}\))?,?\s+(?:on\s+)?{p['WD']}|,?\s+{p['MONTH']}\s+(?P<d>[0-3]?\d)\b"
        r"|\s+(?P<dword>today|yesterday|tomorrow)\b)?"
    )
    of_year = r"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<oy>\d{4})|(?P<oyrel>this|last|next)\s+year))?"
    return [
        ("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?\b"),
        ("numeric", r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)\b"),
        (
            "mdy",
            rf"\b(?:{p['WD']},?\s+)?{p['MONTH']}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
            rf"(?:,?\s+{p['YEAR']}\b)?",
        ),
        (
            "dmy",
            rf"\b(?:{p['WD']},?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"{p['MONTH']}(?:,?\s+{p['YEAR']}\b)?",
        ),
        ("my", rf"\b{p['MONTH']},?\s+(?:of\s+)?{p['YEAR']}\b"),
        # "July last year", "in February this year": one expression, the year is stated
        (
            "month",
            rf"\b(?:{_REL}\s+)?{p['FULLMONTH']}(?:\s+(?P<yrel>this|last|next)\s+year\b(?!'))?",
        ),
        ("year", rf"\b(?:(?P<fiscal>fiscal(?:\s+year)?|the\s+year|FY)\s*)?\b{p['YEAR']}\b"),
        (
            "decade",
            r"(?:\b|(?='))(?:the\s+)?(?:(?P<dmod>early|mid|late)[-\s]?)?"
            r"(?:(?P<dec>1[5-9]\d0|20\d0)|'(?P<dd>\d0))'?s\b",
        ),
        ("century", r"\b(?:the\s+)?(?P<cn>\d{1,2})(?:st|nd|rd|th)[-\s]+century\b"),
        ("dayrel", rf"\b(?P<word>today|tonight|yesterday|tomorrow)\b(?:\s+{p['POD']})?"),
        # "mid-afternoon yesterday", "by mid-morning"
        (
            "podword",
            r"\b(?:(?:mid-?|early|late)\s*)?(?P<pod>morning|afternoon|evening)\s+"
            r"(?P<word>yesterday|today|tomorrow)\b",
        ),
        ("podmid", r"\bmid-?\s*(?P<pod>morning|afternoon)\b"),
        ("dayrel2", r"\bthe\s+day\s+(?P<word>before\s+yesterday|after\s+tomorrow)\b"),
        ("podrel", rf"\b(?P<rel>this|last|tomorrow|yesterday)\s+{p['POD']}\b"),
        (
            "relunit",
            rf"\b(?:(?P<pmod>early|earlier|late|later)\s+)?(?:the\s+)?{_REL}\s+"
            r"(?P<unit>year|month|week|weekend|quarter|decade|century|day)\b",
        ),
        ("relseason", rf"\b(?:the\s+)?{_REL}\s+{p['SEASON']}\b"),
        ("halfdur", r"\b(?:half\s+an?|a\s+half)[-\s]+(?P<unit>hour|day|year|century)\b"),
        (
            "relweekday",
            rf"\b(?:the\s+)?(?P<rel>last|next|this|coming|past|previous|preceding)\s+{p['WD']}",
        ),
        ("weekday", rf"\b{p['WD']}(?:\s+{p['POD']})?"),
        (
            "duration",
            rf"\b(?:(?:the\s+)?(?P<rel>past|last|next|first|coming|previous|following|"
            rf"final)\s+)?{p['APPROX']}{p['NUM']}[-\s]+(?:(?:more|additional|extra)\s+)?{p['UNIT']}(?P<half>\s+and\s+a\s+half\b)?"
            r"(?:[-\s]+(?P<old>old)|\s+(?P<dir>ago|from\s+now|hence|earlier|later)\b)?",
        ),
        (
            "durx",
            r"\b(?:(?:the\s+)?(?:(?P<rel>past|last|next|coming|previous|recent)\s+)?"
            r"(?:few|several|couple\s+of)|(?P<rel2>recent|coming)|(?<=\bfor\s)|(?<=\bin\s))"
            rf"\s*{p['UNITS']}",
        ),
        # "in the weeks ahead", "over the years": an unknown number of units
        (
            "durahead",
            r"\bthe\s+(?P<unit>years|months|weeks|days)\s+ahead\b|(?<=\bover\s)the\s+(?P<unit2>years)\b",
        ),
        ("quarter", rf"\b(?:the\s+)?{ord_}[-\s]+quarter\b{of_year}"),
        ("quarter2", r"\b(?P<qn>Q[1-4])\s+(?P<oy>\d{4})\b"),
        ("half", rf"\b(?:the\s+)?(?P<ord>first|second|last)\s+half\b{of_year}"),
        # "the first two quarters of 1990": the first half of that year
        ("halfq", r"\b(?:the\s+)?(?P<ord>first|last)\s+two\s+quarters\s+of\s+(?P<oy>\d{4})\b"),
        # Anaphoric "the quarter", "the year": the period the story is about.
        (
            "theunit",
            r"\bthe\s+(?:(?P<tmod>full|fiscal|current\s+fiscal|latest\s+fiscal)\s+)?"
            r"(?-i:(?P<unit>quarter|year|month|week|weekend))\b(?!-)",
        ),
        ("yearend", r"\byear(?:-|\s+|'s\s+)end\b"),
        (
            "partunit",
            r"\bthe\s+(?P<part>beginning|start|end|middle|close)\s+of\s+the\s+"
            r"(?P<unit>year|month|week|quarter|decade|century)\b",
        ),
        ("season", rf"\b(?:(?P<the>the)\s+)?{p['SEASON']}\b(?:\s+(?:of\s+)?{p['YEAR']}\b)?"),
        ("fuzzy", rf"\b{_alt(lex.fuzzy)}\b"),
        ("set", rf"\b{_alt(lex.sets)}\b"),
        (
            "setunit",
            rf"\b(?:every|each|once\s+a|twice\s+a|(?:\w+)\s+times\s+a)\s+"
            rf"(?:{p['NUM']}\s+)?{p['UNIT']}",
        ),
        ("setwd", rf"\bevery\s+{p['WD']}"),
        (
            "clock",
            r"\b(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"
            r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?" + clock_day,
        ),
        (
            "clock24",
            r"(?<![\d:.])\b(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)\b(?![:.]\d)"
            r"(?:\s+(?P<tz>GMT|UTC)\b)?",
        ),
        ("noon", r"\b(?P<word>noon|midday|midnight)\b" + clock_day),
        *finance_rules(),
        *spoken_rules(p),
        *holiday_rules(lex),
    ]


_PREFIXES = (
    (
        "pod",
        r"(?i:\bthe\s+(?P<w>morning|afternoon|evening|night)\s+of\s+)$",
        {"mdy", "dmy", "iso", "numeric", "weekday", "dayrel"},
    ),
    (
        "part",
        r"(?i:\bthe\s+(?P<w>beginning|start|end|middle|close)\s+of\s+)$",
        {
            "mdy",
            "my",
            "month",
            "year",
            "relunit",
            "quarter",
            "half",
            "decade",
            "season",
            "relseason",
        },
    ),
    # "the week of March 6": the ISO week holding that day
    ("weekof", r"(?i:\bthe\s+(?P<w>week)\s+of\s+)$", {"mdy", "dmy", "iso", "numeric"}),
    (
        "pmod",
        r"(?i:\b(?P<w>early|late|mid)(?:-|\s+))$",
        {"my", "month", "year", "relseason", "season", "quarter"},
    ),
)


# Rules whose every match starts with a word character right after ``\b`` (each path
# through the pattern begins with a lexicon word, a digit or, for "durx", a unit word
# after "for "/"in "). ``re`` tries a pattern at every position; the lookahead
# ``(?=\w)`` turns the many end-of-word positions into one cheap failed test instead of
# dozens of failed alternatives, without changing what can match.
_WORD_START = frozenset(
    {
        "mdy", "dmy", "my", "month", "year", "relunit", "relseason", "relweekday",
        "duration", "durx", "quarter", "season", "fuzzy", "set", "holiday",
        "spokenyear", "spokenyear2",
    }
)  # fmt: skip


def _compiled(name: str, src: str) -> re.Pattern[str]:
    if name in _WORD_START and src.startswith(r"\b"):
        src = r"\b(?=\w)" + src[2:]
    return re.compile(src, re.IGNORECASE)


def build_grammar(lex: Lexicon) -> Grammar:
    """Compile every rule once (call from the stage factory, not per document)."""
    triggers = rule_triggers(lex)
    rules = tuple(
        Rule(name, _compiled(name, src), ACCEPT.get(name), triggers.get(name, ()))
        for name, src in _rule_sources(_pieces(lex), lex)
    )
    prefixes = tuple(Prefix(n, re.compile(src), frozenset(k)) for n, src, k in _PREFIXES)
    return Grammar(lex, rules, prefixes)


def _resolve(found: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates, longest first; ties go to the earlier rule."""
    found.sort(key=lambda c: (c.start - c.end, c.start))
    taken: list[Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or t.end <= cand.start for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _extend(text: str, cand: Candidate, prefixes: tuple[Prefix, ...]) -> Candidate:
    for prefix in prefixes:
        if cand.rule not in prefix.kinds:
            continue
        m = prefix.pattern.search(text, max(0, cand.start - 40), cand.start)
        if m:
            word = m.group("w").lower()
            return Candidate(m.start(), cand.end, cand.rule, cand.match, prefix.name, word)
    return cand


def find_candidates(text: str, grammar: Grammar) -> list[Candidate]:
    """Every time expression in ``text``, non-overlapping, in text order."""
    lower = text.lower()
    present = {t for t in grammar.triggers if t in lower}  # each substring tested once
    active = [r for r in grammar.rules if not r.triggers or not present.isdisjoint(r.triggers)]
    found = [
        Candidate(m.start(), m.end(), rule.name, m)
        for rule in active
        for m in rule.pattern.finditer(text)
        if m.end() > m.start() and (rule.accept is None or rule.accept(text, m))
    ]
    kept = _resolve(found)
    return _resolve([_extend(text, c, grammar.prefixes) for c in kept])
