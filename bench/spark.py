"""Spark scaling: the full pipeline over SaudiNewsNet with local[1] and local[2].

    python bench/spark.py [--limit-files N] [--out /tmp/marsad-spark] [--no-pin]

Each runs in a process of its own (both pay for starting Spark's JVM), pinned
to as many CPUs as its worker threads (CPU 0, then CPUs 0-1), so that "1 core"
holds Spark's JVM and driver as well as the worker; with --no-pin, local[1] may
use the machine's other cores for the JVM's own threads. Prints
articles/s for each, the speed-up of 2 cores over 1, the peak resident
memory of the Python workers, and the CPU seconds of the workers and of Spark's
JVM (sampled from /proc while the job runs): local[1] runs one task at a time, but
the JVM's own threads (reading, Parquet, shuffles) use other cores beside it.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from marsad.spark_job import run

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"


CONF: list[str] = []


def _cpu_seconds(pid: str) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _spark_processes() -> dict[str, str]:
    """pid -> "python" (a PySpark worker or daemon) or "jvm" (Spark's JVM)."""
    found = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                cmd = open(f"/proc/{pid}/cmdline", "rb").read()
            except OSError:
                continue
            if b"pyspark" in cmd and (b"daemon" in cmd or b"worker" in cmd):
                found[pid] = "python"
            elif b"java" in cmd and b"pyspark-shell" in cmd:
                found[pid] = "jvm"
    return found


def watch(stop: threading.Event, out: dict) -> None:
    """While the job runs: the peak resident memory of the Python workers, and the CPU
    seconds used by the workers and by Spark's JVM since the job began (the JVM of an
    earlier job in this process lives on: its CPU seconds before are subtracted)."""
    before = {}
    for pid in _spark_processes():
        try:
            before[pid] = _cpu_seconds(pid)
        except OSError:
            pass
    peak = 0.0
    cpu: dict[str, tuple[str, float]] = {}
    while not stop.is_set():
        for pid, kind in _spark_processes().items():
            try:
                if kind == "python":
                    for line in open(f"/proc/{pid}/status"):
                        if line.startswith("VmHWM:"):
                            peak = max(peak, int(line.split()[1]) / 1024)
                cpu[pid] = (kind, _cpu_seconds(pid) - before.get(pid, 0.0))
            except OSError:
                continue
        time.sleep(0.5)
    out["peak_mb"] = peak
    out["python_cpu_s"] = sum(v for k, v in cpu.values() if k == "python")
    out["jvm_cpu_s"] = sum(v for k, v in cpu.values() if k == "jvm")


def one(cores: int, zips: list[str], out: str) -> dict:
    """One run on local[cores] in this process, watched from /proc; prints its lines."""
    stop, seen = threading.Event(), {}
    th = threading.Thread(target=watch, args=(stop, seen), daemon=True)
    th.start()
    t = time.perf_counter()
    s = run(zips, f"{out}-{cores}", master=f"local[{cores}]", partitions=cores * 8, log=lambda m: None,
            conf=dict(c.split("=", 1) for c in CONF))
    dt = time.perf_counter() - t
    stop.set()
    th.join()
    busy = (seen["python_cpu_s"] + seen["jvm_cpu_s"]) / dt
    print(f"local[{cores}]: {s['articles']} articles, {s['errors']} unreadable, {dt:.0f} s, "
          f"{s['articles'] / dt:.0f} articles/s, peak worker memory {seen['peak_mb']:.0f} MB, "
          f"{s['duplicate_groups']} duplicate groups, {s['stories']} stories")
    print("  seconds: " + ", ".join(f"{k} {v}" for k, v in s["seconds"].items()))
    print(f"  CPU: Python workers {seen['python_cpu_s']:.0f} s "
          f"({s['articles'] / max(seen['python_cpu_s'], 1e-9):.0f} articles per worker CPU-second), "
          f"Spark JVM {seen['jvm_cpu_s']:.0f} s; {busy:.2f} cores busy on average, "
          f"{s['articles'] / dt / busy:.0f} articles/s per busy core", flush=True)
    return {"articles": s["articles"], "seconds": dt}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit-files", type=int, default=0)
    ap.add_argument("--out", default="/tmp/marsad-spark")
    ap.add_argument("--cores", type=int, default=0, help="run local[N] only, in this process")
    ap.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting")
    ap.add_argument("--no-pin", dest="pin", action="store_false",
                    help="do not restrict local[N] to N CPUs (its JVM threads may use the others)")
    args = ap.parse_args()
    CONF[:] = args.conf
    zips = sorted(glob.glob(os.path.join(CORPUS, "*.zip")))
    if not zips:
        print(f"skipped: no SaudiNewsNet zips under {CORPUS}")
        return 0
    if args.limit_files:
        zips = zips[: args.limit_files]
    if args.cores:
        print("RESULT " + json.dumps(one(args.cores, zips, args.out)), flush=True)
        return 0
    # each run in a process of its own: both start their JVM, neither inherits the other's warm one
    rates = {}
    cpus = sorted(os.sched_getaffinity(0))
    if args.pin and len(cpus) < 2:
        print("skipped: pinning needs 2 CPUs (run with --no-pin)")
        return 0
    for cores in (1, 2):
        pin = (lambda n=cores: os.sched_setaffinity(0, cpus[:n])) if args.pin else None
        if args.pin:
            print(f"local[{cores}] pinned to CPU {', '.join(map(str, cpus[:cores]))} (JVM, driver and workers)")
        proc = subprocess.run([sys.executable, __file__, "--cores", str(cores), "--out", args.out,
                               "--limit-files", str(args.limit_files)] + [f"--conf={c}" for c in args.conf],
                              capture_output=True, text=True, preexec_fn=pin)
        lines = proc.stdout.splitlines()
        print("\n".join(x for x in lines if not x.startswith("RESULT ")), flush=True)
        result = [json.loads(x[7:]) for x in lines if x.startswith("RESULT ")]
        if proc.returncode or not result:
            print(proc.stderr[-2000:], file=sys.stderr)
            return proc.returncode or 1
        rates[cores] = result[0]["articles"] / result[0]["seconds"]
    print(f"speed-up of 2 cores over 1: {rates[2] / rates[1]:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
