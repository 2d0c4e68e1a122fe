"""Rebuild models/clusters.tsv.gz: distributional word clusters from unlabelled news.

Method (no third-party embedding library): count co-occurrences of the 60,000
most frequent folded words within ±2 tokens over the corpus, weight them by
positive pointwise mutual information, reduce with truncated SVD to 128
dimensions, and cluster the normalised vectors with k-means at three
granularities (64, 256 and 1024 clusters). Each word gets a path "a.b.c" of its
three cluster ids, which the NER features use at each level.
"""
from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path
from typing import Iterable

import numpy as np

from ..article import Article
from ..io.readers import read_inputs
from ..text import normalize, tokenize


def _corpus_ids(paths: Iterable[str], vocab_size: int) -> tuple[list[str], list[np.ndarray]]:
    docs: list[list[str]] = []
    counts: Counter = Counter()
    for item in read_inputs(paths):
        if isinstance(item, Article):
            words = [t.norm for t in tokenize(normalize(item.raw))]
            counts.update(words)
            docs.append(words)
    vocab = [w for w, _ in counts.most_common(vocab_size)]
    index = {w: i for i, w in enumerate(vocab)}
    seqs = [np.array([index.get(w, -1) for w in d], dtype=np.int64) for d in docs]
    return vocab, seqs


def build(paths: Iterable[str], out: Path, vocab_size: int = 60000, dims: int = 128,
          ks: tuple[int, ...] = (64, 256, 1024), seed: int = 7, log=print) -> int:
    from scipy.sparse import coo_matrix
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    vocab, seqs = _corpus_ids(paths, vocab_size)
    n = len(vocab)
    log(f"{len(seqs)} documents, vocabulary {n}")
    rows, cols = [], []
    for s in seqs:
        for off in (1, 2):
            a, b = s[:-off], s[off:]
            keep = (a >= 0) & (b >= 0)
            rows += [a[keep], b[keep]]
            cols += [b[keep], a[keep]]
    r = np.concatenate(rows)
    c = np.concatenate(cols)
    m = coo_matrix((np.ones(len(r), dtype=np.float32), (r, c)), shape=(n, n)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=(n, n)).tocsr()
    vecs = TruncatedSVD(dims, random_state=seed).fit_transform(ppmi)
    vecs = l2(vecs)
    paths_ = [[] for _ in range(n)]
    for k in ks:
        labels = MiniBatchKMeans(k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vecs)
        for i, lab in enumerate(labels):
            paths_[i].append(str(lab))
        log(f"k-means {k} done")
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out, "wb", mtime=0) as gz:
        gz.write("".join(f"{w}\t{'.'.join(p)}\n" for w, p in zip(vocab, paths_)).encode("utf-8"))
    return n
