"""A corpus of bad inputs: each gives one clear error line or a valid record; the batch goes on."""
import io
import json
import zipfile

import pytest

from marsad.cli import main

GOOD = "قال المتحدث باسم الحكومة إن الوزير وصل إلى العاصمة أمس في زيارة رسمية."


def bad_inputs(tmp_path):
    files = {}
    files["empty.txt"] = b""
    files["binary.txt"] = bytes(range(256)) * 50
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", GOOD)
    files["truncated.zip"] = buf.getvalue()[: len(buf.getvalue()) // 2]
    files["invalid-utf8.txt"] = GOOD.encode("utf-8")[:-7] + b"\xff\xfe\xfa" + "نهاية الخبر.".encode("utf-8")
    files["mislabelled.html"] = ('<html><head><meta charset="utf-8"><title>خبر</title></head><body><article><p>'
                                 + GOOD + "</p><p>" + GOOD + "</p></article></body></html>").encode("cp1256")
    files["bidi.txt"] = ("\u202b" + GOOD.replace(" ", " \u200f\u200b") + "\u202c").encode("utf-8")
    files["deep.html"] = ("<html><body>" + "<div>" * 10000 + "<p>" + GOOD + "</p>" + "</div>" * 10000
                          + "</body></html>").encode("utf-8")
    files["types.jsonl"] = "\n".join([json.dumps({"text": 5}), json.dumps({"text": GOOD, "title": ["x"]}),
                                      json.dumps({"content": GOOD, "published": 20200818})]).encode("utf-8")
    files["chrome.txt"] = "مقالات ذات صلة\nزر الذهاب إلى الأعلى\nشارك على فيسبوك\n".encode("utf-8")
    files["english.txt"] = b"The quick brown fox jumps over the lazy dog. " * 20
    files["huge.txt"] = (GOOD + "\n").encode("utf-8") * (20_000_000 // len(GOOD.encode("utf-8")))
    paths = []
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        paths.append(p)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    return paths + [good]


def test_bad_inputs_never_traceback_and_the_good_one_survives(tmp_path, capsys):
    paths = bad_inputs(tmp_path)
    code = main(["extract", "--format", "jsonl", *map(str, paths)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in err and "Traceback" not in out
    records = [json.loads(line) for line in out.splitlines()]
    texts = {r["text"] for r in records}
    assert GOOD in texts
    for line in err.strip().splitlines():
        assert line.startswith("marsad: ") and ": " in line[8:]
    named = {line.split(": ")[1].split("!")[0].split(":")[0] for line in err.strip().splitlines()}
    for must_fail in ("empty.txt", "binary.txt", "truncated.zip", "chrome.txt", "english.txt", "huge.txt"):
        assert any(n.endswith(must_fail) for n in named), must_fail
    # readable though damaged: a record each, with the text intact
    by_origin = {r["text"][:20] for r in records}
    assert by_origin
    mislabelled = [r for r in records if r.get("title") == "خبر"]
    assert mislabelled and GOOD in mislabelled[0]["text"]


def test_invalid_utf8_falls_back_to_a_legacy_decoding_or_fails_cleanly(tmp_path, capsys):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"\xff\xfe\xfa\xfb" * 100)
    code = main(["extract", str(p)])
    _, err = capsys.readouterr()
    assert code == 1 and err.startswith(f"marsad: {p}: ")
