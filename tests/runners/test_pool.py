"""The local process pool: same records as in-process, and SIGKILL midway loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.model import Article
from eventwire.runners.pool import batched, start_method

EVENTWIRE = Path(sys.executable).with_name("eventwire")


@pytest.mark.parametrize(("n", "size", "lengths"), [(5, 2, [2, 2, 1]), (4, 2, [2, 2]), (0, 3, [])])
def test_batched_keeps_order_and_sizes(n: int, size: int, lengths: list[int]) -> None:
    arts = [Article(f"Body {i}.", f"s{i}") for i in range(n)]
    batches = list(batched(arts, size))
    assert [len(b) for b in batches] == lengths
    assert [a.source for b in batches for a in b] == [a.source for a in arts]


def test_start_method_avoids_fork() -> None:
    assert start_method() in {"forkserver", "spawn"}


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


def _ingest(feed: Path, db: Path) -> subprocess.Popen[bytes]:
    cmd = [str(EVENTWIRE), "ingest", str(feed), "--db", str(db), "--workers", "2",
           "--batch-size", "2"]  # fmt: skip
    # Own session, so the kill reaches the parent and its workers (its process group).
    return subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )


def _stop_after_commit(proc: subprocess.Popen[bytes], db: Path, sig: int, above: int) -> int:
    """Send ``sig`` to the ingest's process group once more than ``above`` articles are stored."""
    deadline = time.monotonic() + 120
    while _stored(db) <= above and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, sig)
    proc.communicate(timeout=120)
    return _stored(db)


@pytest.mark.slow
def test_interrupt_and_sigkill_midway_then_rerun_equals_uninterrupted(
    feed: Path, tmp_path: Path, same_as_reference: Callable[[Path], bool]
) -> None:
    db = tmp_path / "killed.db"
    proc = _ingest(feed, db)
    after_ctrl_c = _stop_after_commit(proc, db, signal.SIGINT, 0)
    assert proc.returncode not in (0, -signal.SIGKILL)  # it stopped by itself, cleanly
    assert 0 < after_ctrl_c < 40, f"Ctrl-C should land mid-run ({after_ctrl_c} stored)"

    proc = _ingest(feed, db)
    after_kill = _stop_after_commit(proc, db, signal.SIGKILL, after_ctrl_c)
    assert after_ctrl_c < after_kill < 40, f"SIGKILL should land mid-run ({after_kill})"

    rerun = _ingest(feed, db)
    _, err = rerun.communicate(timeout=180)
    assert rerun.returncode == 1, err  # 1: the blank article is a recorded failure
    assert f"added {40 - after_kill}, already stored {after_kill}" in err.decode()
    assert same_as_reference(db)


def test_worker_start_failure_is_the_coded_config_error(feed: Path, tmp_path: Path) -> None:
    from eventwire.config import load_config
    from eventwire.errors import ConfigError
    from eventwire.ingest import read_articles
    from eventwire.runners import IngestOptions, run_ingest
    from eventwire.store import open_store

    cfg = load_config(overrides=["nlp.model=en_core_web_missing"])
    with open_store(tmp_path / "x.db") as store, pytest.raises(ConfigError, match="E110"):
        run_ingest(cfg, store, read_articles([str(feed)]), options=IngestOptions(workers=2))
