"""Time expressions resolved against the publication date."""
import pytest

from marsad.api_functions import extract


def dates(pipeline, text, published="2020-08-18"):
    rec = extract(text, pipeline=pipeline, published=published)
    return rec, [(d["text"], d["value"], d["calendar"]) for d in rec["dates"]]


def test_reference_visit_resolves_to_monday_with_a_warning(reference_record):
    values = {d["text"]: d["value"] for d in reference_record["dates"]}
    assert values["أمس الاثنين"] == "2020-08-17"
    assert values["اليوم الاثنين"] == "2020-08-17"
    assert any("اليوم الاثنين" in w and "2020-08-17" in w for w in reference_record["warnings"])
    assert not any("أمس الاثنين" in w for w in reference_record["warnings"])


@pytest.mark.parametrize("expr,value", [
    ("اليوم", "2020-08-18"), ("أمس", "2020-08-17"), ("أول أمس", "2020-08-16"), ("غداً", "2020-08-19"),
    ("الأسبوع الماضي", "2020-W33"), ("الشهر المقبل", "2020-09"), ("العام الماضي", "2019"),
    ("يوم الخميس الماضي", "2020-08-13"), ("الأحد المقبل", "2020-08-23"),
])
def test_relative_expressions(pipeline, expr, value):
    rec, found = dates(pipeline, f"وقال المتحدث إن الاجتماع عقد {expr} في العاصمة.")
    assert (expr, value, "gregorian") in found


@pytest.mark.parametrize("expr,value", [
    ("18 أغسطس 2020", "2020-08-18"), ("18 آب 2020", "2020-08-18"), ("18 أوت 2020", "2020-08-18"),
    ("١٨ أغسطس ٢٠٢٠", "2020-08-18"), ("2020/08/18", "2020-08-18"), ("18-08-2020", "2020-08-18"),
    ("أغسطس 2020", "2020-08"), ("تشرين الأول 2019", "2019-10"), ("عام 2011", "2011"),
    ("مايو الماضي", "2020-05"),
])
def test_absolute_gregorian_in_every_family(pipeline, expr, value):
    _, found = dates(pipeline, f"وأعلنت الحكومة في {expr} عن خطة جديدة.")
    assert any(t == expr and v == value for t, v, _ in found), found


def test_hijri_dates_are_converted(pipeline):
    _, found = dates(pipeline, "صدر القرار في 15 ذو الحجة 1441 هـ بعد اجتماع المجلس.")
    assert ("15 ذو الحجة 1441 هـ", "2020-08-05", "hijri") in found


def test_without_publication_date_relative_ones_stay_unresolved(pipeline):
    rec = extract("وصل الوزير أمس إلى العاصمة.", pipeline=pipeline)
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [("أمس", None)]


def test_date_offsets_slice_the_text(reference_record):
    for d in reference_record["dates"]:
        assert reference_record["text"][d["start"]:d["end"]] == d["text"]


def test_years_with_their_era_letter_and_hijri_numeric_dates():
    def vals(text):
        return [(d["value"], d["calendar"]) for d in extract(text, published="2015-07-21")["dates"]]
    assert vals("تم إنشاء الصندوق عام 1976م") == [("1976", "gregorian")]
    assert vals("صدر النظام عام 1436هـ") == [("2015", "hijri")]
    assert vals("صدر القرار في 12/5/1436هـ") == [("2015-03-03", "hijri")]
    assert vals("وصل كولومبوس عام 1492") == [("1492", "gregorian")]


@pytest.mark.parametrize("expr, value", [
    ("قبل يومين", "2015-07-31"), ("منذ ثلاثة أيام", "2015-07-30"), ("قبل 10 أيام", "2015-07-23"),
    ("قبل أسبوعين", "2015-W29"), ("قبل حوالي ثلاثة أشهر", "2015-05"), ("قبل خمس سنوات", "2010"),
    ("قبل عامين", "2013"),
])
def test_a_count_of_days_weeks_months_or_years_ago(pipeline, expr, value):
    rec = extract(f"وقال المسؤول إن الهجوم وقع {expr} في المدينة.", pipeline=pipeline, published="2015-08-02")
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [(expr, value)]


