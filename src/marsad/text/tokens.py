"""Tokenisation with clitic segmentation.

`tokenize(norm)` gives surface tokens (whitespace/punctuation units) with spans in
the original text and their normalised form. `segment(token, vocab)` splits a
token into proclitics (و ف ب ك ل س ال), a stem and a pronoun suffix
(ه ها هم هما هن ك كم كن ي نا), each with its own span in the original text.

Segmentation is conservative. The article (ال, and لل for ل+ال) is always
split when a stem of two letters or more remains. A single-letter proclitic or a
pronoun suffix is split only when a word-frequency table says the rest is a word
more common than the whole: وقال -> و + قال, but وزير and بلاد stay whole.
Without a table only the article rules apply.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import repeat
from typing import Mapping, NamedTuple

import numpy as np

from .normalize import REMOVED as _MARKS, Normalized

_Match = re.Match
_TOKEN = re.compile(
    r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06ff]+"  # Arabic letters
    r"|[0-9]+(?:[.,٫٬][0-9]+)*"  # numbers
    r"|[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?"  # Latin words
    r"|[^\s]",  # any other visible character
)

_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل", "س")
_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي")


class Token(NamedTuple):
    start: int
    end: int
    text: str  # surface form, a slice of the original text
    norm: str  # normalised form used for matching

    @property
    def is_arabic(self) -> bool:
        return "\u0621" <= self.norm[:1] <= "\u06ff"


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str
    norm: str
    kind: str  # "proclitic" | "article" | "stem" | "suffix"


def tokenize(norm: Normalized) -> list[Token]:
    """Surface tokens of the normalised text, with spans in the original."""
    # per-token work is done by C-level maps over the matches: this runs on every word
    original, text = norm.original, norm.text
    matches = list(_TOKEN.finditer(text))
    if not matches:
        return []
    norms = list(map(_Match.group, matches))
    if norm._map is None:
        starts_l = list(map(_Match.start, matches))
        ends_l = list(map(_Match.end, matches))
    else:
        mp = np.frombuffer(norm._map, dtype=np.int32)  # original index of each char, plus a sentinel
        ne = np.fromiter(map(_Match.end, matches), dtype=np.int64, count=len(matches))
        starts_l = mp[np.fromiter(map(_Match.start, matches), dtype=np.int64, count=len(matches))].tolist()
        ends = mp[ne - 1] + 1
        stops = mp[ne]  # the sentinel is len(original)
        ends_l = ends.tolist()
        # a token ends past the diacritics and tatweel written on its last letter;
        # only tokens followed by removed characters can, so only they are looked at
        for k in np.flatnonzero(stops > ends).tolist():
            ends_l[k] = norm.end_of(int(ne[k]))
    surfaces = norms if original is text else list(map(original.__getitem__, map(slice, starts_l, ends_l)))
    return list(map(tuple.__new__, repeat(Token), zip(starts_l, ends_l, surfaces, norms)))


def split_clitics(word: str, vocab: Mapping[str, int] | None = None,
                  final_taa: bool = False) -> tuple[list[tuple[str, str]], str, str]:
    """Split a normalised word into (prefixes, stem, suffix).

    `prefixes` is a list of (piece, kind) with kind "proclitic" or "article"; an
    article whose alef is elided after ل (لل) is the piece "ل". `final_taa` says
    the word ends in taa marbuta in the original, whose folded form (ه) must not
    be taken for the pronoun suffix.
    """
    pre: list[tuple[str, str]] = []
    rest = word
    # conjunction + (preposition|future) + article, in that order
    if len(rest) > 2 and rest[0] in _CONJ:
        cand = rest[1:]
        if cand.startswith("ال") or cand.startswith("لل") \
                or (len(cand) > 2 and cand[0] in _PREP and cand[1:].startswith("ال")) \
                or _more_common(cand, rest, vocab, factor=4.0):
            pre.append((rest[0], "proclitic"))
            rest = cand
    if len(rest) > 3 and rest.startswith("لل") and not _known(rest, vocab, over=rest[2:]):
        pre += [("ل", "proclitic"), ("ل", "article")]
        rest = rest[2:]
    else:
        if len(rest) > 3 and rest[0] in _PREP and rest[1:3] == "ال":
            pre.append((rest[0], "proclitic"))
            rest = rest[1:]
        elif len(rest) > 2 and rest[0] in _PREP and _more_common(rest[1:], rest, vocab):
            pre.append((rest[0], "proclitic"))
            rest = rest[1:]
        if len(rest) > 3 and rest.startswith("ال"):
            pre.append(("ال", "article"))
            rest = rest[2:]
    suffix = ""
    has_article = any(kind == "article" for _, kind in pre)
    if vocab is not None and not final_taa and not has_article:
        for suf in _SUFFIXES:
            if len(rest) - len(suf) >= 2 and rest.endswith(suf):
                stem = rest[: -len(suf)]
                if _more_common(stem, rest, vocab) or (stem.endswith("ت") and _more_common(stem[:-1] + "ه", rest, vocab)):
                    suffix = suf
                    rest = stem
                    break
    return pre, rest, suffix


def _known(word: str, vocab: Mapping[str, int] | None, over: str) -> bool:
    """True when `word` is clearly a word of its own (more common than `over`)."""
    if vocab is None:
        return False
    return vocab.get(word, 0) > 3 * vocab.get(over, 0)


def _more_common(part: str, whole: str, vocab: Mapping[str, int] | None, factor: float = 1.0) -> bool:
    """True when `part` is a word in its own right, at least `1/factor` as common as `whole`."""
    if vocab is None or len(part) < 2:
        return False
    p = vocab.get(part, 0)
    return p >= 20 and p * factor >= vocab.get(whole, 0)


def segment(token: Token, norm: Normalized, vocab: Mapping[str, int] | None = None) -> list[Segment]:
    """Segments of `token` with spans in the original text."""
    if not token.is_arabic:
        return [Segment(token.start, token.end, token.text, token.norm, "stem")]
    pre, stem, suf = split_clitics(token.norm, vocab, token.text.rstrip(_MARKS).endswith("ة"))
    if not pre and not suf:
        return [Segment(token.start, token.end, token.text, token.norm, "stem")]
    nstart = norm.to_normalized(token.start)
    out: list[Segment] = []
    pos = nstart
    pieces = pre + [(stem, "stem")]
    if suf:
        pieces.append((suf, "suffix"))
    original = norm.original
    for piece, kind in pieces:
        s, e = norm.span(pos, pos + len(piece))
        out.append(Segment(s, e, original[s:e], piece, kind))
        pos += len(piece)
    return out
