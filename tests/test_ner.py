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
    tagger = load_tagger()
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
