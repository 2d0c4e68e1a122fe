"""Ingest SaudiNewsNet into a store and measure search latency.

    python bench/store.py --db bench.db [--limit N] [--queries 300]
    python bench/store.py --db postgresql://... [--skip-ingest]

Prints ingest time and articles/s, then p50/p95/p99 of search queries (common
words, phrases and filters) over the stored articles. Skips when the corpus is absent.
"""
from __future__ import annotations

import argparse
import glob
import os
import random
import statistics
import sys
import time
from pathlib import Path

from marsad.api_functions import ingest_paths
from marsad.store import open_store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"
QUERIES = ["الحوثي", "وزير الخارجية", "السعودية", "داعش", "\"مجلس الأمن\"", "النفط", "الرياض", "اليمن",
           "الأمم المتحدة", "إيران", "الهلال", "النصر", "هجوم", "مظاهرة", "الاتفاق النووي", "أسعار النفط",
           "\"ولي العهد\"", "الشرطة", "عدن", "سوريا", "تركيا", "مصر", "الانتخابات", "الكهرباء", "التعليم"]
FILTERS = [{}, {"event_type": "ASSAULT"}, {"country": "YEM"}, {"date_from": "2015-08-01"}, {"outlet": "الرياض"}]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--limit", type=int, default=0, help="ingest only the first N zip files' articles (0: all)")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--skip-ingest", action="store_true")
    args = ap.parse_args()
    zips = sorted(glob.glob(os.path.join(CORPUS, "*.zip")))
    if not zips:
        print(f"skipped: no SaudiNewsNet zips under {CORPUS}")
        return 0
    if not args.skip_ingest:
        t = time.perf_counter()
        s = ingest_paths(zips[: args.limit] if args.limit else zips, args.db)
        dt = time.perf_counter() - t
        print(f"ingest: {s.read} read, {s.added} stored, {s.skipped} already stored, {s.failed} failed; "
              f"{dt:.0f} s, {s.read / dt:.0f} articles/s; {s.total} in store")
    store = open_store(args.db)
    rng = random.Random(1)
    times = []
    totals = []
    for _ in range(args.queries):
        q = rng.choice(QUERIES)
        f = rng.choice(FILTERS)
        t = time.perf_counter()
        res = store.search(q, **f)
        times.append((time.perf_counter() - t) * 1000)
        totals.append(res["total"])
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]  # noqa: E731
    print(f"search over {store.count()} articles, {len(times)} queries (with facets): "
          f"p50 {statistics.median(times):.1f} ms, p95 {pct(95):.1f} ms, p99 {pct(99):.1f} ms; "
          f"median hits {statistics.median(totals):.0f}")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
