"""Statements and their speakers on the reference page and real-style sentences."""
import pytest

from marsad.api_functions import extract
from tests.conftest import ROOT, SAUDINEWSNET, need


def speakers(rec):
    ents = {e["id"]: e for e in rec["entities"]}
    return [(q["cue"], ents[q["speaker"]]["canonical"] if q["speaker"] in ents else q["speaker_text"])
            for q in rec["quotes"]]


def test_reference_statements_and_speakers(reference_record):
    got = speakers(reference_record)
    zaqalai = [c for c, s in got if s == "غالب الزقلعي"]
    assert zaqalai == ["قال", "أوضح", "أضاف", "أشار", "تابع"]
    assert [c for c, s in got if s == "صلاح الدين النمروش"] == ["أكد", "أشار", "أضاف"]
    office = [c for c, s in got if s and "مكتب" in s and "السراج" in s]
    assert office == ["ذكر", "أوضح"]


def test_reference_channel_and_content(reference_record):
    q = reference_record["quotes"]
    assert q[1]["channel"] == "فضائية ليبيا بانوراما"
    assert q[0]["channel"] is None
    assert q[0]["content"].startswith("زيارة وزيري الدفاع التركي")
    text = reference_record["text"]
    for x in q:
        assert text[x["start"]:x["end"]] == x["content"]


def test_direct_quote_and_continuation(pipeline):
    rec = extract('وقال وزير الخارجية الأمريكي جون كيري "لن تقبل الولايات المتحدة فرض قيود على الملاحة." '
                  'وأضاف "المبدأ واضح: يجب احترام حقوق كل الدول."', pipeline=pipeline)
    (a, b) = rec["quotes"]
    assert a["direct"] and a["content"].startswith("لن تقبل الولايات المتحدة")
    assert b["direct"] and b["speaker"] == a["speaker"]


def test_unnamed_source_is_kept_as_text(pipeline):
    rec = extract("وقال مصدر أمني إن الهجوم استهدف نقطة تفتيش قرب الحدود.", pipeline=pipeline)
    (q,) = rec["quotes"]
    assert q["speaker"] is None and q["speaker_text"] == "مصدر أمني"
    assert q["content"].startswith("الهجوم استهدف")


def test_speaker_accuracy_on_quote_gold():
    need(SAUDINEWSNET)
    from marsad.eval.quotes import evaluate
    res = evaluate(str(ROOT / "eval" / "gold" / "quotes-saudinewsnet.jsonl"), [str(SAUDINEWSNET)])
    assert res["statements"] >= 60 and res["articles"] >= 15
    assert res["recall"] >= 0.9
    assert res["speaker_accuracy"] >= 0.9


def test_a_name_a_glance_and_the_outlets_note_are_no_statements(pipeline):
    def cues(text):
        return [q["cue"] for q in extract(text, pipeline=pipeline)["quotes"]]
    assert not cues("ونفذ العملية شاب في العشرين ويُدعى \"مايكل براون\" بحسب الشرطة.")
    assert not cues("يذكر أن هذه الأطعمة شائعة في أوكرانيا وجنوب روسيا.")
    assert not cues("ولفت نظر إدارتي الناديين بأدائه في الموسم الماضي.")
    # the same verbs with a speaker are statements
    assert cues("وذكر التقرير أن هذه الأطعمة شائعة في أوكرانيا.") == ["ذكر"]
    assert cues("ويدعي المتهم أنه لم يكن في المدينة يوم الحادث.")


def test_a_quoted_name_is_the_speaker_and_a_passive_verb_names_none(pipeline):
    rec = extract("وأفاد «المرصد السوري لحقوق الإنسان» بأن القائد «قُتل جراء استهدافه في ريف حمص».",
                  pipeline=pipeline)
    assert [q["speaker_text"] for q in rec["quotes"]] == ["المرصد السوري لحقوق الإنسان"]
    rec = extract("وقال الوزير إن الوضع مستقر. ويُعتبر اللواء أرفع ضابط قتل منذ بداية العام.", pipeline=pipeline)
    assert [q["cue"] for q in rec["quotes"]] == ["قال"]


def test_the_source_named_after_hasbama_makes_no_new_statement(pipeline):
    rec = extract("وقدمت هذه التسوية المستشارة الألمانية أنغيلا ميركل، حسب ما أعلن المصدر المقرب من المحادثات.",
                  pipeline=pipeline)
    assert not rec["quotes"]


