"""Near-duplicate grouping and story events across articles, in one process."""
from marsad.api_functions import extract
from marsad.dedup import group_near_duplicates
from marsad.stories import build_stories

WIRE = ("القاهرة (رويترز) - قالت وزارة الداخلية المصرية في بيان اليوم الاثنين إن قوات الأمن اعتقلت عشرة أشخاص "
        "يشتبه في انتمائهم إلى جماعة مسلحة في شمال سيناء، وإن عملية أمنية واسعة ما زالت مستمرة في المنطقة. "
        "وأضاف البيان أن المعتقلين كانوا يخططون لهجمات على نقاط تفتيش للجيش والشرطة خلال الأيام المقبلة.")
COPY = ("القاهرة - قالت وزارة الداخلية المصرية في بيان اليوم الإثنين إن قوات الأمن اعتقلت عشرة أشخاص "
        "يشتبه في انتمائهم إلى جماعة مسلحة في شمال سيناء، وإن عملية أمنية واسعة ما زالت مستمرة في المنطقة. "
        "وأضاف البيان أن المعتقلين كانوا يخططون لهجمات على نقاط تفتيش للجيش والشرطة خلال الأيام القادمة.")
OTHER = ("الرياض - أعلنت وزارة التعليم السعودية اليوم عن بدء العام الدراسي الجديد في الأول من سبتمبر، "
         "ودعت أولياء الأمور إلى الاستعداد لعودة الطلاب إلى المدارس وفق الجدول المعتمد.")


def test_wire_copy_is_grouped_and_other_news_is_not(pipeline):
    recs = [extract(t, pipeline=pipeline, published="2021-03-01", input_id=i)
            for i, t in (("a", WIRE), ("b", COPY), ("c", OTHER))]
    assert group_near_duplicates(recs) == [["a", "b"]]


def test_same_event_in_two_outlets_is_one_story(pipeline):
    a = extract("تظاهر آلاف الطلاب المصريين أمام مقر البرلمان في القاهرة أمس احتجاجا على رفع الرسوم.",
                pipeline=pipeline, published="2021-03-02", input_id="x1", outlet="رويترز")
    b = extract("وتجمع الطلاب المصريون أمام البرلمان في القاهرة للاحتجاج على رفع الرسوم الدراسية، أمس.",
                pipeline=pipeline, published="2021-03-02", input_id="x2", outlet="أ ف ب")
    stories = build_stories([a, b])
    protest = [s for s in stories if s["type"] == "PROTEST"]
    assert protest and protest[0]["articles"] == 2 and protest[0]["outlets"] == 2
    assert protest[0]["first_report"]["article"] in ("x1", "x2")


def test_stories_from_slim_records_equal_stories_from_full_ones(pipeline):
    from marsad.stories import slim
    a = extract("قتل مسلحون خمسة جنود عراقيين في هجوم على نقطة تفتيش قرب بغداد أمس.",
                pipeline=pipeline, published="2021-03-02", input_id="y1", outlet="رويترز")
    b = extract("وقتل مسلحون خمسة جنود عراقيين في هجوم استهدف نقطة تفتيش قرب بغداد، أمس.",
                pipeline=pipeline, published="2021-03-02", input_id="y2", outlet="أ ف ب")
    full = build_stories([a, b])
    assert full and build_stories([slim(a), slim(b)]) == full


def test_stories_do_not_depend_on_record_order(pipeline):
    texts = ["قتل مسلحون خمسة جنود عراقيين في هجوم على نقطة تفتيش قرب بغداد أمس.",
             "وقتل مسلحون خمسة جنود عراقيين في هجوم استهدف نقطة تفتيش قرب بغداد، أمس.",
             "قتل مسلحون خمسة جنود عراقيين بهجوم على حاجز قرب بغداد أمس الاثنين."]
    recs = [extract(t, pipeline=pipeline, published="2021-03-02", input_id=f"z{i}", outlet=o)
            for i, (t, o) in enumerate(zip(texts, ["رويترز", "أ ف ب", "الرياض"]))]
    assert build_stories(recs) == build_stories(list(reversed(recs)))


def test_signature_from_tokens_equals_signature_from_text(pipeline):
    # the Spark job signs an article from the tokens the pipeline made
    from marsad.article import Article
    from marsad.dedup import signature, signature_of_keys
    from marsad.search import keys, token_keys
    text = ("أعلنت وزارة الدفاع التركية، اليومَ الاثنين، أن وزير الدفاع خلوصي أكار وصل إلى طرابلس "
            "في زيارة رسمية يلتقي خلالها رئيس المجلس الرئاسي فائز السراج، وفق ما نقلته «الأناضول».")
    a = pipeline(Article(raw=text))
    assert token_keys(a.tokens) == keys(a.text) and len(keys(a.text)) > 20
    assert list(signature_of_keys(token_keys(a.tokens))) == list(signature(a.text))


def test_signature_agreement_estimates_jaccard_similarity():
    """The share of equal MinHash values estimates the Jaccard similarity of the texts'
    5-key shingles (standard error about 0.04 with 128 hash functions)."""
    from marsad.dedup import signature_of_keys, similarity
    from marsad.search import keys
    words = keys(WIRE + " " + OTHER + " " + COPY)
    assert len(words) > 60
    for cut in (10, 25, 40):
        a, b = words[:60], words[cut:cut + 60]  # windows of one text, overlapping by 60 - cut keys
        sa = {" ".join(a[i:i + 5]) for i in range(len(a) - 4)}
        sb = {" ".join(b[i:i + 5]) for i in range(len(b) - 4)}
        true = len(sa & sb) / len(sa | sb)
        assert abs(similarity(signature_of_keys(a), signature_of_keys(b)) - true) < 0.15, (cut, true)
    assert similarity(signature_of_keys(words), signature_of_keys(words)) == 1.0
    assert similarity(signature_of_keys(keys(WIRE)), signature_of_keys(keys(OTHER))) < 0.1


def test_story_ids_do_not_depend_on_record_order_when_stories_tie(pipeline):
    # two stories of two articles each, on one day: their ids follow the stories, not the input
    texts = [("قتل مسلحون خمسة جنود عراقيين في هجوم على نقطة تفتيش قرب بغداد أمس.", "رويترز"),
             ("وقتل مسلحون خمسة جنود عراقيين في هجوم استهدف نقطة تفتيش قرب بغداد، أمس.", "أ ف ب"),
             ("تظاهر آلاف الطلاب المصريين أمام مقر البرلمان في القاهرة أمس احتجاجا على رفع الرسوم.", "رويترز"),
             ("وتجمع الطلاب المصريون أمام البرلمان في القاهرة للاحتجاج على رفع الرسوم الدراسية، أمس.", "أ ف ب")]
    recs = [extract(t, pipeline=pipeline, published="2021-03-02", input_id=f"w{i}", outlet=o)
            for i, (t, o) in enumerate(texts)]
    forward = build_stories(recs)
    assert len(forward) == 2 and forward[0]["articles"] == forward[1]["articles"] == 2
    assert build_stories(recs[2:] + recs[:2]) == forward
