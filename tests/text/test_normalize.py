from hypothesis import given, settings, strategies as st

from marsad.text.normalize import fold, normalize

# characters Arabic news text is made of, including the troublesome ones
ARABIC_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئ"
    "\u064b\u064e\u064f\u0650\u0651\u0652\u0670\u0640"   # harakat, shadda, sukun, dagger alef, tatweel
    "\u200f\u200e\u200b\u200c\u202b\u202c\u2067\u2069\ufeff"  # bidi and zero-width
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳ﻻﻷﺍﺑﺔﻰ"  # Arabic-Indic/Persian digits, presentation forms
    " ،.؟!«»\n0123456789abc"
)


def test_folds_hamza_alef_maqsura_taa_marbuta():
    assert fold("أإآٱ") == "اااا"
    assert fold("مستشفى") == "مستشفي"
    assert fold("حكومة") == "حكومه"


def test_removes_diacritics_tatweel_and_invisible_marks_with_offsets():
    text = "قالَ\u200f المتحــدثُ"
    n = normalize(text)
    assert n.text == "قال المتحدث"
    s = n.text.index("المتحدث")
    start, end = n.span(s, s + len("المتحدث"))
    assert text[start:end] == "المتحــدثُ"  # tatweel inside and the final damma belong to the word


def test_digits_and_presentation_forms():
    n = normalize("عام ٢٠٢٠ و۱۴ ﻻ ﺑﺔ")
    assert n.text == "عام 2020 و14 لا به"
    i = n.text.index("لا")
    assert n.span(i, i + 2) == (n.original.index("ﻻ"), n.original.index("ﻻ") + 1)


def test_identity_text_has_identity_map():
    text = "قال المتحدث باسم المجلس الحكومي"
    n = normalize(text)
    assert n._map is None and n.text == text and n.to_original(5) == 5 and n.span(4, 11) == (4, 11)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ARABIC_ALPHABET, max_size=80))
def test_offset_map_is_monotonic_and_in_bounds(text):
    n = normalize(text)
    positions = [n.to_original(i) for i in range(len(n.text) + 1)]
    assert positions == sorted(positions)
    assert all(0 <= p <= len(text) for p in positions)
    assert n.to_original(len(n.text)) == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ARABIC_ALPHABET, max_size=60), st.data())
def test_every_span_maps_to_text_that_folds_back(text, data):
    n = normalize(text)
    if not n.text:
        return
    a = data.draw(st.integers(0, len(n.text) - 1))
    b = data.draw(st.integers(a + 1, len(n.text)))
    s, e = n.span(a, b)
    assert 0 <= s < e <= len(text)
    # folding the original slice gives back the normalised slice (ligatures may add a letter at the edges)
    folded = fold(text[s:e])
    assert n.text[a:b] in folded


def _by_character(text: str) -> tuple[str, list[int]]:
    """The definition: every character folded on its own, each output character
    mapped to the character it came from."""
    out, where = [], []
    for i, c in enumerate(text):
        f = fold(c)
        out.append(f)
        where += [i] * len(f)
    return "".join(out), where + [len(text)]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ARABIC_ALPHABET, min_size=150, max_size=600), st.booleans(), st.booleans())
def test_long_and_short_texts_fold_by_the_same_definition(text, ligatures, marks):
    # long texts take the code-point table, short ones the regular expression;
    # ligatures (one character, several letters) take str.translate
    if not ligatures:
        text = text.replace("ﻻ", "ل").replace("ﻷ", "ل")
    if not marks:
        text = "".join(c for c in text if len(fold(c)) == 1)
    n = normalize(text)
    expected, where = _by_character(text)
    assert n.text == expected == fold(text)
    assert [n.to_original(i) for i in range(len(n.text) + 1)] == where
    # an explicit map only when some character is removed or expanded
    assert (n._map is None) == all(len(fold(c)) == 1 for c in text)


def test_news_paragraph_with_emoji_and_diacritics():
    text = ("أعلنَ المتحــدثُ باسم الحكومة، اليوم الإثنين، أنّ «الاتفاق» سيُوقَّع قريباً 😀 "
            "في العاصمة طرابلس بحضور وزراء الدفاع، وفق ما نقلته وكالة الأنباء الرسمية. ") * 3
    n = normalize(text)
    assert "اعلن المتحدث باسم الحكومه" in n.text and "😀" in n.text
    i = n.text.index("سيوقع")
    s, e = n.span(i, i + len("سيوقع"))
    assert text[s:e] == "سيُوقَّع"
