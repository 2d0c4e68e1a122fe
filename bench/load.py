"""Load test of the API on loopback: mixed search and reads at a fixed rate.

    python bench/load.py --db bench.db [--rate 200] [--seconds 30]

Starts `marsad serve` on a free loopback port, sends requests at `rate` per
second for `seconds` (bounded: at most rate*seconds requests, then it stops),
and prints the count, errors and latency percentiles.
"""
from __future__ import annotations

import argparse
import random
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

PATHS = ["/api/search?q=%D8%A7%D9%84%D8%AD%D9%88%D8%AB%D9%8A", "/api/search?q=%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6",
         "/api/search?event_type=ASSAULT", "/api/events?limit=50", "/api/stats", "/api/articles?limit=10",
         "/api/search?q=%22%D9%85%D8%AC%D9%84%D8%B3%20%D8%A7%D9%84%D8%A3%D9%85%D9%86%22&country=YEM"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--rate", type=int, default=200)
    ap.add_argument("--seconds", type=int, default=30)
    args = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "marsad.cli", "serve", "--db", args.db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/stats", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        client = httpx.Client(base_url=base, timeout=10, limits=httpx.Limits(max_connections=64))
        lat: list[float] = []
        errors = [0]
        lock = threading.Lock()
        rng = random.Random(3)

        def one(path: str) -> None:
            t = time.perf_counter()
            try:
                ok = client.get(path).status_code == 200
            except httpx.HTTPError:
                ok = False
            with lock:
                lat.append((time.perf_counter() - t) * 1000)
                if not ok:
                    errors[0] += 1

        total = args.rate * args.seconds
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=64) as pool:
            for i in range(total):
                due = start + i / args.rate
                delay = due - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                pool.submit(one, rng.choice(PATHS))
        wall = time.perf_counter() - start
        lat.sort()
        pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))]  # noqa: E731
        print(f"{len(lat)} requests in {wall:.1f} s ({len(lat) / wall:.0f}/s), {errors[0]} errors; "
              f"p50 {pct(50):.1f} ms, p95 {pct(95):.1f} ms, p99 {pct(99):.1f} ms")
        return 1 if errors[0] else 0
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
