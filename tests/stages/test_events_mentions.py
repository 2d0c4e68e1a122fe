"""Words of events that tell no event of their own: adverbs of manner, purposes, topics."""
from tests.conftest import coded, trigger_types


def test_in_cooperation_with_tells_how_not_an_event():
    # a municipality's festival "in cooperation with" a chamber of commerce, a company's
    # programme "in coordination with" an embassy: how the clause's action was done
    assert trigger_types("ونظمت البلدية المهرجان بالتعاون مع الغرفة التجارية في المدينة.") == []
    assert trigger_types("وأطلقت الشركة وبالتنسيق مع السفارة برنامجا لرعاية الأيتام.") == []
    assert trigger_types("وتقيم الجامعة المعرض بالشراكة مع وزارة الثقافة.") == []
    # cooperation that is itself what the sentence tells stays an event
    assert trigger_types("واتفق البلدان على التعاون في مكافحة الإرهاب.") == ["AGREE", "COOPERATE"]
    assert trigger_types("وبحث الوزيران تعزيز التنسيق الأمني بين البلدين.") == ["CONSULT", "COOPERATE"]


def test_a_clause_with_cooperation_as_manner_keeps_its_own_event(pipeline):
    (ev,) = coded(pipeline, "واعتقلت الشرطة العراقية بالتعاون مع الجيش خمسة مسلحين في الرمادي.", "COERCE")
    assert ev["modality"] == "asserted"
    assert coded(pipeline, "واعتقلت الشرطة العراقية بالتعاون مع الجيش خمسة مسلحين في الرمادي.", "COOPERATE") == []
