"""Runners: where the pipeline runs. ``local`` (this process), ``pool`` (local worker
processes, one writer), ``dask`` (a dask.distributed cluster). ``run_ingest`` picks one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ..config import Config
from ..errors import ConfigError
from ..model import Article, Failure
from .local import IngestReport, Progress

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["IngestOptions", "IngestReport", "run_ingest"]


@dataclass(frozen=True)
class IngestOptions:
    """How to run an ingest: ``engine`` local or dask, and its parallelism."""

    engine: Literal["local", "dask"] = "local"
    workers: int = 1  # local: worker processes (1 = in this process); dask: LocalCluster size
    batch_size: int = 64  # articles per transaction (and per dask partition)
    scheduler: str | None = None  # dask scheduler address; None starts a LocalCluster
    processes: bool = True  # dask LocalCluster: worker processes (False: threads, for tests)
    parts_dir: str | None = None  # dask: where parts go; every worker must see it (default: tmp)


def run_ingest(
    cfg: Config,
    store: Store,
    items: Iterable[Article | Failure],
    *,
    options: IngestOptions = IngestOptions(),
    on_progress: Progress | None = None,
) -> IngestReport:
    """Analyse and store ``items`` with the engine ``options`` name."""
    if options.workers < 1:
        raise ConfigError("E127", f"--workers {options.workers}: give 1 or more worker processes")
    if options.scheduler and options.engine != "dask":
        raise ConfigError("E127", "--scheduler is a dask scheduler address; add --engine dask")
    if options.engine == "dask":
        from .dask import ingest_dask

        return ingest_dask(cfg, store, items, options=options, on_progress=on_progress)
    if options.workers > 1:
        from .pool import ingest_pool

        return ingest_pool(cfg, store, items, options=options, on_progress=on_progress)
    from ..pipeline import build_pipeline
    from .local import ingest

    return ingest(
        lambda: build_pipeline(cfg),
        store,
        items,
        batch_size=options.batch_size,
        on_progress=on_progress,
    )
