"""A per-word cache of arrays, as rows of one growing array, read for a whole batch at once;
and the sums of table rows per word that fill such caches."""
from __future__ import annotations

from typing import Callable, Sequence


class WordRows:
    """Word -> a row of `shape` values, computed for the missing words of a batch in one
    call and kept, in the order words first came (so that rows do not depend on string
    hashing); past `limit` words the cache starts afresh, so that one worker's memory
    stays bounded."""

    def __init__(self, shape: tuple[int, ...], dtype, limit: int) -> None:
        import numpy as np

        self._np = np
        self.limit = limit
        self.row: dict[str, int] = {}
        self.array = np.zeros((4096,) + tuple(shape), dtype=dtype)

    def rows(self, words: Sequence[str], compute: Callable[[list[str]], object]):
        """The row of every word in `self.array` (read the array after this call, which may
        grow it); `compute(missing words)` gives the rows of those not kept yet."""
        np = self._np
        row = self.row
        missing = [w for w in dict.fromkeys(words) if w not in row]
        if missing:
            if len(row) + len(missing) > self.limit:
                row.clear()
                missing = list(dict.fromkeys(words))
            values = compute(missing)
            first, need = len(row), len(row) + len(missing)
            if need > len(self.array):
                size = min(max(need, 2 * len(self.array)), max(need, self.limit))  # no room past the limit
                grown = np.zeros((size,) + self.array.shape[1:], dtype=self.array.dtype)
                grown[:first] = self.array[:first]
                self.array = grown
            self.array[first:need] = values
            for k, w in enumerate(missing):
                row[w] = first + k
        return np.array(list(map(row.__getitem__, words)), dtype=np.int64)


def segment_sums(table, ids: list[int], offsets: list[int], np, chunk: int = 4096):
    """Per segment of `ids` (each starting at its offset), the sum of its rows of `table`:
    `np.add.reduceat(table[ids], offsets)`, as padded blocks summed along their rows, which
    reads memory in order and runs several times faster."""
    ids_a = np.asarray(ids, dtype=np.int64)
    starts = np.asarray(offsets, dtype=np.int64)
    counts = np.diff(np.append(starts, len(ids_a)))
    padded = np.zeros((len(starts), int(counts.max()) if len(counts) else 0), dtype=np.int64)  # row 0: zeros
    padded[np.repeat(np.arange(len(starts)), counts), np.arange(len(ids_a)) - np.repeat(starts, counts)] = ids_a
    out = np.empty((len(starts), table.shape[1]), dtype=table.dtype)
    for a in range(0, len(starts), chunk):
        out[a:a + chunk] = table[padded[a:a + chunk]].sum(axis=1)
    return out
