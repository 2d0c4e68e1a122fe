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
    """One Pipeline per partition, run over it in batches as `marsad extract` does.
    One wide row per input (the fields of `_wide_schema`): for an article its rows of
    every table (`marsad.io.tables`), its MinHash signature and LSH band keys, and its
    slim record for stories; for an input that failed, its origin and the reason."""
    from .dedup import band_keys, signature_bytes
    from .errors import InputError
    from .io.tables import rows
    from .pipeline import Pipeline
    from .search import token_keys
    from .settings import load_settings
    from .stories import slim
    import gc
    pipeline = Pipeline(settings=load_settings(settings_path))
    # the lexicons and models stay for the worker's life: full collections need not walk them
    gc.collect()
    gc.freeze()
    stream = (x if kind == "ok" else InputError(*x) for kind, x in items)
    for out in pipeline.pipe(stream):
        if isinstance(out, InputError):
            yield "error", None, None, [], [], [], None, None, None, (out.origin, out.reason)
        else:
            # what duplicates and stories need is made here, while the article is at hand:
            # its MinHash signature from its tokens (the same as dedup.signature(text)), its slim record
            rec = out.to_record()
            t = rows(rec)
            sig = signature_bytes(token_keys(out.tokens))
            yield ("record", rec["id"], t["articles"][0], t["entities"], t["quotes"], t["events"], sig, band_keys(sig),
                   json.dumps(slim(rec, out.tokens), ensure_ascii=False), None)


def _wide_schema():
    from pyspark.sql import types as T

    from .io.tables import spark_schema
    S = T.StringType()
    return T.StructType([
        T.StructField("kind", S), T.StructField("id", S), T.StructField("article", spark_schema("articles")),
        T.StructField("entities", T.ArrayType(spark_schema("entities"))),
        T.StructField("quotes", T.ArrayType(spark_schema("quotes"))),
        T.StructField("events", T.ArrayType(spark_schema("events"))),
        T.StructField("sig", T.BinaryType()), T.StructField("bands", T.ArrayType(T.LongType())),
        T.StructField("slim", S),
        T.StructField("error", T.StructType([T.StructField("origin", S), T.StructField("reason", S)]))])


def spark_conf(settings_path: str | None = None, conf: dict[str, str] | None = None) -> dict[str, str]:
    """Spark settings: the `[spark] conf` table of the settings, then `conf` over it."""
    from .errors import ConfigError
    from .settings import load_settings
    table = load_settings(settings_path).get("spark", "conf", {}) or {}
    if not isinstance(table, dict):
        raise ConfigError(f"{settings_path or 'settings.toml'}: [spark] conf must be a table of KEY = \"value\"")
    out = {}
    for k, v in {**table, **(conf or {})}.items():
        if not isinstance(v, (str, int, float, bool)) or not k.startswith("spark."):
            raise ConfigError(f"{settings_path or 'settings.toml'}: Spark setting {k!r} = {v!r}: "
                              "keys start with 'spark.', values are text, numbers or true/false")
        out[k] = str(v).lower() if isinstance(v, bool) else str(v)
    return out


def run(inputs: list[str], out: str, master: str = "local[*]", published: str | None = None,
        settings_path: str | None = None, partitions: int | None = None, max_bytes: int = 5_000_000,
        log=print, conf: dict[str, str] | None = None) -> dict:
    """The job; `conf`: Spark settings over those of the settings' `[spark] conf`."""
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    from .dedup import connected_groups, similar_pairs
    from .io.tables import TABLES

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
             .config("spark.ui.showConsoleProgress", "false"))
    for k, v in spark_conf(settings_path, conf).items():
        spark = spark.config(k, v)
    spark = spark.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    from time import perf_counter
    phases: dict[str, float] = {}
    started = perf_counter()

    def lap(name: str) -> None:
        """Seconds since the job began, less the phases before this one."""
        phases[name] = round(perf_counter() - started - sum(phases.values()), 1)
    try:
        parts = partitions or max(2, sc.defaultParallelism * 2)
        spark.conf.set("spark.sql.shuffle.partitions", str(parts))  # not 200 tiny tasks per shuffle
        raw = sc.binaryFiles(",".join(os.path.abspath(f) for f in files))
        pages = raw.flatMap(lambda it: _read(it, published, max_bytes)).repartition(parts)
        # Python runs once per input; every table below is cut from this one cached frame by Spark itself
        wide = spark.createDataFrame(pages.mapPartitions(lambda it: _run_partition(it, settings_path)),
                                     _wide_schema(), verifySchema=False).persist(StorageLevel.MEMORY_AND_DISK)
        done = wide.where(F.col("kind") == "record")
        done.select("article.*").write.mode("overwrite").parquet(f"{out}/articles")
        for name in TABLES[1:]:
            done.select(F.explode(name).alias("r")).select("r.*").write.mode("overwrite").parquet(f"{out}/{name}")
        wide.where(F.col("kind") == "error").select("error.*").write.mode("overwrite").parquet(f"{out}/errors")
        counts = dict(wide.groupBy("kind").count().collect())
        lap("pipeline")

        # near-duplicates: LSH banding (the workers made each article's band keys,
        # dedup.band_keys); only the members of buckets with two or more articles meet
        # their signatures again, to be checked
        banded = done.select("id", F.explode("bands").alias("band"))
        buckets = banded.groupBy("band").agg(F.collect_list("id").alias("ids")).where(F.size("ids") > 1) \
            .select("band", F.explode("ids").alias("id"))
        members = buckets.join(done.select("id", "sig"), "id") \
            .groupBy("band").agg(F.collect_list(F.struct("id", "sig")).alias("m"))
        cand = members.rdd.flatMap(lambda r: similar_pairs([(x["id"], bytes(x["sig"])) for x in r["m"]])) \
            .distinct().collect()
        groups = connected_groups(cand)
        dup_rows = [(f"D{n}", aid) for n, g in enumerate(groups, 1) for aid in g]
        spark.createDataFrame(dup_rows, T.StructType([T.StructField("group", T.StringType()),
                                                      T.StructField("article_id", T.StringType())])) \
            .write.mode("overwrite").parquet(f"{out}/duplicates")
        lap("duplicates")

        from .stories import build_stories
        # workers keyed the sentences; the driver groups
        stories = build_stories(json.loads(r[0]) for r in done.select("slim").toLocalIterator())
        S, I = T.StringType(), T.IntegerType()
        spark.createDataFrame([(s["id"], s["type"], s["date"], s["articles"], s["outlets"],
                                json.dumps(s, ensure_ascii=False)) for s in stories],
                              T.StructType([T.StructField(n, t) for n, t in (
                                  ("id", S), ("type", S), ("date", S), ("articles", I), ("outlets", I),
                                  ("story", S))])).write.mode("overwrite").parquet(f"{out}/stories")
        wide.unpersist()
        lap("stories")
        summary = {"articles": counts.get("record", 0), "errors": counts.get("error", 0),
                   "duplicate_groups": len(groups), "stories": len(stories), "partitions": parts, "out": out,
                   "seconds": phases}
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
