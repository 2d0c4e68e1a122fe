"""The neural NER scorer: its batched numpy run equals a plain one, and torch's; its files."""
from bisect import bisect_left

import numpy as np
import pytest

from marsad.errors import MarsadError, ResourceError
from marsad.models import NER_MODEL
from marsad.ner.neural import MAX_CHARS, NeuralScorer, neural_path
from marsad.ner.tagger import featurizer, load_tagger

SHIPPED = neural_path(NER_MODEL)


def _sentences(pipeline, text):
    from marsad.article import Article
    a = pipeline(Article(raw=text))
    starts = [t.start for t in a.tokens]
    return [[t.norm for t in a.tokens[bisect_left(starts, s):bisect_left(starts, e)]] for s, e in a.sentences]


def _plain(path, fz, words, phrases):
    """One sentence, word by word, position by position: the network as torch
    defines it, from the arrays of its file."""
    with np.load(path) as f:
        A = {k: f[k] for k in f.files}
    fid = {str(x): i + 1 for i, x in enumerate(A["features"])}
    cid = {str(x): i + 2 for i, x in enumerate(A["chars"])}
    emb, conv_w, conv_b = A["emb"].astype(np.float32), A["conv_w"], A["conv_b"]  # conv_w: (out, in, width)
    width = conv_w.shape[2]
    xs = []
    for k, w in enumerate(words):
        attrs = list(fz.word_parts(w)[0]) + phrases.get(k, [])
        feats = sum((emb[fid[a]] for a in attrs if a in fid), np.zeros(emb.shape[1], np.float32))
        codes = [cid.get(c, 1) for c in w[:MAX_CHARS]] + [0] * (MAX_CHARS - len(w[:MAX_CHARS]))
        ce = [A["char_emb"][c] for c in codes]
        best = np.full(conv_w.shape[0], -np.inf, np.float32)
        for p in range(MAX_CHARS):
            acc = conv_b.copy()
            for j in range(width):
                q = p + j - width // 2
                if 0 <= q < MAX_CHARS:
                    acc = acc + conv_w[:, :, j] @ ce[q]
            best = np.maximum(best, np.maximum(acc, 0))
        xs.append(np.concatenate([feats, best]))
    win_w = A["win_w"]  # (hidden, input, window)
    half = win_w.shape[2] // 2
    out = np.zeros((len(words), win_w.shape[0]), np.float32)
    for p in range(len(words)):
        acc = A["win_b"].copy()
        for j in range(win_w.shape[2]):
            q = p + j - half
            if 0 <= q < len(words):
                acc = acc + win_w[:, :, j] @ xs[q]
        out[p] = np.maximum(acc, 0)
    logits = out @ A["out_w"].T + A["out_b"]
    top = logits.max(1, keepdims=True)
    return logits - top - np.log(np.exp(logits - top).sum(1, keepdims=True))


@pytest.mark.skipif(not SHIPPED.exists(), reason="no neural scorer shipped beside the NER model")
def test_batched_scores_equal_the_network_run_word_by_word(reference_record, pipeline):
    tagger = load_tagger()
    sc = tagger.neural
    sents = _sentences(pipeline, reference_record["text"])[:8]
    # sentences of different lengths, one empty, in one batch; then again from the per-word cache
    batch = sents + [[]]
    phrases = [tagger.fz.phrase_features(s) if s else {} for s in batch]
    first = sc.log_probs(batch, phrases)
    again = sc.log_probs(batch, phrases)
    assert first[-1].shape == (0, len(sc.labels))
    for s, ph, got, got2 in zip(sents, phrases, first, again):
        want = _plain(SHIPPED, tagger.fz, s, ph)
        assert got.shape == want.shape
        assert np.allclose(got, want, rtol=1e-3, atol=2e-2)  # the cache holds half floats
        assert np.array_equal(got, got2)
    assert any(ph for ph in phrases)  # a known multi-word name was scored as such
    # some positions only, across sentence ends and around the known names: the same rows
    words = [w for s in sents for w in s]
    lens = [len(s) for s in sents]
    sid = np.repeat(np.arange(len(sents)), lens)
    starts = np.cumsum(lens) - lens
    flat = {int(starts[i]) + p: a for i, ph in enumerate(phrases[:-1]) for p, a in ph.items()}
    at = np.array(sorted({0, 1, int(starts[1]) - 1, int(starts[1]), len(words) - 1}
                         | {p + d for p in flat for d in (-2, 0, 1) if 0 <= p + d < len(words)}))
    some = sc.log_probs_at(words, sid, at, flat)
    assert np.allclose(some, np.concatenate(first[:-1])[at], atol=1e-5)


@pytest.mark.skipif(not SHIPPED.exists(), reason="no neural scorer shipped beside the NER model")
def test_the_scorer_can_be_left_out(reference_record, pipeline):
    with_it, without = load_tagger(), load_tagger(neural=False)
    assert with_it.neural is not None and without.neural is None
    sents = _sentences(pipeline, reference_record["text"])
    tagged = with_it.tag_many(sents)
    # both read the page's people; the scores differ somewhere on it
    for tags in (tagged, without.tag_many(sents)):
        names = {" ".join(s[a:b]) for s, t in zip(sents, tags) for typ, a, b in _spans(t) if typ == "PER"}
        assert any("السراج" in n for n in names) and any("النمروش" in n for n in names)
    assert not np.allclose(np.concatenate(with_it.neural.log_probs(sents[:3], [{}] * 3)), 0)


