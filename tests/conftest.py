"""Shared test helpers: the ../shared folder beside the project, skipped when absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "examples" / "awj-2020-08-tripoli.txt"
HTML_PAGE = SHARED / "data" / "html" / "arabic_article.html"
SAUDINEWSNET = SHARED / "data" / "news" / "saudinewsnet"
ANERCORP = SHARED / "data" / "ner" / "anercorp-train.txt"
DETECTION = SHARED / "data" / "events" / "detection-dev.jsonl"
CODED = SHARED / "data" / "events" / "coded-dev.jsonl"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not beside the project)")
    return path


def assert_user_row_rejected(tmp_path, monkeypatch, name: str, table: str, build, caches=()) -> None:
    """A user's lexicon `name` holding `table` (a header and one row) makes `build()` fail
    with an error naming that file and line 2; the lexicon caches (`load` and `caches`,
    functions with `cache_clear`) are emptied before and after."""
    from marsad.errors import ResourceError
    from marsad.lexicon import load

    def clear():
        for fn in (load, *caches):
            fn.cache_clear()
    (tmp_path / name).write_text(table, encoding="utf-8")
    monkeypatch.setenv("MARSAD_RESOURCES", str(tmp_path))
    clear()
    try:
        with pytest.raises(ResourceError) as exc:
            build()
        assert str(exc.value).startswith(f"{tmp_path / name}:2:")
    finally:
        monkeypatch.delenv("MARSAD_RESOURCES")
        clear()


def events(rec, type_):
    return [e for e in rec["events"] if e["type"] == type_]


def coded(pipeline, sentence, type_, published="2021-03-03"):
    """The events of one type in a sentence run through the pipeline."""
    from marsad.api_functions import extract
    return events(extract(sentence, pipeline=pipeline, published=published), type_)


def parties(rec):
    """Every actor on either side of a record's events."""
    return [a for e in rec["events"] for a in e["source"] + e["target"]]


def countries(actors):
    return {a["country"] for a in actors if a.get("country")}


def trigger_types(sentence):
    """The types of the triggers the lexicon finds in a sentence, in order."""
    from marsad.stages.events import find_triggers
    from marsad.text import normalize, tokenize
    return [t.type for _, _, t in find_triggers([t.norm for t in tokenize(normalize(sentence))])]


@pytest.fixture(scope="session")
def reference_text() -> str:
    return need(REFERENCE).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from marsad.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def reference_record(pipeline):
    from marsad.api_functions import extract_records
    recs = list(extract_records([str(need(REFERENCE))], published="2020-08-18", pipeline=pipeline))
    assert len(recs) == 1 and isinstance(recs[0], dict), recs
    return recs[0]


@pytest.fixture(scope="session")
def snn_articles():
    """The first 300 SaudiNewsNet articles (as Articles, not yet run)."""
    from marsad.article import Article
    from marsad.io.readers import read_inputs
    zips = sorted(need(SAUDINEWSNET).glob("*.zip"))
    out = []
    for item in read_inputs([str(zips[0])]):
        if isinstance(item, Article):
            out.append(item)
        if len(out) >= 300:
            break
    return out
