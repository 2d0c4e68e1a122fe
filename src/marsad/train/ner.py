"""Train the NER model and cross-validate it on a CoNLL file (ANERcorp).

With a corpus of unlabelled news, training has two stages: a first model,
trained without corpus statistics, tags the corpus; how often it put each word
inside a name of each type (`ner.namestats`) becomes features of the final
model, and is written beside it. With `neural`, a neural scorer
(`ner.neural`, trained with torch on the final model's attributes) is written
beside it as well and the tagger adds its scores to the CRF's. Cross-validation
does the same in every fold, the first model learning from the fold's training
part only.
"""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Sequence

from ..errors import ResourceError
from ..ner import namestats
from ..ner.conll import read_conll
from ..ner.metrics import score
from ..ner.neural import neural_path
from ..ner.tagger import Tagger, featurizer, train
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


def _train_neural(sents: Sequence, model: Path, names, neural_params: dict | None, log) -> None:
    from ..ner.features import Featurizer
    from .neural import train_neural
    t0 = time.time()
    train_neural(sents, neural_path(model), featurizer() if names is None else Featurizer(names),
                 neural_params, log=log)
    log(f"  neural scorer trained ({time.time() - t0:.0f} s)")


def cross_validate(data: str, folds: int = 5, seed: int = 13, params: dict | None = None,
                   log=print, scheme: str = "bilou", corpus: Sequence[str] | None = None,
                   neural: bool = False, neural_params: dict | None = None) -> dict:
    """Micro and per-type scores of `folds`-fold cross-validation (sentences shuffled with
    `seed`); with `corpus` (paths of unlabelled news), two-stage models as `build` makes;
    with `neural`, the neural scorer beside each fold's model."""
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
            names = None
            if corpus_sents is not None:
                names = _two_stage(tr, path, corpus_sents, params, scheme, log)
            else:
                train(tr, path, params, scheme=scheme)
            if neural:
                _train_neural(tr, path, names, neural_params, log)
            tagger = Tagger(path, names=names)
            preds = tagger.tag_many([[fold(t) for t in toks] for toks, _ in te])
        fold_scores = score([tags for _, tags in te], preds)
        log(f"fold {k + 1}/{folds}: micro F1 {fold_scores['micro']['f1']:.4f} ({time.time() - t0:.0f} s)")
        gold_all += [tags for _, tags in te]
        pred_all += preds
    return score(gold_all, pred_all)


def build(data: str, out: Path, params: dict | None = None, scheme: str = "bilou",
          corpus: Sequence[str] | None = None, log=print, neural: bool = False,
          neural_params: dict | None = None) -> int:
    """Train the model `out` on the CoNLL file `data`; with `corpus`, in two stages,
    writing the name statistics beside it (`namestats.names_path`); with `neural`,
    the neural scorer beside it too (`neural.neural_path`)."""
    sents = read_conll(data)
    stats_path = namestats.names_path(out)
    stats = None
    if corpus:
        stats = _two_stage(sents, out, list(namestats.corpus_sentences(corpus)), params, scheme, log)
        namestats.write(stats, stats_path)
    else:
        train(sents, out, params, scheme=scheme)
        stats_path.unlink(missing_ok=True)  # the statistics of an earlier model would mislead
    if neural:
        _train_neural(sents, out, stats, neural_params, log)
    else:
        neural_path(out).unlink(missing_ok=True)  # scores learned beside another model
    return len(sents)


def build_neural(data: str, model: Path, log=print, neural_params: dict | None = None) -> int:
    """Train the neural scorer alone, beside the existing CRF `model`, on the
    attributes that model reads (its corpus name statistics, when it has them)."""
    if not model.exists():
        raise ResourceError(str(model), "no CRF model to train the neural scorer beside: "
                                        "run `marsad train ner` without --neural-only first")
    names = namestats.read(namestats.names_path(model))
    sents = read_conll(data)
    _train_neural(sents, model, names, neural_params, log)
    return len(sents)
