"""Lookup tables for the entities stage, loaded once per worker by ``load_entity_tables``.

Sources: pycountry (ISO 3166 names) plus team-authored resources in
``eventwire.resources``: ``countries.tsv`` (aliases and demonyms), ``titles.json`` (title
words -> sector), ``actor_words.json`` (organisation words, non-actor heads) and
``leaders.tsv`` (a small, dated fallback of office holders; see that file's header).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError
from .entity_relabel import Relabeller, load_relabeller

__all__ = ["EntityTables", "Leader", "load_entity_tables"]


@dataclass(frozen=True, slots=True)
class Leader:
    """One office holder: a fact with the years it held (``end`` None = still in office)."""

    name: str
    country: str
    role: str
    start: int
    end: int | None

    def held_in(self, year: int | None) -> bool:
        if year is None:
            return True
        return self.start <= year and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class EntityTables:
    """Every table the entities stage consults; keys are lowercase."""

    countries: MappingProxyType[str, str]  # country name or alias -> alpha-3
    demonyms: MappingProxyType[str, str]  # "russian" -> "RUS"
    titles: MappingProxyType[str, str]  # "prime minister" -> "GOV"
    honorifics: frozenset[str]
    honorific_gender: MappingProxyType[str, str]  # "mrs" -> "f"
    modifiers: frozenset[str]
    pronouns: MappingProxyType[str, str]  # "he" -> "m"
    org_sectors: MappingProxyType[str, str]
    non_actor_heads: frozenset[str]
    non_actor_phrases: tuple[str, ...]
    leaders: MappingProxyType[str, tuple[Leader, ...]]  # lowercase name -> terms
    max_title_words: int
    relabeller: Relabeller | None = None  # learned span/type chooser; None = spaCy's spans

    def country_of(self, name: str) -> str | None:
        """ISO alpha-3 for a country name, alias or demonym ('the U.S.', 'Russian')."""
        key = name.strip().lower()
        if key.startswith("the "):
            key = key[4:]
        return self.countries.get(key) or self.demonyms.get(key)

    def title_sector(self, phrase: str) -> tuple[str, str] | None:
        """(singular phrase, sector) for a title phrase, accepting simple plurals."""
        key = phrase.lower()
        for cand in (key, key[:-1] if key.endswith("s") else None):
            if cand and cand in self.titles:
                return cand, self.titles[cand]
        return None


def _read_text(name: str) -> str:
    try:
        return files("eventwire.resources").joinpath(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            "E152", f"entity resource {name!r} is missing ({exc}); reinstall eventwire"
        ) from None


def _read_tsv(name: str) -> list[dict[str, str]]:
    lines = [ln for ln in _read_text(name).splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


def _read_json(name: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(_read_text(name))
    except json.JSONDecodeError as exc:
        raise ConfigError("E153", f"entity resource {name!r} is not valid JSON: {exc}") from None
    return data


def _country_tables() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[str(value).lower()] = str(country.alpha_3)
    demonyms: dict[str, str] = {}
    for row in _read_tsv("countries.tsv"):
        target = demonyms if row["kind"] == "demonym" else names
        target[row["text"].lower()] = row["alpha3"]
    return names, demonyms


def _leaders() -> dict[str, tuple[Leader, ...]]:
    out: dict[str, list[Leader]] = {}
    for row in _read_tsv("leaders.tsv"):
        end = row["end"].strip()
        leader = Leader(
            row["name"], row["alpha3"], row["role"], int(row["start"]), int(end) if end else None
        )
        out.setdefault(leader.name.lower(), []).append(leader)
    return {k: tuple(v) for k, v in out.items()}


def load_entity_tables() -> EntityTables:
    """Read every resource the entities stage needs (call once, in the factory)."""
    names, demonyms = _country_tables()
    titles = _read_json("titles.json")
    words = _read_json("actor_words.json")
    title_map = {str(k).lower(): str(v) for k, v in titles["titles"].items()}
    return EntityTables(
        countries=MappingProxyType(names),
        demonyms=MappingProxyType(demonyms),
        titles=MappingProxyType(title_map),
        honorifics=frozenset(titles["honorifics"]),
        honorific_gender=MappingProxyType(dict(titles["honorific_gender"])),
        modifiers=frozenset(titles["modifiers"]),
        pronouns=MappingProxyType(dict(titles["pronouns"])),
        org_sectors=MappingProxyType(
            {str(k).lower(): str(v) for k, v in words["org_sectors"].items()}
        ),
        non_actor_heads=frozenset(words["non_actor_heads"]),
        non_actor_phrases=tuple(words["non_actor_phrases"]),
        leaders=MappingProxyType(_leaders()),
        max_title_words=max(len(t.split()) for t in title_map),
        relabeller=load_relabeller(),
    )
