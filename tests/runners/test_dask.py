"""The dask engine: a LocalCluster (threads, processes) and a separately started
scheduler with two workers all leave the same database as the in-process ingest."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.errors import ConfigError
from eventwire.ingest import read_articles
from eventwire.runners import IngestOptions, run_ingest
from eventwire.store import open_store

BIN = Path(sys.executable).parent


def _run(cfg: Config, feed: Path, db: Path, options: IngestOptions) -> tuple[int, int]:
    with open_store(db) as store:
        report = run_ingest(cfg, store, read_articles([str(feed)]), options=options)
    return report.added, report.failed


def test_missing_dask_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, cfg: Config, feed: Path, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    with pytest.raises(ConfigError, match=r"E125 .*pip install 'eventwire\[dask\]'"):
        _run(cfg, feed, tmp_path / "x.db", IngestOptions(engine="dask"))


def test_scheduler_needs_the_dask_engine(cfg: Config, feed: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E127"):
        _run(cfg, feed, tmp_path / "x.db", IngestOptions(scheduler="tcp://127.0.0.1:1"))


@pytest.mark.slow
@pytest.mark.parametrize("processes", [False, True], ids=["threads", "processes"])
def test_local_cluster_matches_local_ingest(
    processes: bool,
    cfg: Config,
    feed: Path,
    tmp_path: Path,
    same_as_reference: Callable[[Path], bool],
) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    db = tmp_path / "dask.db"
    options = IngestOptions(engine="dask", workers=2, batch_size=8, processes=processes)
    assert _run(cfg, feed, db, options) == (40, 1)
    assert same_as_reference(db)
    assert _run(cfg, feed, db, options) == (0, 1)  # re-run: nothing new, nothing doubled
    assert same_as_reference(db)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_workers(address: str, n: int) -> None:
    from distributed import Client

    with Client(address, timeout="30s") as client:
        client.wait_for_workers(n, timeout=60)


@pytest.fixture
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1, free ports."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    common = ["--no-dashboard"]
    log = (tmp_path / "dask.log").open("wb")
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1",
                               "--port", address.rsplit(":", 1)[1], *common],
                              stdout=log, stderr=log)]  # fmt: skip
    try:
        time.sleep(0.5)
        for _ in range(2):
            procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads",
                                           "1", "--host", "127.0.0.1", *common],
                                          stdout=log, stderr=log))  # fmt: skip
        _wait_for_workers(address, 2)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
        log.close()


@pytest.mark.slow
def test_external_scheduler_and_workers_match_local_ingest(
    dask_cluster: str,
    cfg: Config,
    feed: Path,
    tmp_path: Path,
    same_as_reference: Callable[[Path], bool],
) -> None:
    db = tmp_path / "remote.db"
    options = IngestOptions(engine="dask", batch_size=8, scheduler=dask_cluster)
    assert _run(cfg, feed, db, options) == (40, 1)
    assert same_as_reference(db)
