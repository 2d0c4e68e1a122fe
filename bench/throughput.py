"""Throughput of the Marsad pipeline over the SaudiNewsNet articles.

    python bench/throughput.py [--stages clean,metadata,sentences,tokens] [--limit N] [--batch N] [--settings FILE]

Reads ../shared/data/news/saudinewsnet/*.zip (skips, exit 0, when absent), runs the
pipeline in this one process, and prints articles per second (reading excluded:
articles are decoded first; results are dropped batch by batch, as a streaming
consumer drops them) and the process's peak resident memory.
"""
from __future__ import annotations

import argparse
import gc
import glob
import os
import resource
import sys
import time
from pathlib import Path

from marsad.article import Article
from marsad.errors import InputError
from marsad.io.readers import read_inputs
from marsad.pipeline import Pipeline
from marsad.settings import load_settings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "saudinewsnet"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stages", default=None, help="comma-separated stages (default: the configured pipeline)")
    ap.add_argument("--limit", type=int, default=0, help="articles to run (0: all)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--batch", type=int, default=0, help="articles per batch (default: settings [pipeline] batch_size)")
    ap.add_argument("--settings", default=None, help="a settings file over the defaults (e.g. [ner] neural = false)")
    args = ap.parse_args()
    zips = sorted(glob.glob(os.path.join(args.corpus, "*.zip")))
    if not zips:
        print(f"skipped: no SaudiNewsNet zips under {args.corpus}")
        return 0
    stages = args.stages.split(",") if args.stages else None
    t = time.perf_counter()
    pipeline = Pipeline(stages, load_settings(args.settings))
    load_s = time.perf_counter() - t
    articles: list[Article] = []
    for item in read_inputs(zips):
        if isinstance(item, Article):
            articles.append(item)
            if args.limit and len(articles) >= args.limit:
                break
    n_articles = len(articles)
    # the decoded inputs stay for the run: keep the collector from walking them over and over
    gc.collect()
    gc.freeze()
    failed = 0
    per_stage = {name: 0.0 for name in pipeline.names}
    size = args.batch or int(pipeline.settings.get("pipeline", "batch_size", 32))
    t = time.perf_counter()
    for b in range(0, len(articles), size):
        batch = articles[b:b + size]
        # results are let go as a streaming consumer (extract, ingest) lets them go
        articles[b:b + size] = [None] * len(batch)
        failed += sum(isinstance(x, InputError) for x in pipeline.run_batch(batch, timings=per_stage))
    dt = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages: {', '.join(pipeline.names)}  (batches of {size})")
    print(f"articles: {n_articles} ({failed} rejected)  time: {dt:.1f} s  "
          f"throughput: {n_articles / dt:.0f} articles/s  (pipeline load {load_s:.1f} s)")
    print(f"peak memory: {peak:.0f} MB (process, with every input article decoded in memory)")
    print("time per stage: " + ", ".join(f"{n} {v / dt:.0%}" for n, v in per_stage.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
