"""Normalisation of Arabic text for matching, with a map back to the original.

`normalize(text)` returns a `Normalized` whose `.text` is the matching form and
whose `.to_original(i)` turns an index in it into an index in the input.  Spans
found in the normalised text are mapped back with `.span(start, end)`.

What is folded:
- hamza/madda alef forms (أ إ آ ٱ) -> ا ; alef maqsura ى -> ي ; taa marbuta ة -> ه
- diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks),
  tatweel, bidi controls and zero-width characters are removed
- Arabic-Indic (٠-٩) and Persian (۰-۹) digits -> ASCII digits
- Arabic presentation forms (U+FB50-FDFF, U+FE70-FEFF) -> their letters (NFKC),
  lam-alef ligatures become two letters
- Persian/Urdu letter variants (ک ی ۀ) -> Arabic letters

Long texts are folded through a lookup table over their code points (numpy),
short ones by a regular expression that visits only the characters that change;
`str.translate` with a dict costs about 90 ns a character, ten times more. Only
texts that contain a character that is removed or expanded carry an explicit map.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from array import array
from dataclasses import dataclass

import numpy as np

DIACRITICS = (
    "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656"
    "\u0657\u0658\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"
    "\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3"
    "\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
)
TATWEEL = "\u0640"
# bidi marks, embeddings, isolates, zero-width characters, BOM, soft hyphen
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad\u2060"
)
REMOVED = DIACRITICS + TATWEEL + INVISIBLE
_MARKS = frozenset(DIACRITICS + TATWEEL)

_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك",
    "ؤ": "و",
    "ئ": "ي",
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)


def _presentation_forms() -> dict[str, str]:
    """Map every Arabic presentation form to its folded letters."""
    out: dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(cp)
        nf = unicodedata.normalize("NFKC", ch)
        if nf == ch or not nf.strip():
            continue
        folded = "".join(_ONE_TO_ONE.get(c, c) for c in nf if c not in REMOVED and c != " ")
        out[ch] = folded
    return out


_EXPANDED = {k: v for k, v in _presentation_forms().items() if len(v) != 1}
_TABLE: dict[int, str | None] = {ord(k): v for k, v in _ONE_TO_ONE.items()}
for _k, _v in _presentation_forms().items():
    if len(_v) == 1:
        _TABLE[ord(_k)] = _v
for _c in REMOVED:
    _TABLE[ord(_c)] = None
for _k, _v in _EXPANDED.items():
    _TABLE[ord(_k)] = _v

_LENGTH_CHANGING = re.compile(
    "[" + re.escape(REMOVED) + "".join(re.escape(k) for k in _EXPANDED) + "]+"
)

# the same table for code points: the folded code point, or one of two markers
_DELETE = 0xFFFFFFFF
_EXPAND = 0xFFFFFFFE
_LUT = np.arange(0x10000, dtype=np.uint32)
for _k, _v in _TABLE.items():
    _LUT[_k] = _DELETE if not _v else ord(_v) if len(_v) == 1 else _EXPAND
_CHANGED = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(_TABLE)) + "]")
_SHORT = 200  # characters: below this the regular expression is faster than the table


def _fold_char(m: re.Match) -> str:
    return _TABLE[ord(m.group())] or ""


def _folded_codes(text: str) -> np.ndarray | None:
    """The text's folded code points, `_DELETE` where a character goes; None when
    a character expands to several (a presentation-form ligature)."""
    a = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = _LUT[np.minimum(a, 0xFFFF)]
    astral = a > 0xFFFF
    if astral.any():
        b = np.where(astral, a, b)
    if (b == _EXPAND).any():
        return None
    return b


def _decode(codes: np.ndarray) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised text and the map from its indices to the original's."""

    original: str
    text: str
    _map: array | None  # None: identity; else original index of each char, plus one sentinel

    def to_original(self, i: int) -> int:
        """Original index of normalised index `i` (0 <= i <= len(text))."""
        if self._map is None:
            return i
        return self._map[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text.

        The end maps just past the last original character that produced the
        span, so removed marks inside the span stay in it and trailing ones do not.
        """
        if self._map is None:
            return start, end
        if end <= start:
            o = self._map[start]
            return o, o
        # a ligature expands to several chars sharing one original index: a span
        # that ends inside the expansion still covers the whole original character
        return self._map[start], self.end_of(end)

    def end_of(self, end: int) -> int:
        """Original end of a normalised span ending at `end` (> 0): just past its
        last character and the diacritics and tatweel written on it."""
        if self._map is None:
            return end
        e = self._map[end - 1] + 1
        original = self.original
        stop = self._map[end] if end < len(self.text) else len(original)
        while e < stop and original[e] in _MARKS:
            e += 1
        return e

    def to_normalized(self, i: int) -> int:
        """Smallest normalised index whose original index is >= i."""
        if self._map is None:
            return i
        return bisect_left(self._map, i, 0, len(self.text))


def normalize(text: str) -> Normalized:
    """Normalise `text` for matching and keep the offset map back to it."""
    if len(text) >= _SHORT:
        codes = _folded_codes(text)
        if codes is not None:
            keep = codes != _DELETE
            if keep.all():
                return Normalized(text, _decode(codes), None)
            mapping = array("i")
            mapping.frombytes(np.append(np.flatnonzero(keep), len(text)).astype(np.int32).tobytes())
            return Normalized(text, _decode(codes[keep]), mapping)
    folded = text.translate(_TABLE)
    if len(folded) == len(text) and not _LENGTH_CHANGING.search(text):
        return Normalized(text, folded, None)
    mapping = array("i")
    pos = 0
    for m in _LENGTH_CHANGING.finditer(text):
        s, e = m.span()
        mapping.extend(range(pos, s))
        for j in range(s, e):
            rep = _EXPANDED.get(text[j])
            if rep:
                mapping.extend([j] * len(rep))
        pos = e
    mapping.extend(range(pos, len(text)))
    mapping.append(len(text))
    if len(mapping) != len(folded) + 1:  # defensive: the table and the regex disagree
        raise AssertionError("normaliser offset map out of step")
    return Normalized(text, folded, mapping)


def fold(text: str) -> str:
    """The normalised form alone (for lexicon keys and queries)."""
    if len(text) < _SHORT:
        return _CHANGED.sub(_fold_char, text)
    codes = _folded_codes(text)
    if codes is None:
        return text.translate(_TABLE)
    return _decode(codes[codes != _DELETE])


_SPELT = {ord(c): None for c in REMOVED} | {ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا"}


def spelt(text: str) -> str:
    """A lighter fold that keeps what tells words apart by spelling: marks, tatweel and
    invisible characters off, alefs plain, but ى and ي, ة and ه kept (على is not علي)."""
    return text.translate(_SPELT)
