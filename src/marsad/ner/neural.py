"""A small recurrent tagger that scores names beside the CRF, run in numpy.

The network (trained with torch by `marsad.train.neural`, shipped as plain arrays
in a `.npz` file) reads, for every word, the sum of embeddings of the same
attributes the CRF reads of the word itself (`Featurizer.word_parts`), plus those of
the known multi-word names covering its position, and a character convolution of
the word; a bidirectional LSTM runs over the sentence and a linear layer gives
per-label log-probabilities. The tagger adds them, weighted, to the CRF's
per-position scores before Viterbi: the CRF sees two words on each side, the LSTM
the whole sentence.

No torch at run time. What depends on the word alone (its embedding, its
character convolution, and their projection into the LSTM's gates) is computed
once per word and cached, so the per-token cost is the recurrence itself, batched
over all sentences of a batch.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..errors import ResourceError

# arrays a model file holds (see `marsad.train.neural.export`)
ARRAYS = ("emb", "char_emb", "conv_w", "conv_b", "w_ih_f", "w_hh_f", "b_f", "w_ih_b", "w_hh_b", "b_b",
          "out_w", "out_b")
MAX_CHARS = 20  # characters of a word the convolution reads


def neural_path(model: Path) -> Path:
    """Where the recurrent scorer of a CRF model file lies: beside it."""
    return model.with_name(model.name.split(".")[0] + ".lstm.npz")


class NeuralScorer:
    """Per-position label log-probabilities of sentences of folded words."""

    MAX_WORDS = 200_000

    def __init__(self, path: Path, featurizer) -> None:
        import numpy as np

        self._np = np
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError) as exc:
            raise ResourceError(str(path), f"cannot read the recurrent NER model: {exc}") from None
        missing = [k for k in ARRAYS + ("features", "chars", "labels", "weight") if k not in arrays]
        if missing:
            raise ResourceError(str(path), f"not a recurrent NER model: lacks {', '.join(missing)}")
        self.labels = [str(x) for x in arrays["labels"]]
        self.weight = float(arrays["weight"])
        self.feature_id = {str(f): i + 1 for i, f in enumerate(arrays["features"])}  # 0: padding
        self.char_id = {str(c): i + 2 for i, c in enumerate(arrays["chars"])}  # 0: padding, 1: unknown
        f32 = np.float32
        self.emb = arrays["emb"].astype(f32)
        self.char_emb = arrays["char_emb"].astype(f32)
        conv_w = arrays["conv_w"].astype(f32)  # (filters, char dim, width)
        self.width = conv_w.shape[2]
        # as one matrix over the concatenated window of character embeddings
        self.conv = conv_w.transpose(2, 1, 0).reshape(-1, conv_w.shape[0])
        self.conv_b = arrays["conv_b"].astype(f32)
        self.w_ih = np.concatenate([arrays["w_ih_f"].T, arrays["w_ih_b"].T], axis=1).astype(f32)
        self.b = np.concatenate([arrays["b_f"], arrays["b_b"]]).astype(f32)
        self.w_hh = (arrays["w_hh_f"].T.astype(f32), arrays["w_hh_b"].T.astype(f32))
        self.h = self.w_hh[0].shape[0]
        self.out_w = arrays["out_w"].T.astype(f32)
        self.out_b = arrays["out_b"].astype(f32)
        d_feat = self.emb.shape[1]
        if self.w_ih.shape[0] != d_feat + self.conv.shape[1]:
            raise ResourceError(str(path), "recurrent NER model: input size does not match its layers")
        self.fz = featurizer
        # per word, its projection into both directions' gates (8 h), as rows of one array
        self._row: dict[str, int] = {}
        self._G = np.zeros((4096, 8 * self.h), dtype=f32)

    def _word_inputs(self, words: Sequence[str]):
        """The LSTM input of words out of context: attribute embeddings and character convolution."""
        np = self._np
        fid = self.feature_id
        ids, offsets = [], []
        for w in words:
            offsets.append(len(ids))
            ids.append(0)
            ids.extend(i for i in map(fid.get, self.fz.word_parts(w)[0]) if i)
        feats = np.add.reduceat(self.emb[np.asarray(ids)], np.asarray(offsets), axis=0)
        half = self.width // 2
        chars = np.zeros((len(words), MAX_CHARS + 2 * half), dtype=np.int64)
        cid = self.char_id
        for k, w in enumerate(words):
            codes = [cid.get(c, 1) for c in w[:MAX_CHARS]]
            chars[k, half:half + len(codes)] = codes
        ce = self.char_emb[chars]  # (n, L + 2 half, dim); row 0 of the table is zeros (padding)
        n, L = len(words), MAX_CHARS
        windows = np.concatenate([ce[:, j:j + L] for j in range(self.width)], axis=2)
        conv = np.maximum(windows @ self.conv + self.conv_b, 0)
        # positions past the word's end see only padding: the convolution of torch runs over the
        # padded batch width, so the maximum includes them, as here
        return np.concatenate([feats, conv.max(axis=1)], axis=1).astype(np.float32)

    def _rows(self, words: Sequence[str]):
        np = self._np
        row = self._row
        missing = [w for w in dict.fromkeys(words) if w not in row]
        if missing:
            if len(row) + len(missing) > self.MAX_WORDS:
                row.clear()
                missing = list(dict.fromkeys(words))
            gates = self._word_inputs(missing) @ self.w_ih + self.b
            first, need = len(row), len(row) + len(missing)
            if need > len(self._G):
                grown = np.zeros((max(need, 2 * len(self._G)), self._G.shape[1]), dtype=np.float32)
                grown[:first] = self._G[:first]
                self._G = grown
            self._G[first:need] = gates
            for k, w in enumerate(missing):
                row[w] = first + k
        return np.array(list(map(row.__getitem__, words)), dtype=np.int64)

    def log_probs(self, sentences: Sequence[Sequence[str]], phrases: Sequence[dict[int, list[str]]]) -> list:
        """(len, labels) log-probabilities per sentence, labels in `self.labels` order.
        `phrases`: per sentence, the known-name attributes of its positions
        (`Featurizer.phrase_features`)."""
        np = self._np
        out: list = [np.zeros((0, len(self.labels)), dtype=np.float32) for _ in sentences]
        idx = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        if not idx:
            return out
        lens = np.array([len(sentences[i]) for i in idx])
        starts = np.cumsum(lens) - lens
        rows = self._rows([w for i in idx for w in sentences[i]])
        G = self._G[rows]  # after _rows, which may grow the array
        fid = self.feature_id
        for b, i in enumerate(idx):
            for pos, attrs in phrases[i].items():
                ids = [x for x in map(fid.get, attrs) if x]
                if ids:
                    G[starts[b] + pos] += self.emb[ids].sum(axis=0) @ self.w_ih[:self.emb.shape[1]]
        B, T, h = len(idx), int(lens.max()), self.h
        sid = np.repeat(np.arange(B), lens)
        pos = np.arange(len(sid)) - np.repeat(starts, lens)
        X = np.zeros((B, T, 8 * h), dtype=np.float32)
        X[sid, pos] = G
        running = np.searchsorted(-lens, -np.arange(T), side="left")  # sentences longer than t
        H = np.zeros((B, T, 2 * h), dtype=np.float32)
        for d in (0, 1):
            w_hh = self.w_hh[d]
            hs = np.zeros((B, h), dtype=np.float32)
            cs = np.zeros((B, h), dtype=np.float32)
            cols = slice(4 * h * d, 4 * h * (d + 1))
            for t in range(T):
                m = running[t]
                p = np.full(m, t) if d == 0 else lens[:m] - 1 - t
                rows = np.arange(m)
                z = X[rows, p, cols] + hs[:m] @ w_hh
                gi, gf, gg, go = np.split(z, 4, axis=1)
                c = _sigmoid(gf, np) * cs[:m] + _sigmoid(gi, np) * np.tanh(gg)
                hs[:m] = _sigmoid(go, np) * np.tanh(c)
                cs[:m] = c
                H[rows, p, h * d:h * (d + 1)] = hs[:m]
        logits = H[sid, pos] @ self.out_w + self.out_b
        logits -= logits.max(axis=1, keepdims=True)
        lp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        for b, i in enumerate(idx):
            out[i] = lp[starts[b]:starts[b] + lens[b]]
        return out


def _sigmoid(x, np):
    return 0.5 * (np.tanh(0.5 * x) + 1.0)
