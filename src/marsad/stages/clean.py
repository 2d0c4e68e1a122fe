"""Stage "clean": from a page (text or HTML) to the article body.

Sets `text` (the body, every line of it kept), `removed` (the site chrome taken
out), `title` and `section` when the page shows them, and remembers the
standalone dateline line for the metadata stage.

For a plain text page whose body needs no cleaning, `text` is the input itself,
unchanged, so offsets into it are offsets into the input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..article import Article
from ..datelines import parse_line
from ..errors import InputError
from ..lexicon import Row, compile_pattern, load
from ..pipeline import stage
from ..settings import Settings
from ..text.normalize import fold

# runs, counted by their lengths (letters in their presentation forms too: ﻭﺍﻟﻘﻮﺍﺕ)
_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3\ufe70-\ufefc]+")
_LETTER = re.compile(r"[^\W\d_]+")
_SENT_END = (".", "!", "?", "؟", "…", "،", ":", "؛")


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    kind: str
    anywhere: bool
    max_words: int
    tail: bool = False
    head: bool = False


@lru_cache(maxsize=1)
def _rules() -> tuple[Rule, ...]:
    out = []
    for row in load("boilerplate.tsv", ("pattern", "kind")):
        out.append(_rule(row))
    return tuple(out)


def _rule(row: Row) -> Rule:
    from ..errors import ResourceError
    scope = row.get("scope", "line")
    if scope not in ("line", "anywhere", "tail", "head"):
        raise ResourceError(row.path, f"scope is '{scope}', not 'line', 'anywhere', 'tail' or 'head'", row.line)
    try:
        max_words = int(row.get("max_words", "12"))
    except ValueError:
        raise ResourceError(row.path, f"max_words '{row.get('max_words')}' is not a number", row.line) from None
    return Rule(compile_pattern(row), row["kind"], scope == "anywhere", max_words, scope == "tail", scope == "head")


@lru_cache(maxsize=1)
def _sections() -> frozenset[str]:
    return frozenset(" ".join(fold(r["name"]).split()) for r in load("sections.tsv", ("name",)))


def chrome_kind(line: str) -> str | None:
    """The kind of site chrome `line` is ("share", "related-block", ...), or None."""
    s = line.strip()
    if not s:
        return None
    f = " ".join(fold(s).split())
    words = len(f.split())
    for rule in _rules():
        if rule.tail or rule.head:
            continue
        if rule.anywhere:
            if rule.pattern.search(f):
                return rule.kind
        elif words <= rule.max_words and rule.pattern.match(f):
            return rule.kind
    return None


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    kind: str = "body"  # body | blank | chrome kind | section | title | dateline


def _lines(raw: str) -> list[Line]:
    out, pos = [], 0
    for part in raw.split("\n"):
        out.append(Line(pos, pos + len(part), part, "body" if part.strip() else "blank"))
        pos += len(part) + 1
    return out


def _headline_like(text: str, max_words: int) -> bool:
    s = text.strip()
    return 0 < len(s.split()) <= max_words and not s.endswith(_SENT_END[:5])


def _mark_chrome(lines: list[Line], block_max_words: int) -> None:
    in_block = False
    for ln in lines:
        if ln.kind == "blank":
            continue
        kind = chrome_kind(ln.text)
        if kind:
            ln.kind = kind
            in_block = kind.endswith("-block")
        elif in_block and _headline_like(ln.text, block_max_words):
            ln.kind = "related"
        else:
            in_block = False


def _mark_header(lines: list[Line], article: Article, title_max_words: int) -> None:
    body = [ln for ln in lines if ln.kind == "body"]
    if len(body) < 2:
        return
    # a standalone dateline among the first lines splits header from body
    for i, ln in enumerate(body[:5]):
        if parse_line(ln.text):
            header = body[:i]
            if any(not _headline_like(h.text, title_max_words) for h in header):
                break
            ln.kind = "dateline"
            article.extra["dateline_line"] = ln.text.strip()
            _assign_header(header, article)
            return
    first = body[0]
    if " ".join(fold(first.text).split()) in _sections() and len(body) > 2:
        first.kind = "section"
        article.section = article.section or first.text.strip()
        body = body[1:]
    cand = body[0]
    if article.title and " ".join(fold(cand.text).split()) == " ".join(fold(article.title).split()):
        cand.kind = "title"
        return
    if not article.title and len(body) > 1 and _headline_like(cand.text, title_max_words) \
            and not cand.text.strip().endswith(_SENT_END):
        cand.kind = "title"
        article.title = cand.text.strip()


def _assign_header(header: list[Line], article: Article) -> None:
    if not header:
        return
    if len(header) == 1:
        h = header[0]
        if " ".join(fold(h.text).split()) in _sections():
            h.kind = "section"
            article.section = article.section or h.text.strip()
        else:
            h.kind = "title"
            article.title = article.title or h.text.strip()
        return
    header[0].kind = "section"
    article.section = article.section or header[0].text.strip()
    for h in header[1:-1]:
        h.kind = "subtitle"
    header[-1].kind = "title"
    article.title = article.title or header[-1].text.strip()


def cut_tail(text: str) -> tuple[str, str]:
    """(the text without the chrome that ends its last line, that chrome): a rule of scope
    "tail" matches the end of the folded last line ("... الحصار. سمات الحرب اليمن علي صالح",
    the page's tags run on after the body); the same number of words is cut from the text."""
    start = text.rfind("\n") + 1
    last = text[start:]
    f = " ".join(fold(last).split())
    for rule in _rules():
        m = rule.pattern.search(f) if rule.tail else None
        if m is not None and m.end() == len(f) and m.start() < m.end():
            n = len(f[m.start():].split())
            words = [w.start() for w in re.finditer(r"\S+", last)]
            if 0 < n <= len(words):
                cut = start + words[-n]
                return text[:cut].rstrip(), text[cut:].strip()
    return text, ""


def cut_head(text: str) -> tuple[str, str]:
    """(the text without the chrome that opens its first line, that chrome): a rule of scope
    "head" matches the start of the folded first line ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب
    رأيك أكد وزير ...", a page's share bar run into the body); the same number of words is cut."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    end = stripped.find("\n")
    first = stripped if end < 0 else stripped[:end]
    f = " ".join(fold(first).split())
    for rule in _rules():
        m = rule.pattern.match(f) if rule.head else None
        if m is not None and m.end() > 0:
            n = len(f[:m.end()].split())
            words = [w.end() for w in re.finditer(r"\S+", first)]
            if 0 < n < len(words):  # (never the whole line)
                cut = start + words[n - 1]
                return text[cut:].lstrip(), text[start:cut].strip()
    return text, ""


def _body_text(raw: str, lines: list[Line]) -> str:
    """The body: runs of body lines, each a slice of `raw`, joined by a blank line.

    Blank lines do not break a run; any removed line does. With nothing removed
    the body is `raw` itself.
    """
    if all(ln.kind in ("body", "blank") for ln in lines):
        return raw if any(ln.kind == "body" for ln in lines) else ""
    runs: list[list[int]] = []
    open_run = False
    for ln in lines:
        if ln.kind == "body":
            if open_run:
                runs[-1][1] = ln.end
            else:
                runs.append([ln.start, ln.end])
                open_run = True
        elif ln.kind != "blank":
            open_run = False
    return "\n\n".join(raw[s:e].strip() for s, e in runs)


def html_to_text(article: Article) -> str:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(article.raw, include_comments=False, with_metadata=True,
                                          url=article.url)
    except (ValueError, RecursionError, MemoryError, TypeError, AttributeError) as exc:
        raise InputError(article.origin, f"cannot parse HTML: {type(exc).__name__}: {exc}") from None
    if doc is None or not (doc.text or "").strip():
        raise InputError(article.origin, "no article text found in the HTML page")
    article.title = article.title or (doc.title or None)
    article.url = article.url or doc.url or None
    article.author = article.author or doc.author or None
    if not article.outlet and doc.sitename:
        article.outlet = doc.sitename
    if doc.date:
        article.extra["html_date"] = doc.date
    if doc.categories:
        article.section = article.section or doc.categories[0]
    return doc.text


def arabic_ratio(text: str, sample: int = 6000) -> float:
    """Share of the letters that are Arabic, over the first `sample` characters."""
    head = text[:sample]
    codes = np.frombuffer(head.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(codes) and codes.max() >= 0x10000:  # letters beyond the BMP: the regular expressions
        letters = sum(map(len, _LETTER.findall(head)))
        return sum(map(len, _ARABIC.findall(head))) / letters if letters else 0.0
    is_letter, is_arabic = _letter_tables()
    letters = int(is_letter[codes].sum())
    return int(is_arabic[codes].sum()) / letters if letters else 0.0


@lru_cache(maxsize=1)
def _letter_tables() -> tuple[np.ndarray, np.ndarray]:
    """Which BMP code points `_LETTER` and `_ARABIC` match, as lookup tables."""
    chars = "".join(map(chr, range(0x10000)))
    is_letter = np.zeros(0x10000, dtype=bool)
    is_arabic = np.zeros(0x10000, dtype=bool)
    for rx, table in ((_LETTER, is_letter), (_ARABIC, is_arabic)):
        for m in rx.finditer(chars):
            table[m.start():m.end()] = True
    return is_letter, is_arabic


@stage("clean", needs=("raw",), sets=("text", "removed", "title", "section"))
def make_clean(settings: Settings):
    """Remove site chrome; find section, title and the dateline line."""
    block_max = int(settings.get("clean", "block_max_words", 20))
    title_max = int(settings.get("clean", "title_max_words", 30))
    min_ratio = float(settings.get("input", "min_arabic_ratio", 0.3))
    _letter_tables()  # built once, up front

    def clean(article: Article) -> Article:
        raw = html_to_text(article) if article.kind == "html" else article.raw
        lines = _lines(raw)
        _mark_chrome(lines, block_max)
        _mark_header(lines, article, title_max)
        text, tail = cut_tail(_body_text(raw, lines))
        text, head = cut_head(text)
        if not text.strip():
            raise InputError(article.origin, "no article text left after removing site chrome")
        ratio = arabic_ratio(text)
        if ratio < min_ratio:
            raise InputError(article.origin, f"not an Arabic page ({ratio:.0%} of its letters are Arabic)")
        article.text = text
        article.removed = [ln.text.strip() for ln in lines
                           if ln.kind not in ("body", "blank", "title", "section", "dateline", "subtitle")] \
            + ([head] if head else []) + ([tail] if tail else [])
        return article

    return clean
