"""The per-word memo tables every stage reads words through."""
from marsad.memo import lookup_all


def test_lookup_all_computes_only_the_words_the_memo_lacks():
    seen = []

    def compute(w):
        seen.append(w)
        memo[w] = w[::-1]
        return memo[w]
    memo = {"غزة": "ةزغ"}
    assert lookup_all(memo, compute, ["غزة", "رفح", "غزة"]) == ["ةزغ", "حفر", "ةزغ"]
    assert seen == ["رفح"]
