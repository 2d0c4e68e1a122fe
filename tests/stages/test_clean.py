"""Page cleaning on real pages: the reference text page and a real HTML page."""
import pytest
from hypothesis import given, settings, strategies as st

from marsad.api_functions import extract
from marsad.errors import InputError
from marsad.stages.clean import chrome_kind
from tests.conftest import HTML_PAGE, need


def test_reference_page_metadata(reference_record, reference_text):
    r = reference_record
    assert r["section"] == "محلي"
    assert r["outlet"] == "أوج"
    assert r["dateline"]["text"] == "طرابلس"
    assert r["title"].startswith("بعد زيارة أكار والعطية.. متحدث الرئاسي")
    assert r["published"] == "2020-08-18"


def test_reference_page_chrome_removed_body_intact(reference_record, reference_text):
    text = reference_record["text"]
    assert "مقالات ذات صلة" not in text and "زر الذهاب إلى الأعلى" not in text
    assert reference_record["removed"] == ["مقالات ذات صلة", "زر الذهاب إلى الأعلى"]
    assert not text.startswith("أوج") and "محلي\n" not in text
    # every body paragraph of the page is in the text, unchanged
    body = reference_text.split("أوج – طرابلس\n", 1)[1].split("مقالات ذات صلة")[0]
    for para in [p.strip() for p in body.split("\n") if p.strip()]:
        assert para in text
    assert text.startswith("قال المتحدث باسم المجلس الرئاسي")
    assert text.endswith("تعزيز الاستقرار في البلاد.")


def test_one_sentence_text_is_returned_unchanged(pipeline):
    sentence = "وقال المتحدثُ باسم الحكومة إن الوزير وصل إلى طرابلس أمس الاثنين."
    rec = extract(sentence, pipeline=pipeline)
    assert rec["text"] == sentence
    assert rec["sentences"] == [[0, len(sentence)]]
    assert rec["title"] is None and rec["removed"] == []


def test_html_page_body_kept_comment_policy_and_menus_dropped(pipeline):
    html = need(HTML_PAGE).read_text(encoding="utf-8")
    rec = extract(html, pipeline=pipeline)
    text = rec["text"]
    assert "سيطروا على ثلاثة مستودعات للذخيرة" in text
    assert "في بيان يأتي بالترافق مع الحديث" in text
    assert "ترحب شبكة CNN بالنقاش" not in text and "الآراء الواردة أدناه" not in text
    assert "سياسة الخصوصية" not in text
    assert rec["title"] == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert rec["dateline"]["text"] == "دمشق" and rec["dateline"]["country"] == "SYR"
    assert rec["published"] == "2013-08-03"
    for menu in ("الرئيسية", "اتصل بنا", "جميع الحقوق محفوظة"):
        assert menu not in text


@pytest.mark.parametrize("line,kind", [
    ("مقالات ذات صلة", "related-block"),
    ("زر الذهاب إلى الأعلى", "back-to-top"),
    ("شارك على فيسبوك", "share"),
    ("فيسبوك | تويتر | واتساب", "share"),
    ("طباعة", "print"),
    ("تابعونا على تويتر", "follow"),
    ("الرئيسية » أخبار » محلي", "breadcrumb"),
    ("الوسوم: ليبيا، تركيا، قطر", "tags"),
    ("\xa0 سمات التحالف اليمن هادي هدنة", "tags"),
    ("جميع الحقوق محفوظة © 2020", "copyright"),
    ("عاجل | انفجار في بيروت", "ticker"),
    ("اقرأ أيضاً: السراج يستقبل وزيري الدفاع", "related"),
])
def test_chrome_lines_are_recognised(line, kind):
    assert chrome_kind(line) == kind


@pytest.mark.parametrize("line", [
    "وقال المتحدث إن الحكومة لن تشارك في الاجتماع المقبل.",
    "شارك آلاف المتظاهرين في مسيرة وسط العاصمة طرابلس أمس.",
    "وأكد أن جميع الحقوق محفوظة للشعب الليبي في ثرواته وأن الحكومة ستدافع عنها بكل الوسائل المتاحة.",
    "سمات القيادة الناجحة كثيرة ومن أهمها القدرة على الإقناع والتواصل مع الآخرين في كل الظروف والأوقات الصعبة.",
])
def test_body_lines_are_not_chrome(line):
    assert chrome_kind(line) is None


