"""Property-based tests of the whole extract pipeline on generated Arabic-like text:
it never fails except with InputError, every offset lies inside `text`, and every
span's slice equals its text."""
from hypothesis import HealthCheck, given, settings, strategies as st

from marsad.api_functions import extract
from marsad.errors import InputError

WORDS = ["قال", "وقال", "أكد", "المتحدث", "باسم", "الحكومة", "الوفاق", "طرابلس", "سرت", "أمس", "اليوم",
         "الاثنين", "إن", "أن", "مظاهرة", "تظاهر", "هجوم", "قصف", "زيارة", "وزير", "الدفاع", "التركي",
         "خلوصي", "أكار", "فائز", "السراج", "غير", "الشرعية", "لن", "تقبل", "إلا", "إذا", "18", "أغسطس",
         "2020", "١٤٤١", "ذو", "الحجة", "«", "»", "“", "”", "\"", "،", ".", ":", "؟", "\n", "\n\n",
         "ـ", "\u064e", "\u200f", "\u200b", "ﻻ", "مقالات ذات صلة", "زر الذهاب إلى الأعلى", "(", ")", "-", "–",
         "أوج", "رويترز", "القاهرة", "بيان", "صادر", "عن", "مكتب", "ومن", "في", "على", "قوات", "الجيش"]


def check(rec):
    text = rec["text"]
    n = len(text)
    for s, e in rec["sentences"]:
        assert 0 <= s < e <= n
    for x in rec["entities"] + rec["dates"] + rec["framing"]:
        assert 0 <= x["start"] <= x["end"] <= n and text[x["start"]:x["end"]] == x["text"]
    for q in rec["quotes"]:
        assert 0 <= q["start"] < q["end"] <= n and text[q["start"]:q["end"]] == q["content"]
    for v in rec["events"]:
        t = v["trigger"]
        assert text[t["start"]:t["end"]] == t["text"]
        for m in v["mentions"]:
            assert text[m["trigger"]["start"]:m["trigger"]["end"]] == m["trigger"]["text"]
        ids = {e["id"] for e in rec["entities"]}
        for a in v["source"] + v["target"]:
            assert a["entity"] is None or a["entity"] in ids
            assert a["text"] in text  # an actor's text is a stretch of the article


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=60), st.sampled_from([" ", "", "  "]),
       st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_extract_never_breaks_and_offsets_hold(pipeline, words, sep, published):
    page = sep.join(words) if sep else "".join(words)
    try:
        rec = extract(page, pipeline=pipeline, published=published)
    except InputError:
        return
    check(rec)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" \n.،«»\"ﻻ\u200f"),
               min_size=1, max_size=300))
def test_extract_on_arbitrary_arabic_block_text(pipeline, page):
    try:
        rec = extract(page, pipeline=pipeline, published="2020-08-18")
    except InputError:
        return
    check(rec)


def test_real_articles_keep_the_invariants(pipeline, snn_articles):
    """The same invariants on 300 real SaudiNewsNet articles."""
    for article in pipeline.pipe(list(snn_articles)):
        if not isinstance(article, InputError):
            check(article.to_record())
