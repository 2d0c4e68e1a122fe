"""The command line as a user runs it: records out, errors on stderr, exit codes."""
import json
import os
import subprocess
import sys

import pytest

from marsad.cli import main
from tests.conftest import REFERENCE, need

SENTENCE = "قال المتحدث باسم المجلس الرئاسي لحكومة الوفاق إن زيارة وزيري الدفاع تمت بتنسيق مسبق."


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_reference_page_json(capsys):
    code, out, err = run(capsys, "extract", str(need(REFERENCE)), "--published", "2020-08-18")
    assert code == 0 and err == ""
    (rec,) = json.loads(out)
    assert rec["contract"] == 1 and rec["outlet"] == "أوج" and rec["published"] == "2020-08-18"
    for key in ("entities", "quotes", "events", "dates", "framing"):
        assert isinstance(rec[key], list)


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "' + SENTENCE + '"}\n{oops\n', encoding="utf-8")
    english = tmp_path / "english.txt"
    english.write_text("Markets rallied today as investors welcomed the news from the central bank.\n" * 3)
    huge = tmp_path / "huge.txt"
    huge.write_bytes((SENTENCE + "\n").encode("utf-8") * (20_000_000 // len(SENTENCE.encode("utf-8"))))
    code, out, err = run(capsys, "extract", "--format", "jsonl", str(good), str(empty), str(binary),
                         str(broken), str(english), str(huge))
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 2 and records[0]["text"] == SENTENCE
    lines = err.strip().splitlines()
    assert len(lines) == 5
    for path, reason in [(empty, "empty"), (binary, "binary"), (f"{broken}:2", "invalid JSON"),
                         (english, "not an Arabic page"), (huge, "limit")]:
        assert any(line.startswith(f"marsad: {path}: ") and reason in line for line in lines), (path, lines)
    assert "Traceback" not in err


def test_ingest_is_idempotent(tmp_path, capsys):
    need(REFERENCE)
    db = tmp_path / "m.db"
    code, out, _ = run(capsys, "ingest", "--db", str(db), "--quiet", str(REFERENCE))
    assert code == 0 and "1 stored" in out
    code, out, _ = run(capsys, "ingest", "--db", str(db), "--quiet", str(REFERENCE))
    assert code == 0 and "0 stored, 1 already stored" in out and "(1 articles in store" in out
    code, out, _ = run(capsys, "show", "--db", str(db))
    assert "1 articles" in out and "أوج" in out


def test_stages_and_lexicons_commands(capsys):
    code, out, _ = run(capsys, "stages")
    assert code == 0 and "clean" in out and "tokens" in out
    code, out, _ = run(capsys, "lexicons")
    assert code == 0 and "boilerplate.tsv" in out and "checked" in out


def test_lexicons_command_checks_values_not_only_columns(capsys, tmp_path, monkeypatch):
    from marsad.lexicon import load
    from marsad.stages import contexts
    (tmp_path / "contexts.tsv").write_text("words\tcontext\nالاقتصاد\teconomy\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_RESOURCES", str(tmp_path))
    load.cache_clear()
    contexts._cues.cache_clear()
    try:
        code, out, err = run(capsys, "lexicons")
    finally:
        load.cache_clear()
        contexts._cues.cache_clear()
    assert code == 2 and f"{tmp_path / 'contexts.tsv'}:2:" in err and "economy" in err


def test_console_script_help_and_stdin():
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "--help"], capture_output=True, text=True, env=env)
    assert proc.returncode == 0 and "extract" in proc.stdout and "ingest" in proc.stdout
    line = json.dumps({"id": "s1", "text": SENTENCE}, ensure_ascii=False) + "\n"
    proc = subprocess.run([sys.executable, "-m", "marsad.cli", "extract", "-", "--format", "jsonl"],
                          input=line, capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout)
    assert rec["id"] == "s1" and rec["text"] == SENTENCE


def test_unknown_settings_file_is_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "--config", str(tmp_path / "none.toml"), "extract", str(tmp_path))
    assert code == 2 and err.startswith("marsad: ") and "Traceback" not in err


def test_spark_settings_come_from_the_settings_file_and_conf(capsys, tmp_path):
    from marsad.errors import ConfigError
    from marsad.spark_job import spark_conf
    default = spark_conf()
    assert "TieredStopAtLevel=1" in default["spark.driver.extraJavaOptions"]
    cfg = tmp_path / "s.toml"
    cfg.write_text('[spark]\nconf = { "spark.sql.shuffle.partitions" = 7, "spark.eventLog.enabled" = true }\n')
    got = spark_conf(str(cfg), {"spark.sql.shuffle.partitions": "9"})
    assert got["spark.sql.shuffle.partitions"] == "9" and got["spark.eventLog.enabled"] == "true"
    assert got["spark.driver.extraJavaOptions"] == default["spark.driver.extraJavaOptions"]
    cfg.write_text('[spark]\nconf = { "driver.memory" = "2g" }\n')
    with pytest.raises(ConfigError, match="s.toml.*driver.memory"):
        spark_conf(str(cfg))
    assert main(["spark", "x.jsonl", "--out", str(tmp_path / "o"), "--conf", "novalue"]) == 2
    assert "--conf 'novalue': expected KEY=VALUE" in capsys.readouterr().err


def test_exports_in_every_format_and_stories(tmp_path, capsys):
    need(REFERENCE)
    from tests.conftest import ROOT
    db = str(tmp_path / "x.db")
    assert main(["ingest", "--quiet", "--db", db, "--published", "2020-08-18", str(REFERENCE),
                 str(ROOT / "examples" / "sample-wire.jsonl")]) == 0
    capsys.readouterr()
    for fmt in ("jsonl", "csv", "plover"):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", "--db", db, "--format", fmt, "--out", str(out)]) == 0
        body = out.read_text(encoding="utf-8")
        if fmt == "jsonl":
            assert len(body.splitlines()) == 3 and json.loads(body.splitlines()[0])["contract"] == 1
        elif fmt == "csv":
            assert body.startswith("article_id,id,type") and "CONSULT" in body
        else:
            ev = json.loads(body.splitlines()[0])
            assert ev["event"] and "actor" in ev and "recipient" in ev
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    assert main(["export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "pq")]) == 0
    assert pq.read_table(str(tmp_path / "pq" / "articles")).num_rows == 3
    assert pq.read_table(str(tmp_path / "pq" / "events")).num_rows >= 10
    assert main(["stories", "--db", db]) == 0
    # the records reload as they are
    db2 = str(tmp_path / "y.db")
    assert main(["ingest", "--quiet", "--records", "--db", db2, str(tmp_path / "out.jsonl")]) == 0
    assert "3 stored" in capsys.readouterr().out
