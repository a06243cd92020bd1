"""Server-side SVG: the events-per-day chart, an actor's network and the map of places.

Drawn by our own code from the query results, so the pages need no chart library, no
CDN and no vendored JavaScript. Every text that came from the database is escaped.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any
from urllib.parse import quote

__all__ = ["PALETTE", "bar_chart", "land_cells", "network", "type_colours", "world_map"]

# Twelve distinguishable colours (hand-picked hex values), cycled over event types.
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1b9e77", "#7570b3",
)  # fmt: skip
_FONT = 'font-family="system-ui, sans-serif"'


def type_colours(types: Iterable[str]) -> dict[str, str]:
    """A colour per event type, stable for a given set of types."""
    return {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(sorted(set(types)))}


def _svg(width: int, height: int, body: str, label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(label)}" class="chart">{body}</svg>'
    )


def _bins(per_day: Sequence[tuple[str, str, int]]) -> list[tuple[str, dict[str, int]]]:
    """Group (day, type, n) into bars: per day, or per month when there are many days."""
    width = 7 if len({d for d, _, _ in per_day}) > 90 else 10  # months, else days
    bars: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, kind, n in per_day:
        bars[day[:width]][kind] += n
    return sorted((k, dict(v)) for k, v in bars.items())


def bar_chart(per_day: Sequence[tuple[str, str, int]], colours: dict[str, str]) -> str:
    """A stacked bar chart of events per day (or month), coloured by event type."""
    width, height, left, bottom, top = 900, 240, 40, 28, 10
    bars = _bins(per_day)
    if not bars:
        return _svg(width, 60, f'<text x="10" y="30" {_FONT}>No dated events yet.</text>', "")
    peak = max(sum(v.values()) for _, v in bars)
    plot_w, plot_h = width - left - 10, height - bottom - top
    step = plot_w / len(bars)
    every = max(1, math.ceil(len(bars) / (plot_w / 80)))  # one x label per ~80 px
    parts = [f'<g {_FONT} font-size="11" fill="#555">']
    for frac in (0, 0.5, 1):
        y = top + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#e3e3e3"/>')  # fmt: skip
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{round(peak * frac)}</text>")  # fmt: skip
    for i, (label, counts) in enumerate(bars):
        x, y = left + i * step, top + plot_h
        for kind in sorted(counts):
            h = plot_h * counts[kind] / peak
            y -= h
            parts.append(
                f'<rect x="{x + step * 0.1:.1f}" y="{y:.1f}" width="{max(step * 0.8, 1):.1f}" '
                f'height="{h:.1f}" fill="{colours.get(kind, "#999")}">'
                f"<title>{escape(label)} {escape(kind)}: {counts[kind]}</title></rect>"
            )
        if i % every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - 8}" text-anchor="middle">'
                         f"{escape(label)}</text>")  # fmt: skip
    parts.append("</g>")
    return _svg(width, height, "".join(parts), "events per day by type")


def _ring(n: int, cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(2 * math.pi * i / n - math.pi / 2),
         cy + r * math.sin(2 * math.pi * i / n - math.pi / 2))
        for i in range(n)
    ]  # fmt: skip


def _edge(a: tuple[float, float], b: tuple[float, float], colour: str, width: float) -> str:
    return (
        f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" '
        f'stroke="{colour}" stroke-width="{width:.1f}" stroke-opacity="0.7"/>'
    )


def network(name: str, links: Sequence[dict[str, Any]]) -> str:
    """The actor in the middle, the actors it interacts with on a ring around it.

    Blue edges: ``name`` acts on them; red: they act on ``name``; grey: they act together.
    Edge width grows with the number of shared events.
    """
    width, height = 660, 520
    cx, cy = width / 2, height / 2
    if not links:
        return _svg(width, 60, f'<text x="10" y="30" {_FONT}>No interactions yet.</text>', "")
    peak = max(int(link["events"]) for link in links)
    pos = _ring(len(links), cx, cy, 200)
    edges, nodes = [], []
    for (x, y), link in zip(pos, links, strict=True):
        thick = 1.5 + 5 * int(link["events"]) / peak
        kind = ("#4e79a7" if link["out_events"] >= max(link["in_events"], 1)
                else "#e15759" if link["in_events"] else "#999")  # fmt: skip
        edges.append(_edge((cx, cy), (x, y), kind, thick))
        anchor = "start" if x > cx + 5 else "end" if x < cx - 5 else "middle"
        dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
        dy = 18 if y > cy and anchor == "middle" else -10 if anchor == "middle" else 4
        href = "/actors/" + quote(str(link["name"]), safe="")
        nodes.append(
            f'<a href="{escape(href)}" class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="7" '
            f'fill="#fff" stroke="#333"/><text x="{x + dx:.1f}" y="{y + dy:.1f}" '
            f'text-anchor="{anchor}">{escape(str(link["name"]))}</text>'
            f"<title>{escape(str(link['name']))}: {link['events']} shared events</title></a>"
        )
    centre = (
        f'<circle cx="{cx}" cy="{cy}" r="12" fill="#333"/><text x="{cx}" y="{cy + 30}" '
        f'text-anchor="middle" font-weight="bold">{escape(name)}</text>'
    )
    body = f'<g {_FONT} font-size="12">{"".join(edges)}{centre}{"".join(nodes)}</g>'
    return _svg(width, height, body, f"network of {name}")


def land_cells(
    coords: Iterable[tuple[float, float]], *, step: float = 2.0
) -> list[tuple[float, float]]:
    """Snap (lat, lon) points to a ``step``-degree grid: the dots that sketch the land."""
    return sorted({(math.floor(lat / step) * step, math.floor(lon / step) * step)
                   for lat, lon in coords})  # fmt: skip


_TOP, _BOTTOM = 84.0, -60.0  # latitudes shown: Antarctica is left out


def _xy(lat: float, lon: float, width: int, height: int) -> tuple[float, float]:
    """Equirectangular projection of the band between _BOTTOM and _TOP."""
    lat = min(max(lat, _BOTTOM), _TOP)
    return (lon + 180) / 360 * width, (_TOP - lat) / (_TOP - _BOTTOM) * height


def _backdrop(cells: Sequence[tuple[float, float]], width: int, height: int, step: float) -> str:
    size = step / 360 * width * 0.8
    path = "".join(
        f"M{x:.1f} {y - size:.1f}h{size:.1f}v{size:.1f}h-{size:.1f}z"
        for x, y in (_xy(lat, lon, width, height) for lat, lon in cells)
    )
    grid = "".join(
        f'<line x1="0" x2="{width}" y1="{_xy(lat, 0, width, height)[1]:.1f}" '
        f'y2="{_xy(lat, 0, width, height)[1]:.1f}"/>'
        for lat in range(-30, 90, 30)
    ) + "".join(
        f'<line y1="0" y2="{height}" x1="{_xy(0, lon, width, height)[0]:.1f}" '
        f'x2="{_xy(0, lon, width, height)[0]:.1f}"/>'
        for lon in range(-150, 180, 30)
    )
    return (
        f'<rect width="{width}" height="{height}" fill="#f4f8fb"/>'
        f'<path d="{path}" fill="#d5dbe0"/>'
        f'<g stroke="#c3ccd4" stroke-width="0.6" stroke-dasharray="3 3">{grid}</g>'
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def world_map(
    points: Sequence[dict[str, Any]], cells: Sequence[tuple[float, float]], *, labels: int = 12
) -> str:
    """Places on an equirectangular world: red where events happened, blue where only named."""
    width, height = 960, round(960 * (_TOP - _BOTTOM) / 360)
    peak = max((int(p["articles"]) + int(p["events"]) for p in points), default=1)
    dots: list[str] = []
    names: list[str] = []
    placed: list[tuple[float, float, float, float]] = []
    for p in sorted(points, key=lambda p: -(p["articles"] + p["events"])):
        x, y = _xy(float(p["lat"]), float(p["lon"]), width, height)
        r = 3 + 9 * math.sqrt((int(p["articles"]) + int(p["events"])) / peak)
        fill = "#e15759" if p["events"] else "#4e79a7"
        tip = f"{p['name']} ({p['country'] or '?'}): {p['events']} events, {p['articles']} articles"
        href = "/search?country=" + quote(str(p["country"] or ""))
        dots.append(
            f'<a href="{escape(href)}" class="place"><circle cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{r:.1f}" fill="{fill}" fill-opacity="0.75" stroke="#fff"/>'
            f"<title>{escape(tip)}</title></a>"
        )
        box = (x + r + 2, y - 8, x + r + 2 + 7 * len(str(p["name"])), y + 6)
        if len(names) < labels and not any(_overlap(box, b) for b in placed):
            placed.append(box)
            names.append(f'<text x="{box[0]:.1f}" y="{y + 4:.1f}">{escape(str(p["name"]))}</text>')
    body = (
        _backdrop(cells, width, height, 2.0)
        + "".join(dots)
        + f'<g {_FONT} font-size="12" fill="#222" paint-order="stroke" stroke="#fff" '
        f'stroke-width="3">{"".join(names)}</g>'
    )
    return _svg(width, height, body, "map of places")
