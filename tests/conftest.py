"""Shared fixtures: the spaCy pipeline is loaded once per test process."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from eventwire.config import Config
from eventwire.model import Article, Document
from eventwire.pipeline import Stage

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_4a3b4d97d80af711.txt"
DATA = SHARED / "data"


@pytest.fixture(scope="session")
def cfg() -> Config:
    return Config()


@pytest.fixture(scope="session")
def parse_stage(cfg: Config) -> Stage:
    from eventwire.extract.parse import make_parse

    return make_parse(cfg)


@pytest.fixture(scope="session")
def parse(parse_stage: Stage) -> Callable[..., Document]:
    """Parse hand-written text into a Document with ``parsed`` and ``sentences`` set."""

    def _parse(text: str, published: date | None = None, source: str = "test") -> Document:
        return parse_stage.run(Document.from_article(Article(text, source, published=published)))

    return _parse


@pytest.fixture(scope="session")
def seed_article() -> Article:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (../shared is absent in this checkout)")
    from eventwire.ingest import read_articles

    items = list(read_articles([str(SEED)]))
    art = items[0]
    assert isinstance(art, Article), art
    return art
