"""Trained model files shipped with Marsad, and their loaders.

Each file here is rebuilt by a `marsad train ...` command from data in
../shared; see MODELS.md beside this file.
"""
from __future__ import annotations

import gzip
import json
import math
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path

from ..errors import ResourceError

MODEL_DIR = Path(str(_res.files("marsad") / "models"))
WORDFREQ = MODEL_DIR / "wordfreq.tsv.gz"


def _read_pairs(path: Path, parse) -> dict | None:
    """word<TAB>value lines of a gzipped model file, values through `parse`
    (which raises ValueError on a bad one); None when the file is not built."""
    if not path.exists():
        return None
    out: dict = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            word, sep, value = line.rstrip("\n").partition("\t")
            try:
                if not sep:
                    raise ValueError("expected 'word<TAB>value'")
                out[word] = parse(value)
            except ValueError as exc:
                raise ResourceError(str(path), f"bad line: {exc}", no) from None
    return out


def _cluster_path(value: str) -> str:
    if not value:
        raise ValueError("empty cluster")
    return value


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int] | None:
    """Folded word -> count in the SaudiNewsNet corpus, or None if not built."""
    return _read_pairs(WORDFREQ, int)


CLUSTERS = MODEL_DIR / "clusters.tsv.gz"
NER_MODEL = MODEL_DIR / "ner.crfsuite"


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, str] | None:
    """Folded word -> cluster ids at three granularities ("a.b.c"), or None if not built."""
    return _read_pairs(CLUSTERS, _cluster_path)


class DetectionModel:
    """A logistic-regression sentence classifier stored as JSON: weights over
    hashed word and character n-gram features of the folded sentence."""

    def __init__(self, path: Path):
        import numpy as np
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            self.type = data["type"]
            self.dim = int(data["dim"])
            self.bias = float(data["bias"])
            weights = {int(k): float(v) for k, v in data["weights"].items()}
            self.ngrams = tuple(data.get("char_ngrams", (3, 5)))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ResourceError(str(path), f"bad detection model: {exc}") from None
        self.dense = np.zeros(self.dim)
        for k, v in weights.items():
            if not 0 <= k < self.dim:
                raise ResourceError(str(path), f"bad detection model: feature {k} outside 0..{self.dim - 1}")
            self.dense[k] = v

    def features(self, sentence: str, words: list[str] | None = None, triggers: list | None = None):
        """The sentence's feature arrays, as `probability_of` takes them."""
        from ..train.detect import feature_arrays
        return feature_arrays(sentence, self.dim, self.ngrams, words, triggers)

    def probability_of(self, feats) -> float:
        buckets, values = feats
        z = self.bias + float(self.dense[buckets] @ values)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probability(self, sentence: str) -> float:
        return self.probability_of(self.features(sentence))


@lru_cache(maxsize=1)
def detection_models() -> dict[str, DetectionModel]:
    """Event type -> its detection model, for the types that have one."""
    out = {}
    for p in sorted(MODEL_DIR.glob("detect-*.json")):
        m = DetectionModel(p)
        out[m.type] = m
    return out
