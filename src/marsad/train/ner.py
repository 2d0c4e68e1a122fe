"""Train the NER model and cross-validate it on a CoNLL file (ANERcorp)."""
from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from ..ner.conll import read_conll
from ..ner.metrics import score
from ..ner.tagger import Tagger, train
from ..text.normalize import fold


def cross_validate(data: str, folds: int = 5, seed: int = 13, params: dict | None = None,
                   log=print, scheme: str = "bilou") -> dict:
    """Micro and per-type scores of `folds`-fold cross-validation (sentences shuffled with `seed`)."""
    sents = read_conll(data)
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
            train(tr, path, params, scheme=scheme)
            tagger = Tagger(path)
            preds = [tagger.tag([fold(t) for t in toks]) for toks, _ in te]
        fold_scores = score([tags for _, tags in te], preds)
        log(f"fold {k + 1}/{folds}: micro F1 {fold_scores['micro']['f1']:.4f} ({time.time() - t0:.0f} s)")
        gold_all += [tags for _, tags in te]
        pred_all += preds
    return score(gold_all, pred_all)


def build(data: str, out: Path, params: dict | None = None, scheme: str = "bilou") -> int:
    sents = read_conll(data)
    train(sents, out, params, scheme=scheme)
    return len(sents)
