"""Fixtures for the web tests: a store built from examples/ and the seed by the real
pipeline (once per test process), the app over it, and a live server for the browser."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.config import Config

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seed" / "000_4a3b4d97d80af711.txt"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, cfg: Config) -> Path:
    """A SQLite store holding the five examples and the seed (six articles)."""
    pytest.importorskip("fastapi", reason="the web extra is not installed")
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (../shared is absent in this checkout)")
    from eventwire.ingest import read_articles
    from eventwire.pipeline import build_pipeline
    from eventwire.runners.local import ingest
    from eventwire.store import open_store

    path = tmp_path_factory.mktemp("web") / "web.db"
    with open_store(path) as store:
        report = ingest(
            build_pipeline(cfg), store, read_articles([str(EXAMPLES), str(SEED)]), batch_size=8
        )
    assert report.added == 6, report
    return path


@pytest.fixture
def db_copy(web_db: Path, tmp_path: Path) -> Path:
    """A private copy of the store, for tests that write to it."""
    target = tmp_path / "copy.db"
    shutil.copy(web_db, target)
    return target


@pytest.fixture(scope="session")
def client(web_db: Path) -> Any:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette now prefers httpx2; httpx still works
        from fastapi.testclient import TestClient

    from eventwire.web import create_app

    return TestClient(create_app(web_db))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture(scope="session")
def live_server(web_db: Path) -> Iterator[str]:
    """The app served by uvicorn on a free localhost port, in a background thread."""
    import uvicorn

    from eventwire.web import create_app

    config = uvicorn.Config(
        create_app(web_db), host="127.0.0.1", port=free_port(), log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{config.port}"
    server.should_exit = True
    thread.join(timeout=10)
