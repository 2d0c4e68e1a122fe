"""The per-word scans and memo tables every stage reads words through."""
from marsad.memo import lookup_all, where_in
from marsad.text.normalize import fold


def test_where_in_finds_words_of_any_list_as_written_and_behind_a_proclitic():
    words = fold("وقالت وزارة الدفاع إن قوات الوفاق ولحماس وجيشها").split()
    heads = {fold("وزارة"), fold("قوات")}
    actors = {fold("حماس")}
    assert where_in(words, heads) == [1, 4]
    # لحماس behind و as well as a head behind و: only one letter comes off
    assert where_in(words, heads, actors, tail=True) == [1, 4]
    assert where_in(fold("وحماس وقوات").split(), heads, actors, tail=True) == [0, 1]
    assert where_in([], heads, tail=True) == []


def test_lookup_all_computes_only_the_words_the_memo_lacks():
    seen = []

    def compute(w):
        seen.append(w)
        memo[w] = w[::-1]
        return memo[w]
    memo = {"غزة": "ةزغ"}
    assert lookup_all(memo, compute, ["غزة", "رفح", "غزة"]) == ["ةزغ", "حفر", "ةزغ"]
    assert seen == ["رفح"]
