"""The Spark job (local[2]) gives, record for record, what `marsad extract` gives,
and its Parquet output loads into a store with `marsad ingest`."""
import json
import shutil
import zipfile

import pytest

from marsad.api_functions import extract_records, ingest_paths
from tests.conftest import SAUDINEWSNET, need

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    need(SAUDINEWSNET)
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    z = sorted(SAUDINEWSNET.glob("*.zip"))[3]
    with zipfile.ZipFile(z) as zf:
        arts = json.loads(zf.read(zf.namelist()[0]))[:300]
    # a republished copy: another outlet, the last paragraph left out
    long = max(arts, key=lambda a: len(a["content"]))
    body = long["content"].strip().split("\n")
    arts.append(dict(long, source="copy", url=long["url"] + "?copy", content="\n".join(body[:-1])))
    d = tmp_path_factory.mktemp("spark")
    src = d / "sample.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in arts) + "\n{broken\n", encoding="utf-8")
    return d, src


def test_spark_output_equals_extract_record_for_record(sample):
    from marsad.spark_job import read_records, run
    d, src = sample
    out = d / "out"
    # a Spark setting given to the job reaches Spark: the Parquet files are gzip's
    summary = run([str(src)], str(out), master="local[2]", log=lambda m: None,
                  conf={"spark.sql.parquet.compression.codec": "gzip"})
    assert {p.name.split(".", 1)[1] for p in (out / "articles").glob("part-*")} == {"gz.parquet"}
    spark_recs = {r["id"]: r for r in read_records(str(out))}
    local = [r for r in extract_records([str(src)])]
    local_recs = {r["id"]: r for r in local if isinstance(r, dict)}
    assert summary["errors"] == sum(1 for r in local if isinstance(r, str)) >= 1
    assert list(summary["seconds"]) == ["pipeline", "duplicates", "stories"]
    assert all(v >= 0 for v in summary["seconds"].values())
    assert len(spark_recs) == len(local_recs) >= 250
    assert spark_recs.keys() == local_recs.keys()
    for k, rec in local_recs.items():
        assert spark_recs[k] == rec, k
    # stories are built from the workers' slim records: the same as from extract's records
    import pyarrow.parquet as pq
    from marsad.stories import build_stories
    spark_stories = pq.read_table(str(out / "stories")).to_pylist()
    local_stories = build_stories(local_recs.values())
    assert sorted((s["type"], s["date"], s["articles"], s["outlets"]) for s in spark_stories) == \
        sorted((s["type"], s["date"], s["articles"], s["outlets"]) for s in local_stories)
    for table in ("entities", "quotes", "events"):
        assert pq.read_table(str(out / table)).num_rows == sum(len(r[table]) for r in local_recs.values()) > 0
    # near-duplicates: the same groups as in one process, the copy among them
    from marsad.dedup import group_near_duplicates
    dups = pq.read_table(str(out / "duplicates")).to_pylist()
    spark_groups: dict[str, list[str]] = {}
    for row in dups:
        spark_groups.setdefault(row["group"], []).append(row["article_id"])
    local_groups = group_near_duplicates(local_recs.values())
    assert sorted(sorted(g) for g in spark_groups.values()) == sorted(local_groups)
    assert summary["duplicate_groups"] == len(local_groups)
    copy_id = next(k for k, r in local_recs.items() if r["outlet"] == "copy")
    assert any(copy_id in g and len(g) >= 2 for g in local_groups)

    db = str(d / "from-spark.db")
    s = ingest_paths([str(out)], db)
    assert s.added == len(local_recs) and s.failed == 0