@pytest.mark.skipif(not SHIPPED.exists(), reason="no neural scorer shipped beside the NER model")
def test_a_batch_with_no_position_in_doubt_is_the_crfs():
    from marsad.text.normalize import fold
    tagger = load_tagger()
    assert tagger.neural.log_probs_at(["اليوم"], np.zeros(1, dtype=np.int64), [], {}).shape == (0, len(tagger.labels))
    words = [[fold("اليوم")], [fold(w) for w in "وقال إنه لم يكن هناك".split()]]
    assert tagger.tag_many(words) == load_tagger(neural=False).tag_many(words) == [["O"], ["O"] * 5]


def _spans(tags):
    from marsad.ner.conll import spans
    return spans(tags)


def test_a_bad_scorer_file_names_itself(tmp_path):
    bad = tmp_path / "ner.window.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ResourceError, match="ner.window.npz"):
        NeuralScorer(bad, featurizer())
    np.savez(tmp_path / "half.npz", emb=np.zeros((2, 2)))
    with pytest.raises(ResourceError, match="lacks"):
        NeuralScorer(tmp_path / "half.npz", featurizer())
    assert neural_path(tmp_path / "ner.crfsuite").name == "ner.window.npz"


def test_training_without_torch_says_what_to_install(monkeypatch, tmp_path):
    import sys
    from marsad.train.neural import train_neural
    monkeypatch.setitem(sys.modules, "torch", None)
    with pytest.raises(MarsadError, match="torch==2.13.0"):
        train_neural([(["طرابلس"], ["B-LOC"])], tmp_path / "x.npz", featurizer())


def test_exported_arrays_score_as_torch_does(tmp_path):
    torch = pytest.importorskip("torch")
    from marsad.text.normalize import fold
    from marsad.train.neural import train_neural
    sents = [("وصل الوزير خلوصي أكار إلى طرابلس أمس".split(), ["O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]),
             ("التقى فائز السراج في طرابلس مع وزير الدفاع القطري".split(),
              ["O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "O", "O", "O"])] * 4
    out = tmp_path / "t.window.npz"
    fz = featurizer()
    net, tensors = train_neural(sents, out, fz, {"epochs": 2, "dim": 16, "hidden": 8, "filters": 8,
                                                 "char_dim": 8, "min_count": 1}, log=lambda m: None)
    sc = NeuralScorer(out, fz)
    test = [[fold(w) for w in "استقبل فائز السراج وزير الدفاع التركي خلوصي أكار في طرابلس".split()],
            [fold(w) for w in "وصل أكار".split()]]
    phrases = [fz.phrase_features(s) for s in test]
    got = sc.log_probs(test, phrases)
    examples = [(s, [list(fz.word_parts(w)[0]) + ph.get(k, []) for k, w in enumerate(s)], ["O"] * len(s))
                for s, ph in zip(test, phrases)]
    ids, offsets, chars, mask, _ = tensors(examples)
    with torch.no_grad():
        want = torch.log_softmax(net(ids, offsets, chars, mask), -1).numpy()
    for k, s in enumerate(test):
        # the attribute table is stored in half precision
        assert np.allclose(got[k], want[k, :len(s)], atol=5e-3)


def test_the_training_commands_ask_for_torch_before_they_start(monkeypatch, tmp_path, capsys):
    import sys
    from marsad.cli import main
    monkeypatch.setitem(sys.modules, "torch", None)
    data = tmp_path / "g.txt"
    data.write_text("وصل O\nأكار B-PERS\n", encoding="utf-8")
    out = tmp_path / "m.crfsuite"
    assert main(["train", "ner", "--data", str(data), "--out", str(out)]) != 0
    assert "torch==2.13.0" in capsys.readouterr().err and not out.exists()
    assert main(["eval", "ner", str(data), "--cv", "2", "--neural"]) != 0
    assert "torch==2.13.0" in capsys.readouterr().err


@pytest.mark.skipif(not SHIPPED.exists(), reason="no neural scorer shipped beside the NER model")
def test_eval_scores_the_packaged_tagger_with_and_without_the_scorer(tmp_path, capsys):
    import json
    from marsad.cli import main
    gold = tmp_path / "g.txt"
    gold.write_text("وصل O\nوزير O\nالدفاع O\nالتركي O\nخلوصي B-PERS\nأكار I-PERS\nإلى O\nطرابلس B-LOC\n. O\n"
                    "والتقى O\nفائز B-PERS\nالسراج I-PERS\nرئيس O\nالمجلس B-ORG\nالرئاسي I-ORG\n. O\n", encoding="utf-8")
    scores = []
    for extra in ([], ["--crf-only"]):
        assert main(["eval", "ner", str(gold), "--json", *extra]) == 0
        scores.append(json.loads(capsys.readouterr().out))
    for s in scores:
        assert s["PER"]["recall"] == 1.0 and s["LOC"]["recall"] == 1.0
