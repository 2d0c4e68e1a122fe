"""The Article that flows through the pipeline, and its one serializer.

An Article starts with what a reader found (`raw`, `kind` and the input's own
metadata) and each stage fills more of it. `to_record()` turns it into the
contract record (docs/CONTRACT.md, version 1); nothing else in Marsad writes one.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from .text import Normalized, Token, normalize

CONTRACT_VERSION = 1


@dataclass(slots=True)
class Article:
    # what the reader found
    raw: str = ""                 # the page as read: text or HTML
    kind: str = "text"            # "text" | "html"
    origin: str = "<input>"       # where it came from, for messages: path, path:line, zip member
    input_id: str | None = None
    url: str | None = None
    outlet: str | None = None
    section: str | None = None
    author: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    # what the stages set
    text: str = ""
    removed: list[str] = field(default_factory=list)
    dateline: dict[str, Any] | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    framing: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # stage-private data, never serialised
    _norm: Normalized | None = None

    @property
    def norm(self) -> Normalized:
        """The normalised text with its offset map (computed once per text)."""
        if self._norm is None or self._norm.original is not self.text:
            self._norm = normalize(self.text)
        return self._norm

    @property
    def id(self) -> str:
        if self.input_id:
            return self.input_id
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence_tokens(self) -> list[list[Token]]:
        """The tokens of each sentence, in order; a sentence without tokens is left out."""
        starts = [t.start for t in self.tokens]
        out = []
        for s, e in self.sentences:
            sent = self.tokens[bisect_left(starts, s):bisect_left(starts, e)]
            if sent:
                out.append(sent)
        return out

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def to_record(self) -> dict[str, Any]:
        """The contract record (version 1) of this article."""
        return {
            "contract": CONTRACT_VERSION,
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "section": self.section,
            "author": self.author,
            "title": self.title,
            "published": self.published,
            "dateline": self.dateline,
            "text": self.text,
            "removed": list(self.removed),
            "sentences": [list(s) for s in self.sentences],
            "entities": self.entities,
            "dates": self.dates,
            "quotes": self.quotes,
            "events": self.events,
            "framing": self.framing,
            "warnings": list(self.warnings),
        }
