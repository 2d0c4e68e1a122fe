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
    d = tmp_path_factory.mktemp("spark")
    src = d / "sample.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in arts) + "\n{broken\n", encoding="utf-8")
    return d, src


def test_spark_output_equals_extract_record_for_record(sample):
    from marsad.spark_job import read_records, run
    d, src = sample
    out = d / "out"
    summary = run([str(src)], str(out), master="local[2]", log=lambda m: None)
    spark_recs = {r["id"]: r for r in read_records(str(out))}
    local = [r for r in extract_records([str(src)])]
    local_recs = {r["id"]: r for r in local if isinstance(r, dict)}
    assert summary["errors"] == sum(1 for r in local if isinstance(r, str)) >= 1
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
    import pyarrow.parquet as pq
    ev = pq.read_table(str(out / "events"))
    assert ev.num_rows == sum(len(r["events"]) for r in local_recs.values())

    db = str(d / "from-spark.db")
    s = ingest_paths([str(out)], db)
    assert s.added == len(local_recs) and s.failed == 0
