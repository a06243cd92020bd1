"""ISO dates from header lines and JSON fields."""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["DATE_HINT", "parse_iso_date"]

DATE_HINT = "expected YYYY-MM-DD or an ISO datetime such as 2024-03-19T08:30:00Z"

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso_date(value: str) -> date | None:
    """The calendar date of an ISO date or datetime string; None if it is not one."""
    value = value.strip()
    # fromisoformat alone would also take week dates and 20240319; news feeds mean days.
    if not _ISO_DAY.match(value):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None
