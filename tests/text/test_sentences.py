from marsad.text import split_sentences


def parts(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_arabic_question_mark_and_period():
    text = "هل انتهت الأزمة؟ قال المتحدث إنها لم تنته. وأضاف أن الحوار مستمر!"
    assert parts(text) == ["هل انتهت الأزمة؟", "قال المتحدث إنها لم تنته.", "وأضاف أن الحوار مستمر!"]


def test_paragraphs_never_run_together():
    text = "وصل الوزير إلى طرابلس\nوبحث مع السراج الأوضاع"
    assert parts(text) == ["وصل الوزير إلى طرابلس", "وبحث مع السراج الأوضاع"]


def test_decimals_abbreviations_and_initialisms_do_not_split():
    text = "ارتفع المؤشر 3.5 نقطة بحسب د. محمد العلي. ونقلت أ.ف.ب عن مصدر أن الاجتماع انتهى."
    assert parts(text) == ["ارتفع المؤشر 3.5 نقطة بحسب د. محمد العلي.",
                           "ونقلت أ.ف.ب عن مصدر أن الاجتماع انتهى."]


def test_closing_quote_stays_with_its_sentence():
    text = "وقال الائتلاف إن على الفصائل \"ضبط النفس.\" وشدد على الحوار."
    assert parts(text) == ["وقال الائتلاف إن على الفصائل \"ضبط النفس.\"", "وشدد على الحوار."]


def test_headline_double_period_splits():
    assert parts("بعد زيارة أكار والعطية.. متحدث الرئاسي: تم الاتفاق") == [
        "بعد زيارة أكار والعطية..", "متحدث الرئاسي: تم الاتفاق"]


def test_reference_page_paragraph_count(reference_record):
    text = reference_record["text"]
    sents = reference_record["sentences"]
    assert len(sents) == 13  # thirteen paragraphs, one sentence each
    assert all(text[s:e].strip() == text[s:e] for s, e in sents)
