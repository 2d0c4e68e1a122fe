"""Train the NER model and cross-validate it on a CoNLL file (ANERcorp).

With a corpus of unlabelled news, training has two stages: a first model,
trained without corpus statistics, tags the corpus; how often it put each word
inside a name of each type (`ner.namestats`) becomes features of the final
model, and is written beside it. Cross-validation does the same in every fold,
the first model learning from the fold's training part only.
"""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Sequence

from ..ner import namestats
from ..ner.conll import read_conll
from ..ner.metrics import score
from ..ner.tagger import Tagger, train
from ..text.normalize import fold


def _two_stage(sents: Sequence, out: Path, corpus: Sequence[list[str]], params: dict | None,
               scheme: str, log) -> dict[str, tuple[str, ...]]:
    """Train `out` on `sents` with the name statistics a first model finds in `corpus`;
    returns the statistics."""
    t0 = time.time()
    with tempfile.TemporaryDirectory() as d:
        first = Path(d) / "first.crfsuite"
        train(sents, first, params, scheme=scheme)
        log(f"  first model trained ({time.time() - t0:.0f} s)")
        stats = namestats.build(Tagger(first), corpus)
    log(f"  corpus tagged: {len(stats)} words with name classes ({time.time() - t0:.0f} s)")
    train(sents, out, params, scheme=scheme, names=stats)
    return stats


def cross_validate(data: str, folds: int = 5, seed: int = 13, params: dict | None = None,
                   log=print, scheme: str = "bilou", corpus: Sequence[str] | None = None) -> dict:
    """Micro and per-type scores of `folds`-fold cross-validation (sentences shuffled with
    `seed`); with `corpus` (paths of unlabelled news), two-stage models as `build` makes."""
    sents = read_conll(data)
    corpus_sents = list(namestats.corpus_sentences(corpus)) if corpus else None
    order = list(range(len(sents)))
    random.Random(seed).shuffle(order)
    gold_all, pred_all = [], []
    for k in range(folds):
        test_idx = set(order[k::folds])
        tr = [sents[i] for i in range(len(sents)) if i not in test_idx]
        te = [sents[i] for i in sorted(test_idx)]
        t0 = time.time()
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "fold.crfsuite"
            if corpus_sents is not None:
                tagger = Tagger(path, names=_two_stage(tr, path, corpus_sents, params, scheme, log))
            else:
                train(tr, path, params, scheme=scheme)
                tagger = Tagger(path)
            preds = tagger.tag_many([[fold(t) for t in toks] for toks, _ in te])
        fold_scores = score([tags for _, tags in te], preds)
        log(f"fold {k + 1}/{folds}: micro F1 {fold_scores['micro']['f1']:.4f} ({time.time() - t0:.0f} s)")
        gold_all += [tags for _, tags in te]
        pred_all += preds
    return score(gold_all, pred_all)


def build(data: str, out: Path, params: dict | None = None, scheme: str = "bilou",
          corpus: Sequence[str] | None = None, log=print) -> int:
    """Train the model `out` on the CoNLL file `data`; with `corpus`, in two stages,
    writing the name statistics beside it (`namestats.names_path`)."""
    sents = read_conll(data)
    stats_path = namestats.names_path(out)
    if corpus:
        stats = _two_stage(sents, out, list(namestats.corpus_sentences(corpus)), params, scheme, log)
        namestats.write(stats, stats_path)
    else:
        train(sents, out, params, scheme=scheme)
        stats_path.unlink(missing_ok=True)  # the statistics of an earlier model would mislead
    return len(sents)
