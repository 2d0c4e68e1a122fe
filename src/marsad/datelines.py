"""Datelines: the "outlet – city" line and its common Arabic forms.

Forms recognised (outlet and place told apart by the outlets lexicon and the
gazetteer, place first when neither knows):
- standalone lines: "أوج – طرابلس", "طرابلس - أوج", "لندن: رنيم حنوش", "(أ ف ب)"
- the opening of a body: "القاهرة (رويترز) -", "دمشق، سوريا (CNN) --",
  "بيروت (أ ف ب) -", "(أ ف ب) -", "الرياض - واس:", "فايز الاسمري - سبق- الرياض :"
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .outlets import find_outlet
from .places import gazetteer
from .text.normalize import fold

_DASH = r"\-–—ـ"
_W = r"[^\s()\[\]«»\"“”:،,.؛" + _DASH + r"]+"
_NAME = rf"{_W}(?:\s+{_W}){{0,3}}"
_PAREN_OUTLET = r"\(\s*(?P<outlet>[^()\n]{1,40}?)\s*\)"

_INLINE_PAREN = re.compile(
    rf"^\s*(?P<place>{_NAME})(?:\s*[،,]\s*(?P<region>{_NAME}))?\s*{_PAREN_OUTLET}\s*(?:[{_DASH}]{{1,2}}|:)\s*")
_INLINE_ONLY_OUTLET = re.compile(rf"^\s*{_PAREN_OUTLET}\s*(?:[{_DASH}]{{1,2}}|:)\s*")
_INLINE_DASH = re.compile(rf"^\s*(?P<a>{_NAME})\s*[{_DASH}]{{1,2}}\s*(?P<b>{_NAME})\s*(?:[:{_DASH}]{{1,2}})\s*")
_INLINE_BYLINE = re.compile(
    rf"^\s*(?P<who>{_NAME})\s*[{_DASH}]{{1,2}}\s*(?P<a>{_NAME})\s*[{_DASH}]{{1,2}}\s*(?P<b>{_NAME})\s*:\s*")
_LINE_DASH = re.compile(rf"^\s*(?P<a>{_NAME})\s*[{_DASH}]{{1,2}}\s*(?P<b>{_NAME})\s*$")
_LINE_COLON = re.compile(rf"^\s*(?P<a>{_NAME})\s*:\s*(?P<b>[^\n:]{{2,60}})$")
_LINE_PAREN = re.compile(rf"^\s*(?:(?P<place>{_NAME})(?:\s*[،,]\s*(?P<region>{_NAME}))?\s*)?{_PAREN_OUTLET}\s*[{_DASH}]*\s*$")


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    outlet: str | None
    author: str | None = None
    end: int = 0  # for an inline dateline: where the body proper starts in the text


def _is_place(s: str) -> bool:
    return bool(gazetteer().lookup(s))


def _sides(a: str, b: str) -> tuple[str | None, str | None]:
    """(place, outlet) from the two sides of "a – b"."""
    if _is_place(b) and not (find_outlet(b) and not find_outlet(a)):
        return b, a
    if _is_place(a):
        return a, b
    # (the other side of an outlet is a place only when the gazetteer knows it: not "متابعات"
    # (follow-ups) nor a reporter's name, "داليا أبوالعيش - عين اليوم")
    if find_outlet(a):
        return None, a
    if find_outlet(b):
        return None, b
    return None, None


def parse_line(line: str) -> Dateline | None:
    """A standalone dateline line, or None when `line` is not one."""
    s = line.strip()
    if not s or len(s.split()) > 7 or s.endswith((".", "؟", "?", "!")):
        return None
    m = _LINE_PAREN.match(s)
    if m and find_outlet(m.group("outlet")):
        return Dateline(m.group("place"), m.group("outlet").strip())
    m = _LINE_DASH.match(s)
    if m:
        a, b = m.group("a").strip(), m.group("b").strip()
        if len(a.split()) + len(b.split()) <= 6:
            place, outlet = _sides(a, b)
            if place or outlet:
                return Dateline(place, outlet)
        return None
    m = _LINE_COLON.match(s)
    if m and _is_place(m.group("a")):
        return parse_byline(s)
    return None


_BY_FROM = re.compile(rf"^(?P<who>.+?)\s+من\s+(?P<place>{_NAME})$")
_BY_PAREN = re.compile(rf"^(?P<who>[^()]+?)\s*\(\s*(?P<place>{_NAME})\s*\)$")


def parse_byline(value: str, own_outlet: str | None = None) -> Dateline | None:
    """An author field that carries a place: "لندن: رنيم حنوش", "الرياض - واس",
    "«الاقتصادية» من الرياض", "عكاظ (الرياض)", "أبها - عبدالله الهاجري:".

    The side that is neither the place nor a known outlet is the author.
    None when no side is a known place. A side that names the article's own
    outlet (`own_outlet`, e.g. الجزيرة for the Saudi daily) is not a place.
    """
    own = fold(own_outlet).split() if own_outlet else []
    s = " ".join(value.replace("\xa0", " ").split()).rstrip(" :：").strip()
    if not s:
        return None
    pairs: list[tuple[str, str]] = []
    for rx in (_LINE_COLON, _LINE_DASH):
        m = rx.match(s)
        if m:
            pairs += [(m.group("a"), m.group("b")), (m.group("b"), m.group("a"))]
    for rx in (_BY_FROM, _BY_PAREN):
        m = rx.match(s)
        if m:
            pairs.append((m.group("place"), m.group("who")))
    for place, who in pairs:
        place, who = place.strip(), who.strip().strip("«»\"“” ")
        if own and _names_own(place, own):
            continue
        agency = find_outlet(place)
        if agency is not None and agency.kind == "agency" and (find_outlet(who) or (own and _names_own(who, own))):
            continue  # "الوئام - كونا": a paper and the agency it took the report from (كونا, not Kuna, Idaho)
        if own and _names_own(who, own) and _is_place(place):
            return Dateline(place, who, None)
        if _is_place(place) and not (find_outlet(place) and _is_place(who)):
            if find_outlet(who):
                return Dateline(place, who, None)
            return Dateline(place, None, who or None)
    return None


def _names_own(side: str, own: list[str]) -> bool:
    words = fold(side).split()
    return bool(words) and words == own[: len(words)]


def parse_inline(text: str) -> Dateline | None:
    """A dateline opening a body, with `end` where the body proper starts."""
    head = text[:160]
    m = _INLINE_PAREN.match(head)
    if m and (find_outlet(m.group("outlet")) or _is_place(m.group("place"))):
        return Dateline(m.group("place").strip(), m.group("outlet").strip(), end=m.end())
    m = _INLINE_ONLY_OUTLET.match(head)
    if m and find_outlet(m.group("outlet")):
        return Dateline(None, m.group("outlet").strip(), end=m.end())
    m = _INLINE_DASH.match(head)
    if m:
        a, b = m.group("a").strip(), m.group("b").strip()
        if (find_outlet(a) and _is_place(b)) or (find_outlet(b) and _is_place(a)):
            place, outlet = _sides(a, b)
            return Dateline(place, outlet, end=m.end())
        if find_outlet(b) and 2 <= len(a.split()) <= 4 and head[m.end() - 2:m.end()].strip()[-1:] == ":":
            # "أيمن حسن – سبق:": a reporter's byline, no place; the body starts after it
            return Dateline(None, b, end=m.end())
    m = _INLINE_BYLINE.match(head)
    if m and 2 <= len(m.group("who").split()) <= 4 and not _is_place(m.group("who")):
        a, b = m.group("a").strip(), m.group("b").strip()
        if (find_outlet(a) and _is_place(b)) or (find_outlet(b) and _is_place(a)):
            # "فايز الاسمري - سبق- الرياض :": the reporter, the outlet and the place; the body starts after
            place, outlet = _sides(a, b)
            return Dateline(place, outlet, author=m.group("who").strip(), end=m.end())
    return None
