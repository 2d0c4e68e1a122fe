"""CoNLL-style files: one `token TAG` a line, sentences split by blank lines or by
a sentence-final "." token (ANERcorp's convention). Tags are BIO over PERS/PER,
LOC, ORG, MISC; PERS is read as PER."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError

TYPES = ("PER", "LOC", "ORG", "MISC")


def _tag(tag: str, path: str, no: int) -> str:
    if tag == "O":
        return tag
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        raise InputError(f"{path}:{no}", f"tag '{tag}' is not O, B-TYPE or I-TYPE")
    t = tag[2:]
    t = "PER" if t in ("PERS", "PER") else t
    if t not in TYPES:
        raise InputError(f"{path}:{no}", f"entity type '{t}' is not one of {', '.join(TYPES)} (or PERS)")
    return f"{tag[0]}-{t}"


def read_conll(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, tags)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError(str(p), "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"cannot read: {exc}") from None
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for no, line in enumerate(lines, 1):
        s = line.strip()
        if not s:
            if toks:
                sents.append((toks, tags))
                toks, tags = [], []
            continue
        parts = s.split()
        if len(parts) == 1 and line[:1].isspace() and parts[0] in ("O",) or parts[0][:2] in ("B-", "I-") and len(parts) == 1:
            continue  # an empty token (whitespace) with its tag: nothing to tag
        if len(parts) < 2:
            raise InputError(f"{p}:{no}", "expected 'token TAG'")
        tok, tag = " ".join(parts[:-1]), _tag(parts[-1], str(p), no)
        toks.append(tok)
        tags.append(tag)
        if tok == "." and tag == "O":
            sents.append((toks, tags))
            toks, tags = [], []
    if toks:
        sents.append((toks, tags))
    if not sents:
        raise InputError(str(p), "no tokens")
    return sents


def spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """Entity spans (type, start token, end token exclusive) from BIO tags.
    An I- tag that does not continue an entity of its type starts one."""
    out: list[tuple[str, int, int]] = []
    cur: list | None = None
    for i, tag in enumerate(tags):
        if tag == "O":
            if cur:
                out.append(tuple(cur))  # type: ignore[arg-type]
                cur = None
            continue
        bio, t = tag[0], tag[2:]
        if bio == "I" and cur and cur[0] == t:
            cur[2] = i + 1
            continue
        if cur:
            out.append(tuple(cur))  # type: ignore[arg-type]
        cur = [t, i, i + 1]
    if cur:
        out.append(tuple(cur))  # type: ignore[arg-type]
    return out
