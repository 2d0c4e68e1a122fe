"""PLOVER contexts of events from the words of their clause, with evidence."""
from marsad.api_functions import extract

from tests.conftest import assert_user_row_rejected


def _by_trigger(rec):
    return {e["trigger"]["text"]: e for e in rec["events"]}


def test_the_topic_of_a_meeting_is_its_context_with_evidence(pipeline):
    text = "بحث وزير الخارجية السعودي مع نظيره الأردني في الرياض أمس سبل تعزيز التعاون الاقتصادي بين البلدين."
    rec = extract(text, pipeline=pipeline)
    ev = _by_trigger(rec)["بحث"]
    assert ev["contexts"][0] == "diplomatic" and "economic" in ev["contexts"]
    found = [x for x in ev["context_evidence"] if x["context"] == "economic"]
    assert found and all(text[x["start"]:x["end"]] == x["text"] for x in found)
    assert found[0]["text"] == "الاقتصادي"


def test_a_clause_opened_by_fima_keeps_its_own_context(pipeline):
    rec = extract("فجر انتحاري نفسه داخل مسجد للشيعة في القطيف أمس، فيما التقى الرئيس المصري وفدا من رجال الأعمال "
                  "لبحث الاستثمارات.", pipeline=pipeline)
    evs = _by_trigger(rec)
    attack, meeting = evs["فجر"], evs["التقى"]
    assert {"terrorism", "religion_ethnicity"} <= set(attack["contexts"]) and "economic" not in attack["contexts"]
    assert "economic" in meeting["contexts"]
    assert not {"terrorism", "religion_ethnicity"} & set(meeting["contexts"])


def test_an_arrest_for_smuggling_drugs(pipeline):
    rec = extract("اعتقلت الشرطة المغربية أمس ستة أشخاص بتهمة تهريب الحشيش عبر ميناء طنجة.", pipeline=pipeline)
    ev = _by_trigger(rec)["اعتقلت"]
    assert ev["type"] == "COERCE"
    assert {"trafficking", "illegal_drugs"} <= set(ev["contexts"])


def test_a_word_of_another_sense_names_no_context(pipeline):
    # صحيفة (newspaper) and صحيح (right) are not health; the numeral اثنين is not ethnicity
    rec = extract("التقى وزير الخارجية الإماراتي نظيره الفرنسي في باريس يوم الاثنين لبحث ما نشرته صحيفة لوموند "
                  "من معلومات غير صحيحة.", pipeline=pipeline)
    ev = _by_trigger(rec)["التقى"]
    assert not {"health", "religion_ethnicity"} & set(ev["contexts"])


def test_every_context_of_the_lexicons_is_plovers(tmp_path, monkeypatch):
    from marsad.stages import contexts, events
    assert_user_row_rejected(tmp_path, monkeypatch, "contexts.tsv", "words\tcontext\nالاقتصاد\tfinance\n",
                             contexts._cues, (contexts._cues,))
    shipped = {c for ts in events._triggers() for lst in ts.values() for t in lst for c in t.contexts}
    assert shipped and shipped <= events.CONTEXTS