def test_since_a_count_of_years_or_before_another_event_is_no_date(pipeline):
    rec = extract("وتشهد سوريا حربا منذ أربع سنوات.", pipeline=pipeline, published="2015-08-02")
    assert rec["dates"] == []
    for text in ("وجاء القبض على الثلاثة قبل يوم واحد من العيد الوطني.",
                 "وقبل يومين من الانتخابات، ألقت الشرطة القبض عليه."):
        assert extract(text, pipeline=pipeline, published="2015-08-02")["dates"] == []


@pytest.mark.parametrize("expr, value", [
    ("27 نوفمبر الماضي", "2014-11-27"), ("15 أغسطس (آب) القادم", "2015-08-15"),
    ("3 يناير المقبل", "2016-01-03"), ("30 تموز (يوليو) الجاري", "2015-07-30"), ("14 أغسطس", "2015-08-14"),
])
def test_a_day_and_month_take_the_year_their_words_tell(pipeline, expr, value):
    # "الماضي" after a day and a month is the last one before publication, "المقبل" the next one
    rec = extract(f"وقال المسؤول إن الاجتماع في {expr} بحث الخطة.", pipeline=pipeline, published="2015-07-21")
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [(expr, value)]


@pytest.mark.parametrize("expr, value", [
    ("نهاية أيار/ مايو", "2015-05"), ("يونيو (حزيران)", "2015-06"), ("أبريل نيسان 2014", "2014-04"),
    ("ديسمبر (كانون الأول) الماضي", "2014-12"), ("تشرين الثاني (نوفمبر) 2004", "2004-11"),
    ("يوليو/تموز 2014", "2014-07"), ("التاسع من أغسطس (آب) 2013", "2013-08-09"),
    ("الحادي والعشرين من سبتمبر 2014", "2014-09-21"), ("مطلع الشهر الماضي", "2015-06"),
    ("منتصف العام", "2015"), ("بدايات العام 2012", "2012"), ("14 مايو (أيار) من العام الحالي", "2015-05-14"),
    ("مارس من العام الماضي", "2014-03"), ("17 رمضان الماضي", "2015-07-04"), ("10 شوال الجاري", "2015-07-26"),
    ("خريف 2012", "2012"), ("صيف العام الماضي", "2014"), ("نهاية 2014", "2014"),
])
def test_a_month_with_its_other_name_alone_or_a_part_of_it(pipeline, expr, value):
    # a month's second name (bracketed, after a slash or bare), a month alone after في or a
    # word of its part, a day as an ordinal word, a Hijri day without a year (the nearest one)
    rec = extract(f"وقال المسؤول إن الاجتماع في {expr} بحث الخطة.", pipeline=pipeline, published="2015-07-21")
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [(expr, value)]


def test_a_province_or_a_word_spelt_as_a_month_is_no_date(pipeline):
    for text in ("وقالت المقاومة في إب إنها رفضت الوساطة.", "وقال الأمين العام إن الحزب مارس الضغط."):
        assert extract(text, pipeline=pipeline, published="2015-07-21")["dates"] == [], text


@pytest.mark.parametrize("expr,value", [
    ("أول أيام عيد الفطر", "2015-07-17"), ("ثالث أيام عيد الفطر المبارك", "2015-07-19"),
    ("اليوم الثاني من عيد الفطر", "2015-07-18"), ("ليلة عيد الفطر", "2015-07-16"),
    ("صباح عيد الأضحى الماضي", "2014-10-04"), ("يوم عرفة", "2015-09-22"), ("ليلة عيد الميلاد", "2015-12-24"),
    ("نهاية اليوم الثالث لعيد الفطر", "2015-07-19"), ("مساء اليوم الأول من عيد الفطر", "2015-07-17"),
])
def test_a_day_of_a_feast_is_that_day_of_the_nearest_one(pipeline, expr, value):
    # (Eid al-Fitr 1436 began on 17 July 2015 by the Umm al-Qura calendar)
    rec = extract(f"وقال المسؤول إن الوفد وصل في {expr} إلى المدينة.", pipeline=pipeline, published="2015-07-21")
    assert [(d["text"], d["value"]) for d in rec["dates"]] == [(expr, value)]


