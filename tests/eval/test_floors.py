"""The quality gate: every eval task scores at least its pinned floor on the real gold data.

Skips (with the reason) when ``../shared/data`` is absent, as in a user's fresh clone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Config, EvalConfig
from eventwire.eval.base import TASKS, check_floors, load_floors, run_task

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_every_floor_names_a_known_task() -> None:
    assert set(load_floors()) <= set(TASKS)


@pytest.mark.parametrize("task", sorted(load_floors()))
def test_task_meets_its_floor(task: str) -> None:
    gold = DATA / TASKS[task].default_gold
    if not gold.exists():
        pytest.skip(f"gold data for {task} not found at {gold}")
    report = run_task(task, cfg=Config(eval=EvalConfig(data_dir=str(DATA))))
    assert check_floors(report, load_floors()) == []