def test_a_participle_after_the_verbs_own_complement_is_not_its_link(pipeline):
    # أعلن has its own complement (استعداد بلاده): that is the statement, which موضحا continues
    rec = extract("وأعلن وزير الخارجية الفرنسي لوران فابيوس استعداد بلاده للتعاون مع إيران في مجال مكافحة "
                  "الإرهاب، موضحا أن باريس تبحث عن الحلول.", pipeline=pipeline)
    (q,) = rec["quotes"]
    assert q["speaker_text"] == "لوران فابيوس" and q["content"].startswith("استعداد بلاده")
    assert "باريس تبحث" in q["content"]
    # with nothing of its own after the speaker, the participle's link is the verb's
    rec = extract("وحذر هاوزنر قائلا: «سيكون ذلك فشلا تاريخيا إذا ركزت إسرائيل على الاحتياجات التكتيكية».",
                  pipeline=pipeline)
    assert [q["content"] for q in rec["quotes"]] == ["سيكون ذلك فشلا تاريخيا إذا ركزت إسرائيل على الاحتياجات التكتيكية"]
    rec = extract("وقال المتحدث باسم التحالف العميد أحمد عسيري، مؤكدا أن العمليات مستمرة حتى تحقيق أهدافها.",
                  pipeline=pipeline)
    assert [q["content"] for q in rec["quotes"]] == ["العمليات مستمرة حتى تحقيق أهدافها"]


def test_the_other_partys_turn_is_a_statement_of_its_own(pipeline):
    # "، من جهته أشار ...", "؛ بدوره قال ...": another speaker takes the turn
    rec = extract("وقال الاقتصادي مصطفى تميرك إن العائد على السندات منخفض مقارنة بالقروض، من جهته أشار الاقتصادي "
                  "عبدالعزيز داغستاني إلى أن السوق المالية يهيمن عليها سوق الأسهم؛ بدوره قال المحلل فهد العنزي إن "
                  "الطلب سيرتفع.", pipeline=pipeline)
    assert [(q["speaker_text"], q["cue"]) for q in rec["quotes"]] == [
        ("مصطفى تميرك", "قال"), ("عبدالعزيز داغستاني", "أشار"), ("فهد العنزي", "قال")]
    assert "داغستاني" not in rec["quotes"][0]["content"] and "العنزي" not in rec["quotes"][1]["content"]


def test_a_speaker_named_by_role_and_nationality(pipeline):
    # no name with the role: the role is the speaker, not the one who spoke before
    rec = extract("وقال الرئيس الإيراني حسن روحاني إن البلدين يملكان إمكانات كبيرة؛ من جهته أعلن الرئيس الفرنسي "
                  "استعداد بلاده للتعاون مع إيران.", pipeline=pipeline)
    last = rec["quotes"][-1]
    assert last["speaker_text"] == "الرئيس الفرنسي" and last["content"].startswith("استعداد بلاده")
    # the name in apposition after the role is the speaker
    rec = extract("ووصف رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الخطاب الذي ألقاه المرشد الإيراني بالعدواني.",
                  pipeline=pipeline)
    (q,) = rec["quotes"]
    assert q["speaker_text"] == "بنيامين نتنياهو" and q["content"].startswith("الخطاب")


def test_half_and_carried_are_no_reporting_verbs(pipeline):
    # نصف is "half" before it is "we describe"; نقل without its عن "carried", not "reported"
    def cues(text):
        return [q["cue"] for q in extract(text, pipeline=pipeline)["quotes"]]
    assert not cues("وأكملت المكسيك وبنما عقد الدور نصف النهائي للبطولة بعد مباراة استمرت ساعة ونصف الساعة.")
    assert not cues("ونقل الدفاع المدني المصابين إلى مستشفى الملك فهد لتلقي العلاج اللازم.")
    assert cues("ونقلت وكالة الأنباء الرسمية عن مسؤول في الوزارة أن الحادث لم يسفر عن إصابات.") == ["نقلت"]
    # تعتبر without أن is "is considered"; the past اعتبر with its object is a statement
    assert not cues("وتعتبر عدن ثاني مدن اليمن من حيث عدد السكان.")
    assert cues("ويعتبر الخبير الاقتصادي فهد العنزي أن الطلب سيرتفع.") == ["يعتبر"]
    assert cues("واعتبر وزير الخارجية السعودي عادل الجبير الاتفاق خطوة مهمة نحو السلام.") == ["اعتبر"]
    # a verb after a question word asks: "كيف ترى ...؟" in an interview is the journalist's question
    assert not cues("كيف ترى دور البنوك السعودية في المساهمة في التنمية؟")
    assert not cues("هل ترى أن الجهات المعنية بالتخطيط قادرة على ذلك؟")
    assert cues("وترى وزيرة التخطيط هالة السعيد أن الجهات المعنية قادرة على ذلك.") == ["ترى"]
