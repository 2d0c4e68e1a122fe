"""Crash safety: `marsad ingest` killed with SIGKILL mid-batch, then run again,
stores every article exactly once and leaves the store consistent."""
import json
import os
import signal
import subprocess
import sys
import time

from marsad.errors import StoreError
from marsad.store import open_store

SENT = ["أعلنت وزارة الداخلية اليوم عن خطة جديدة لتنظيم المرور في العاصمة",
        "وقال المتحدث باسم الحكومة إن الوزير سيزور المدينة الأسبوع المقبل",
        "تظاهر مئات الطلاب أمام مقر الجامعة احتجاجا على ارتفاع الرسوم الدراسية"]


def count(url: str) -> int:
    try:
        s = open_store(url)
    except StoreError:
        return 0
    try:
        return s.count()
    finally:
        s.close()


def test_sigkill_mid_ingest_then_rerun(tmp_path, store_url):
    n = 400
    src = tmp_path / "batch.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "text": f"{SENT[i % 3]} رقم {i}.", "published": "2021-01-01"},
                               ensure_ascii=False) + "\n")
    cfg = tmp_path / "small.toml"
    cfg.write_text("[store]\nbatch = 7\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "marsad.cli", "--config", str(cfg), "ingest", "--quiet", "--db", store_url, str(src)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        stored = count(store_url)
        if stored >= 20:
            break
    assert proc.poll() is None, "ingest finished before it could be killed; make the batch larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = count(store_url)
    assert 0 < partial < n
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    s = open_store(store_url)
    try:
        assert s.count() == n
        assert s._q("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == n
        # every article is searchable, and no event lost its article
        assert s.search("رقم")["total"] == n
        assert s._q("SELECT count(*) FROM events e LEFT JOIN articles a ON a.id = e.article_id "
                    "WHERE a.id IS NULL").fetchone()[0] == 0
        assert s._q("SELECT count(*) FROM quotes q LEFT JOIN articles a ON a.id = q.article_id "
                    "WHERE a.id IS NULL").fetchone()[0] == 0
    finally:
        s.close()
    assert f"{n - partial} stored, {partial} already stored" in out.stdout