def test_related_block_drops_the_headlines_after_it_but_not_body(pipeline):
    page = ("وصل وزير الخارجية إلى العاصمة في زيارة رسمية تستمر يومين.\n\n"
            "وبحث الوزير مع نظيره العلاقات الثنائية وسبل تطويرها.\n\n"
            "اقرأ أيضا\nالسراج يستقبل وزيري الدفاع التركي والقطري\nمجلس النواب يعقد جلسته\n")
    rec = extract(page, pipeline=pipeline)
    assert "السراج يستقبل" not in rec["text"] and "مجلس النواب" not in rec["text"]
    assert rec["text"].endswith("وسبل تطويرها.")


def test_tags_run_on_after_the_last_sentence_are_cut(pipeline):
    page = ("وقال المتحدث إن الطائرات قصفت مواقع المسلحين في المحافظة.\n\n"
            "وأضاف أن المفاوضات حققت تقدما كبيرا حتى الآن. سمات الحرب اليمن علي صالح")
    rec = extract(page, pipeline=pipeline)
    assert rec["text"].endswith("حتى الآن.") and "سمات الحرب اليمن علي صالح" in rec["removed"]
    assert "علي صالح" not in [e["text"] for e in rec["entities"]]
    # the word as a noun of the body ("features") is kept
    body = "وقال الخبير إن هذه من سمات الاقتصاد السعودي في السنوات الأخيرة"
    assert extract(body, pipeline=pipeline)["text"] == body


def test_a_share_bar_run_into_the_first_sentence_is_cut(pipeline):
    page = ("وزير الخارجية يلتقي نظيره\n\n"
            "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد وزير الخارجية السعودي عادل الجبير أن المملكة "
            "تدعم الحكومة اليمنية.\n\nوقال إن الحوثيين رفضوا الحوار.")
    rec = extract(page, pipeline=pipeline)
    assert rec["text"].startswith("أكد وزير الخارجية السعودي")
    assert "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك" in rec["removed"]
    assert not any("فيسبوك" in e["text"] for e in rec["entities"])
    # a page that speaks of the networks keeps its words
    body = "وقالت جوجل في رسالة عبر موقع التواصل الاجتماعي جوجل بلس إن الخدمة ستتوقف."
    assert extract(body, pipeline=pipeline)["text"] == body


def test_a_columnist_s_other_articles_run_together_are_cut(pipeline):
    page = ("الإعلامي عندما يتنازل عن مبادئه يكون ضرره أشد فتكاً من ضرر بائعي الأطعمة منتهية الصلاحية!.\n"
            "مقالات أخرى للكاتبلا تكن صاحب «اختراع» !الرياض: أرقام قضايا مخيفة!180 ألف «متهرب»..!16 وزارة ترفض "
            "(النزاهة)!")
    rec = extract(page, pipeline=pipeline, published="2015-08-03")
    assert "وزارة ترفض" not in rec["text"] and not [e for e in rec["events"] if e["type"] == "REJECT"]
    body = "وقال الكاتب إن مقالات أخرى للكاتب نفسه نشرت في الصحيفة الأسبوع الماضي عن الموضوع ذاته."
    assert extract(body, pipeline=pipeline)["text"] == body


def test_non_arabic_and_chrome_only_pages_are_errors(pipeline):
    with pytest.raises(InputError, match="not an Arabic page"):
        extract("This is an English page about the weather in London today. It rains.", pipeline=pipeline)
    with pytest.raises(InputError, match="no article text"):
        extract("مقالات ذات صلة\nزر الذهاب إلى الأعلى\n", pipeline=pipeline)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآىةؤئﻻ٠١٢abcXYZéß_123 ،.\n\u064b\u0640😀𝐀", max_size=300))
def test_arabic_ratio_counts_as_the_letter_classes_define(text):
    from marsad.stages.clean import _ARABIC, _LETTER, arabic_ratio
    letters = sum(map(len, _LETTER.findall(text)))
    expected = sum(map(len, _ARABIC.findall(text))) / letters if letters else 0.0
    assert arabic_ratio(text) == expected
