"""Lexicon files: every shipped one loads; a bad line fails naming file and line."""
import pytest

from marsad.errors import ResourceError
from marsad.lexicon import all_lexicons, load, parse_table

from tests.conftest import assert_user_row_rejected


def test_every_shipped_lexicon_loads():
    names = all_lexicons()
    assert {"boilerplate.tsv", "outlets.tsv", "sections.tsv", "months.tsv", "places.tsv"} <= set(names)
    for name in names:
        assert len(load(name)) > 0, name


def test_bad_line_names_file_and_line(tmp_path):
    p = tmp_path / "roles.tsv"
    p.write_text("# comment\nname\tcountry\nوزير\tTUR\nسفير\n", encoding="utf-8")
    with pytest.raises(ResourceError) as exc:
        parse_table(p)
    assert str(exc.value).startswith(f"{p}:4:")


def test_missing_required_column(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text("name\nوزير\n", encoding="utf-8")
    with pytest.raises(ResourceError, match="lacks column"):
        parse_table(p, ("name", "country"))


def test_user_directory_extends_a_lexicon(tmp_path, monkeypatch):
    (tmp_path / "sections.tsv").write_text("name\nشؤون ليبية\n", encoding="utf-8")
    monkeypatch.setenv("MARSAD_RESOURCES", str(tmp_path))
    load.cache_clear()
    try:
        names = [r["name"] for r in load("sections.tsv")]
        assert "شؤون ليبية" in names and "محلي" in names
    finally:
        load.cache_clear()


def test_an_ambiguous_actor_name_must_be_one_of_its_names(tmp_path, monkeypatch):
    from marsad.kb import KB
    (tmp_path / "actors.tsv").write_text(
        "name\ttype\tcountry\tsector\taliases?\tambiguous?\nحركة أمل\tORG\tLBN\tPTY\tأمل\tالأمل\n",
        encoding="utf-8")
    monkeypatch.setenv("MARSAD_RESOURCES", str(tmp_path))
    load.cache_clear()
    try:
        with pytest.raises(ResourceError) as exc:
            KB()
        assert str(exc.value).startswith(f"{tmp_path / 'actors.tsv'}:2:")
    finally:
        load.cache_clear()


def test_group_nouns_are_found_in_their_derived_cases_and_numbers():
    from marsad.kb import group_inflections, kb, key
    assert {"جنديان", "جنديين", "جنديون"} <= set(group_inflections("جندي"))
    assert group_inflections("مواطنين") == ["مواطنون", "مواطنين"]
    assert group_inflections(key("قوة")) == ["قوتان", "قوتين"]
    k = kb()
    # derived forms the corpus has count as the listed noun; a plural in ات is not derived
    # (كتيبات are booklets, the battalions كتائب)
    assert k.group_of([key("جنديين")])[1] == "MIL"
    assert k.group_of([key("انتحاريون")])[1] == "UAF"
    assert k.group_of([key("كتيبات")]) is None


def test_a_counted_date_expression_needs_a_count_offset(tmp_path, monkeypatch):
    from marsad.stages import dates
    assert_user_row_rejected(tmp_path, monkeypatch, "relative_dates.tsv",
                             "expression\tunit\toffset\nقبل N فصول\tmonth\t-3\n", dates._tables,
                             (dates._tables, dates._counted_patterns, dates._pattern))


def test_an_agency_is_no_and_like_the():
    from marsad.kb import is_definite, strip_article
    # وكالة، وكالات: "agency", not و + ك + ال; "وكالعادة" is "and as usual"
    assert not is_definite("وكاله") and not is_definite("وكالات") and strip_article("وكالته") == "وكالته"
    assert strip_article("وكالعاده") == "عاده" and strip_article("والاتفاق") == "اتفاق"


def test_an_ordinal_day_past_the_month_or_a_month_past_twelve_is_rejected(tmp_path, monkeypatch):
    from marsad import calendar
    from marsad.stages import dates
    assert_user_row_rejected(tmp_path, monkeypatch, "ordinal_days.tsv", "word\tday\nالثاني والثلاثين\t32\n",
                             dates._ordinal_days, (dates._ordinal_days, dates._pattern))
    assert_user_row_rejected(tmp_path, monkeypatch, "months.tsv", "name\tmonth\tcalendar\nسمبر\t13\tgregorian\n",
                             calendar.months, (calendar.months, dates._pattern))
    assert_user_row_rejected(tmp_path, monkeypatch, "feasts.tsv", "name\tcalendar\tmonth\tday\nعيد النصر\tlunar\t3\t1\n",
                             dates._feasts, (dates._feasts, dates._pattern))
    assert_user_row_rejected(tmp_path, monkeypatch, "feast_days.tsv", "words\toffset\nعاشر أيام\t40\n",
                             dates._feast_days, (dates._feast_days, dates._pattern))


def test_a_trigger_whose_follows_reach_is_no_number_fails_naming_its_line(tmp_path, monkeypatch):
    from marsad.stages import events
    # a reach that is a number is read: opening is a shooting with fire among the seven words after it
    (opening,) = [t for t in events._triggers()[0].get("فتح", []) if t.follows]
    assert opening.follows_reach == 7 and "النار" in opening.follows
    assert_user_row_rejected(tmp_path, monkeypatch, "triggers.tsv",
                             "trigger\ttype\tmode?\tcontext?\trole?\tnot_after?\tneeds?\n"
                             "فتح\tASSAULT\tfirearms\t\tfinite\t\tfollows:gunfire:many\n",
                             events._triggers, (events._triggers,))


def test_a_group_that_stands_alone_is_yes_no_or_next_to_its_nationality(tmp_path, monkeypatch):
    from marsad.kb import kb
    k = kb()
    # the regime names an actor only with the nationality right after it; a force, one word apart too
    assert "النظام" in k.group_adjacent and k.group_of(["النظام"])[2] is False and "قوه" not in k.group_adjacent
    assert_user_row_rejected(tmp_path, monkeypatch, "groups.tsv", "noun\tsector\talone?\nالنظام\tGOV\tnear\n",
                             kb, (kb,))


def test_a_group_of_many_states_is_placed_nowhere(tmp_path, monkeypatch):
    from marsad.kb import kb
    k = kb()
    assert k.unplaced("والقوى الكبرى") and k.unplaced("الدول الغربية") and not k.unplaced("قوات الأمن")
    assert_user_row_rejected(tmp_path, monkeypatch, "groups.tsv",
                             "noun\tsector\talone?\tadjective?\tplaced?\nالدول الكبرى\tGOV\t\t\tsometimes\n", kb, (kb,))


def test_a_name_two_actors_share_names_the_one_the_article_makes_sure():
    from marsad.kb import kb, key
    k = kb()
    yemen = key("شن طيران التحالف غارات على مواقع الحوثيين في صنعاء")
    syria = key("استهدف طيران التحالف بعدة غارات مدينة الرقة حيث يسيطر تنظيم داعش")
    egypt = key("وطالب التحالف أنصاره بمواصلة تنظيم المظاهرات")
    assert k.actor_in("طيران التحالف", yemen).country == "SAU"
    assert k.actor_in("طيران التحالف", syria).country == "IGO"
    assert k.actor_in("قوات التحالف", egypt) is None
    # both names at once: the first row of the file, the Arab coalition
    assert k.actor_in("قوات التحالف", yemen + " " + syria).country == "SAU"


def test_a_qualifier_after_a_nationality_names_another_country(tmp_path, monkeypatch):
    from marsad.kb import kb, key
    k = kb()
    for words, country in (("الكوري الشمالي", "PRK"), ("كورية شمالية", "PRK"), ("الكوري الجنوبي", "KOR"), ("الكوري", "KOR")):
        assert k.nationality_at([key(w) for w in words.split()], 0)[0] == country
    assert_user_row_rejected(tmp_path, monkeypatch, "nationalities.tsv",
                             "adjective\tcountry\tplurals?\tqualified?\nكوري\tKOR\t\tالشمالي=North\n", kb, (kb,))
