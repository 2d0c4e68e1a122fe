"""Datelines in their common Arabic forms, outlets and bylines."""
import pytest

from marsad.api_functions import extract

BODY = "أعلنت الحكومة في بيان اليوم أن الوزير سيزور العاصمة الأسبوع المقبل لبحث التعاون."


@pytest.mark.parametrize("page,place,outlet,country", [
    ("أوج – طرابلس\n" + BODY + "\n" + BODY, "طرابلس", "أوج", "LBY"),
    ("طرابلس - أوج\n" + BODY + "\n" + BODY, "طرابلس", "أوج", "LBY"),
    ("القاهرة (رويترز) - " + BODY, "القاهرة", "رويترز", "EGY"),
    ("بيروت (أ ف ب) - " + BODY, "بيروت", "أ ف ب", "LBN"),
    ("دمشق، سوريا (CNN) -- " + BODY, "دمشق", "CNN", "SYR"),
    ("الرياض - واس: " + BODY, "الرياض", "واس", "SAU"),
    ("سبق- الرياض: " + BODY, "الرياض", "سبق", "SAU"),
])
def test_dateline_forms(pipeline, page, place, outlet, country):
    rec = extract(page, pipeline=pipeline)
    assert rec["dateline"]["text"] == place
    assert rec["dateline"]["country"] == country
    assert rec["dateline"]["lat"] is not None and rec["dateline"]["geonameid"]
    assert rec["outlet"] == outlet


def test_agency_only_dateline(pipeline):
    rec = extract("(أ ف ب) - " + BODY, pipeline=pipeline)
    assert rec["outlet"] == "أ ف ب" and rec["dateline"] is None


def test_byline_with_place_gives_dateline_and_author(pipeline):
    rec = extract(BODY, pipeline=pipeline, author="لندن: رنيم حنوش", outlet="aawsat")
    assert rec["dateline"]["text"] == "لندن" and rec["dateline"]["country"] == "GBR"
    assert rec["author"] == "رنيم حنوش"
    assert rec["outlet"] == "الشرق الأوسط"


def test_byline_naming_the_outlet_is_not_an_author(pipeline):
    rec = extract(BODY, pipeline=pipeline, author="لندن: «الشرق الأوسط أونلاين»", outlet="aawsat")
    assert rec["author"] is None and rec["dateline"]["text"] == "لندن"


def test_tripoli_of_a_libyan_outlet_is_in_libya_not_lebanon(reference_record):
    dl = reference_record["dateline"]
    assert dl["country"] == "LBY" and dl["geonameid"] == 2210247
    assert abs(dl["lat"] - 32.887) < 0.01 and abs(dl["lon"] - 13.187) < 0.01


def test_page_date_line_sets_published(pipeline):
    page = "عنوان الخبر عن الزيارة\nتاريخ النشر: 18 أغسطس 2020\n" + BODY + "\n" + BODY
    rec = extract(page, pipeline=pipeline, published="2021-01-01")
    assert rec["published"] == "2020-08-18"
    rec = extract(BODY + "\n" + BODY, pipeline=pipeline, published="2021-01-01")
    assert rec["published"] == "2021-01-01"


def test_the_place_of_an_inline_dateline_is_not_where_the_event_was(pipeline):
    rec = extract('واس- الرياض: نفّذت قوات التحالف الدولي ضد تنظيم "داعش" الإرهابي تسع ضربات جوية على مواقع '
                  "للتنظيم في سوريا، و14 ضربة أخرى في العراق.", pipeline=pipeline, published="2015-07-20")
    (strikes, *_) = [e for e in rec["events"] if e["type"] == "ASSAULT"]
    assert [a["country"] for a in strikes["source"]] == ["IGO"]
    assert strikes["location"]["country"] == "SYR"


def test_a_reporters_byline_opening_the_body_names_the_outlet_and_no_place(pipeline):
    rec = extract("أيمن حسن – سبق: " + BODY, pipeline=pipeline)
    assert rec["outlet"] == "سبق" and rec["dateline"] is None
    # a reporter's name is no place, and two words that are not an outlet no byline
    rec = extract("قال الوزير – أمس: " + BODY, pipeline=pipeline)
    assert rec["outlet"] is None


def test_a_paper_and_the_agency_it_quotes_name_no_place(pipeline):
    rec = extract(BODY, pipeline=pipeline, author="الوئام - كونا:", outlet="الوئام")
    assert rec["dateline"] is None  # كونا is Kuwait's agency, not Kuna in Idaho
    rec = extract(BODY, pipeline=pipeline, author="الكويت - كونا", outlet="الوئام")
    assert rec["dateline"]["country"] == "KWT"


def test_a_dateline_is_a_city_where_a_country_bears_its_name(pipeline):
    assert extract("عمان - أ ف ب: " + BODY, pipeline=pipeline)["dateline"]["country"] == "JOR"  # Amman, not Oman
    rec = extract("الكويت - كونا: " + BODY, pipeline=pipeline)
    assert rec["dateline"]["country"] == "KWT" and rec["dateline"]["geonameid"] != 285570  # the city, not the state
    assert extract("لبنان - أ ف ب: " + BODY, pipeline=pipeline)["dateline"]["country"] == "LBN"


def test_a_reporters_name_or_a_desk_beside_the_outlet_is_no_place():
    from marsad.datelines import parse_line
    for line, outlet in (("متابعات - عين اليوم", "عين اليوم"), ("داليا أبوالعيش - عين اليوم", "عين اليوم")):
        dl = parse_line(line)
        assert dl is not None and dl.place is None and dl.outlet == outlet, line
    assert parse_line("أوج – طرابلس").place == "طرابلس"


def test_a_reporter_before_the_outlet_and_the_place_is_the_author_not_a_party(pipeline):
    rec = extract("فايز الاسمري - سبق- الرياض : أكدت إدارة نادي الهلال أنه في حال توصلها لأي اتفاق مع إحدى الشركات "
                  "لرعاية النادي، ستعلن عن كافة التفاصيل عبر مركز الأمير فهد بن سلمان الإعلامي في النادي.",
                  pipeline=pipeline)
    assert rec["dateline"]["text"] == "الرياض" and rec["outlet"] == "سبق" and rec["author"] == "فايز الاسمري"
    assert not any(a["text"] in ("فايز الاسمري", "الإعلامي") for e in rec["events"] for a in e["source"] + e["target"])
