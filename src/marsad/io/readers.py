"""Readers: files, zips, directories and stdin into Articles.

Supported (docs/CONTRACT.md): .txt, .html/.htm, .json (one object or a list),
.jsonl, .zip of any of these, directories of any of these, and "-" for JSONL on
standard input. Text encodings: UTF-8 with or without BOM, UTF-16 with BOM,
windows-1256 and ISO-8859-6, told apart by what decodes to Arabic best.

`read_inputs` yields an `Article` for each page, or an `InputError` for each page
that cannot be read, so one bad input never stops a batch.
"""
from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..article import Article
from ..errors import InputError

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".json"}
JSONL_EXT = {".jsonl", ".ndjson"}
ZIP_EXT = {".zip"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSON_EXT | JSONL_EXT | ZIP_EXT

InputItem = Article | InputError

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_COMMON = re.compile(r"(?:^|\s)(?:ال[\u0621-\u064a]+|في|من|على|إلى|أن|عن|مع)(?=\s|$)")
_DATE_PREFIX = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


@dataclass
class ReadOptions:
    max_bytes: int = 5_000_000          # one page (file, JSON text field or zip member)
    max_container_bytes: int = 2_000_000_000
    published: str | None = None        # fallback publication date (ISO)


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode a page: UTF-8 (BOM or not), UTF-16 with BOM, windows-1256 or ISO-8859-6."""
    if not data.strip():
        raise InputError(origin, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(origin, f"has a UTF-8 BOM but invalid UTF-8 at byte {exc.start + 3}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(origin, "has a UTF-16 BOM but is not valid UTF-16") from None
    head = data[:65536]
    if b"\x00" in head:
        raise InputError(origin, "binary file (contains NUL bytes), not a text page")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, origin)
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(origin, "binary file (control characters), not a text page")
    return text


def _decode_legacy(data: bytes, origin: str) -> str:
    best: tuple[float, str] | None = None
    for enc in ("cp1256", "iso-8859-6"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = len(_ARABIC_LETTER.findall(text[:20000]))
        words = max(1, len(text[:20000].split()))
        score = len(_COMMON.findall(text[:20000])) / words + letters / max(1, len(text[:20000]))
        if best is None or score > best[0]:
            best = (score, text)
    if best is None or best[0] < 0.2:
        raise InputError(origin, "not text in UTF-8, windows-1256 or ISO-8859-6 (binary or unknown encoding)")
    return best[1]


def _iso_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    m = _DATE_PREFIX.match(value)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"


def _str_field(obj: dict, key: str, origin: str) -> str | None:
    v = obj.get(key)
    if v is None:
        return None
    if isinstance(v, (int, float)) and key == "id" and not isinstance(v, bool):
        return str(v)
    if not isinstance(v, str):
        raise InputError(origin, f"field '{key}' is {type(v).__name__}, expected a string")
    return v


def article_from_object(obj: Any, origin: str, opts: ReadOptions) -> Article:
    """An Article from one JSON object (contract input fields, SaudiNewsNet fields)."""
    if not isinstance(obj, dict):
        raise InputError(origin, f"expected a JSON object, got {type(obj).__name__}")
    html = _str_field(obj, "html", origin)
    text = _str_field(obj, "text", origin)
    if text is None:
        text = _str_field(obj, "content", origin)
    body = html if html is not None and not (text and text.strip()) else text
    if body is None or not body.strip():
        raise InputError(origin, "object has no text: 'text', 'content' and 'html' are missing or empty")
    if len(body.encode("utf-8")) > opts.max_bytes:
        raise InputError(origin, f"page is {len(body.encode('utf-8')) / 1e6:.1f} MB, over the "
                                 f"{opts.max_bytes / 1e6:.1f} MB limit (--max-bytes)")
    published = _iso_date(_str_field(obj, "published", origin)) or \
        _iso_date(_str_field(obj, "date_extracted", origin)) or \
        _iso_date(_str_field(obj, "date", origin)) or opts.published
    title = _str_field(obj, "title", origin)
    return Article(
        raw=body,
        kind="html" if body is html else "text",
        origin=origin,
        input_id=_str_field(obj, "id", origin) or None,
        url=_str_field(obj, "url", origin) or None,
        outlet=(_str_field(obj, "source", origin) or _str_field(obj, "outlet", origin) or None),
        author=(_str_field(obj, "author", origin) or None),
        title=title.strip() if title and title.strip() else None,
        published=published,
    )


def _from_page(data: bytes, origin: str, ext: str, opts: ReadOptions) -> Article:
    if len(data) > opts.max_bytes:
        raise InputError(origin, f"page is {len(data) / 1e6:.1f} MB, over the "
                                 f"{opts.max_bytes / 1e6:.1f} MB limit (--max-bytes)")
    text = decode_bytes(data, origin)
    kind = "html" if ext in HTML_EXT or (ext not in TEXT_EXT and _looks_html(text)) else "text"
    article = Article(raw=text.replace("\r\n", "\n").replace("\r", "\n"), kind=kind, origin=origin)
    article.extra["published_default"] = opts.published  # the page's own date, if any, comes first
    return article


def _looks_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _from_json_bytes(data: bytes, origin: str, opts: ReadOptions) -> Iterator[InputItem]:
    try:
        text = decode_bytes(data, origin)
    except InputError as exc:
        yield exc
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        # a .json file that is really JSON lines
        if exc.msg == "Extra data":
            yield from _from_jsonl_text(text, origin, opts)
            return
        yield InputError(origin, f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        where = f"{origin}[{i}]" if isinstance(obj, list) else origin
        try:
            yield article_from_object(item, where, opts)
        except InputError as exc:
            yield exc


def _from_jsonl_text(text: str, origin: str, opts: ReadOptions) -> Iterator[InputItem]:
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{origin}:{no}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON line: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield article_from_object(obj, where, opts)
        except InputError as exc:
            yield exc


def _dispatch(data: bytes, origin: str, ext: str, opts: ReadOptions) -> Iterator[InputItem]:
    if ext in JSON_EXT:
        yield from _from_json_bytes(data, origin, opts)
    elif ext in JSONL_EXT:
        try:
            text = decode_bytes(data, origin)
        except InputError as exc:
            yield exc
            return
        yield from _from_jsonl_text(text, origin, opts)
    elif ext in ZIP_EXT:
        yield from _from_zip(data, origin, opts)
    else:
        try:
            yield _from_page(data, origin, ext, opts)
        except InputError as exc:
            yield exc


def _from_zip(data: bytes, origin: str, opts: ReadOptions) -> Iterator[InputItem]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield InputError(origin, f"not a readable zip archive: {exc}")
        return
    for info in sorted(names, key=lambda i: i.filename):
        ext = Path(info.filename).suffix.lower()
        where = f"{origin}!{info.filename}"
        if ext not in KNOWN_EXT or Path(info.filename).name.startswith((".", "__MACOSX")):
            continue
        limit = opts.max_container_bytes if ext in JSON_EXT | JSONL_EXT | ZIP_EXT else opts.max_bytes
        if info.file_size > limit:
            yield InputError(where, f"member is {info.file_size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit")
            continue
        try:
            member = zf.read(info)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
            yield InputError(where, f"cannot read zip member: {exc}")
            continue
        yield from _dispatch(member, where, ext, opts)


def _read_path(path: Path, opts: ReadOptions) -> Iterator[InputItem]:
    origin = str(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_EXT
                       and not p.name.startswith("."))
        if not files:
            yield InputError(origin, "directory holds no .txt, .html, .json, .jsonl or .zip files")
        for p in files:
            yield from _read_path(p, opts)
        return
    ext = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = opts.max_bytes if ext in TEXT_EXT | HTML_EXT or ext not in KNOWN_EXT else opts.max_container_bytes
        if size > limit:
            yield InputError(origin, f"page is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit (--max-bytes)")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError(origin, "no such file or directory")
        return
    except IsADirectoryError:
        yield InputError(origin, "is a directory")
        return
    except OSError as exc:
        yield InputError(origin, f"cannot read: {exc.strerror or exc}")
        return
    yield from _dispatch(data, origin, ext if ext in KNOWN_EXT else ".txt", opts)


def read_inputs(paths: Iterable[str], opts: ReadOptions | None = None,
                stdin: io.BufferedIOBase | None = None) -> Iterator[InputItem]:
    """Articles (or InputErrors) from paths; "-" reads JSON lines from stdin."""
    opts = opts or ReadOptions()
    for p in paths:
        if p == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read()
            if not data.strip():
                yield InputError("<stdin>", "empty input")
                continue
            try:
                text = decode_bytes(data, "<stdin>")
            except InputError as exc:
                yield exc
                continue
            yield from _from_jsonl_text(text, "<stdin>", opts)
        else:
            yield from _read_path(Path(os.path.expanduser(p)), opts)
