"""TIME stage: recognition, normalisation, reference date and the seed article."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.config import Config
from eventwire.extract.timex_calendar import add_months, fmt, shift, weekday_date
from eventwire.model import Article, Document, TimeExpr
from eventwire.pipeline import Stage

REF = date(2023, 12, 28)  # a Thursday


@pytest.fixture(scope="module")
def times_stage(cfg: Config) -> Stage:
    from eventwire.extract.times import make_times

    return make_times(cfg)


@pytest.fixture(scope="module")
def run_times(parse: Callable[..., Document], times_stage: Stage) -> Callable[..., Document]:
    def _run(text: str, published: date | None = REF) -> Document:
        return times_stage.run(parse(text, published=published))

    return _run


def _find(doc: Document, words: str) -> TimeExpr:
    found = [t for t in doc.times if t.span.text == words]
    assert found, f"no time {words!r} in {[t.span.text for t in doc.times]}"
    return found[0]


# --- seed acceptance -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_doc(seed_article: Article, parse_stage: Stage, times_stage: Stage) -> Document:
    return times_stage.run(parse_stage.run(Document.from_article(seed_article)))


def _covering(doc: Document, words: str, nth: int = 0) -> TimeExpr:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    end = start + len(words)
    found = [t for t in doc.times if t.span.start <= start and end <= t.span.end]
    assert found, f"no time covers {words!r} at {start}"
    return found[0]


def test_seed_reference_date_is_the_lead_date(seed_doc: Document) -> None:
    ref = seed_doc.reference_date
    assert ref.value == date(2023, 12, 20)
    assert ref.source == "text"
    assert ref.evidence is not None
    assert ref.evidence.text == "On the morning of December 20, 2023"


@pytest.mark.parametrize(
    ("words", "nth", "prefix"),
    [
        ("December 20, 2023", 0, "2023-12-20"),
        ("this year", 0, "2023"),
        ("this year", 1, "2023"),
        ("this year", 2, "2023"),
        ("next year", 0, "2024"),
        ("the first 11 months of this year", 0, "2023"),
        ("Tuesday", 0, "2023-12-19"),
        ("At present", 0, "PRESENT_REF"),
    ],
)
def test_seed_values(seed_doc: Document, words: str, nth: int, prefix: str) -> None:
    if words == "the first 11 months of this year":
        # TimeBank splits it: "the first 11 months" (P11M) of "this year" (2023).
        assert _covering(seed_doc, "the first 11 months").value == "P11M"
        words = "this year"
        nth = 1
    assert _covering(seed_doc, words, nth).value.startswith(prefix)


def test_seed_durations_and_sets(seed_doc: Document) -> None:
    two_years = _covering(seed_doc, "the next two years")
    assert (two_years.type, two_years.value) == ("DURATION", "P2Y")
    annual = _covering(seed_doc, "annual")
    assert (annual.type, annual.value) == ("SET", "P1Y")
    start = _covering(seed_doc, "the beginning of this year")
    assert (start.value, start.mod) == ("2023", "START")


def test_seed_names_with_year_are_not_times(seed_doc: Document) -> None:
    for name in ("Year of Culture", "Year. of Culture", "Year of the Dragon", "New Year"):
        at = seed_doc.text.index(name)
        assert not any(t.span.overlaps(seed_doc.span(at, at + len(name))) for t in seed_doc.times)


def test_seed_spans_match_text(seed_doc: Document) -> None:
    assert seed_doc.times
    for t in seed_doc.times:
        assert seed_doc.text[t.span.start : t.span.end] == t.span.text
        assert t.anchor in {None, "2023-12-20"}
    assert len({t.id for t in seed_doc.times}) == len(seed_doc.times)


# --- expression families ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        ("It was signed on December 20, 2023.", "December 20, 2023", "DATE", "2023-12-20"),
        ("It was signed on 20 December 2023.", "20 December 2023", "DATE", "2023-12-20"),
        ("It was signed on 2023-12-20.", "2023-12-20", "DATE", "2023-12-20"),
        ("It was signed on 20/12/2023.", "20/12/2023", "DATE", "2023-12-20"),
        ("It was signed in December 2023.", "December 2023", "DATE", "2023-12"),
        ("It was signed in 2021.", "2021", "DATE", "2021"),
        ("It was signed on Dec. 20.", "Dec. 20", "DATE", "2023-12-20"),
        ("Profit rose in fiscal 2022.", "fiscal 2022", "DATE", "2022"),
        ("Prices were low in the 1990s.", "the 1990s", "DATE", "199"),
        ("The 20th century was violent.", "The 20th century", "DATE", "19"),
    ],
)
def test_absolute_dates(
    run_times: Callable[..., Document], text: str, words: str, type_: str, value: str
) -> None:
    t = _find(run_times(text), words)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("He spoke today.", "today", "2023-12-28"),
        ("He spoke yesterday.", "yesterday", "2023-12-27"),
        ("He speaks tomorrow.", "tomorrow", "2023-12-29"),
        ("Sales rose this year.", "this year", "2023"),
        ("Sales rose last year.", "last year", "2022"),
        ("Sales will rise next year.", "next year", "2024"),
        ("Sales rose this month.", "this month", "2023-12"),
        ("Sales rose last week.", "last week", "2023-W51"),
        ("Sales will rise next week.", "next week", "2024-W01"),
        ("Sales rose two days ago.", "two days ago", "2023-12-26"),
        ("Sales rose three years ago.", "three years ago", "2020"),
        ("Sales rose last summer.", "last summer", "2023-SU"),
        ("Sales rose in the third quarter.", "the third quarter", "2023-Q3"),
        (
            "Sales rose in the fourth quarter of last year.",
            "the fourth quarter of last year",
            "2022-Q4",
        ),
        ("Sales rose in the first half of 2024.", "the first half of 2024", "2024-H1"),
    ],
)
def test_relative_dates(
    run_times: Callable[..., Document], text: str, words: str, value: str
) -> None:
    t = _find(run_times(text), words)
    assert (t.type, t.value) == ("DATE", value)
    if value[:1].isdigit() and words not in {"the first half of 2024"}:
        assert t.anchor == "2023-12-28"


@pytest.mark.parametrize(
    ("text", "words", "value", "mod"),
    [
        (
            "Sales rose since the beginning of this year.",
            "the beginning of this year",
            "2023",
            "START",
        ),
        ("It ends by the end of the year.", "the end of the year", "2023", "END"),
        ("It started in early December.", "early December", "2023-12", "START"),
        ("It ended in late 2022.", "late 2022", "2022", "END"),
        ("It ended in the mid-1990s.", "the mid-1990s", "199", "MID"),
    ],
)
def test_parts_of_periods(
    run_times: Callable[..., Document], text: str, words: str, value: str, mod: str
) -> None:
    t = _find(run_times(text), words)
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        ("He served for three years.", "three years", "DURATION", "P3Y"),
        ("He served 11 months.", "11 months", "DURATION", "P11M"),
        ("It lasted two decades.", "two decades", "DURATION", "P20Y"),
        ("It will last the next two years.", "the next two years", "DURATION", "P2Y"),
        ("It rose in the past three years.", "the past three years", "DURATION", "P3Y"),
        ("It took 30 minutes.", "30 minutes", "DURATION", "PT30M"),
        ("It took several weeks.", "several weeks", "DURATION", "PXW"),
        ("It is held annually.", "annually", "SET", "P1Y"),
        ("The annual meeting opened.", "annual", "SET", "P1Y"),
        ("They meet every week.", "every week", "SET", "P1W"),
        ("They publish a daily report.", "daily", "SET", "P1D"),
        ("They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("He is now in Paris.", "now", "DATE", "PRESENT_REF"),
        ("He is currently in Paris.", "currently", "DATE", "PRESENT_REF"),
        ("At present, he is in Paris.", "At present", "DATE", "PRESENT_REF"),
        ("He recently moved.", "recently", "DATE", "PAST_REF"),
        ("He will move soon.", "soon", "DATE", "FUTURE_REF"),
        ("He will move in the future.", "the future", "DATE", "FUTURE_REF"),
    ],
)
def test_durations_sets_and_fuzzy(
    run_times: Callable[..., Document], text: str, words: str, type_: str, value: str
) -> None:
    t = _find(run_times(text), words)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The market closes at 3 p.m.", "3 p.m.", "2023-12-28T15:00"),
        ("The market opens at 10:30 a.m. EST.", "10:30 a.m. EST", "2023-12-28T10:30"),
        ("They met this morning.", "this morning", "2023-12-28TMO"),
        ("They met last night.", "last night", "2023-12-27TNI"),
        ("They met yesterday afternoon.", "yesterday afternoon", "2023-12-27TAF"),
        (
            "They met on the morning of December 20, 2023.",
            "the morning of December 20, 2023",
            "2023-12-20TMO",
        ),
    ],
)
def test_times_of_day(
    run_times: Callable[..., Document], text: str, words: str, value: str
) -> None:
    t = _find(run_times(text), words)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The talks will resume in January.", "January", "2024-01"),
        ("The talks resumed in January.", "January", "2023-01"),
        ("He left on Tuesday.", "Tuesday", "2023-12-26"),
        ("He will leave on Tuesday.", "Tuesday", "2024-01-02"),
        ("The vote is on Friday.", "Friday", "2023-12-29"),
        ("He left last Thursday.", "last Thursday", "2023-12-21"),
        ("He left on Thursday.", "Thursday", "2023-12-28"),
        ("The deal closed on Feb. 29.", "Feb. 29", "2020-02-29"),
    ],
)
def test_tense_decides_direction(
    run_times: Callable[..., Document], text: str, words: str, value: str
) -> None:
    assert _find(run_times(text), words).value == value


def test_leap_day_tomorrow(run_times: Callable[..., Document]) -> None:
    assert _find(run_times("It opens tomorrow.", date(2024, 2, 28)), "tomorrow").value == (
        "2024-02-29"
    )
    assert _find(run_times("It was signed on Feb. 29.", date(2024, 3, 5)), "Feb. 29").value == (
        "2024-02-29"
    )


# --- round 2 families (hand-written sentences) ----------------------------------------

_OCT = date(1989, 10, 26)  # a Thursday; the last full quarter is 1989-Q3


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        (
            "Net rose in the third quarter from $4 million a year earlier.",
            "a year earlier",
            "1988-Q3",
        ),
        ("Net rose in the third quarter, up from $2 million a year ago.", "a year ago", "1988-Q3"),
        (
            "Net rose in the third quarter. In the year-ago quarter it fell.",
            "the year-ago quarter",
            "1988-Q3",
        ),
        (
            "Net rose in the third quarter. The year-ago results were restated.",
            "year-ago",
            "1988-Q3",
        ),
        (
            "Net rose in the third quarter. The latest period had a gain.",
            "The latest period",
            "1989-Q3",
        ),
        (
            "Net rose in the third quarter, against a loss in the 1988 period.",
            "the 1988 period",
            "1988-Q3",
        ),
        ("Profit fell in this year's third quarter.", "this year's third quarter", "1989-Q3"),
        ("Sales were above fiscal 1989 sales.", "fiscal 1989", "1989"),
        ("Prices were low two years ago.", "two years ago", "1987"),
    ],
)
def test_results_copy_periods(
    run_times: Callable[..., Document], text: str, words: str, value: str
) -> None:
    assert _find(run_times(text, _OCT), words).value == value


@pytest.mark.parametrize(
    ("text", "words", "type_", "value"),
    [
        ("He was shot at 10 p.m. Wednesday.", "10 p.m. Wednesday", "TIME", "1989-10-25T22:00"),
        (
            "The offer runs until 5 p.m. EST, Nov. 6.",
            "5 p.m. EST, Nov. 6",
            "TIME",
            "1989-11-06T17:00",
        ),
        ("Talks broke off at noon Tuesday.", "noon Tuesday", "TIME", "1989-10-24T12:00"),
        ("His promise held until the year two thousand.", "the year two thousand", "DATE", "2000"),
        ("In nineteen ninety-one he was convicted.", "nineteen ninety-one", "DATE", "1991"),
        (
            "It happened in January nineteen ninety-seven.",
            "January nineteen ninety-seven",
            "DATE",
            "1997-01",
        ),
        ("Hate groups grew through the nineties.", "the nineties", "DATE", "199"),
        ("The deal should close by year-end.", "year-end", "DATE", "1989"),
        ("Earnings rose for the fiscal year.", "the fiscal year", "DATE", "1989"),
        ("For the year ended June 30, net rose.", "the year", "DURATION", "P1Y"),
        ("Earnings fell in the past year.", "the past year", "DATE", "1988"),
        ("It grew in the last half of 1989.", "the last half of 1989", "DATE", "1989-H2"),
        ("Over the weekend, officials met.", "the weekend", "DATE", "1989-W42-WE"),
        ("The panel was appointed last May.", "last May", "DATE", "1989-05"),
        ("The 1996 Olympic bombing killed one.", "1996", "DATE", "1996"),
        ("It was the smallest gain in recent years.", "recent years", "DURATION", "PXY"),
    ],
)
def test_round_two_families(
    run_times: Callable[..., Document], text: str, words: str, type_: str, value: str
) -> None:
    t = _find(run_times(text, _OCT), words)
    assert (t.type, t.value) == (type_, value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        # a past-tense report naming a date just ahead: the coming one
        ("It declared a dividend payable Dec. 1.", "Dec. 1", "1989-12-01"),
        ("The offer was extended to Nov. 16.", "Nov. 16", "1989-11-16"),
        ("The rule was adopted on Aug. 6.", "Aug. 6", "1989-08-06"),
        # present tense or a schedule: the nearest such day
        ("He and Arafat meet separately Saturday.", "Saturday", "1989-10-28"),
        ("The sale is scheduled to close Monday.", "Monday", "1989-10-30"),
        ("The injunction issued Tuesday was lifted.", "Tuesday", "1989-10-24"),
        ("The group might come as soon as Tuesday.", "Tuesday", "1989-10-31"),
        ("Shares fell after Friday's close.", "Friday", "1989-10-20"),
        ("The loan will be paid in February.", "February", "1990-02"),
        ("He expects the vote in February.", "February", "1990-02"),
    ],
)
def test_direction_of_bare_days_and_months(
    run_times: Callable[..., Document], text: str, words: str, value: str
) -> None:
    assert _find(run_times(text, _OCT), words).value == value


@pytest.mark.parametrize(
    "text",
    [
        "A 52-year-old doctor was shot.",
        "Mr. Smith, 52 years old, will succeed him.",
        "He previously held similar posts.",
        "It raised its quarterly dividend.",
        "Call me as soon as you can.",
        "He left soon after the vote.",
        "Some 2023 people came and paid $2024.",
        "The dividend is payable Dec. 0.",  # not a day: no crash, no time
    ],
)
def test_round_two_not_times(run_times: Callable[..., Document], text: str) -> None:
    assert run_times(text, _OCT).times == ()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("WASHINGTON, Oct. 25 (Xinhua) -- They met.", _OCT, date(1989, 10, 25)),
        ("Your Oct. 23 item recognised the fund.", _OCT, _OCT),
    ],
)
def test_yearless_lead_date_needs_a_dateline(
    run_times: Callable[..., Document], text: str, published: date, expected: date
) -> None:
    assert run_times(text, published).reference_date.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Year of Culture opened.",
        "They wished a Happy Year of the Dragon.",
        "Relations will grow in the New Year.",
        "Some 2023 people came and paid $2024.",
        "The fall of the Berlin Wall.",
        "He may go there.",
        "He came a second time.",
    ],
)
def test_no_time_in(run_times: Callable[..., Document], text: str) -> None:
    assert run_times(text).times == ()


# --- reference date ----------------------------------------------------------------------


_D = date(2023, 12, 20)
_PUB = date(2024, 3, 19)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On December 20, 2023, they met.", _PUB, (_D, "text", "On December 20, 2023")),
        ("BEIJING, Dec. 20 (Xinhua) -- They met.", date(2023, 12, 22), (_D, "text", "Dec. 20")),
        ("On December 20, 2023, they met.", None, (_D, "text", "On December 20, 2023")),
        ("They met on Tuesday.", _PUB, (_PUB, "published", None)),
        ("On March 11, 2011, an earthquake struck.", _PUB, (_PUB, "published", None)),
        ("They met on Tuesday.", None, (None, "none", None)),
    ],
)
def test_reference_date(
    run_times: Callable[..., Document],
    text: str,
    published: date | None,
    expected: tuple[date | None, str, str | None],
) -> None:
    ref = run_times(text, published).reference_date
    assert (ref.value, ref.source, ref.evidence.text if ref.evidence else None) == expected


def test_no_reference_date_masks_relative_values(run_times: Callable[..., Document]) -> None:
    doc = run_times("He arrives tomorrow at 3 p.m. and leaves in 2025.", None)
    assert [(t.span.text, t.value, t.anchor) for t in doc.times] == [
        ("tomorrow", "XXXX-XX-XX", None),
        ("3 p.m.", "XXXX-XX-XXT15:00", None),
        ("2025", "2025", None),
    ]


# --- calendar ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("d", "unit", "n", "expected"),
    [
        (date(2024, 2, 29), "Y", 1, date(2025, 2, 28)),
        (date(2024, 1, 31), "M", 1, date(2024, 2, 29)),
        (date(2023, 1, 31), "M", 1, date(2023, 2, 28)),
        (date(2023, 12, 28), "W", 1, date(2024, 1, 4)),
        (date(2023, 11, 15), "Q", 1, date(2024, 2, 15)),
        (date(2024, 2, 28), "D", 1, date(2024, 2, 29)),
    ],
)
def test_shift(d: date, unit: str, n: int, expected: date) -> None:
    assert shift(d, unit, n) == expected


def test_fmt_and_weekdays() -> None:
    d = date(2024, 12, 30)  # ISO week 1 of 2025
    assert fmt(d, "W") == "2025-W01"
    assert [fmt(d, g) for g in ("M", "Q", "H", "Y", "DE", "CE")] == [
        "2024-12",
        "2024-Q4",
        "2024-H2",
        "2024",
        "202",
        "20",
    ]
    wed = date(2023, 12, 20)
    assert weekday_date(2, wed, "past") == date(2023, 12, 19)
    assert weekday_date(3, wed, "past") == wed
    assert weekday_date(3, wed, "before") == date(2023, 12, 13)
    assert weekday_date(2, wed, "future") == date(2023, 12, 26)
    assert weekday_date(5, wed, "week") == date(2023, 12, 22)
    assert add_months(date(2023, 12, 31), 2) == date(2024, 2, 29)


# --- round three: holidays, halves, plans, titles -----------------------------------------


@pytest.mark.parametrize(
    ("spec", "year", "expected"),
    [
        ("fixed 12 25", 2023, date(2023, 12, 25)),
        ("nth 11 4 4", 2024, date(2024, 11, 28)),  # Thanksgiving in a leap year
        ("nth 5 1 -1", 2024, date(2024, 5, 27)),  # Memorial Day: the last Monday
        ("nth 9 1 1", 2023, date(2023, 9, 4)),
        ("election", 2024, date(2024, 11, 5)),
        ("election", 2021, date(2021, 11, 2)),  # November 1 is itself a Monday
        ("election", 2022, date(2022, 11, 8)),  # November 1 is a Tuesday: not that one
        ("easter 0", 2000, date(2000, 4, 23)),
        ("easter 0", 2008, date(2008, 3, 23)),
        ("easter -2", 2024, date(2024, 3, 29)),  # Good Friday, leap year
        ("easter 0", 2038, date(2038, 4, 25)),
    ],
)
def test_holiday_dates(spec: str, year: int, expected: date) -> None:
    from eventwire.extract.timex_holidays import holiday_date

    assert holiday_date(spec, year) == expected


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        ("He was found on Thanksgiving Day.", REF, "Thanksgiving Day", "2023-11-23"),
        ("They will meet again on New Year's Day.", REF, "New Year's Day", "2024-01-01"),
        ("Sales fell last Christmas.", REF, "last Christmas", "2023-12-25"),
        ("Stores will close on Easter 2024.", REF, "Easter 2024", "2024-03-31"),
        ("Voters will go to the polls on Election Day.", REF, "Election Day", "2024-11-05"),
        # a January story looking back across the year boundary
        ("He spoke on Christmas Eve.", date(2024, 1, 5), "Christmas Eve", "2023-12-24"),
        ("The bank closed last Thanksgiving.", date(2024, 1, 5), "last Thanksgiving", "2023-11-23"),
    ],
)
def test_holidays(
    run_times: Callable[..., Document], text: str, published: date, words: str, value: str
) -> None:
    t = _find(run_times(text, published), words)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The flight took five and a half hours.", "five and a half hours", "PT5H30M"),
        ("It stalled a minute and a half later.", "a minute and a half later", "PT1M30S"),
        ("He spoke for half an hour.", "half an hour", "PT30M"),
        ("He will stay for two more weeks.", "two more weeks", "P2W"),
        ("The loan may be extended for an additional year.", "an additional year", "P1Y"),
        ("Three days later, prices fell.", "Three days later", "P3D"),
        ("It lasted a decade and a half.", "a decade and a half", "P15Y"),
        ("Funds may shrink in the weeks ahead.", "the weeks ahead", "PXW"),
        ("Over the years, it grew.", "the years", "PXY"),
    ],
)
def test_fractional_and_vague_durations(
    run_times: Callable[..., Document], text: str, words: str, value: str
) -> None:
    t = _find(run_times(text), words)
    assert (t.type, t.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        ("They fled six weeks ago.", REF, "six weeks ago", "2023-W46"),
        ("They fled two weeks ago.", date(2024, 1, 4), "two weeks ago", "2023-W51"),
        ("For the week, the index fell 3%.", _OCT, "the week", "1989-WXX"),
        ("A hearing is set for the week of Nov. 6.", _OCT, "the week of Nov. 6", "1989-W45"),
        ("In July last year, he left.", REF, "July last year", "2022-07"),
        ("The process began in February this year.", REF, "February this year", "2023-02"),
        ("The current system works.", REF, "current", "PRESENT_REF"),
        ("Shares fell 4% from the previous Friday.", _OCT, "the previous Friday", "1989-10-13"),
        (
            "Output will fall through the first two quarters of 1990.",
            _OCT,
            "the first two quarters of 1990",
            "1990-H1",
        ),
        (
            "Shares rose at mid-afternoon yesterday.",
            _OCT,
            "mid-afternoon yesterday",
            "1989-10-25TAF",
        ),
        ("By mid-morning, trading was heavy.", _OCT, "mid-morning", "1989-10-26TMO"),
        ("The offer will be made at a later date.", _OCT, "a later date", "FUTURE_REF"),
    ],
)
def test_round_three_values(
    run_times: Callable[..., Document], text: str, published: date, words: str, value: str
) -> None:
    assert _find(run_times(text, published), words).value == value


def test_clock_day_after_a_bracketed_zone(run_times: Callable[..., Document]) -> None:
    doc = run_times("The blast occurred at 10:35 a.m. (0735 GMT) Wednesday.", _OCT)
    assert _covering(doc, "10:35 a.m.").value == "1989-10-25T10:35"


@pytest.mark.parametrize(
    ("text", "published", "words", "value"),
    [
        # plans and commitments point ahead whatever the tense of their verb
        ("The team planned to leave on Saturday.", _OCT, "Saturday", "1989-10-28"),
        ("The court has scheduled a hearing Monday.", _OCT, "Monday", "1989-10-30"),
        ("Officials postponed until Tuesday any action.", _OCT, "Tuesday", "1989-10-31"),
        ("It agreed to buy the unit in December.", _OCT, "December", "1989-12"),
        ("It agreed to sell the unit in February.", REF, "February", "2024-02"),
        # ... but not the day of the planning itself
        ("On Monday, the government planned new cuts.", _OCT, "Monday", "1989-10-23"),
        # a month inside a noun phrase of a past report: the coming one if close
        ("Officials set a January deadline.", REF, "January", "2024-01"),
        ("It extended loans through January.", _OCT, "January", "1990-01"),
        # ... a month dating a past verb stays in the past across the year boundary
        ("The talks resumed in January.", REF, "January", "2023-01"),
        ("Traders squared positions ahead of the weekend.", _OCT, "the weekend", "1989-W43-WE"),
    ],
)
def test_plans_and_announcements_look_ahead(
    run_times: Callable[..., Document], text: str, published: date, words: str, value: str
) -> None:
    assert _find(run_times(text, published), words).value == value


def test_year_to_date_compares_with_the_year_before(run_times: Callable[..., Document]) -> None:
    doc = run_times(
        "Third-quarter net rose 5% from a year earlier. In the first nine months, net was "
        "$9 million, compared with $4 million a year earlier.",
        _OCT,
    )
    first, second = [t for t in doc.times if t.span.text == "a year earlier"]
    assert (first.value, second.value) == ("1988-Q3", "1988")


@pytest.mark.parametrize(
    "text",
    [
        'Baker spoke on ABC\'s "This Week" program.',
        'He said on CBS\'s "60 Minutes" that he would stay.',
        "This is VOA Today.",
        "It was high noon for Poland.",
        "The Communist Party daily Granma said so.",
        "He chose the people of tomorrow.",
        "The plant earns $2 million a year.",
        "Qantas runs four flights a week.",
        "Iraq buys about three-quarters of its grain from abroad.",
        "They joined the March for Life on Capitol Hill.",
        "Christmas shopping rose.",
    ],
)
def test_round_three_not_times(run_times: Callable[..., Document], text: str) -> None:
    assert run_times(text, _OCT).times == ()
