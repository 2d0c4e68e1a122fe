"""Spark scaling: the full pipeline over SaudiNewsNet with local[1] and local[2].

    python bench/spark.py [--limit-files N] [--out /tmp/marsad-spark]

Prints articles/s for each, the speed-up of 2 cores over 1, and the peak
resident memory of the Python workers (sampled from /proc while the job runs).
"""
from __future__ import annotations

import argparse
import glob
import os
import sys
import threading
import time
from pathlib import Path

from marsad.spark_job import run

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"


def worker_peak_mb(stop: threading.Event, out: list[float]) -> None:
    peak = 0.0
    while not stop.is_set():
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                cmd = open(f"/proc/{pid}/cmdline", "rb").read()
                if b"pyspark" not in cmd or b"daemon" not in cmd and b"worker" not in cmd:
                    continue
                for line in open(f"/proc/{pid}/status"):
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
            except OSError:
                continue
        time.sleep(0.5)
    out.append(peak)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit-files", type=int, default=0)
    ap.add_argument("--out", default="/tmp/marsad-spark")
    args = ap.parse_args()
    zips = sorted(glob.glob(os.path.join(CORPUS, "*.zip")))
    if not zips:
        print(f"skipped: no SaudiNewsNet zips under {CORPUS}")
        return 0
    if args.limit_files:
        zips = zips[: args.limit_files]
    rates = {}
    for cores in (1, 2):
        stop, peak = threading.Event(), []
        th = threading.Thread(target=worker_peak_mb, args=(stop, peak), daemon=True)
        th.start()
        t = time.perf_counter()
        s = run(zips, f"{args.out}-{cores}", master=f"local[{cores}]", partitions=cores * 8, log=lambda m: None)
        dt = time.perf_counter() - t
        stop.set()
        th.join()
        rates[cores] = s["articles"] / dt
        print(f"local[{cores}]: {s['articles']} articles, {s['errors']} unreadable, {dt:.0f} s, "
              f"{rates[cores]:.0f} articles/s, peak worker memory {peak[0]:.0f} MB, "
              f"{s['duplicate_groups']} duplicate groups, {s['stories']} stories")
    print(f"speed-up of 2 cores over 1: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
