from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.config import load_config
from eventwire.errors import ConfigError, StageError
from eventwire.model import Article, Document
from eventwire.pipeline import Pipeline, Stage, build_pipeline


def _stage(name: str, requires: set[str], produces: set[str], run=None) -> Stage:
    return Stage(name, "1", frozenset(requires), frozenset(produces), run or (lambda d: d))


def test_order_is_checked_once_at_build() -> None:
    with pytest.raises(ConfigError, match=r"E112 .*'b' requires x"):
        Pipeline([_stage("b", {"x"}, {"y"}), _stage("a", set(), {"x"})])
    Pipeline([_stage("a", set(), {"x"}), _stage("b", {"x"}, {"y"})])


def test_unknown_stage_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"E111"):
        build_pipeline(load_config(environ={}, overrides=["pipeline.stages=parse,bogus"]))


def test_run_safe_records_failures_and_keeps_going() -> None:
    def boom(doc: Document) -> Document:
        if "bad" in doc.text:
            raise StageError("E399", "cannot cope", where=doc.source)
        return replace(doc, title="seen")

    pipe = Pipeline([_stage("boom", set(), {"x"}, boom)])
    results = list(pipe.run_many([Article("good", "a"), Article("bad", "b"), Article("fine", "c")]))
    assert [r.doc.title if r.doc else None for r in results] == ["seen", None, "seen"]
    fail = results[1].failure
    assert fail is not None and fail.code == "E399" and "b: cannot cope" in fail.message


def test_run_safe_turns_stage_bugs_into_failures() -> None:
    pipe = Pipeline([_stage("bug", set(), set(), lambda d: [][0])])
    result = pipe.run_safe(Article("text", "src.txt"))
    assert result.doc is None and result.failure is not None
    assert result.failure.code == "E300" and "IndexError" in result.failure.message
