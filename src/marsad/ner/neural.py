"""A small neural tagger that scores names beside the CRF, run in numpy.

The network (trained with torch by `marsad.train.neural`, shipped as plain arrays
in a `.npz` file) reads, for every word, the sum of embeddings of the same
attributes the CRF reads of the word itself (`Featurizer.word_parts`), plus those of
the known multi-word names covering its position, and a character convolution of
the word; a hidden layer over the window of two words on each side, and a linear
layer, give per-label log-probabilities. The tagger adds them to the CRF's
per-position scores before Viterbi. Where the CRF weighs each attribute alone, the
hidden layer weighs them together, and words of like attributes alike.

No torch at run time. A word's part in the hidden layer of each position of its
window depends on the word alone: it is computed once per word and cached, as the
CRF's scores are, so a sentence costs a sum of five cached vectors per word and
one small product.
"""
from __future__ import annotations

from itertools import repeat
from pathlib import Path
from typing import Sequence

from ..errors import ResourceError
from .wordrows import WordRows, segment_sums

_zeros = repeat(0)

# arrays a model file holds (see `marsad.train.neural.export`)
ARRAYS = ("emb", "char_emb", "conv_w", "conv_b", "win_w", "win_b", "out_w", "out_b")
MAX_CHARS = 20  # characters of a word the convolution reads


def neural_path(model: Path) -> Path:
    """Where the neural scorer of a CRF model file lies: beside it."""
    return model.with_name(model.name.split(".")[0] + ".window.npz")


