"""The pipeline: batches give the same records as one article at a time; a bad
page in a batch comes out as its error, in its place."""
import copy
from pathlib import Path

from marsad.article import Article
from marsad.errors import InputError
from marsad.io.readers import read_inputs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _inputs(snn_articles):
    items = list(read_inputs([str(EXAMPLES / "awj-2020-08-tripoli.txt"), str(EXAMPLES / "sample-wire.jsonl")]))
    return items + list(snn_articles[:40])


def test_batches_equal_single_articles(pipeline, snn_articles):
    items = [x for x in _inputs(snn_articles) if isinstance(x, Article)]
    single = [pipeline(copy.deepcopy(a)).to_record() for a in items]
    batched = [a.to_record() for a in pipeline.pipe(copy.deepcopy(items), batch_size=16)]
    assert len(batched) == len(single) > 10
    assert batched == single


def test_a_bad_page_in_a_batch_keeps_its_place(pipeline):
    good = Article(raw="قال وزير الخارجية المصري إن بلاده ترفض أي تدخل أجنبي في ليبيا.", origin="good.txt")
    bad = Article(raw="This page is written in English and has no Arabic at all in its body.", origin="bad.txt")
    out = list(pipeline.pipe([good, bad, copy.deepcopy(good)], batch_size=8))
    assert isinstance(out[0], Article) and isinstance(out[2], Article)
    assert isinstance(out[1], InputError) and "bad.txt" in str(out[1])
    assert out[0].to_record()["entities"] == out[2].to_record()["entities"]


def test_the_collector_runs_at_the_configured_thresholds_during_a_batch_only(tmp_path):
    import gc

    import pytest

    from marsad.errors import ConfigError
    from marsad.pipeline import Pipeline, stage
    from marsad.settings import load_settings

    seen = []

    @stage("gc_probe", needs=("text",))
    def make_probe(settings):
        def probe(article):
            seen.append(gc.get_threshold())
            return article
        return probe

    cfg = tmp_path / "marsad.toml"
    cfg.write_text("[pipeline]\ngc_threshold = [12345, 17, 9]\n", encoding="utf-8")
    p = Pipeline(["clean", "metadata", "gc_probe"], settings=load_settings(str(cfg)))
    before = gc.get_threshold()
    out = list(p.pipe([Article(raw="تظاهر آلاف الطلاب في القاهرة أمس احتجاجا على الغلاء.", origin="a.txt")]))
    assert isinstance(out[0], Article)
    assert seen == [(12345, 17, 9)]
    assert gc.get_threshold() == before
    cfg.write_text("[pipeline]\ngc_threshold = [100, 0]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="gc_threshold"):
        Pipeline(["clean"], settings=load_settings(str(cfg)))
