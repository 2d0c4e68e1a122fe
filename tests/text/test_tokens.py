import pytest

from marsad.models import word_frequencies
from marsad.text import normalize, segment, tokenize
from marsad.text.tokens import split_clitics


def segs(word, vocab=None):
    n = normalize(word)
    (tok,) = tokenize(n)
    return [(s.text, s.kind) for s in segment(tok, n, vocab)]


def test_surface_tokens_keep_original_spans():
    text = "قالَ المتحدثُ، ٢٠ مليون (3.5%)"
    n = normalize(text)
    toks = tokenize(n)
    assert [t.text for t in toks] == ["قالَ", "المتحدثُ", "،", "٢٠", "مليون", "(", "3.5", "%", ")"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert toks[3].norm == "20"


def test_article_and_conjunction_are_split_without_a_vocabulary():
    assert segs("والعطية") == [("و", "proclitic"), ("ال", "article"), ("عطية", "stem")]
    assert segs("وبالعاصمة") == [("و", "proclitic"), ("ب", "proclitic"), ("ال", "article"), ("عاصمة", "stem")]
    assert segs("للوفاق") == [("ل", "proclitic"), ("ل", "article"), ("وفاق", "stem")]


def test_diacritics_inside_a_clitic_word_stay_in_the_right_segment():
    parts = segs("وَالعَطِيَّة")
    assert "".join(p for p, _ in parts) == "وَالعَطِيَّة"
    assert parts == [("وَ", "proclitic"), ("ال", "article"), ("عَطِيَّة", "stem")]


@pytest.fixture(scope="module")
def vocab():
    v = word_frequencies()
    if v is None:
        pytest.skip("models/wordfreq.tsv.gz not built")
    return v


def test_vocabulary_splits_single_letter_clitics_only_when_the_rest_is_a_word(vocab):
    assert segs("وقال", vocab) == [("و", "proclitic"), ("قال", "stem")]
    assert segs("وزير", vocab) == [("وزير", "stem")]
    assert segs("بلاد", vocab) == [("بلاد", "stem")]
    assert segs("لحكومة", vocab) == [("ل", "proclitic"), ("حكومة", "stem")]


def test_pronoun_suffixes(vocab):
    pre, stem, suf = split_clitics(normalize("وزيرها").text, vocab)
    assert (stem, suf) == ("وزير", "ها")
    pre, stem, suf = split_clitics(normalize("حكومتهم").text, vocab)
    assert suf == "هم"


def test_taa_marbuta_is_not_a_pronoun(vocab):
    assert segs("حكومة", vocab) == [("حكومة", "stem")]