class NeuralScorer:
    """Per-position label log-probabilities of sentences of folded words."""

    MAX_WORDS = 150_000  # cached words; each holds window x hidden half floats (1.3 kB)

    def __init__(self, path: Path, featurizer) -> None:
        import numpy as np

        self._np = np
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError) as exc:
            raise ResourceError(str(path), f"cannot read the neural NER model: {exc}") from None
        missing = [k for k in ARRAYS + ("features", "chars", "labels", "weight") if k not in arrays]
        if missing:
            raise ResourceError(str(path), f"not a neural NER model: lacks {', '.join(missing)}")
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
        win_w = arrays["win_w"].astype(f32)  # (hidden, input, window)
        self.hidden, n_in, self.window = win_w.shape
        if n_in != self.emb.shape[1] + conv_w.shape[0]:
            raise ResourceError(str(path), "neural NER model: input size does not match its layers")
        # a word's input times the window's weights at each offset: (input, window * hidden)
        self.win = win_w.transpose(1, 2, 0).reshape(n_in, -1)
        self.win_b = arrays["win_b"].astype(f32)
        self.out_w = arrays["out_w"].T.astype(f32)
        self.out_b = arrays["out_b"].astype(f32)
        self.fz = featurizer
        # per word, its part in the hidden layer of each position of its window, as rows of one array
        self._cache = WordRows((self.window, self.hidden), np.float16, self.MAX_WORDS)

    def word_inputs(self, words: Sequence[str], known: dict[str, list[str]] | None = None):
        """The network's input for words out of context: attribute embeddings and character
        convolution. `known`: the attributes of some of the words, already computed."""
        np = self._np
        fid = self.feature_id
        ids, offsets = [], []
        parts = self.fz.word_parts
        known = known or {}
        for w in words:
            offsets.append(len(ids))
            ids.append(0)
            own = known.get(w)
            ids.extend(map(fid.get, parts(w)[0] if own is None else own, _zeros))  # 0: a row of zeros
        return np.concatenate([segment_sums(self.emb, ids, offsets, np), self._char_features(words)], axis=1)

    def _char_features(self, words: Sequence[str]):
        """The character convolution's maximum over MAX_CHARS positions, padding included
        as torch's convolution has it; computed over the positions that see a letter, by
        lengths, and, for a word shorter than that, the value of a window of padding alone."""
        np = self._np
        half = self.width // 2
        out = np.empty((len(words), self.conv.shape[1]), dtype=np.float32)
        lengths = np.array([min(len(w), MAX_CHARS) for w in words])
        padding = np.maximum(self.conv_b, 0)
        cid = self.char_id
        for low, high in ((0, 6), (7, 10), (11, MAX_CHARS)):
            which = np.flatnonzero((lengths >= low) & (lengths <= high))
            if not len(which):
                continue
            span = min(high + half, MAX_CHARS)  # positions that see a letter of a word this long
            chars = np.zeros((len(which), span + 2 * half), dtype=np.int64)
            for k, i in enumerate(which.tolist()):
                codes = [cid.get(c, 1) for c in words[i][:MAX_CHARS]]
                chars[k, half:half + len(codes)] = codes
            ce = self.char_emb[chars]  # row 0 of the table is zeros (padding)
            windows = np.concatenate([ce[:, j:j + span] for j in range(self.width)], axis=2)
            best = np.maximum(windows @ self.conv + self.conv_b, 0).max(axis=1)
            short = lengths[which] + half < MAX_CHARS  # a window of padding alone among the positions
            best[short] = np.maximum(best[short], padding)
            out[which] = best
        return out

    def _rows(self, words: Sequence[str], known: dict[str, list[str]] | None = None):
        def parts(missing: list[str]):
            return (self.word_inputs(missing, known) @ self.win).reshape(len(missing), self.window, self.hidden)
        return self._cache.rows(words, parts)

    def log_probs(self, sentences: Sequence[Sequence[str]], phrases: Sequence[dict[int, list[str]]]) -> list:
        """(len, labels) log-probabilities per sentence, labels in `self.labels` order.
        `phrases`: per sentence, the known-name attributes of its positions
        (`Featurizer.phrase_features`)."""
        np = self._np
        words = [w for s in sentences for w in s]
        lens = np.array([len(s) for s in sentences], dtype=np.int64)
        starts = np.cumsum(lens) - lens
        extra = {int(starts[i]) + pos: attrs for i, ph in enumerate(phrases) for pos, attrs in ph.items()}
        lp = self.log_probs_at(words, np.repeat(np.arange(len(sentences)), lens), np.arange(len(words)), extra)
        return [lp[b:b + n] for b, n in zip(starts, lens)]

    def log_probs_at(self, words: Sequence[str], sid, at, phrases: dict[int, list[str]],
                     known: dict[str, list[str]] | None = None):
        """(len(at), labels) log-probabilities of the positions `at` of a run of words,
        `sid` the sentence of each word (a window stops at its sentence's ends),
        `phrases` the known-name attributes of positions (`Featurizer.phrase_features`).
        Only the words in the windows of `at` are read; `known`: the attributes of some
        words, already computed."""
        np = self._np
        n, half, h = len(words), self.window // 2, self.hidden
        if not len(at):
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        Y = np.empty((len(at), h), dtype=np.float32)
        Y[:] = self.win_b
        at = np.asarray(at, dtype=np.int64)
        reach = []  # per offset: (which of `at` have a word there, the position of that word)
        for off in range(-half, half + 1):
            q = at + off
            ok = (q >= 0) & (q < n)
            ok[ok] = sid[q[ok]] == sid[at[ok]]
            reach.append((ok, q[ok]))
        positions = np.unique(np.concatenate([q for _, q in reach]))
        row_of = np.zeros(n, dtype=np.int64)
        row_of[positions] = self._rows([words[q] for q in positions.tolist()], known)
        U = self._cache.array  # after _rows, which may grow it
        for j, (ok, q) in enumerate(reach):
            Y[ok] += U[row_of[q], j]
        if phrases:
            fid = self.feature_id
            index = {p: k for k, p in enumerate(at.tolist())}
            for q, attrs in phrases.items():
                ids = [x for x in map(fid.get, attrs) if x]
                if not ids:
                    continue
                part = (self.emb[ids].sum(axis=0) @ self.win[:self.emb.shape[1]]).reshape(self.window, h)
                for j in range(self.window):
                    k = index.get(q - (j - half))  # q is the word j - half after that position
                    if k is not None and sid[q] == sid[at[k]]:
                        Y[k] += part[j]
        np.maximum(Y, 0, out=Y)
        logits = Y @ self.out_w + self.out_b
        logits -= logits.max(axis=1, keepdims=True)
        return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
