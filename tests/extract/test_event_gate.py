"""The learned event check: its features, its weights file and how the stage uses it."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import replace
from importlib.resources import files

import pytest

from eventwire.config import Config, load_config
from eventwire.errors import ConfigError
from eventwire.extract import event_gate
from eventwire.extract.event_gate import EventGate, event_features, gate_from, load_event_gate
from eventwire.model import Article, Document
from eventwire.pipeline import build_pipeline


@pytest.fixture(scope="module")
def analyse(cfg: Config) -> Callable[[str], Document]:
    pipeline = build_pipeline(load_config(overrides=["events.gate=1"]))
    return lambda text: pipeline.run(Article(text, "test", id="test"))


def test_p_wrong_is_the_logistic_of_the_weighted_features() -> None:
    gate = EventGate({"type=ASSAULT": 2.0, "neg": -1.0}, -0.5, 0.5)
    assert gate.p_wrong({"type=ASSAULT": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert gate.p_wrong({"unseen": 1.0}) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert gate.p_wrong({"type=ASSAULT": 1e6}) == pytest.approx(1.0)  # no overflow


def test_features_describe_the_trigger_and_the_parties(
    analyse: Callable[[str], Document],
) -> None:
    doc = analyse("Rebels attacked government troops near the border on Sunday.")
    event = next(e for e in doc.events if e.type == "ASSAULT")
    feats = event_features(doc, event)
    assert feats is not None
    assert feats["type=ASSAULT"] == feats["lem=attack"] == feats["tl=ASSAULT|attack"] == 1
    assert feats["pos=VERB"] == feats["sentpos"] == feats["nsrc=1"] == 1
    assert feats["neg"] == feats["question"] == feats["if"] == 0


def test_a_cut_of_one_keeps_every_event(analyse: Callable[[str], Document]) -> None:
    doc = analyse("Rebels attacked government troops near the border on Sunday.")
    sure_wrong = EventGate({"type=ASSAULT": 100.0}, 0.0, 1.0)
    assert all(sure_wrong.keeps(doc, e) for e in doc.events)
    assert not any(replace(sure_wrong, cut=0.5).keeps(doc, e) for e in doc.events)


def test_the_stage_drops_what_the_gate_takes_for_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rebels attacked government troops near the border on Sunday."
    kept = build_pipeline(load_config(overrides=["events.gate=1"])).run(Article(text, "t"))
    assert [e.type for e in kept.events] == ["ASSAULT"]
    monkeypatch.setattr(
        "eventwire.extract.events.load_event_gate",
        lambda cut: EventGate({"lem=attack": 100.0}, 0.0, cut),
    )
    dropped = build_pipeline(load_config(overrides=["events.gate=0.5"])).run(Article(text, "t"))
    assert dropped.events == ()


def test_the_packaged_weights_load_and_are_small() -> None:
    text = files("eventwire.resources").joinpath("event_gate.json").read_text("utf-8")
    raw = json.loads(text)
    assert raw["events"] > 5000 and 0 < raw["wrong"] < raw["events"]
    assert 1000 < len(raw["weights"]) < 20000
    gate = load_event_gate(0.5)
    assert gate.cut == 0.5 and gate.weights == raw["weights"]
    assert len(text.encode("utf-8")) < 500_000


def test_the_check_is_off_by_default_and_can_be_turned_on() -> None:
    assert Config().events.gate == 1.0  # off again since pool BS (CHANGELOG, session 31)
    assert load_config(overrides=["events.gate=0.5"]).events.gate == 0.5


def test_a_broken_weights_file_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(event_gate, "files", lambda _pkg: _Broken())
    with pytest.raises(ConfigError) as err:
        load_event_gate(0.5)
    assert err.value.code == "E159" and "train-events-gate" in str(err.value)


def test_a_weights_table_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(TypeError):
        gate_from({"weights": [1, 2], "bias": 0.0}, 0.5)
    with pytest.raises(TypeError):
        gate_from({"weights": {}, "bias": "x"}, 0.5)


class _Broken:
    def joinpath(self, _name: str) -> _Broken:
        return self

    def read_text(self, _encoding: str) -> str:
        return "{not json"


@pytest.mark.parametrize(
    "setting", ["events.gate=-0.1", "events.gate=1.5", "events.min_confidence=2"]
)
def test_a_cut_out_of_range_is_a_coded_error(setting: str) -> None:
    with pytest.raises(ConfigError) as err:
        build_pipeline(load_config(overrides=[setting]))
    assert err.value.code == "E106"
