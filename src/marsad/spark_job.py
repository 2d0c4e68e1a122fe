"""`marsad spark INPUT... --out DIR [--master URL]`: the pipeline on Apache Spark.

Files are read as bytes by Spark (`binaryFiles`, so any path Spark can read
works), parsed by Marsad's own readers, spread over partitions, and each
partition builds one Pipeline and runs it: the same stages as `marsad extract`,
no second implementation. Output, as Parquet under DIR:
- articles/  one row per article: metadata columns and `record`, the contract JSON
- entities/, quotes/, events/  flattened for analysis in Spark, pandas or R
- duplicates/  near-duplicate groups (MinHash/LSH, banded on Spark)
- stories/  events told by several articles, merged (marsad.stories)
- errors/  every input that could not be read, with the reason
`marsad ingest DIR` loads articles/ into a store.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable, Iterator

from .io.readers import KNOWN_EXT


def expand(inputs: Iterable[str]) -> list[str]:
    """Input files, directories expanded the way the readers expand them."""
    out = []
    for p in inputs:
        path = Path(p)
        if path.is_dir():
            out += sorted(str(x) for x in path.rglob("*") if x.is_file() and x.suffix.lower() in KNOWN_EXT
                          and not x.name.startswith("."))
        else:
            out.append(str(path))
    return out


def _read(item, published: str | None, max_bytes: int):
    from .article import Article
    from .io.readers import ReadOptions, _dispatch
    path, data = item
    origin = path[5:] if path.startswith("file:") else path
    origin = origin.replace("///", "/") if origin.startswith("///") else origin
    ext = os.path.splitext(origin)[1].lower()
    opts = ReadOptions(max_bytes=max_bytes, published=published)
    for x in _dispatch(bytes(data), origin, ext if ext in KNOWN_EXT else ".txt", opts):
        yield ("ok", x) if isinstance(x, Article) else ("error", (x.origin, x.reason))


def _run_partition(items: Iterator, settings_path: str | None) -> Iterator[tuple]:
    """One Pipeline per partition, run over it in batches as `marsad extract` does:
    ("record", record JSON, (id, MinHash signature), slim record) per article,
    ("error", {origin, reason} JSON, None, None) per input that failed."""
    from .errors import InputError
    from .pipeline import Pipeline
    from .settings import load_settings
    pipeline = Pipeline(settings=load_settings(settings_path))
    stream = (x if kind == "ok" else InputError(*x) for kind, x in items)
    import numpy as np

    from .dedup import signature_of_keys
    from .search import token_keys
    from .stories import slim
    for out in pipeline.pipe(stream):
        if isinstance(out, InputError):
            yield "error", json.dumps({"origin": out.origin, "reason": out.reason}, ensure_ascii=False), None, None
        else:
            # what duplicates and stories need is made here, while the article is at hand:
            # its MinHash signature from its tokens (the same as dedup.signature(text)), its slim record
            rec = out.to_record()
            sig = np.asarray(signature_of_keys(token_keys(out.tokens)).hashvalues, dtype=np.uint64)
            yield "record", json.dumps(rec, ensure_ascii=False, sort_keys=True), (out.id, sig.tobytes()), slim(rec)


def _minhash_bands(item: tuple[str, bytes], bands: int = 16) -> Iterator[tuple[str, tuple[str, list[int]]]]:
    import numpy as np
    aid, sig = item
    hv = np.frombuffer(sig, dtype=np.uint64).tolist()
    rows = len(hv) // bands
    for b in range(bands):
        yield f"{b}:{hash(tuple(hv[b * rows:(b + 1) * rows]))}", (aid, hv)


def run(inputs: list[str], out: str, master: str = "local[*]", published: str | None = None,
        settings_path: str | None = None, partitions: int | None = None, max_bytes: int = 5_000_000,
        log=print) -> dict:
    from pyspark.sql import SparkSession
    from pyspark.sql import types as T

    files = expand(inputs)
    if not files:
        raise ValueError("no input files")
    import sys
    # workers run the same Python (and so find the same Marsad) unless the cluster says otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a local job listens on loopback only
    spark = (SparkSession.builder.master(master).appName("marsad")
             .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC")
             .config("spark.ui.showConsoleProgress", "false")
             .getOrCreate())
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    try:
        parts = partitions or max(2, sc.defaultParallelism * 2)
        raw = sc.binaryFiles(",".join(os.path.abspath(f) for f in files))
        pages = raw.flatMap(lambda it: _read(it, published, max_bytes)).repartition(parts)
        results = pages.mapPartitions(lambda it: _run_partition(it, settings_path)).cache()
        records = results.filter(lambda r: r[0] == "record").map(lambda r: json.loads(r[1])).cache()
        errors = results.filter(lambda r: r[0] == "error").map(lambda r: json.loads(r[1]))

        S = T.StringType()
        D = T.DoubleType()
        I = T.IntegerType()
        art_schema = T.StructType([T.StructField(n, S) for n in
                                   ("id", "url", "outlet", "section", "author", "title", "published", "text", "record")])
        spark.createDataFrame(records.map(lambda r: (r["id"], r["url"], r["outlet"], r["section"], r["author"],
                                                     r["title"], r["published"], r["text"],
                                                     json.dumps(r, ensure_ascii=False, sort_keys=True))),
                              art_schema).write.mode("overwrite").parquet(f"{out}/articles")
        ent_schema = T.StructType([T.StructField(n, t) for n, t in (
            ("article_id", S), ("id", S), ("text", S), ("type", S), ("subtype", S), ("canonical", S), ("country", S),
            ("sector", S), ("role", S), ("start", I), ("end", I), ("geonameid", T.LongType()), ("lat", D), ("lon", D))])
        spark.createDataFrame(records.flatMap(lambda r: [(
            r["id"], e["id"], e["text"], e["type"], e.get("subtype"), e.get("canonical"), e.get("country"),
            e.get("sector"), e.get("role"), e["start"], e["end"], e.get("geonameid"),
            None if e.get("lat") is None else float(e["lat"]), None if e.get("lon") is None else float(e["lon"]))
            for e in r["entities"]]), ent_schema).write.mode("overwrite").parquet(f"{out}/entities")
        q_schema = T.StructType([T.StructField(n, t) for n, t in (
            ("article_id", S), ("n", I), ("speaker", S), ("speaker_text", S), ("cue", S), ("content", S),
            ("start", I), ("end", I), ("direct", T.BooleanType()), ("channel", S))])
        spark.createDataFrame(records.flatMap(lambda r: [(
            r["id"], i, q.get("speaker"), q.get("speaker_text"), q.get("cue"), q["content"], q["start"], q["end"],
            bool(q.get("direct")), q.get("channel")) for i, q in enumerate(r["quotes"])]), q_schema) \
            .write.mode("overwrite").parquet(f"{out}/quotes")
        ev_schema = T.StructType([T.StructField(n, t) for n, t in (
            ("article_id", S), ("id", S), ("type", S), ("mode", S), ("modality", S), ("date", S),
            ("source_countries", T.ArrayType(S)), ("target_countries", T.ArrayType(S)), ("location", S),
            ("lat", D), ("lon", D), ("confidence", D), ("trigger", S), ("event", S))])

        def ev_rows(r):
            for v in r["events"]:
                loc = v.get("location") or {}
                yield (r["id"], v["id"], v["type"], v.get("mode"), v.get("modality"), v.get("date"),
                       [a["country"] for a in v["source"] if a.get("country")],
                       [a["country"] for a in v["target"] if a.get("country")], loc.get("text"),
                       None if loc.get("lat") is None else float(loc["lat"]),
                       None if loc.get("lon") is None else float(loc["lon"]), float(v.get("confidence") or 0),
                       v["trigger"]["text"], json.dumps(v, ensure_ascii=False, sort_keys=True))
        spark.createDataFrame(records.flatMap(ev_rows), ev_schema).write.mode("overwrite").parquet(f"{out}/events")
        err_schema = T.StructType([T.StructField("origin", S), T.StructField("reason", S)])
        n_err = errors.count()
        spark.createDataFrame(errors.map(lambda e: (e["origin"], e["reason"])), err_schema) \
            .write.mode("overwrite").parquet(f"{out}/errors")

        # near-duplicates: LSH banding on Spark, candidate pairs checked on estimated Jaccard
        def pairs(group):
            members = list(group[1])
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    (a, ha), (b, hb) = members[i], members[j]
                    if a != b:
                        same = sum(1 for x, y in zip(ha, hb) if x == y) / len(ha)
                        if same >= 0.8:
                            yield tuple(sorted((a, b)))
        sigs = results.filter(lambda r: r[0] == "record").map(lambda r: r[2])
        cand = sigs.flatMap(_minhash_bands).groupByKey().filter(lambda g: len(g[1]) > 1) \
            .flatMap(pairs).distinct().collect()
        parent: dict[str, str] = {}

        def find(x):
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for a, b in cand:
            parent[find(a)] = find(b)
        groups: dict[str, list[str]] = {}
        for x in list(parent):
            groups.setdefault(find(x), []).append(x)
        dup_rows = [(f"D{n}", aid) for n, g in enumerate(sorted(sorted(g) for g in groups.values()), 1) for aid in g]
        spark.createDataFrame(dup_rows, T.StructType([T.StructField("group", S), T.StructField("article_id", S)])) \
            .write.mode("overwrite").parquet(f"{out}/duplicates")

        from .stories import build_stories
        # workers keyed the sentences; the driver groups
        stories = build_stories(results.filter(lambda r: r[0] == "record").map(lambda r: r[3]).collect())
        spark.createDataFrame([(s["id"], s["type"], s["date"], s["articles"], s["outlets"],
                                json.dumps(s, ensure_ascii=False)) for s in stories],
                              T.StructType([T.StructField(n, t) for n, t in (
                                  ("id", S), ("type", S), ("date", S), ("articles", I), ("outlets", I),
                                  ("story", S))])).write.mode("overwrite").parquet(f"{out}/stories")
        n_rec = records.count()
        summary = {"articles": n_rec, "errors": n_err, "duplicate_groups": len(groups), "stories": len(stories),
                   "partitions": parts, "out": out}
        log(json.dumps(summary))
        return summary
    finally:
        spark.stop()


def read_records(out: str) -> Iterator[dict]:
    """Contract records from a Spark output folder (its articles/ table)."""
    import pyarrow.parquet as pq
    table = pq.read_table(f"{out}/articles", columns=["record"])
    for rec in table.column("record").to_pylist():
        yield json.loads(rec)


def is_spark_output(path: str) -> bool:
    p = Path(path)
    return p.is_dir() and (p / "articles").is_dir() and any((p / "articles").glob("*.parquet"))
