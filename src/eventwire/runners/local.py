"""Run the pipeline over inputs in this process: the library behind ``extract`` and ``ingest``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING

from ..model import Article, Document, Failure
from ..pipeline import Pipeline, Result

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["IngestReport", "analyse", "fresh_articles", "ingest"]

Progress = Callable[[int], None]


def analyse(
    pipeline: Pipeline, items: Iterable[Article | Failure], *, batch_size: int = 32
) -> Iterator[Result | Failure]:
    """Run articles through the pipeline in batches; reader failures pass through."""
    failures: list[Failure] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Failure):
                failures.append(item)
            else:
                yield item

    for result in pipeline.run_many(articles(), batch_size=batch_size):
        yield from failures
        failures.clear()
        yield result
    yield from failures


@dataclass
class IngestReport:
    """What an ingest run did (mutable while counting, then read by the CLI)."""

    read: int = 0
    added: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _flush(
    store: Store,
    docs: list[Document],
    fails: list[Failure],
    report: IngestReport,
    versions: dict[str, str],
) -> None:
    if not docs and not fails:
        return
    summary = store.write_batch(docs, fails, versions=versions)
    report.added += summary.articles_added
    report.skipped += summary.articles_skipped
    docs.clear()
    fails.clear()


def fresh_articles(
    store: Store, items: Iterable[Article | Failure], report: IngestReport, pending: list[Failure]
) -> Iterator[Article]:
    """Articles not yet stored nor seen in this run; reader failures are set aside."""
    seen: set[str] = set()
    for item in items:
        report.read += 1
        if isinstance(item, Failure):
            pending.append(item)
            report.failures.append(item)
        elif item.content_hash in seen or store.has_article(item.content_hash):
            report.skipped += 1
        else:
            seen.add(item.content_hash)
            yield item


def ingest(
    pipeline: Pipeline | Callable[[], Pipeline],
    store: Store,
    items: Iterable[Article | Failure],
    *,
    batch_size: int = 64,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Analyse articles and store them, one transaction per batch.

    Articles already in the store (same content hash) are skipped before analysis, so
    re-ingesting is cheap and adds nothing. ``pipeline`` may be a factory: it is then
    called only once a fresh article turns up (a re-ingest never loads the model).
    """
    report = IngestReport()
    docs: list[Document] = []
    fails: list[Failure] = []
    fresh = fresh_articles(store, items, report, fails)
    first = next(fresh, None)
    versions: dict[str, str] = {}
    if first is not None:
        if not isinstance(pipeline, Pipeline):
            pipeline = pipeline()
        versions = pipeline.versions
        for result in pipeline.run_many(chain([first], fresh), batch_size=batch_size):
            if result.failure is not None:
                fails.append(result.failure)
                report.failures.append(result.failure)
            elif result.doc is not None:
                docs.append(result.doc)
            if len(docs) + len(fails) >= batch_size:
                _flush(store, docs, fails, report, versions)
            if on_progress is not None:
                on_progress(1)
    _flush(store, docs, fails, report, versions)
    return report
