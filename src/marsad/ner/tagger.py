"""The CRF tagger: training, tagging and entity spans over Marsad tokens."""
from __future__ import annotations

from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Sequence

from ..errors import ResourceError
from ..models import NER_MODEL
from ..text.normalize import fold
from . import namestats
from .conll import spans
from .features import Featurizer
from .neural import NeuralScorer, neural_path
from .wordrows import WordRows, segment_sums

_zeros = repeat(0)  # the default id, for as many attributes as a word has
# chosen by 5-fold CV on ANERcorp among (c1, c2, iterations) = (0.05, 0.05, 150), (0.1, 0.01, 150),
# (0.02, 0.05, 250), (0.01, 0.2, 300) and this one: micro F1 0.808, 0.803, 0.810, 0.810, 0.811
DEFAULT_PARAMS = {"c1": 0.02, "c2": 0.1, "max_iterations": 250, "feature.possible_transitions": True}


@lru_cache(maxsize=4)
def featurizer(names: str | None = None) -> Featurizer:
    """The shared featurizer; with `names`, the path of the corpus name statistics
    its model learned from (`namestats`)."""
    if names is None:
        return Featurizer()
    stats = namestats.read(Path(names))
    if stats is None:
        raise ResourceError(names, "the model learned corpus name statistics and this file of them is "
                                   "missing: rebuild with `marsad train ner --data FILE --corpus PATH`")
    return Featurizer(stats)


SCHEMES = ("bio", "bilou")
NEURAL_MARGIN = 2.0


def train(sentences: Sequence[tuple[list[str], list[str]]], out: Path, params: dict | None = None,
          verbose: bool = False, scheme: str = "bio", names: dict[str, tuple[str, ...]] | None = None) -> None:
    """Train on BIO-tagged sentences. `scheme` "bilou" has the model learn BILOU tags
    (where names end): about 0.7 points more F1 on ANERcorp, about 10 % slower
    tagging (17 labels instead of 9). The tagger answers in BIO either way.
    `names`: corpus name statistics to learn from (`namestats`); the tagger of the
    model then needs them, in `namestats.names_path(out)` or given to `Tagger`."""
    import pycrfsuite

    if scheme not in SCHEMES:
        raise ValueError(f"tag scheme '{scheme}': expected one of {', '.join(SCHEMES)}")
    fz = featurizer() if names is None else Featurizer(names)
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for toks, tags in sentences:
        trainer.append(fz.sentence([fold(t) for t in toks]), to_bilou(tags) if scheme == "bilou" else list(tags))
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def to_bilou(tags: Sequence[str]) -> list[str]:
    """BIO tags as BILOU: the last token of a name is L-, a one-token name U-."""
    out = []
    for i, t in enumerate(tags):
        if t == "O":
            out.append(t)
            continue
        prefix, typ = t.split("-", 1)
        goes_on = i + 1 < len(tags) and tags[i + 1] == "I-" + typ
        if prefix == "B":
            out.append(("B-" if goes_on else "U-") + typ)
        else:
            out.append(("I-" if goes_on else "L-") + typ)
    return out


def to_bio(tag: str) -> str:
    """A BILOU (or BIO) tag as BIO."""
    if tag[:2] in ("U-", "B-"):
        return "B-" + tag[2:]
    if tag[:2] in ("L-", "I-"):
        return "I-" + tag[2:]
    return tag


