"""The flat tables of contract records, for analysis in Spark, pandas, R or SQL.

One definition serves `marsad export --format parquet` and `marsad spark`:
- articles  one row per record: metadata columns and `record`, the contract JSON
- entities  one row per entity, `article_id` first
- quotes    one row per quote, `n` its place in the record
- events    one row per event: countries of its source and target as lists, the
            event's JSON in `event`

Column types are written in a small neutral vocabulary (string, int, long,
double, bool, list<string>) and turned into a pyarrow or a Spark schema.
"""
from __future__ import annotations

import json
from typing import Any

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": tuple((n, "string") for n in
                      ("id", "url", "outlet", "section", "author", "title", "published", "text", "record")),
    "entities": (("article_id", "string"), ("id", "string"), ("text", "string"), ("type", "string"),
                 ("subtype", "string"), ("canonical", "string"), ("country", "string"), ("sector", "string"),
                 ("role", "string"), ("start", "int"), ("end", "int"), ("geonameid", "long"),
                 ("lat", "double"), ("lon", "double")),
    "quotes": (("article_id", "string"), ("n", "int"), ("speaker", "string"), ("speaker_text", "string"),
               ("cue", "string"), ("content", "string"), ("start", "int"), ("end", "int"), ("direct", "bool"),
               ("channel", "string")),
    "events": (("article_id", "string"), ("id", "string"), ("type", "string"), ("mode", "string"),
               ("modality", "string"), ("date", "string"), ("source_countries", "list<string>"),
               ("target_countries", "list<string>"), ("location", "string"), ("lat", "double"),
               ("lon", "double"), ("confidence", "double"), ("trigger", "string"), ("event", "string")),
}
TABLES = tuple(COLUMNS)


def _float(x: Any) -> float | None:
    return None if x is None else float(x)


def rows(rec: dict[str, Any]) -> dict[str, list[tuple]]:
    """The record's rows of each table, as tuples in the order of COLUMNS."""
    rid = rec["id"]
    art = (rid, rec.get("url"), rec.get("outlet"), rec.get("section"), rec.get("author"), rec.get("title"),
           rec.get("published"), rec["text"], json.dumps(rec, ensure_ascii=False, sort_keys=True))
    ents = [(rid, e["id"], e["text"], e["type"], e.get("subtype"), e.get("canonical"), e.get("country"),
             e.get("sector"), e.get("role"), e["start"], e["end"], e.get("geonameid"), _float(e.get("lat")),
             _float(e.get("lon"))) for e in rec["entities"]]
    quotes = [(rid, i, q.get("speaker"), q.get("speaker_text"), q.get("cue"), q["content"], q["start"], q["end"],
               bool(q.get("direct")), q.get("channel")) for i, q in enumerate(rec["quotes"])]
    events = []
    for v in rec["events"]:
        loc = v.get("location") or {}
        events.append((rid, v["id"], v["type"], v.get("mode"), v.get("modality"), v.get("date"),
                       [a["country"] for a in v["source"] if a.get("country")],
                       [a["country"] for a in v["target"] if a.get("country")], loc.get("text"),
                       _float(loc.get("lat")), _float(loc.get("lon")), float(v.get("confidence") or 0),
                       v["trigger"]["text"], json.dumps(v, ensure_ascii=False, sort_keys=True)))
    return {"articles": [art], "entities": ents, "quotes": quotes, "events": events}


def arrow_schema(table: str):
    import pyarrow as pa
    types = {"string": pa.string(), "int": pa.int32(), "long": pa.int64(), "double": pa.float64(),
             "bool": pa.bool_(), "list<string>": pa.list_(pa.string())}
    return pa.schema([(n, types[t]) for n, t in COLUMNS[table]])


def spark_schema(table: str):
    from pyspark.sql import types as T
    types = {"string": T.StringType(), "int": T.IntegerType(), "long": T.LongType(), "double": T.DoubleType(),
             "bool": T.BooleanType(), "list<string>": T.ArrayType(T.StringType())}
    return T.StructType([T.StructField(n, types[t]) for n, t in COLUMNS[table]])


def arrow_table(table: str, table_rows: list[tuple]):
    """A pyarrow Table of rows made by `rows`."""
    import pyarrow as pa
    schema = arrow_schema(table)
    cols = list(zip(*table_rows)) if table_rows else [[] for _ in schema]
    return pa.Table.from_arrays([pa.array(list(c), type=f.type) for c, f in zip(cols, schema)], schema=schema)
