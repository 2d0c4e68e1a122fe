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


def test_a_sentence_glued_to_the_next_splits_but_initialisms_and_titles_do_not():
    # scraped pages run one sentence into the next with no space after the period
    text = "قتل في القتال قادة من قوات صالح.وفقا لشبكة سكاي نيوز فإن الضحايا من المدنيين"
    assert parts(text) == ["قتل في القتال قادة من قوات صالح.", "وفقا لشبكة سكاي نيوز فإن الضحايا من المدنيين"]
    assert parts("انطلق العام الدراسي 1436هـ.ودعت الجامعة الطلاب إلى التسجيل") == [
        "انطلق العام الدراسي 1436هـ.", "ودعت الجامعة الطلاب إلى التسجيل"]
    assert parts("تحذر من هذا العبث..وهذا العمل غير مقبول") == ["تحذر من هذا العبث..", "وهذا العمل غير مقبول"]
    # a period set off by a space after a word, glued to the next
    assert parts("بعد تحريرها من المليشيات الحوثية .وناقش الاجتماع وضع الخطط") == [
        "بعد تحريرها من المليشيات الحوثية .", "وناقش الاجتماع وضع الخطط"]
    # the letters of an initialism and a one-letter title stay inside their sentence
    for text in ("وقال استطلاع أجرته \"سي.بي.إس\" إن الأغلبية تؤيد الاتفاق",
                 "واشترت مجموعة «إل.في.آم.آش» الفرنسية الشركة", "وقال د.محمد العلي إن الاجتماع انتهى"):
        assert parts(text) == [text]
