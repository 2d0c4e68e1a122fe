"""Framing labels and the entity they qualify."""
from marsad.api_functions import extract


def test_reference_delegitimising_label_targets_the_gna(reference_record):
    ents = {e["id"]: e for e in reference_record["entities"]}
    frames = reference_record["framing"]
    assert frames and all(f["text"] == "غير الشرعية" and f["kind"] == "delegitimizing" for f in frames)
    assert {ents[f["target"]]["canonical"] for f in frames} == {"حكومة الوفاق"}


def test_construct_and_self_naming_labels(pipeline):
    rec = extract("وقصفت ميليشيات حفتر مواقع في جنوب طرابلس، فيما واصل الانقلابيون هجماتهم على تعز.",
                  pipeline=pipeline)
    ents = {e["id"]: e for e in rec["entities"]}
    frames = {f["text"]: f for f in rec["framing"]}
    assert ents[frames["ميليشيات"]["target"]]["canonical"] == "الجيش الوطني الليبي"
    assert frames["الانقلابيون"]["kind"] == "delegitimizing"


def test_labels_inside_direct_quotes_are_the_speakers_not_the_outlets(pipeline):
    rec = extract('وقال المتحدث: "هذه الميليشيات الإرهابية لن تمر."', pipeline=pipeline)
    assert rec["framing"] == []
