"""Latency of the web API from a separate process: a bounded load loop on localhost.

Usage: .venv/bin/python bench/web_latency.py DB [N]

Starts ``eventwire serve --db DB`` on a free loopback port as its own process, then sends
N sequential requests (default 200) to each list, search and actor endpoint and prints
p50/p95/max in milliseconds. Bounded in count; only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _urls(client: httpx.Client) -> dict[str, str]:
    top = client.get("/api/v1/overview").json()
    actors = [a["name"] for a in top["top_actors"]]
    etype = top["events_per_day"][0]["type"] if top["events_per_day"] else "AGREE"
    return {
        "events list": "/api/v1/events",
        "events by type": f"/api/v1/events?type={etype}",
        "events actor contains": "/api/v1/events?actor=" + actors[0].split()[-1].lower(),
        "events sorted, offset 200": "/api/v1/events?sort=cameo&order=asc&offset=200",
        "search q": "/api/v1/search?q=oil",
        "search q + country": "/api/v1/search?q=oil&country=USA",
        "search filters only": "/api/v1/search?type=AGREE&since=1987-03-01&until=1987-03-31",
        "actor (busiest)": "/api/v1/actors/" + actors[0],
        "actor (5th)": "/api/v1/actors/" + actors[min(4, len(actors) - 1)],
    }


def main() -> int:
    db, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200
    port = _free_port()
    exe = Path(sys.executable).with_name("eventwire")
    cmd = [str(exe), "serve", "--db", db, "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10)
        for _ in range(150):
            try:
                client.get("/api/v1/overview")
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        print("counts", client.get("/api/v1/overview").json()["counts"])
        for name, url in _urls(client).items():
            lat = []
            for _ in range(n):
                t0 = time.perf_counter()
                resp = client.get(url)
                lat.append((time.perf_counter() - t0) * 1000)
                resp.raise_for_status()
            lat.sort()
            p95 = lat[max(0, int(n * 0.95) - 1)]
            print(
                f"{name:28s} n={n} p50={lat[n // 2]:6.1f} ms p95={p95:6.1f} ms max={lat[-1]:6.1f}"
            )
    finally:
        proc.terminate()
        proc.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
