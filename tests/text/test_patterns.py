import re

from marsad.calendar import months
from marsad.text.normalize import fold
from marsad.text.patterns import alternation


def _naive(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def test_longest_word_wins_and_spaces_match_any_whitespace():
    rx = re.compile(alternation(["امس", "امس الاول", "الاثنين", "الاثنين المقبل", "ال"]))
    assert rx.match("امس  الاول").group() == "امس  الاول"
    assert rx.match("امس الاولى").group() == "امس الاول"
    assert rx.match("امسية").group() == "امس"
    assert rx.match("الاثنين\nالمقبل").group() == "الاثنين\nالمقبل"
    assert rx.match("الخميس").group() == "ال"
    assert rx.match("غدا") is None


def test_same_matches_as_the_plain_alternation_on_month_names():
    names = list(months())
    text = fold("وصل الوفد في 17 أغسطس 2020 ثم في شهر ذي الحجة وفي كانون الثاني الماضي "
                "أو أيلول أو سبتمبر ثم نوفمبر المقبل و 3 ربيع الأول 1442 هـ")
    trie = re.compile(rf"(?<!\w)({alternation(names)})(?!\w)")
    plain = re.compile(rf"(?<!\w)({_naive(names)})(?!\w)")
    found = [m.span() for m in trie.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert len(found) >= 6


def test_no_words_matches_nothing():
    assert re.compile(alternation([])).search("أي نص") is None
