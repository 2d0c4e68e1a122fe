"""Stage "places": coordinates and countries for places.

Each LOC entity is resolved in the gazetteer; among same-named places the one in
a country the article is about wins: the countries of its dateline and outlet,
then the countries it names, most named first (طرابلس in a Libyan article is
Tripoli, Libya; in a Lebanese one, Tripoli, Lebanon). A place whose name is a
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
        for e in article.entities:
            if e["type"] == "LOC":
                for p in gaz.lookup(e["text"])[:1]:
                    if p.kind == "country":
                        named[p.country] += 1
        prefer: list[str] = []
        dl = (article.dateline or {}).get("country")
        outlet = find_outlet(article.outlet) if article.outlet else None
        for c in [dl, outlet.country if outlet else None] + [c for c, _ in named.most_common()]:
            if c and c not in prefer:
                prefer.append(c)
        about = frozenset(named) | {dl} if named else frozenset()  # (phrase places: "الجوف" in Yemen)
        for e in article.entities:
            if e["type"] != "LOC":
                continue
            p = gaz.resolve(e["text"], tuple(prefer), about)
            if p is None:
                continue

            e.update(p.as_dict())
            e["canonical"] = p.name if p.kind == "country" else e["canonical"]
        return article

    return places