class Tagger:
    """Tags with a trained CRF, decoded in numpy.

    The CRF's state features are all (attribute, label) weights of single tokens
    and their neighbours, so a word's contribution to the scores of its own
    position and of the two positions on each side is a fixed vector per label.
    Those vectors are computed once per word and cached; a sentence's scores are
    their sums, and Viterbi runs over all sentences of a batch at once. The result
    equals crfsuite's own decoding of the same model.
    """

    # how far the CRF's score of O must lead every other label's at a position for the
    # neural scorer to leave it alone (chosen on the first fold of ANERcorp CV: see MODELS.md)
    neural_margin = NEURAL_MARGIN

    def __init__(self, path: Path = NER_MODEL, names: dict[str, tuple[str, ...]] | None = None,
                 neural: bool = True):
        """`names`: the corpus name statistics the model learned from, when they are
        not in the file beside it (`namestats.names_path`). `neural`: add the scores of
        the neural scorer beside the model (`neural.neural_path`), when there is one."""
        import numpy as np
        import pycrfsuite

        if not Path(path).exists():
            raise ResourceError(str(path), "NER model not built: run `marsad train ner --data FILE`")
        crf = pycrfsuite.Tagger()
        try:
            crf.open(str(path))
        except Exception as exc:  # pycrfsuite raises plain ValueError/OSError variants
            raise ResourceError(str(path), f"cannot open NER model: {exc}") from None
        info = crf.info()
        self.labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
        self.bio_labels = [to_bio(lab) for lab in self.labels]  # what the tagger answers
        li = {lab: i for i, lab in enumerate(self.labels)}
        n = len(self.labels)
        # one row of label weights per attribute; row 0 is zeros (an attribute the model lacks)
        self.attr_id: dict[str, int] = {}
        for attr, _ in info.state_features:
            if attr not in self.attr_id:
                self.attr_id[attr] = len(self.attr_id) + 1
        self.W = np.zeros((len(self.attr_id) + 1, n), dtype=np.float64)
        # the attributes a word gives its neighbours, by offset, keyed without the prefix
        self.ctx_id: dict[int, dict[str, int]] = {2: {}, 1: {}, -1: {}, -2: {}}
        for attr, i in self.attr_id.items():
            off, sep, rest = attr.partition(":")
            if sep and off in ("2", "1", "-1", "-2"):
                self.ctx_id[int(off)][rest] = i
        for (attr, label), w in info.state_features.items():
            self.W[self.attr_id[attr], li[label]] = w
        self.trans = np.zeros((n, n), dtype=np.float64)
        for (a, b), w in info.transitions.items():
            self.trans[li[a], li[b]] = w
        self.bos = self.W[self.attr_id.get("-1:BOUND", 0)]
        self.eos = self.W[self.attr_id.get("1:BOUND", 0)]
        if not any(a.startswith("cx=") for a in self.attr_id):
            self.fz = featurizer()
        elif names is not None:
            self.fz = Featurizer(names)
        else:
            self.fz = featurizer(str(namestats.names_path(Path(path))))
        # per word, the (5, labels) scores it adds at offsets -2..+2 from itself, as rows
        # of one growing array; bounded so that one worker stays well under a gigabyte
        self._cache = WordRows((5, n), np.float64, self.MAX_WORDS)
        self.neural: NeuralScorer | None = None
        # the attributes of the words new to the CRF's cache in this batch, for the neural
        # scorer's cache, which would otherwise compute them again
        self._fresh: dict[str, list[str]] = {}
        beside = neural_path(Path(path))
        if neural and beside.exists():
            self.neural = NeuralScorer(beside, self.fz)
            if sorted(self.neural.labels) != sorted(self.labels):
                raise ResourceError(str(beside), "neural NER model: its labels are not "
                                    "the CRF's beside it (rebuild both with `marsad train ner`)")
            self._neural_cols = np.array([self.neural.labels.index(lab) for lab in self.labels])
            self._o = self.labels.index("O")
        self._np = np

    MAX_WORDS = 200_000

    def _rows(self, words: Sequence[str]):
        """Row in `self._cache.array` of every word, computing the missing ones in one pass."""
        return self._cache.rows(words, self._word_scores)

    def _word_scores(self, missing: list[str]):
        """What each word adds to the scores of the tokens two before it ("2:"), one before,
        itself, one after and two after: (words, 5, labels)."""
        lookups = [self.ctx_id[2].get, self.ctx_id[1].get, self.attr_id.get,
                   self.ctx_id[-1].get, self.ctx_id[-2].get]
        ids: list[int] = []
        offsets: list[int] = []
        fresh = self._fresh
        fresh.clear()
        for w in missing:
            own, ctx = self.fz.word_parts(w)
            fresh[w] = own
            for k, get in enumerate(lookups):
                offsets.append(len(ids))
                ids.append(0)
                ids.extend(map(get, own if k == 2 else ctx, _zeros))
        return segment_sums(self.W, ids, offsets, self._np).reshape(len(missing), 5, -1)

    def tag_many(self, sentences: Sequence[Sequence[str]],
                 firsts: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
        """BIO tags for many sentences of folded words, decoded together. `firsts`:
        the same words without their article (`kb.strip_articles`), when the caller has them."""
        np = self._np
        out: list[list[str]] = [[] for _ in sentences]
        # longest first: at step t only the sentences still running are touched
        idx = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        if not idx:
            return out
        words = [w for i in idx for w in sentences[i]]
        lens = np.array([len(sentences[i]) for i in idx])
        ends = np.cumsum(lens)
        starts = ends - lens
        N = len(words)
        rows = self._rows(words)
        V = self._cache.array[rows]  # (N, 5, labels)
        # neighbours count only inside the same sentence
        sid = np.repeat(np.arange(len(idx)), lens)
        E = V[:, 2, :].copy()
        for off, col in ((1, 1), (2, 0)):   # a later word's "1:"/"2:" attributes score this token
            same = (sid[:-off] == sid[off:])[:, None]
            E[:-off] += V[off:, col, :] * same
        for off, col in ((1, 3), (2, 4)):   # an earlier word's "-1:"/"-2:" attributes
            same = (sid[:-off] == sid[off:])[:, None]
            E[off:] += V[:-off, col, :] * same
        E[starts] += self.bos
        E[ends - 1] += self.eos
        # features of word sequences (known multi-word names) belong to positions, not words
        aid = self.attr_id.get
        phrases = [self.fz.phrase_features(s, firsts[i] if firsts else None) if s else {}
                   for i, s in enumerate(sentences)]
        for b, i in enumerate(idx):
            for pos, attrs in phrases[i].items():
                E[starts[b] + pos] += self.W[[aid(a, 0) for a in attrs]].sum(axis=0)
        if self.neural is not None:
            # the neural scorer reads the positions where the CRF's own scores leave a name possible
            others = np.delete(E, self._o, axis=1).max(axis=1)
            at = np.flatnonzero(E[:, self._o] - others < self.neural_margin)
            flat = {int(starts[b]) + pos: attrs for b, i in enumerate(idx) for pos, attrs in phrases[i].items()}
            lp = self.neural.log_probs_at(words, sid, at, flat, known=self._fresh)
            E[at] += self.neural.weight * lp[:, self._neural_cols]
        B, T, K = len(idx), int(lens.max()), len(self.labels)
        pos = np.arange(N) - np.repeat(starts, lens)
        P = np.zeros((B, T, K))
        P[sid, pos] = E
        score = P[:, 0, :].copy()
        back = np.zeros((B, T, K), dtype=np.int16)
        trans_t = np.ascontiguousarray(self.trans.T)[None, :, :]  # (1, to, from)
        running = np.searchsorted(-lens, -np.arange(T), side="left")  # sentences longer than t
        for t in range(1, T):
            m = running[t]
            cand = score[:m, None, :] + trans_t  # (m, to, from): the reduction runs over contiguous memory
            best = cand.argmax(axis=2)
            back[:m, t, :] = best
            score[:m] = np.take_along_axis(cand, best[:, :, None], axis=2)[:, :, 0] + P[:m, t, :]
        path = np.zeros((B, T), dtype=np.int64)
        final = score.argmax(axis=1)
        cur = final.copy()
        for t in range(T - 1, -1, -1):
            m = running[t]
            ending = lens[:m] - 1 == t
            cur[:m] = np.where(ending, final[:m], cur[:m])
            path[:m, t] = cur[:m]
            if t > 0:
                cur[:m] = back[np.arange(m), t, cur[:m]]
        labels = self.bio_labels
        for b, i in enumerate(idx):
            out[i] = [labels[k] for k in path[b, : lens[b]].tolist()]
        return out

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of folded words."""
        return self.tag_many([words])[0]

    def entities(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        return spans(self.tag(words))


@lru_cache(maxsize=2)
def load_tagger(path: str = str(NER_MODEL), neural: bool = True) -> Tagger:
    return Tagger(Path(path), neural=neural)
