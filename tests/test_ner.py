"""The NER model: the numpy decoder equals crfsuite's own, CoNLL reading and scoring."""
from bisect import bisect_left

import pytest

from marsad.ner.conll import read_conll, spans
from marsad.ner.metrics import score
from marsad.ner.tagger import load_tagger


def test_numpy_viterbi_equals_crfsuite(reference_record, pipeline):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from marsad.article import Article
    a = pipeline(Article(raw=reference_record["text"]))
    starts = [t.start for t in a.tokens]
    sents = [[t.norm for t in a.tokens[bisect_left(starts, s):bisect_left(starts, e)]] for s, e in a.sentences]
    tagger = load_tagger(neural=False)  # the CRF alone, without the neural scorer's scores
    crf = pycrfsuite.Tagger()
    from marsad.models import NER_MODEL
    crf.open(str(NER_MODEL))
    # a model may learn BILOU tags; the tagger answers in BIO
    from marsad.ner.tagger import to_bio
    assert tagger.tag_many(sents) == [[to_bio(t) for t in crf.tag(tagger.fz.sentence(s))] for s in sents]


def test_conll_reading_and_entity_scores(tmp_path):
    p = tmp_path / "g.txt"
    p.write_text("وصل O\nالوزير O\nخلوصي B-PERS\nأكار I-PERS\nإلى O\nطرابلس B-LOC\n. O\n", encoding="utf-8")
    ((toks, tags),) = read_conll(p)
    assert spans(tags) == [("PER", 2, 4), ("LOC", 5, 6)]
    s = score([tags], [["O", "O", "B-PER", "O", "O", "B-LOC", "O"]])
    assert s["LOC"]["f1"] == 1.0 and s["PER"]["f1"] == 0.0 and s["micro"]["precision"] == 0.5


def test_bad_tag_names_the_line(tmp_path):
    from marsad.errors import InputError
    p = tmp_path / "bad.txt"
    p.write_text("وصل O\nأكار B-PERSON\n", encoding="utf-8")
    with pytest.raises(InputError, match=r":2"):
        read_conll(p)


def test_bilou_round_trip():
    from marsad.ner.tagger import to_bilou, to_bio
    bio = ["O", "B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORG"]
    assert to_bilou(bio) == ["O", "B-PERS", "I-PERS", "L-PERS", "O", "U-LOC", "B-LOC", "L-LOC", "O", "U-ORG"]
    assert [to_bio(t) for t in to_bilou(bio)] == bio


def test_a_bilou_model_answers_in_bio(tmp_path):
    pytest.importorskip("pycrfsuite")
    from marsad.ner.tagger import Tagger, train
    from marsad.text.normalize import fold
    sents = [("وصل الوزير خلوصي أكار إلى طرابلس أمس".split(), ["O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]),
             ("التقى فائز السراج في طرابلس".split(), ["O", "B-PERS", "I-PERS", "O", "B-LOC"])] * 5
    path = tmp_path / "bilou.crfsuite"
    train(sents, path, {"max_iterations": 30}, scheme="bilou")
    tagger = Tagger(path)
    assert {"U-LOC", "L-PERS"} <= set(tagger.labels)
    tags = tagger.tag([fold(w) for w in "وصل فائز السراج إلى طرابلس".split()])
    assert all(t == "O" or t[:2] in ("B-", "I-") for t in tags) and tags[-1] == "B-LOC"
    with pytest.raises(ValueError, match="tag scheme"):
        train(sents, path, scheme="bioes")


def test_corpus_name_classes_and_their_file(tmp_path):
    from collections import Counter
    from marsad.errors import ResourceError
    from marsad.ner import namestats
    seen = Counter({"فرحات": 10, "الرياض": 20, "قال": 500, "بولتون": 2})
    inside = {"فرحات": Counter({"PER": 7, "ORG": 0}), "الرياض": Counter({"LOC": 7, "ORG": 3}),
              "قال": Counter({"PER": 2}), "بولتون": Counter({"PER": 2})}
    stats = namestats.classes(seen, inside)
    # shares 0.7 -> level 3, 0.35 -> 2, 0.15 -> 1; under 10 % no class; seen twice: too few
    assert stats == {"فرحات": ("PER3",), "الرياض": ("LOC2", "ORG1")}
    path = namestats.names_path(tmp_path / "ner.crfsuite")
    assert path.name == "ner.names.tsv.gz"
    namestats.write(stats, path)
    assert namestats.read(path) == stats
    import gzip
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("فرحات\tPER3\nالرياض\tPLACE2\n")
    with pytest.raises(ResourceError, match=r"names.tsv.gz:2: .*PLACE2"):
        namestats.read(path)


def test_a_two_stage_model_tags_by_corpus_class(tmp_path):
    """A name the training sentences never show is tagged from its corpus class, and the
    model refuses to run without the statistics it learned from."""
    pytest.importorskip("pycrfsuite")
    from marsad.errors import ResourceError
    from marsad.ner import namestats
    from marsad.ner.tagger import Tagger, train
    from marsad.text.normalize import fold
    names = ["فرحات", "المقداد", "جنبلاط", "الجعفري", "كيتا", "بالاك"]
    others = ["المحلل", "التقرير", "الخبير", "البيان", "المصدر", "الوزير"]
    sents = []
    for name, other in zip(names, others):
        sents.append((f"وقال {name} إن الأسهم تراجعت".split(), ["O", "B-PERS", "O", "O", "O"]))
        sents.append((f"وقال {other} إن السوق هادئة".split(), ["O"] * 5))
    stats = {fold(w): ("PER3",) for w in names + ["بولتون"]}
    path = tmp_path / "two.crfsuite"
    train(sents * 3, path, {"max_iterations": 50}, scheme="bilou", names=stats)
    with pytest.raises(ResourceError, match="two.names.tsv.gz"):
        Tagger(path)
    namestats.write(stats, namestats.names_path(path))
    tagger = Tagger(path)
    assert tagger.tag([fold(w) for w in "وقال بولتون إن السوق هادئة".split()])[1] == "B-PERS"
    assert tagger.tag([fold(w) for w in "وقال الناطق إن السوق هادئة".split()])[1] == "O"


def test_corpus_sentences_are_the_pipeline_words(reference_text, tmp_path):
    from marsad.ner import namestats
    page = tmp_path / "page.txt"
    page.write_text(reference_text, encoding="utf-8")
    sents = list(namestats.corpus_sentences([str(page)]))
    assert len(sents) > 10 and any("الزقلعي" in s for s in sents)
    assert all(w and " " not in w for s in sents for w in s)
