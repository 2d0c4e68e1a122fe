"""Stage "contexts": PLOVER contexts of each event from the words around it.

PLOVER's context says what an event is about (a meeting on economic issues, an
attack on a church, an arrest for drug smuggling). Words and phrases that name
a context come from resources/contexts.tsv. An event's words are those of the
clause of each sentence it was told in (up to a comma or a word that opens
another clause, as بينما and فيما do), from the trigger of the event before it
in that clause: "ناقش الوزيران التعاون الاقتصادي" gives the meeting the context
economic; "هاجم مسلحون كنيسة، فيما التقى الرئيس ..." gives it to the attack, not
the meeting. Each context found points at its words
(`context_evidence`, offsets in the text). Contexts the trigger or the actors
gave (a visit is diplomatic, an army's move military) stay first.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from ..article import Article
from ..errors import ResourceError
from ..lexicon import check_enum, load
from ..memo import lookup_all, remember
from ..pipeline import stage
from ..settings import Settings
from ..text.normalize import fold
from .events import _CLAUSE_BREAKS, CONTEXTS, _among, _bare

class Cue(NamedTuple):
    words: tuple[str, ...]  # folded; a final "*" matches any ending
    context: str


def _matches(w: str, pat: str) -> bool:
    return w.startswith(pat[:-1]) if pat.endswith("*") else w == pat


@lru_cache(maxsize=1)
def _cues() -> tuple[dict[str, list[Cue]], dict[str, list[Cue]]]:
    """Cues indexed by their first word: exact words, and prefixes (by first 3 letters)."""
    exact: dict[str, list[Cue]] = {}
    prefix: dict[str, list[Cue]] = {}
    for row in load("contexts.tsv", ("words", "context")):
        context = check_enum(row, "context", CONTEXTS)
        words = tuple(_bare(fold(w)) if not w.endswith("*") else _bare(fold(w[:-1])) + "*"
                      for w in row["words"].split())
        if not words or any(len(w.rstrip("*")) < 2 for w in words):
            raise ResourceError(row.path, f"cue '{row['words']}' is too short", row.line)
        cue = Cue(words, context)
        first = words[0]
        if first.endswith("*"):
            prefix.setdefault(first[:3], []).append(cue)
        else:
            exact.setdefault(first, []).append(cue)
    return exact, prefix


_STARTING: dict[str, tuple[Cue, ...]] = {}


def _starting(w: str) -> tuple[Cue, ...]:
    """Cues whose first word matches the folded token `w` (cached per word)."""
    hit = _STARTING.get(w)
    if hit is None:
        exact, prefix = _cues()
        b = _bare(w)
        hit = tuple([c for c in exact.get(b, []) + prefix.get(b[:3], []) if _matches(b, c.words[0])])
        remember(_STARTING, w, hit)
    return hit


def find_contexts(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, context) of the cues in a list of folded tokens."""
    out = []
    for i, cues in enumerate(lookup_all(_STARTING, _starting, words)):
        for cue in cues:
            n = len(cue.words)
            if n == 1 or (i + n <= len(words) and all(
                    _matches(_bare(w), p) for w, p in zip(words[i + 1:i + n], cue.words[1:]))):
                out.append((i, i + n, cue.context))
    return out


_PUNCT = frozenset("،,؛;:.!?؟")


def clause_of(words: list[str], k: int, triggers: list[int]) -> tuple[int, int]:
    """Token bounds of the clause of the trigger at `k`, starting after the last other
    trigger (of `triggers`, token indices) before it in that clause."""
    lo = k
    while lo > 0 and words[lo - 1] not in _PUNCT and not _among(words[lo], _CLAUSE_BREAKS):
        lo -= 1
    hi = k + 1
    while hi < len(words) and words[hi] not in _PUNCT and not _among(words[hi], _CLAUSE_BREAKS):
        hi += 1
    return max([lo] + [x + 1 for x in triggers if lo <= x < k]), hi


@stage("contexts", needs=("events", "tokens", "sentences"), sets=("events",))
def make_contexts(settings: Settings):
    """PLOVER contexts of events from the words of their clauses (resources/contexts.tsv)."""
    _cues()

    def contexts(article: Article) -> Article:
        if not article.events:
            return article
        toks = article.tokens
        starts = [t.start for t in toks]
        # the token of every trigger of the article, by sentence
        triggers: dict[tuple[int, int], list[int]] = {}
        for ev in article.events:
            for m in ev.get("mentions") or [ev]:
                triggers.setdefault(tuple(m["sentence"]), []).append(bisect_left(starts, m["trigger"]["start"]))
        cues: dict[tuple[int, int], tuple[int, list[str], list[tuple[int, int, str]]]] = {}
        for ev in article.events:
            have = list(ev.get("contexts") or [])
            evidence = []
            for m in ev.get("mentions") or [ev]:
                sent = tuple(m["sentence"])
                if sent not in cues:
                    a, b = bisect_left(starts, sent[0]), bisect_left(starts, sent[1])
                    words = [t.norm for t in toks[a:b]]
                    cues[sent] = (a, words, find_contexts(words))
                a, words, found = cues[sent]
                lo, hi = clause_of(words, bisect_left(starts, m["trigger"]["start"]) - a,
                                   [x - a for x in triggers[sent]])
                for i, j, c in found:
                    if lo <= i and j <= hi:
                        if c not in have:
                            have.append(c)
                        cs, ce = toks[a + i].start, toks[a + j - 1].end
                        if not any(x["start"] == cs for x in evidence):
                            evidence.append({"context": c, "text": article.text[cs:ce], "start": cs, "end": ce})
            ev["contexts"] = have
            if evidence:
                ev["context_evidence"] = sorted(evidence, key=lambda x: x["start"])
        return article

    return contexts
