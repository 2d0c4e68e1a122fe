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

from collections import Counter

from ..article import Article
from ..outlets import find_outlet
from ..pipeline import stage
from ..places import gazetteer
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
                # a name that is a country and a city of another country too (عمان: Oman, Amman)
                # tells of neither
                if cands and cands[0].kind == "country" and len({p.country for p in cands}) == 1:
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
        for e in article.entities:
            if e["type"] != "LOC":
                continue
            # the word before, when a name with it is listed: "سلطنة عمان" is Oman
            before = article.text[max(0, e["start"] - 12):e["start"]].split()
            p = gaz.resolve(f"{before[-1]} {e['text']}") \
                if before and before[-1].isalpha() and e["text"][:1].isalpha() else None
            p = p or gaz.resolve(e["text"], tuple(prefer), about)
            if p is None:
                continue

            e.update(p.as_dict())
            e["canonical"] = p.name if p.kind == "country" else e["canonical"]
        return article

    return places
