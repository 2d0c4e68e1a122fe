"""Stage "framing": loaded and delegitimising labels the outlet applies.

Terms come from resources/framing.tsv. A term that follows its target
("حكومة الوفاق غير الشرعية") qualifies the entity ending just before it; one in
construct with its target ("ميليشيات حفتر") the entity starting right after it;
one that names its target ("الانقلابيين") the entity it is, or none. Terms
inside quoted speech are the speaker's, not the outlet's, and are skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..article import Article
from ..kb import kb
from ..lexicon import check_enum, load
from ..pipeline import stage
from ..settings import Settings
from ..text.normalize import fold
from ..text.patterns import alternation


@lru_cache(maxsize=1)
def _terms() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    table: dict[str, tuple[str, str]] = {}
    for row in load("framing.tsv", ("term", "kind", "applies")):
        kind = check_enum(row, "kind", {"delegitimizing", "loaded", "legitimizing"})
        applies = check_enum(row, "applies", {"before", "after", "self"})
        t = " ".join(fold(row["term"]).split())
        table[t] = (kind, applies)
        if t.startswith("ال"):
            table.setdefault(t[2:], (kind, applies))
    alt = alternation(table)
    return re.compile(rf"(?<![\w])(?:[وبل]|لل)?({alt})(?![\w])"), table


@stage("framing", needs=("entities", "quotes"), sets=("framing",))
def make_framing(settings: Settings):
    """Delegitimising and loaded labels with the entity each qualifies."""
    _terms()

    def framing(article: Article) -> Article:
        rx, table = _terms()
        norm = article.norm
        ents = sorted(article.entities, key=lambda e: e["start"])
        ends = sorted(ents, key=lambda e: e["end"])
        end_pos = [e["end"] for e in ends]
        start_pos = [e["start"] for e in ents]
        quoted = [(q["start"], q["end"]) for q in article.quotes if q.get("direct")]
        out = []
        for m in rx.finditer(norm.text):
            s, e = norm.span(*m.span(1))
            if any(a <= s < b for a, b in quoted):
                continue
            kind, applies = table[" ".join(m.group(1).split())]
            target = None
            if applies == "before":
                k = bisect_left(end_pos, s + 1) - 1
                if k >= 0 and s - end_pos[k] <= 3 and article.text[end_pos[k]:s].strip(" ،,\"”»") == "":
                    target = ends[k]["id"]
            elif applies == "after":
                k = bisect_left(start_pos, s + 1) - 1
                if k >= 0 and ents[k]["start"] <= s < ents[k]["end"]:
                    target = ents[k]["id"]  # ميليشيات حفتر as one name
                else:
                    k = bisect_left(start_pos, e)
                    if k < len(ents) and ents[k]["start"] - e <= 2:
                        target = ents[k]["id"]
            else:
                k = bisect_left(start_pos, s + 1) - 1
                if k >= 0 and ents[k]["start"] <= s < ents[k]["end"]:
                    target = ents[k]["id"]
                else:
                    actor = kb().actor(article.text[s:e])
                    target = None if actor is None else next(
                        (x["id"] for x in ents if x["canonical"] == actor.name), None)
            out.append({"text": article.text[s:e], "start": s, "end": e, "kind": kind, "target": target})
        article.framing = out
        return article

    return framing
