"""`marsad eval ner GOLD`: entity-level precision, recall and F1 of the shipped
tagger (or `--cv K` cross-validation of freshly trained models) on CoNLL files."""
from __future__ import annotations

from pathlib import Path

from ..ner.conll import read_conll
from ..ner.metrics import score
from ..ner.tagger import Tagger, load_tagger
from ..text.normalize import fold


def evaluate(gold: str, model: str | None = None, neural: bool = True) -> dict:
    """`neural`: with the neural scorer beside the model, when it has one."""
    sents = read_conll(gold)
    tagger = Tagger(Path(model), neural=neural) if model else load_tagger(neural=neural)
    preds = tagger.tag_many([[fold(t) for t in toks] for toks, _ in sents])
    return score([tags for _, tags in sents], preds)
