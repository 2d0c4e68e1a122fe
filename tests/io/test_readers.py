"""Each input format and encoding, read from real Arabic text."""
import io
import json
import zipfile

import pytest

from marsad.article import Article
from marsad.errors import InputError
from marsad.io.readers import ReadOptions, decode_bytes, read_inputs

SENTENCE = "قال المتحدث باسم المجلس الرئاسي لحكومة الوفاق إن زيارة وزيري الدفاع تمت بتنسيق مسبق."
PAGE = "محلي\n\nعنوان الخبر عن زيارة الوزيرين إلى طرابلس\n\nأوج – طرابلس\n" + SENTENCE + "\n"


def read(paths, **kw):
    return list(read_inputs([str(p) for p in paths], ReadOptions(**kw)))


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def errors(items):
    return [i for i in items if isinstance(i, InputError)]


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
                                          ("cp1256", b""), ("iso-8859-6", b""), ("utf-16", b"")])
def test_encodings_are_detected(tmp_path, encoding, bom):
    p = tmp_path / "page.txt"
    p.write_bytes(bom + SENTENCE.encode(encoding))
    (a,) = read([p])
    assert a.raw == SENTENCE and a.kind == "text"


def test_windows_1256_and_iso_8859_6_are_told_apart():
    text = "أعلنت الحكومة في بيان أن الوزير وصل إلى العاصمة من أجل المحادثات"
    assert decode_bytes(text.encode("cp1256"), "x") == text
    assert decode_bytes(text.encode("iso-8859-6"), "x") == text


def test_html_file(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(f"<html><head><title>خبر</title></head><body><article><p>{SENTENCE}</p></article></body></html>",
                 encoding="utf-8")
    (a,) = read([p])
    assert a.kind == "html" and SENTENCE in a.raw


def test_json_object_list_and_saudinewsnet_fields(tmp_path):
    one = {"id": "a1", "text": SENTENCE, "title": "عنوان", "published": "2020-08-18T10:00:00", "source": "أوج"}
    snn = {"source": "aawsat", "url": "http://aawsat.com/x", "date_extracted": "2015-07-21 02:51:32",
           "title": "بريطانيا", "author": "لندن: رنيم حنوش", "content": SENTENCE}
    (tmp_path / "one.json").write_text(json.dumps(one, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([snn, snn], ensure_ascii=False), encoding="utf-8")
    a1, b1, b2 = read([tmp_path / "one.json", tmp_path / "list.json"])
    assert (a1.input_id, a1.published, a1.outlet, a1.raw) == ("a1", "2020-08-18", "أوج", SENTENCE)
    assert (b1.url, b1.published, b1.author, b1.outlet) == ("http://aawsat.com/x", "2015-07-21", "لندن: رنيم حنوش", "aawsat")
    assert b2.origin.endswith("list.json[1]")


def test_jsonl_with_broken_lines_goes_on(tmp_path):
    lines = [json.dumps({"text": SENTENCE}, ensure_ascii=False), "{not json", json.dumps({"text": 42}),
             json.dumps(["a list"]), json.dumps({"content": SENTENCE + " ثانية"}, ensure_ascii=False)]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    items = read([p])
    assert len(articles(items)) == 2
    errs = errors(items)
    assert [e.origin for e in errs] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert "invalid JSON" in errs[0].reason and "'text' is int" in errs[1].reason


def test_zip_and_directory(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", SENTENCE.encode("cp1256"))
        zf.writestr("b.jsonl", json.dumps({"text": SENTENCE}, ensure_ascii=False) + "\n")
        zf.writestr("ignored.png", b"\x89PNG")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "pages.zip").write_bytes(buf.getvalue())
    (tmp_path / "d" / "c.txt").write_text(SENTENCE, encoding="utf-8")
    items = read([tmp_path / "d"])
    assert len(articles(items)) == 3 and not errors(items)
    assert any(a.origin.endswith("pages.zip!a.txt") for a in articles(items))


def test_stdin_jsonl():
    data = (json.dumps({"text": SENTENCE}, ensure_ascii=False) + "\n").encode("utf-8")
    (a,) = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert a.raw == SENTENCE and a.origin == "<stdin>:1"


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"),
    (b"   \n", "empty file"),
    (bytes(range(256)) * 4, "binary"),
    (b"PK\x03\x04truncated", None),
])
def test_bad_files_give_an_error_naming_the_file(tmp_path, content, reason):
    p = tmp_path / ("bad.zip" if content.startswith(b"PK") else "bad.txt")
    p.write_bytes(content)
    (err,) = read([p])
    assert isinstance(err, InputError) and err.origin == str(p)
    if reason:
        assert reason in err.reason
    else:
        assert "zip" in err.reason


def test_oversized_page_is_refused(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes((SENTENCE + "\n").encode("utf-8") * 1000)
    (err,) = read([p], max_bytes=10_000)
    assert isinstance(err, InputError) and "limit" in err.reason


def test_missing_path(tmp_path):
    (err,) = read([tmp_path / "nope.txt"])
    assert "no such file" in err.reason
