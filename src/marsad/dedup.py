"""Near-duplicate articles (wire copies, republished pieces) with MinHash/LSH.

Each article is shingled into overlapping 5-word windows of its search keys
(folded, clitics off, so small edits and spelling variants still match); MinHash
signatures of 128 permutations are cut into 16 bands; articles sharing a band are
paired when their signatures agree on `threshold` of their values, and paired
articles are grouped (union-find). Works on contract records,
so the same code runs in one process and inside the Spark job.
"""
from __future__ import annotations

import zlib
from typing import Iterable, Iterator

from .search import keys

NUM_PERM = 128
BANDS = 16  # of 8 values each: pairs at Jaccard 0.8 meet in a band 95% of the time, at 0.5 in 6%


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


def signature_bytes(ks: list[str]) -> bytes:
    """The signature of a text's search keys as bytes (NUM_PERM unsigned 64-bit values)."""
    import numpy as np
    return np.asarray(signature_of_keys(ks).hashvalues, dtype=np.uint64).tobytes()


def band_keys(sig: bytes, bands: int = BANDS) -> list[tuple[int, bytes]]:
    """LSH bands of a signature: articles sharing one (band, slice) are candidates."""
    width = len(sig) // bands
    return [(b, sig[b * width:(b + 1) * width]) for b in range(bands)]


def similar_pairs(bucket: list[tuple[str, bytes]], threshold: float = 0.8) -> Iterator[tuple[str, str]]:
    """Pairs (a < b) of a bucket's articles whose signatures agree on `threshold` of their
    values (the MinHash estimate of their Jaccard similarity)."""
    import numpy as np
    members = [(aid, np.frombuffer(sig, dtype=np.uint64)) for aid, sig in bucket]
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            (a, ha), (b, hb) = members[i], members[j]
            if a != b and float(np.mean(ha == hb)) >= threshold:
                yield (a, b) if a < b else (b, a)


def connected_groups(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Groups of ids linked by pairs (union-find): each sorted, largest first."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups: dict[str, list[str]] = {}
    for x in list(parent):
        groups.setdefault(find(x), []).append(x)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g[0]))


def group_near_duplicates(records: Iterable[dict], threshold: float = 0.8) -> list[list[str]]:
    """Groups (lists of article ids, two or more each) of near-duplicate records: the
    same banding and check as the Spark job's, in one process."""
    buckets: dict[tuple[int, bytes], list[tuple[str, bytes]]] = {}
    seen: set[str] = set()
    for rec in records:
        rid = rec["id"]
        if rid in seen:
            continue
        seen.add(rid)
        sig = signature_bytes(keys(rec["text"]))
        for band in band_keys(sig):
            buckets.setdefault(band, []).append((rid, sig))
    return connected_groups(p for bucket in buckets.values() if len(bucket) > 1
                            for p in similar_pairs(bucket, threshold))
