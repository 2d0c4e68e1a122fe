"""Token features for the CRF tagger.

Per word (cached): the folded form, affixes of the word and of its clitic-free
stem, the stem, shape, corpus frequency band, word clusters, and lexicon flags:
gazetteer place or country, nationality adjective, person-name cue (title,
بن/أبو/آل, عبد), given name, organisation head, role noun, word of a known actor,
outlet; with corpus name statistics (`namestats`), how often a first tagger put
the word and its stem inside a name of each type in unlabelled news. Per
position: the words, stems, flags, clusters and name classes of the two tokens on
each side, and whether a known multi-word name (place, actor) covers it.
"""
from __future__ import annotations

import math
from typing import Sequence

from ..kb import kb, strip_article, strip_articles
from ..memo import remember
from ..models import word_frequencies
from ..outlets import find_outlet
from ..places import gazetteer, key as place_key
from ..text.tokens import split_clitics
from .namestats import STEM

_NONE: list[str] = []
_BOS = ["-1:BOUND"]
_EOS = ["1:BOUND"]
_PUNCT = set("،,.:;؛!?؟\"'«»“”()[]{}-–—/|…")


class Featurizer:
    def __init__(self, names: dict[str, tuple[str, ...]] | None = None) -> None:
        """`names`: corpus name statistics (word -> classes such as "PER3"), for a
        model that learned them; None for one that did not."""
        self.names = names
        self.kb = kb()
        self.gaz = gazetteer()
        self.vocab = word_frequencies() or {}
        self.clusters = _load_clusters()
        self._cache: dict[str, tuple[list[str], list[str]]] = {}
        self._phrase_firsts = frozenset(self.kb.actor_first) | frozenset(self.gaz.multi_first)
        # the first two words of every multi-word name, with and without the article:
        # a position whose pair is not among them starts no name
        self._phrase_pairs = name_pairs(list(self.kb.actors) + list(self.gaz.by_key))

    def _flags(self, w: str) -> list[str]:
        k = self.kb
        bare = strip_article(w)
        flags = []
        places = self.gaz.by_key.get(place_key(w)) or self.gaz.by_key.get(place_key(bare))
        if not places and len(w) > 3 and w[0] in "وبل" and "ال" != w[1:3]:
            places = self.gaz.by_key.get(place_key(w[1:]))
        if places:
            flags.append("country" if places[0].kind == "country" else "place")
        if k.nationality.get(bare) or k.nationality.get(w):
            flags.append("nat")
        cue = k.person_cues.get(w) or k.person_cues.get(bare)
        if cue:
            flags.append("cue_" + cue[0])
        if w in k.first_names or bare in k.first_names:
            flags.append("fname")
        if w in k.org_heads or bare in k.org_heads:
            flags.append("orghead")
        if w in k.roles or bare in k.roles:
            flags.append("role")
        if w in k.actor_words or bare in k.actor_words or \
                (len(w) > 4 and w[0] in "وفبل" and w[1:3] != "ال" and w[1:] in k.actor_words):
            flags.append("actorw")
        if len(w) > 1 and find_outlet(w):
            flags.append("outlet")
        return flags

    def word(self, w: str) -> tuple[list[str], tuple[list[str], ...]]:
        """(features of the word itself, its features as seen from -2, -1, +1, +2)."""
        hit = self._cache.get(w)
        if hit is not None:
            return hit
        own, ctx = self.word_parts(w)
        hit = (own, tuple([f"{off}:{x}" for x in ctx] for off in (2, 1, -1, -2)))
        return remember(self._cache, w, hit)

    def word_parts(self, w: str) -> tuple[list[str], list[str]]:
        """(features of the word itself, the features its neighbours see, without the
        offset prefix "2:", "1:", "-1:", "-2:" that each neighbour adds)."""
        if w and w[0] in _PUNCT:
            own = ["w=" + w, "punct"]
            ctx = ["w=" + w]
        elif w[:1].isdigit():
            own = ["digit", f"dlen={min(len(w), 5)}"]
            ctx = ["digit"]
        else:
            pre, stem, suf = split_clitics(w, self.vocab)
            count = self.vocab.get(w, 0)
            band = "f0" if count == 0 else f"f{min(6, int(math.log10(count + 1) * 2))}"
            flags = self._flags(w)
            stem_flags = [f"s_{f}" for f in self._flags(stem)] if stem != w else []
            own = ["w=" + w, "stem=" + stem, "pre=" + "+".join(p for p, _ in pre), "suf=" + suf,
                   "p2=" + w[:2], "p3=" + w[:3], "s2=" + w[-2:], "s3=" + w[-3:], "s1=" + w[-1:],
                   "p4=" + w[:4], "s4=" + w[-4:], "sp3=" + stem[:3], "ss3=" + stem[-3:],
                   band, f"len={min(len(w), 8)}"] + flags + stem_flags
            if not ("\u0600" <= w[:1] <= "\u06ff"):
                own.append("latin")
            cl = self.clusters.get(w) or self.clusters.get(stem)
            levels = cl.split(".") if cl else []
            own += [f"c{i}={lab}" for i, lab in enumerate(levels)]
            if stem != w and self.clusters.get(stem):
                own += [f"sc{i}={lab}" for i, lab in enumerate(self.clusters[stem].split("."))]
            ctx = ["w=" + w, "stem=" + stem] + flags + [f"c{i}={lab}" for i, lab in enumerate(levels[:2])]
            if self.names is not None:
                named = self._name_classes(w)
                own += named
                ctx += named
                if stem != w:
                    own += ["s" + c for c in self._name_classes(stem, STEM)]
        return own, ctx

    def _name_classes(self, w: str, kind: str = "") -> list[str]:
        """The corpus name classes of a word (or, with `kind` "+", of a stem); "cx=O"
        for a common one never (or seldom) inside a name, "cx=rare" for one the
        corpus hardly has."""
        got = self.names.get(kind + w)
        if got:
            return ["cx=" + c for c in got]
        return ["cx=O"] if w in self.vocab else ["cx=rare"]

    def phrase_features(self, words: Sequence[str], firsts: Sequence[str] | None = None) -> dict[int, list[str]]:
        """Positions covered by a known multi-word name (gazetteer place, known actor):
        "dict:B-LOC" on its first word, "dict:I-LOC" on the others. `firsts`: the
        words without their article, when the caller has them."""
        out: dict[int, list[str]] = {}
        n = len(words)
        k = self.kb
        gaz = self.gaz.by_key
        if firsts is None:
            firsts = strip_articles(words)
        starts = self._phrase_firsts
        for i in pair_starts(words, firsts, self._phrase_pairs):
            first = firsts[i]
            if first not in starts:
                continue
            for m in (4, 3, 2):
                if i + m > n:
                    continue
                name = " ".join([first] + list(words[i + 1:i + m]))
                actor = k.actors.get(" ".join(words[i:i + m])) or k.actors.get(name)
                label = actor.type if actor else ("LOC" if gaz.get(name) else None)
                if label:
                    out.setdefault(i, []).append(f"dict:B-{label}")
                    for j in range(i + 1, i + m):
                        out.setdefault(j, []).append(f"dict:I-{label}")
                    break
        return out

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for one sentence of folded words."""
        info = [self.word(w) for w in words]
        n = len(words)
        out = []
        # the word two back contributes its "-2:" list, the next word its "1:" list, and so on
        for i in range(n):
            f = info[i][0] + (info[i - 2][1][3] if i >= 2 else _NONE) \
                + (info[i - 1][1][2] if i >= 1 else _BOS) \
                + (info[i + 1][1][1] if i + 1 < n else _EOS) \
                + (info[i + 2][1][0] if i + 2 < n else _NONE)
            out.append(f)
        for i, extra in self.phrase_features(words).items():
            out[i] = out[i] + extra
        return out


def name_pairs(keys) -> dict[str, frozenset[str]]:
    """By the first word of every multi-word key, also without its article, the
    second words that follow it."""
    out: dict[str, set[str]] = {}
    for k in keys:
        parts = k.split()
        if len(parts) > 1:
            out.setdefault(parts[0], set()).add(parts[1])
            out.setdefault(strip_article(parts[0]), set()).add(parts[1])
    return {first: frozenset(seconds) for first, seconds in out.items()}


def pair_starts(words: Sequence[str], firsts: Sequence[str], pairs: dict[str, frozenset[str]]) -> list[int]:
    """Positions where two words, the first with or without its article, begin a
    multi-word name (`name_pairs`): the only places a name can start."""
    last = len(words) - 1
    # the first words are looked up by one C-level map; few positions have any
    return sorted({i for seq in (firsts, words) for i, nexts in enumerate(map(pairs.get, seq))
                   if nexts is not None and i < last and words[i + 1] in nexts})


def _load_clusters() -> dict[str, str]:
    from ..models import word_clusters
    return word_clusters() or {}
