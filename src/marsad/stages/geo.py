"""Stage "places": coordinates and countries for places.

Each LOC entity is resolved in the gazetteer; among same-named places the one in
a country the article is about wins: the countries of its dateline and outlet,
then the countries it names, most named first (طرابلس in a Libyan article is
Tripoli, Libya; in a Lebanese one, Tripoli, Lebanon), then the countries of its
people and bodies (العاهل الأردني ... إلى عمان: Amman). A name listed with the word
before it wins (سلطنة عمان: Oman). A place whose name is a
common phrase too (places.tsv `phrase?`: المنطقة الشرقية) is that place only in an
article that names its country or none.
"""
from __future__ import annotations

import re
from collections import Counter

from ..article import Article
from ..outlets import find_outlet
from ..pipeline import stage
from ..places import gazetteer, key as place_key
from ..settings import Settings


@stage("places", needs=("entities",), sets=("entities",))
def make_places(settings: Settings):
    """GeoNames id, coordinates and country of every place entity."""
    gaz = gazetteer()

    def places(article: Article) -> Article:
        named: Counter = Counter()
        actors: Counter = Counter()
        for e in article.entities:
            if e["type"] == "LOC":
                cands = gaz.lookup(e["text"])
                # a name that is a country and a listed city of another country too (عمان: Oman,
                # Amman) tells of neither (GeoNames' namesakes do not count: لبنان, Lebanon, Tennessee)
                if cands and cands[0].kind == "country" and not any(
                        p.curated and p.country != cands[0].country for p in cands[1:]):
                    named[cands[0].country] += 1
            elif e.get("country"):
                actors[e["country"]] += 1
        prefer: list[str] = []
        dl = (article.dateline or {}).get("country")
        outlet = find_outlet(article.outlet) if article.outlet else None
        # the dateline's and outlet's countries, the countries named, then those of its people
        # and bodies (العاهل الأردني ... إلى عمان: Amman)
        for c in [dl, outlet.country if outlet else None] + [c for c, _ in named.most_common()] \
                + [c for c, _ in actors.most_common()]:
            if c and c not in prefer:
                prefer.append(c)
        about = frozenset(named) | {dl} if named else frozenset()  # (phrase places: "الجوف" in Yemen)
        taken = [(x["start"], x["end"]) for x in article.entities]
        for e in article.entities:
            if e["type"] != "LOC":
                continue
            p = gaz.resolve(e["text"], tuple(prefer), about)
            longer = _with_word_before(gaz, article.text, e, taken)
            if longer is not None and (p is None or longer[0].geonameid != p.geonameid):
                # the tagger left the name's first word out: "وجنوب أفريقيا", "بريف دمشق"
                p, start = longer
                if e["canonical"] == e["text"]:
                    e["canonical"] = article.text[start:e["end"]]
                e["start"], e["text"] = start, article.text[start:e["end"]]
                e["subtype"] = "GPE" if p.kind in ("city", "country", "district", "region") else "FAC"
            if p is None:
                continue
            e.update(p.as_dict())
            e["canonical"] = p.name if p.kind == "country" else e["canonical"]
        return article

    return places


def _with_word_before(gaz, text: str, e: dict, taken: list[tuple[int, int]]):
    """(place, start) of the name listed as the entity's name with the word before it (behind
    its proclitic, if any), when no other entity holds that word: "سلطنة عمان" is Oman,
    "بمدينة 6 أكتوبر" the city, "وجنوب أفريقيا" South Africa."""
    m = re.search(r"(\w+)\s+$", text[max(0, e["start"] - 16):e["start"]])
    if not m or not any(c.isalpha() for c in e["text"]):
        return None
    w = m.group(1)
    at = e["start"] - len(m.group(0))
    if not w.isalpha() or any(s <= at < end for s, end in taken):
        return None
    for skip in (0, 1) if w[:1] in "وفبل" and len(w) > 3 else (0,):
        if place_key(w[skip:]) not in gaz.multi_first:
            continue  # no listed name starts with that word
        p = gaz.resolve(f"{w[skip:]} {e['text']}")
        if p is not None:
            return p, at + skip
    return None
