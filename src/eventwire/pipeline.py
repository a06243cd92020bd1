"""Build the stage list once; run one document; run a batch.

A stage is a named, versioned function ``Document -> Document`` that declares what it
requires and produces. ``build_pipeline`` checks the order once, so a missing
prerequisite is a ConfigError at start-up, not a KeyError on article 9,000.
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from types import MappingProxyType

from .config import Config
from .errors import ConfigError, EventwireError, StageError
from .model import Article, Document, Failure

__all__ = ["Pipeline", "Result", "Stage", "build_pipeline"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    """One extraction step."""

    name: str
    version: str
    requires: frozenset[str]
    produces: frozenset[str]
    run: Callable[[Document], Document]
    # Optional faster path for many documents (spaCy's nlp.pipe). It must not raise for
    # one bad document: it returns that document's error in its place instead.
    run_batch: Callable[[list[Document]], list[Document | EventwireError]] | None = None


# Stage name -> "module:factory"; factories take a Config and return a Stage.
# Read-only so nothing can register behind the pipeline's back at import time.
STAGE_FACTORIES: MappingProxyType[str, str] = MappingProxyType(
    {
        "parse": "eventwire.extract.parse:make_parse",
        "entities": "eventwire.extract.entities:make_entities",
        "times": "eventwire.extract.times:make_times",
        "places": "eventwire.extract.places:make_places",
        "amounts": "eventwire.extract.amounts:make_amounts",
        "statements": "eventwire.extract.statements:make_statements",
        "events": "eventwire.extract.events:make_events",
        "links": "eventwire.extract.links:make_links",
    }
)


def _load_factory(name: str) -> Callable[[Config], Stage]:
    target = STAGE_FACTORIES.get(name)
    if target is None:
        known = ", ".join(STAGE_FACTORIES)
        raise ConfigError("E111", f"unknown stage {name!r}; known stages: {known}")
    module_name, _, attr = target.partition(":")
    factory: Callable[[Config], Stage] = getattr(importlib.import_module(module_name), attr)
    return factory


def check_order(stages: Iterable[Stage]) -> None:
    """Raise ConfigError if a stage runs before what it requires is produced."""
    have: set[str] = set()
    for stage in stages:
        missing = stage.requires - have
        if missing:
            raise ConfigError(
                "E112",
                f"stage {stage.name!r} requires {', '.join(sorted(missing))}, "
                "which no earlier stage produces; fix pipeline.stages",
            )
        have |= stage.produces


@dataclass(frozen=True)
class Result:
    """The outcome for one article: a document, or the failure that stopped it."""

    article: Article
    doc: Document | None
    failure: Failure | None


class Pipeline:
    """An ordered, checked list of stages. Build once per process; reuse for every doc."""

    def __init__(self, stages: list[Stage]) -> None:
        check_order(stages)
        self.stages = tuple(stages)

    @property
    def versions(self) -> dict[str, str]:
        return {s.name: s.version for s in self.stages}

    def run(self, article: Article) -> Document:
        """Analyse one article. Raises EventwireError on bad input or a stage failure."""
        doc = Document.from_article(article)
        for stage in self.stages:
            doc = stage.run(doc)
        return doc

    def run_safe(self, article: Article) -> Result:
        """Like ``run`` but a failure becomes a recorded Failure, never an exception."""
        return self._run_chunk([article])[0]

    def run_many(self, articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Result]:
        """Analyse articles in batches (stages with a batch path use it); never raises."""
        chunk: list[Article] = []
        for article in articles:
            chunk.append(article)
            if len(chunk) >= batch_size:
                yield from self._run_chunk(chunk)
                chunk = []
        if chunk:
            yield from self._run_chunk(chunk)

    def _run_chunk(self, chunk: list[Article]) -> list[Result]:
        states: list[Document | Failure] = [Document.from_article(a) for a in chunk]
        for stage in self.stages:
            live = [s for s in states if isinstance(s, Document)]
            if not live:
                break
            if stage.run_batch is not None and len(live) > 1:
                outs = iter(stage.run_batch(live))
                done = [next(outs) if isinstance(s, Document) else s for s in states]
            else:
                done = [_guarded(stage.run, s) if isinstance(s, Document) else s for s in states]
            states = [_as_failure(o, a) for o, a in zip(done, chunk, strict=True)]
        return [
            Result(a, s.without_parse(), None) if isinstance(s, Document) else Result(a, None, s)
            for a, s in zip(chunk, states, strict=True)
        ]


def _guarded(run: Callable[[Document], Document], doc: Document) -> Document | EventwireError:
    try:
        return run(doc)
    except EventwireError as exc:
        return exc
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
        # A stage bug on one odd article must not kill the batch; keep the evidence.
        log.exception("stage crashed on %s", doc.source)
        return StageError("E300", f"{type(exc).__name__}: {exc}", where=doc.source)


def _as_failure(out: Document | Failure | EventwireError, article: Article) -> Document | Failure:
    if isinstance(out, EventwireError):
        return Failure(article.source, out.code, str(out), article.content_hash)
    return out


def build_pipeline(cfg: Config) -> Pipeline:
    """Instantiate every configured stage (loading models and lexicons once).

    The loaded models and tables (a few hundred thousand objects) live as long as the
    process, so they are moved out of the cyclic garbage collector's sight
    (``gc.freeze``): otherwise every full collection walks them all again.
    """
    pipeline = Pipeline([_load_factory(name)(cfg) for name in cfg.pipeline.stages])
    gc.freeze()
    return pipeline