@pytest.mark.parametrize("expr,value", [("مساء أمس الأول", "2015-07-19"), ("هذا اليوم الثلاثاء", "2015-07-21")])
def test_the_evening_before_yesterday_or_today_named_by_its_weekday(pipeline, expr, value):
    # "أمس الأول" is two days back with a time of day before it too; a weekday after اليوم is no
    # ordinal, though a day of the month follows it (هذا اليوم الثلاثاء الخامس من شوال)
    rec = extract(f"وأقيم {expr} الخامس من شوال حفل المعايدة.", pipeline=pipeline, published="2015-07-21")
    assert (expr, value) in [(d["text"], d["value"]) for d in rec["dates"]]


def test_a_feast_alone_or_a_day_counted_from_another_is_no_date(pipeline):
    # a period or an occasion of a feast dates nothing, nor is "the first day of" or "the next day" today
    for text in ("وعاد المسافرون بعد إجازة عيد الفطر إلى أعمالهم.", "وهنأ الأمير المواطنين بمناسبة عيد الفطر.",
                 "وفي اليوم التالي غادر الوفد المدينة.", "وفي اليوم الأول من المؤتمر ناقش المشاركون الخطة."):
        assert extract(text, pipeline=pipeline, published="2015-07-21")["dates"] == [], text


def test_a_past_event_on_a_feast_day_is_the_last_one(pipeline):
    rec = extract("وقتل ثلاثة أشخاص في هجوم على كنيسة ليلة عيد الميلاد.", pipeline=pipeline, published="2015-07-21")
    attacks = [e for e in rec["events"] if e["type"] == "ASSAULT"]
    assert attacks and attacks[0]["date"] == "2014-12-24"


@pytest.mark.parametrize("expr,value", [
    ("في شهر رمضان الماضي", "2015-06"), ("في شهر صفر الماضي", "2014-11"), ("في شهر ذي القعدة المقبل", "2015-08"),
])
def test_a_hijri_month_without_a_year_is_the_last_or_next_one(pipeline, expr, value):
    rec, found = dates(pipeline, f"وقال المتحدث إن الاجتماع عقد {expr} في العاصمة.", published="2015-08-06")
    assert any(v == value and cal == "hijri" for _, v, cal in found), found


def test_a_numeric_hijri_date_with_spaces_around_its_slashes(pipeline):
    rec = extract("وأفاد أنه سيعقد يوم الخميس 28 / 10 / 1436 هـ لقاء عام بحضور أمين العاصمة المقدسة الدكتور أسامة بن "
                  "فضل البار ومدير عام التعليم بمنطقة مكة المكرمة محمد الحارثي.", pipeline=pipeline, published="2015-08-10")
    assert ("28 / 10 / 1436 هـ", "2015-08-13") in [(d["text"], d["value"]) for d in rec["dates"]]
    [meeting] = [e for e in rec["events"] if e["type"] == "CONSULT"]
    assert meeting["date"] == "2015-08-13" and meeting["modality"] == "future"



def test_a_month_told_right_after_a_year_is_that_year_s(pipeline):
    rec = extract("وتعود تفاصيل القضية بين شركتي «موبايلي»، و«زين» إلى عام 2008، وتحديدا في شهر مايو (أيار)، حينما وقعت "
                  "الشركتان اتفاقية.", pipeline=pipeline, published="2015-08-03")
    assert ("شهر مايو (أيار)", "2008-05") in [(d["text"], d["value"]) for d in rec["dates"]]
    rec = extract("وفي عام 2014 زار الرئيس القاهرة. وفي شهر مايو زار الرياض.", pipeline=pipeline, published="2015-08-03")
    assert ("شهر مايو", "2015-05") in [(d["text"], d["value"]) for d in rec["dates"]]
