"""Near-duplicate articles (wire copies, republished pieces) with MinHash/LSH.

Each article is shingled into overlapping 5-word windows of its search keys
(folded, clitics off, so small edits and spelling variants still match); MinHash
signatures of 128 permutations go into an LSH index at Jaccard `threshold`, and
articles linked by a match are grouped (union-find). Works on contract records,
so the same code runs in one process and inside the Spark job.
"""
from __future__ import annotations

import zlib
from typing import Iterable

from .search import keys

NUM_PERM = 128


def shingles(text: str, k: int = 5) -> set[str]:
    return shingles_of_keys(keys(text), k)


def shingles_of_keys(ks: list[str], k: int = 5) -> set[str]:
    """Overlapping k-key windows of a text's search keys."""
    if len(ks) < k:
        return {" ".join(ks)} if ks else set()
    return {" ".join(ks[i:i + k]) for i in range(len(ks) - k + 1)}


def signature(text: str, num_perm: int = NUM_PERM):
    """MinHash of the text's shingles (32-bit CRC hashes, permuted in one numpy pass)."""
    return signature_of_keys(keys(text), num_perm)


def signature_of_keys(ks: list[str], num_perm: int = NUM_PERM):
    """`signature` of a text whose search keys are known (`search.token_keys`)."""
    from datasketch import MinHash
    m = MinHash(num_perm=num_perm, seed=1, hashfunc=zlib.crc32)
    m.update_batch([s.encode("utf-8") for s in shingles_of_keys(ks)])
    return m


def group_near_duplicates(records: Iterable[dict], threshold: float = 0.8) -> list[list[str]]:
    """Groups (lists of article ids, two or more each) of near-duplicate records."""
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for rec in records:
        rid = rec["id"]
        if rid in parent:
            continue
        sig = signature(rec["text"])
        parent[rid] = rid
        for other in lsh.query(sig):
            ra, rb = find(rid), find(other)
            if ra != rb:
                parent[ra] = rb
        lsh.insert(rid, sig)
    groups: dict[str, list[str]] = {}
    for rid in parent:
        groups.setdefault(find(rid), []).append(rid)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))
