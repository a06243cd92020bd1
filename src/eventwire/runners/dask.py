"""Ingest on a dask.distributed cluster: partitions of articles -> Parquet parts -> store.

The parent reads the inputs, drops articles already stored (content hash), and submits
partitions of articles to the cluster. Each worker builds the pipeline once, turns its
partition into ``to_record`` JSON and writes one Parquet part (columns ``kind``, ``json``)
into ``parts_dir`` (plus each fact's stage and version, which records leave out, in a
``provenance`` column); the parent then loads the parts *in submission order*, one
transaction per part, so the store ends up exactly as a local ingest leaves it. With
separate worker processes or hosts, ``parts_dir`` must be a directory they all see.

``dask[distributed]`` and ``pyarrow`` are an optional extra: ``pip install 'eventwire[dask]'``.
"""

from __future__ import annotations

import json
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, replace
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..errors import ConfigError, StageError
from ..model import Article, Document, Failure
from ..pipeline import Pipeline, build_pipeline
from ..serialize import from_record, to_record
from .local import IngestReport, Progress, fresh_articles
from .pool import analyse_batch, batched, write_outputs

if TYPE_CHECKING:
    from ..store import Store
    from . import IngestOptions

__all__ = ["extract_partition", "ingest_dask", "read_part"]

_INSTALL = "pip install 'eventwire[dask]'"
_FACTS = ("entities", "times", "places", "amounts", "statements", "events")

# Pipelines of the dask workers living in *this* process, one per worker address and
# settings (with ``processes=False`` several workers share one interpreter and spaCy
# objects are not shared between threads; a long-lived ``dask worker`` may serve runs
# with other settings). Module state because dask tasks are plain functions.
_PIPELINES: dict[tuple[str, Config], Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()


def _require_dask() -> Any:
    try:
        import distributed
        import pyarrow  # noqa: F401  (the parts are Parquet)
    except ImportError as exc:
        raise ConfigError(
            "E125",
            f"--engine dask needs dask.distributed and pyarrow ({exc.name} is missing); "
            f"run `{_INSTALL}`, or use --engine local",
        ) from None
    return distributed


def _worker_pipeline(cfg: Config) -> Pipeline:
    from distributed import get_worker

    key = (get_worker().address, cfg)
    with _PIPELINES_LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = build_pipeline(cfg)
        return _PIPELINES[key]


def _provenance(doc: Document) -> str:
    """Each fact's (stage, version), per fact list: what ``to_record`` does not carry."""
    return json.dumps({name: [[f.stage, f.version] for f in getattr(doc, name)] for name in _FACTS})


def _with_provenance(doc: Document, raw: str) -> Document:
    prov: dict[str, list[list[str]]] = json.loads(raw)
    changes: dict[str, Any] = {
        name: tuple(
            replace(fact, stage=stage, version=version)
            for fact, (stage, version) in zip(getattr(doc, name), prov[name], strict=True)
        )
        for name in _FACTS
    }
    return replace(doc, **changes)


def extract_partition(cfg: Config, articles: list[Article], path: str) -> str:
    """Worker task: analyse ``articles`` and write them as one Parquet part at ``path``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    versions, outs = analyse_batch(_worker_pipeline(cfg), articles, nlp_batch=cfg.nlp.batch_size)
    cols: dict[str, list[str | None]] = {
        "kind": ["versions"], "json": [json.dumps(versions)], "provenance": [None]
    }  # fmt: skip
    for out in outs:
        is_doc = isinstance(out, Document)
        cols["kind"].append("doc" if is_doc else "failure")
        data = to_record(out, versions=versions) if isinstance(out, Document) else asdict(out)
        cols["json"].append(json.dumps(data, ensure_ascii=False))
        cols["provenance"].append(_provenance(out) if isinstance(out, Document) else None)
    table = pa.table({k: pa.array(v, pa.string()) for k, v in cols.items()})
    tmp = Path(path + ".tmp")
    pq.write_table(table, tmp)
    tmp.replace(path)  # a part is complete or absent
    return path


def read_part(path: str | Path) -> tuple[dict[str, str], list[Document | Failure]]:
    """The stage versions and the documents/failures of one Parquet part, in order."""
    import pyarrow.parquet as pq

    table = pq.read_table(path).to_pydict()
    versions: dict[str, str] = {}
    outs: list[Document | Failure] = []
    for kind, raw, prov in zip(table["kind"], table["json"], table["provenance"], strict=True):
        data = json.loads(raw)
        if kind == "versions":
            versions = data
        elif kind == "doc":
            outs.append(_with_provenance(from_record(data), prov))
        else:
            outs.append(Failure(**data))
    return versions, outs


@contextmanager
def _client(options: IngestOptions) -> Iterator[Any]:
    distributed = _require_dask()
    scheduler = options.scheduler
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                "E126",
                f"cannot reach the dask scheduler at {scheduler} ({exc}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS`, or omit --scheduler",
            ) from None
        with client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=options.workers,
            threads_per_worker=1,
            processes=options.processes,
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _done(
    store: Store,
    inflight: deque[tuple[Any, int, list[Failure]]],
    report: IngestReport,
    on_progress: Progress | None,
) -> None:
    future, size, reader_failures = inflight.popleft()
    try:
        path = future.result()
    except Exception as exc:  # dask re-raises whatever the worker raised, of any type
        raise StageError(
            "E361",
            f"a dask task failed ({type(exc).__name__}: {exc}); committed parts are kept: "
            "re-run the same command to resume",
        ) from exc
    write_outputs(store, read_part(path), reader_failures, report)
    Path(path).unlink()
    if on_progress is not None:
        on_progress(size)


def ingest_dask(
    cfg: Config,
    store: Store,
    items: Iterable[Article | Failure],
    *,
    options: IngestOptions,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Analyse articles on a dask cluster (``options.scheduler``, else a LocalCluster)."""
    report = IngestReport()
    pending: list[Failure] = []
    fresh = fresh_articles(store, items, report, pending)
    first = next(fresh, None)
    if first is None:  # nothing to analyse: no cluster to start
        if pending:
            store.write_batch([], pending, versions=None)
        return report
    with (
        _client(options) as client,
        tempfile.TemporaryDirectory(prefix="eventwire-parts-", dir=options.parts_dir) as tmp,
    ):
        # Enough partitions queued to keep every worker busy, few enough to stay flat.
        limit = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        inflight: deque[tuple[Any, int, list[Failure]]] = deque()
        for n, part in enumerate(batched(chain([first], fresh), options.batch_size)):
            path = str(Path(tmp) / f"part-{n:06d}.parquet")
            future = client.submit(extract_partition, cfg, part, path, pure=False)
            inflight.append((future, len(part), pending[:]))
            pending.clear()
            if len(inflight) >= limit:
                _done(store, inflight, report, on_progress)
        while inflight:
            _done(store, inflight, report, on_progress)
    if pending:
        store.write_batch([], pending, versions=None)
    return report
