"""Reading gold files: JSON lines, each checked, a bad one named by file and line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from ..errors import InputError


def read_jsonl(path: str, check: Callable[[dict], None], expected: str) -> list[dict]:
    """Objects of a JSON-lines file; `check` raises (KeyError, TypeError, AssertionError)
    on a malformed one, reported as `path:line: expected ...`."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    rows = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            check(obj)
        except (json.JSONDecodeError, KeyError, TypeError, AssertionError):
            raise InputError(f"{path}:{no}", f"expected {expected}") from None
        rows.append(obj)
    return rows
