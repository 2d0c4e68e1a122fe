"""The recurrent NER scorer: its batched numpy run equals a plain one, and torch's; its files."""
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


def _plain(sc: NeuralScorer, words, phrases):
    """One sentence, word by word, position by position: the network as written."""
    fid, h = sc.feature_id, sc.h
    conv_w = sc.conv.reshape(sc.width, -1, sc.conv.shape[1])  # (width, char dim, filters)
    xs = []
    for k, w in enumerate(words):
        attrs = list(sc.fz.word_parts(w)[0]) + phrases.get(k, [])
        feats = sum((sc.emb[fid[a]] for a in attrs if a in fid), np.zeros(sc.emb.shape[1], np.float32))
        codes = [sc.char_id.get(c, 1) for c in w[:MAX_CHARS]] + [0] * (MAX_CHARS - len(w[:MAX_CHARS]))
        ce = [sc.char_emb[c] for c in codes]
        best = np.full(sc.conv.shape[1], -np.inf, np.float32)
        for p in range(MAX_CHARS):
            acc = sc.conv_b.copy()
            for j in range(sc.width):
                q = p + j - sc.width // 2
                if 0 <= q < MAX_CHARS:
                    acc = acc + ce[q] @ conv_w[j]
            best = np.maximum(best, np.maximum(acc, 0))
        xs.append(np.concatenate([feats, best]))
    out = np.zeros((len(words), 2 * h), np.float32)
    sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
    for d, order in ((0, range(len(words))), (1, reversed(range(len(words))))):
        hs, cs = np.zeros(h, np.float32), np.zeros(h, np.float32)
        w_ih = sc.w_ih[:, 4 * h * d:4 * h * (d + 1)]
        b = sc.b[4 * h * d:4 * h * (d + 1)]
        for t in order:
            z = xs[t] @ w_ih + b + hs @ sc.w_hh[d]
            i, f, g, o = z[:h], z[h:2 * h], z[2 * h:3 * h], z[3 * h:]
            cs = sig(f) * cs + sig(i) * np.tanh(g)
            hs = sig(o) * np.tanh(cs)
            out[t, h * d:h * (d + 1)] = hs
    logits = out @ sc.out_w + sc.out_b
    top = logits.max(1, keepdims=True)
    return logits - top - np.log(np.exp(logits - top).sum(1, keepdims=True))


@pytest.mark.skipif(not SHIPPED.exists(), reason="no recurrent scorer shipped beside the NER model")
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
        want = _plain(sc, s, ph)
        assert got.shape == want.shape
        assert np.allclose(got, want, atol=2e-4)
        assert np.array_equal(got, got2)
    assert any(ph for ph in phrases)  # a known multi-word name was scored as such


@pytest.mark.skipif(not SHIPPED.exists(), reason="no recurrent scorer shipped beside the NER model")
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


def _spans(tags):
    from marsad.ner.conll import spans
    return spans(tags)


def test_a_bad_scorer_file_names_itself(tmp_path):
    bad = tmp_path / "ner.lstm.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ResourceError, match="ner.lstm.npz"):
        NeuralScorer(bad, featurizer())
    np.savez(tmp_path / "half.npz", emb=np.zeros((2, 2)))
    with pytest.raises(ResourceError, match="lacks"):
        NeuralScorer(tmp_path / "half.npz", featurizer())
    assert neural_path(tmp_path / "ner.crfsuite").name == "ner.lstm.npz"


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
    out = tmp_path / "t.lstm.npz"
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
