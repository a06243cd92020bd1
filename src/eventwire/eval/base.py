"""The quality gate: named evaluation tasks, their reports, and pinned floors.

Each task is a function ``evaluate_<task>(gold: Path, *, cfg: Config, limit: int | None)
-> EvalReport`` registered in ``TASKS`` with the gold path it uses by default (relative to
the ``eval.data_dir`` setting). ``floors.json`` pins, per task, the lowest acceptable value
of some metrics; scores only go up, so a floor is raised when a score rises and never
lowered silently (``tests/eval/test_floors.py`` enforces them on the real gold data).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..config import Config
from ..errors import ConfigError

__all__ = ["TASKS", "EvalReport", "Task", "analyser", "check_floors", "load_floors", "run_task"]


@dataclass(frozen=True)
class EvalReport:
    """Scores of one task on one gold set. ``metrics`` are flat floats in [0, 1] or counts."""

    task: str
    gold: str
    metrics: dict[str, float]
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "task": self.task,
            "gold": self.gold,
            "metrics": self.metrics,
            "details": self.details,
        }


@dataclass(frozen=True)
class Task:
    name: str
    target: str  # "module:function"
    default_gold: str  # relative to eval.data_dir
    summary: str


TASKS: MappingProxyType[str, Task] = MappingProxyType(
    {
        t.name: t
        for t in (
            Task(
                "timex",
                "eventwire.eval.timex:evaluate_timex",
                "tempeval3/TBAQ-cleaned",
                "TIMEX3 extent, type and value (TempEval-3 measures)",
            ),
            Task(
                "quotes",
                "eventwire.eval.statements:evaluate_quotes",
                "polnear/dev",
                "reported speech: source, cue, content and attribution (PolNeAR)",
            ),
            Task(
                "ner",
                "eventwire.eval.ner:evaluate_ner",
                "conll2003/valid.txt",
                "named entities, exact span P/R/F1 vs the bare spaCy model (CoNLL-2003)",
            ),
            Task(
                "geo",
                "eventwire.eval.geo:evaluate_geo",
                "geovirus",
                "toponym recognition and geocoding (GeoVirus, LGL-style XML)",
            ),
            Task(
                "geo-webnews",
                "eventwire.eval.geo:evaluate_geo",
                "geowebnews",
                "toponym recognition and geocoding (GeoWebNews)",
            ),
            Task(
                "plover",
                "eventwire.eval.plover:evaluate_plover",
                "plover-gsr/PLOVER_GSR_CAMEO.dev.json",
                "event type, source, target and joint accuracy (PLOVER gold standard)",
            ),
            Task(
                "realis",
                "eventwire.eval.realis:evaluate_realis",
                "meantime/intra-doc_annotation",
                "whether an act is told as done: events' realis vs MEANTIME factuality",
            ),
            Task(
                "petrarch",
                "eventwire.eval.plover:evaluate_petrarch",
                "petrarch2-unittest",
                "event coding on the PETRARCH2 unit-test sentences",
            ),
        )
    }
)

Evaluator = Callable[..., EvalReport]


def _evaluator(task: Task) -> Evaluator:
    module, _, attr = task.target.partition(":")
    func: Evaluator = getattr(importlib.import_module(module), attr)
    return func


def run_task(
    name: str, *, cfg: Config, gold: Path | None = None, limit: int | None = None
) -> EvalReport:
    """Run one evaluation task on ``gold`` (default: its set under ``eval.data_dir``)."""
    task = TASKS.get(name)
    if task is None:
        raise ConfigError("E140", f"unknown eval task {name!r}; known: {', '.join(TASKS)}")
    path = gold if gold is not None else Path(cfg.eval.data_dir) / task.default_gold
    if not path.exists():
        raise ConfigError(
            "E141",
            f"gold data for {name!r} not found at {path}; pass --gold PATH or set eval.data_dir",
        )
    return _evaluator(task)(path, cfg=cfg, limit=limit)


def load_floors() -> dict[str, dict[str, float]]:
    """The pinned floors, task -> metric -> minimum."""
    raw = resources.files("eventwire.eval").joinpath("floors.json").read_text(encoding="utf-8")
    table: dict[str, dict[str, float]] = json.loads(raw)["floors"]
    return table


def check_floors(report: EvalReport, floors: dict[str, dict[str, float]]) -> list[str]:
    """Human-readable failures: every metric of ``report`` that is below its floor."""
    out: list[str] = []
    for metric, floor in floors.get(report.task, {}).items():
        got = report.metrics.get(metric)
        if got is None:
            out.append(f"{report.task}.{metric}: missing from the report (floor {floor})")
        elif got + 1e-9 < floor:
            out.append(f"{report.task}.{metric}: {got:.4f} is below its floor {floor:.4f}")
    return out


def analyser(cfg: Config, stages: tuple[str, ...]) -> Callable[[Any], Any]:
    """A ``Document -> Document`` function running only ``stages`` (checked for order)."""
    from dataclasses import replace

    from ..pipeline import build_pipeline

    pipeline = build_pipeline(replace(cfg, pipeline=replace(cfg.pipeline, stages=stages)))

    def run(doc: Any) -> Any:
        for stage in pipeline.stages:
            doc = stage.run(doc)
        return doc

    return run
