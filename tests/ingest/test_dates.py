"""ISO date parsing for headers and JSON fields."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.ingest.dates import parse_iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-19", date(2024, 3, 19)),
        (" 2024-03-19 ", date(2024, 3, 19)),
        ("2024-03-19T08:30:00", date(2024, 3, 19)),
        ("2024-03-19T08:30:00Z", date(2024, 3, 19)),
        ("2017-09-15 00:00:00", date(2017, 9, 15)),
        ("2024-03-19T08:30:00.123+02:00", date(2024, 3, 19)),
        ("2024-13-01", None),
        ("2024-02-30", None),
        ("19/03/2024", None),
        ("20240319", None),
        ("2024-W12-2", None),
        ("yesterday", None),
        ("", None),
        ("2024-03-19 garbage", None),
    ],
)
def test_parse_iso_date(value: str, expected: date | None) -> None:
    assert parse_iso_date(value) == expected
