"""Search keys for Arabic text that forgive spelling.

Every token becomes a key: folded (hamza/alef, yaa, taa marbuta, diacritics),
clitics off (و ف ب ك ل ال and pronoun suffixes, guided by word counts) and a
light plural/feminine ending off (ات ون ين ية). "الوفاق", "والوفاق" and
"لحكومة الوفاق" all hold the key "وفاق"; a query is keyed the same way, so a
phrase query matches the same words in any clitic form.
"""
from __future__ import annotations

import re

from .memo import lookup_all, remember
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
    return remember(_CACHE, word, k)


def keys(text: str) -> list[str]:
    """Search keys of a text, in order (punctuation dropped)."""
    return token_keys(tokenize(normalize(text)))


def token_keys(tokens) -> list[str]:
    """Search keys of a text's tokens (its `Article.tokens`: the same as `keys(text)`)."""
    words = [t.norm for t in tokens if t.norm[:1].isalnum()]
    return lookup_all(_CACHE, key_of, words)


def index_text(text: str) -> str:
    return " ".join(keys(text))


_PHRASE = re.compile(r'"([^"]+)"|(\S+)')


class KeysQuery:
    """A user's query as search keys: each part is a word or a phrase (a list of
    keys); parts are ANDed. Written out for FTS5 or for PostgreSQL tsquery."""

    def __init__(self, parts: list[list[str]]):
        self.parts = parts

    def fts5(self) -> str:
        return " AND ".join('"' + " ".join(p) + '"' for p in self.parts)

    def tsquery(self) -> str:
        def lex(k: str) -> str:
            return "'" + k.replace("'", "''").replace("\\", "") + "'"
        return " & ".join("(" + " <-> ".join(lex(k) for k in p) + ")" for p in self.parts)


def keys_query(q: str) -> KeysQuery | None:
    """Parse a query: words are ANDed, "quoted words" are a phrase. None when
    nothing searchable remains."""
    parts: list[list[str]] = []
    for m in _PHRASE.finditer(q):
        if m.group(1):
            ks = [k.replace('"', "") for k in keys(m.group(1))]
            if ks:
                parts.append(ks)
        else:
            parts.extend([k.replace('"', "")] for k in keys(m.group(2)))
    parts = [p for p in parts if all(p)]
    return KeysQuery(parts) if parts else None
