"""Regular expressions over word lists.

`alternation(words)` is a regex matching any of the words, with the longest
match preferred, as `"|".join` of the words sorted longest first would. It is
written as a trie (words sharing a beginning share one branch), so the regex
engine tests each character once instead of once per word: lexicons of
hundreds of terms cost about what a few do. A space in a word matches any run
of whitespace.
"""
from __future__ import annotations

import re
from typing import Iterable

_END = ""


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of `words` (longest preferred)."""
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for tok in _pieces(w):
            node = node.setdefault(tok, {})
        node[_END] = {}
    if not trie:
        return "(?!)"  # matches nothing
    return "(?:" + _emit(trie) + ")"


def _pieces(word: str) -> list[str]:
    """The word as regex atoms: characters, and one `\\s+` per run of spaces."""
    out: list[str] = []
    for c in word:
        if c.isspace():
            if not out or out[-1] != r"\s+":
                out.append(r"\s+")
        else:
            out.append(re.escape(c))
    return out


def _emit(node: dict) -> str:
    branches = [tok + _emit(child) for tok, child in sorted(node.items()) if tok != _END]
    ends = _END in node
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        if not ends:
            return body
        return "(?:" + body + ")?"  # greedy: the longer word is tried first
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body
