"""The CRF tagger: training, tagging and entity spans over Marsad tokens."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..errors import ResourceError
from ..models import NER_MODEL
from ..text.normalize import fold
from .conll import spans
from .features import Featurizer

DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


@lru_cache(maxsize=1)
def featurizer() -> Featurizer:
    return Featurizer()


def train(sentences: Sequence[tuple[list[str], list[str]]], out: Path, params: dict | None = None,
          verbose: bool = False) -> None:
    import pycrfsuite

    fz = featurizer()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for toks, tags in sentences:
        trainer.append(fz.sentence([fold(t) for t in toks]), tags)
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


class Tagger:
    def __init__(self, path: Path = NER_MODEL):
        import pycrfsuite

        if not Path(path).exists():
            raise ResourceError(str(path), "NER model not built: run `marsad train ner --data FILE`")
        self.crf = pycrfsuite.Tagger()
        try:
            self.crf.open(str(path))
        except Exception as exc:  # pycrfsuite raises a bare ValueError/OSError subclass
            raise ResourceError(str(path), f"cannot open NER model: {exc}") from None
        self.fz = featurizer()

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags for folded words."""
        if not words:
            return []
        return self.crf.tag(self.fz.sentence(words))

    def entities(self, words: Sequence[str]) -> list[tuple[str, int, int]]:
        return spans(self.tag(words))


@lru_cache(maxsize=2)
def load_tagger(path: str = str(NER_MODEL)) -> Tagger:
    return Tagger(Path(path))
