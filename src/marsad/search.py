"""Search keys for Arabic text that forgive spelling.

Every token becomes a key: folded (hamza/alef, yaa, taa marbuta, diacritics),
clitics off (و ف ب ك ل ال and pronoun suffixes, guided by word counts) and a
light plural/feminine ending off (ات ون ين ية). "الوفاق", "والوفاق" and
"لحكومة الوفاق" all hold the key "وفاق"; a query is keyed the same way, so a
phrase query matches the same words in any clitic form.
"""
from __future__ import annotations

import re

from .models import word_frequencies
from .text import normalize, tokenize
from .text.tokens import split_clitics

_CACHE: dict[str, str] = {}
_LIGHT = ("ات", "ون", "ين", "يه", "ه")


def key_of(word: str) -> str:
    """The search key of one folded word."""
    hit = _CACHE.get(word)
    if hit is not None:
        return hit
    if not ("\u0621" <= word[:1] <= "\u06ff"):
        k = word.lower()
    else:
        _pre, stem, _suf = split_clitics(word, word_frequencies())
        k = stem
        for end in _LIGHT:
            if k.endswith(end) and len(k) - len(end) >= 3:
                k = k[: -len(end)]
                break
    if len(_CACHE) > 300_000:
        _CACHE.clear()
    _CACHE[word] = k
    return k


def keys(text: str) -> list[str]:
    """Search keys of a text, in order (punctuation dropped)."""
    return [key_of(t.norm) for t in tokenize(normalize(text)) if t.norm[:1].isalnum()]


def index_text(text: str) -> str:
    return " ".join(keys(text))


_PHRASE = re.compile(r'"([^"]+)"|(\S+)')


def fts_query(q: str) -> str | None:
    """An FTS5 query from a user's query: words are ANDed, "quoted words" are phrases.
    Returns None when nothing searchable remains."""
    parts = []
    for m in _PHRASE.finditer(q):
        if m.group(1):
            ks = keys(m.group(1))
            if ks:
                parts.append('"' + " ".join(ks) + '"')
        else:
            ks = keys(m.group(2))
            parts.extend(f'"{k}"' for k in ks)
    return " AND ".join(parts) if parts else None
