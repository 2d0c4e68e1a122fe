"""Trained model files shipped with Marsad, and their loaders.

Each file here is rebuilt by a `marsad train ...` command from data in
../shared; see MODELS.md beside this file.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path

from ..errors import ResourceError

MODEL_DIR = Path(str(_res.files("marsad") / "models"))
WORDFREQ = MODEL_DIR / "wordfreq.tsv.gz"


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int] | None:
    """Folded word -> count in the SaudiNewsNet corpus, or None if not built."""
    if not WORDFREQ.exists():
        return None
    out: dict[str, int] = {}
    with gzip.open(WORDFREQ, "rt", encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            word, _, count = line.rstrip("\n").partition("\t")
            try:
                out[word] = int(count)
            except ValueError:
                raise ResourceError(str(WORDFREQ), f"bad count '{count}'", no) from None
    return out


CLUSTERS = MODEL_DIR / "clusters.tsv.gz"
NER_MODEL = MODEL_DIR / "ner.crfsuite"


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, str] | None:
    """Folded word -> hierarchical cluster path (bit string), or None if not built."""
    if not CLUSTERS.exists():
        return None
    out: dict[str, str] = {}
    with gzip.open(CLUSTERS, "rt", encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            word, sep, path = line.rstrip("\n").partition("\t")
            if not sep or not path:
                raise ResourceError(str(CLUSTERS), "expected 'word<TAB>cluster'", no)
            out[word] = path
    return out
