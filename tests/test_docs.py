"""Docs stay true: every error code the library raises is listed in docs/errors.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _documented() -> set[int]:
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    codes: set[int] = set()
    for line in text.splitlines():
        if not line.startswith("| E"):
            continue
        cell = line.split("|")[1]
        for lo, hi in re.findall(r"E(\d{3})\s*[–-]\s*E(\d{3})", cell):
            codes.update(range(int(lo), int(hi) + 1))
        codes.update(int(c) for c in re.findall(r"E(\d{3})", cell))
    return codes


def test_every_raised_code_is_documented() -> None:
    raised = {
        int(code)
        for path in (ROOT / "src" / "eventwire").rglob("*.py")
        for code in re.findall(r'"E(\d{3})"', path.read_text(encoding="utf-8"))
    } - {0}
    missing = sorted(raised - _documented())
    assert missing == [], f"codes raised but not in docs/errors.md: {missing}"
