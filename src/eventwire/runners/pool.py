"""Ingest with a local process pool: workers analyse, the parent alone writes.

Each worker process builds the pipeline when it starts (``forkserver`` or ``spawn``, so
no half-copied spaCy state) and analyses whole batches; it is replaced after
``RECYCLE_AFTER`` batches so memory stays flat whatever the corpus size. Batches are
submitted in input order, at most ``2 × workers`` in flight, and their results are
written in the same order by the single writer in the parent, one transaction per batch.
A crash, SIGKILL or Ctrl-C therefore loses only batches not yet committed; a re-run
skips every stored article by its content hash and carries on where it stopped.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import ConfigError, EventwireError, StageError
from ..model import Article, Document, Failure
from ..pipeline import Pipeline, build_pipeline
from .local import IngestReport, Progress, fresh_articles

if TYPE_CHECKING:
    from ..store import Store
    from . import IngestOptions

__all__ = ["WorkerStartError", "analyse_batch", "batched", "ingest_pool", "start_method"]

# The pipeline of *this worker process*, built once by ``_init_worker``. A process pool
# can only hand per-process state to its tasks through module state; the parent never
# touches it.
_WORKER_PIPELINE: dict[str, Pipeline] = {}
_WORKER_ERROR: list[Exception] = []

BatchOut = tuple[dict[str, str], list[Document | Failure]]

# A worker is replaced after this many batches: spaCy's string store and caches grow with
# every new word, so a fresh process (one model load, a few seconds) keeps memory flat.
RECYCLE_AFTER = 40


def start_method() -> str:
    """``forkserver`` where the platform has it (Linux), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


class WorkerStartError(Exception):
    """A worker could not build the pipeline: args are (code, message, where).

    Eventwire's errors do not survive pickling between processes; this carries one.
    """


def _init_worker(cfg: Config) -> None:
    # Ctrl-C reaches the whole process group; the parent decides what happens, so a
    # worker never dies mid-batch with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _WORKER_PIPELINE["pipeline"] = build_pipeline(cfg)
    except EventwireError as exc:  # reported by the first task, as the parent's error
        _WORKER_ERROR.append(WorkerStartError(exc.code, exc.detail, exc.where))


def analyse_batch(pipeline: Pipeline, articles: list[Article], *, nlp_batch: int) -> BatchOut:
    """Analyse ``articles`` in order: a Document or the Failure for each, and stage versions."""
    outs: list[Document | Failure] = []
    for result in pipeline.run_many(articles, batch_size=nlp_batch):
        if result.doc is not None:
            outs.append(result.doc)
        elif result.failure is not None:
            outs.append(result.failure)
    return pipeline.versions, outs


def _work(articles: list[Article], nlp_batch: int) -> BatchOut:
    if _WORKER_ERROR:
        raise _WORKER_ERROR[0]
    return analyse_batch(_WORKER_PIPELINE["pipeline"], articles, nlp_batch=nlp_batch)


def batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive lists of ``size`` articles (the last may be shorter)."""
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_outputs(
    store: Store, out: BatchOut, reader_failures: list[Failure], report: IngestReport
) -> None:
    """Write one analysed batch (plus reader failures seen before it) in one transaction."""
    versions, items = out
    docs = [d for d in items if isinstance(d, Document)]
    fails = [f for f in items if isinstance(f, Failure)]
    report.failures.extend(fails)
    if not docs and not fails and not reader_failures:
        return
    summary = store.write_batch(docs, [*reader_failures, *fails], versions=versions)
    report.added += summary.articles_added
    report.skipped += summary.articles_skipped


def _drain(
    store: Store,
    inflight: deque[tuple[Future[BatchOut], int, list[Failure]]],
    report: IngestReport,
    on_progress: Progress | None,
) -> None:
    future, size, reader_failures = inflight.popleft()
    try:
        out = future.result()
    except WorkerStartError as exc:
        code, message, where = exc.args
        raise ConfigError(code, message, where=where) from None
    except BrokenProcessPool:
        raise StageError(
            "E360",
            "a worker process died (out of memory or killed); everything committed so far "
            "is kept: re-run the same command to resume, perhaps with fewer --workers",
        ) from None
    write_outputs(store, out, reader_failures, report)
    if on_progress is not None:
        on_progress(size)


def ingest_pool(
    cfg: Config,
    store: Store,
    items: Iterable[Article | Failure],
    *,
    options: IngestOptions,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Analyse articles on ``options.workers`` processes; store them a batch per transaction."""
    workers, batch_size = max(options.workers, 1), options.batch_size
    report = IngestReport()
    pending: list[Failure] = []
    ctx = multiprocessing.get_context(start_method())
    inflight: deque[tuple[Future[BatchOut], int, list[Failure]]] = deque()
    with ProcessPoolExecutor(
        workers,
        mp_context=ctx,
        initializer=_init_worker,
        initargs=(cfg,),
        max_tasks_per_child=RECYCLE_AFTER,
    ) as pool:
        try:
            fresh = fresh_articles(store, items, report, pending)
            for batch in batched(fresh, batch_size):
                future = pool.submit(_work, batch, cfg.nlp.batch_size)
                inflight.append((future, len(batch), pending[:]))
                pending.clear()
                if len(inflight) >= 2 * workers:
                    _drain(store, inflight, report, on_progress)
            while inflight:
                _drain(store, inflight, report, on_progress)
        except BaseException:
            # Committed batches stay committed; the rest is dropped and redone on re-run.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    if pending:
        store.write_batch([], pending, versions=None)
    return report
