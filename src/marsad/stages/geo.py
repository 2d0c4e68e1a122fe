"""Stage "places": coordinates and countries for places.

Each LOC entity is resolved in the gazetteer; among same-named places the one in
a country the article is about wins: the countries of its dateline and outlet,
then the countries it names, most named first (طرابلس in a Libyan article is
Tripoli, Libya; in a Lebanese one, Tripoli, Lebanon), then the countries of its
people and bodies (العاهل الأردني ... إلى عمان: Amman). A name listed with the word
before it wins (سلطنة عمان: Oman). A place whose name is a
common phrase too (places.tsv `phrase?`: المنطقة الشرقية) is that place only in an
article that names its country or none. A small town far from every country the article
names is a namesake and stays unplaced (settings [places]: بركي براك in a story of
Afghanistan is no Libyan village; حجة "an argument" in one of Greece is no Yemeni town).
"""
from __future__ import annotations

import re
from collections import Counter

from ..article import Article
from ..outlets import find_outlet
from ..pipeline import stage
from ..kb import kb, strip_article
from ..places import Place, gazetteer, key as place_key
from ..text.normalize import fold
from ..settings import Settings
from .events import _COMPASS  # شمال، جنوبي ...: the points of the compass (event_words.tsv)
from .events import _KINGDOM_NAME, _OPEN_BEFORE, _PREPOSITIONS, _reporting, _starting


@stage("places", needs=("entities",), sets=("entities",))
def make_places(settings: Settings):
    """GeoNames id, coordinates and country of every place entity."""
    gaz = gazetteer()
    small = int(settings.get("places", "namesake_population", 0) or 0)
    home = frozenset(settings.get("places", "home_region", []) or [])
    # the region's kingdoms, whose press calls them "the kingdom" (مملكة البحرين، المملكة الأردنية الهاشمية)
    kingdoms = frozenset(p.country for k, ps in gaz.by_key.items() if " " in k and k.split()[0] in _KINGDOM
                         for p in ps if p.kind == "country" and p.country in home)

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
        near = gaz.with_neighbours(set(named) | ({dl} if dl else set())) if named else set()
        at_home = bool((set(named) | {dl}) & home)  # (a story of the region names its towns alone)
        resolved: dict[int, Place] = {}  # id of an entity -> its place
        for e in article.entities:
            if e["type"] != "LOC":
                continue
            p = gaz.resolve(e["text"], tuple(prefer), about) or _past_seat_word(gaz, e["text"], tuple(prefer), about)
            if p is None and e["text"][:1] in "وفبل" and len(e["text"]) > 3 and " " not in e["text"] \
                    and (bare := gaz.resolve(e["text"][1:], tuple(prefer), about)) is not None and bare.curated:
                # "ونويبع وطابا": a listed town behind a proclitic the tagger kept
                p = bare
                if e["canonical"] == e["text"]:
                    e["canonical"] = e["text"][1:]
                e["start"], e["text"] = e["start"] + 1, e["text"][1:]
                e["subtype"] = _subtype(p)
            if p is not None and named and not p.curated and p.kind not in ("country", "region") \
                    and p.population < small and p.country not in near and not (p.country in home and at_home):
                # "منطقة بركي براك" in a story of Afghanistan is no Libyan village: a small town of a
                # country far from every one the article names is a namesake ([places] settings);
                # the name stays unplaced
                p = None
            if p is not None and named and p.kind == "city" and p.population >= _BIG and p.country not in about \
                    and _settlement_before(gaz, article.text, e["start"]):
                # "بلدة المنصورة بسهل الغاب" in a story of Syria is no Egyptian city: a village's or a
                # quarter's name that a big city of a country the article does not name shares stays unplaced
                p = None
            if p is not None and p.kind == "city" and not p.curated and p.country not in prefer \
                    and _region_before(gaz, article.text, e["start"]) \
                    and kb().nationality_of(fold((article.text[e["end"]:e["end"] + 24].split() or [""])[0]).strip(".،,؛:")) != p.country:
                # "في ولاية زابل الجنوبية" in a story of Afghanistan is no Iranian city: a city of a country
                # the article neither names nor has people of, named as a region, is a namesake; unplaced
                # (but not one whose country's adjective follows: "بولاية ميامي الأمريكية")
                p = None
            if p is not None and dl and p.country == dl and dl not in named and named:
                p = _capital_of_named(gaz, e["text"], named) or p
            longer = _with_word_before(gaz, article.text, e, taken)
            if longer is not None and (p is None or longer[0].geonameid != p.geonameid):
                # the tagger left the name's first word out: "وجنوب أفريقيا", "بريف دمشق"
                p, start = longer
                if e["canonical"] == e["text"]:
                    e["canonical"] = article.text[start:e["end"]]
                e["start"], e["text"] = start, article.text[start:e["end"]]
                e["subtype"] = _subtype(p)
            if p is None:
                continue
            e.update(p.as_dict())
            resolved[id(e)] = p
            e["canonical"] = p.name if p.kind == "country" else e["canonical"]
            if p.kind != "country" and fold(e["text"]).startswith("لل") and place_key(e["text"]) not in gaz.by_key:
                e["canonical"] = gaz.behind_li(e["text"])  # للندن: ل + لندن, not "الندن"
        _within(gaz, article, prefer, about, resolved)
        _quarters_abroad(gaz, article, prefer, resolved)
        _districts_named_as_bodies(article)
        _capitals_named_by_nationality(gaz, article)
        _kingdom_named_alone(gaz, article, [outlet.country if outlet else None] + prefer, kingdoms)
        return article

    return places


def _subtype(p: Place) -> str:
    """The entity subtype of a place: a settlement or a territory is GPE, anything else (a base, a facility) FAC."""
    return "GPE" if p.kind in ("city", "country", "district", "region") else "FAC"


_CAPITAL_PHRASE = re.compile(r"(?<![^\s(«\"،,.])(?:و|ف)?(?:ب|ل)?((?:ال)?عاصمة)\s+(\S+)")


def _capitals_named_by_nationality(gaz, article: Article) -> None:
    """"The capital" and a nationality adjective ("العاصمة البيلاروسية", "بالعاصمة الإيرانية") name
    that country's capital: a place entity with its coordinates, unless a place's name follows
    right after (العاصمة البريطانية لندن: London is named) or a name already covers the words."""
    k = kb()
    added = []
    for m in _CAPITAL_PHRASE.finditer(article.text):
        adjective = m.group(2).rstrip("،,.:؛)»\"")
        country = k.nationality_of(adjective)
        capital = gaz.capital_of.get(country) if country and fold(adjective).endswith("يه") else None
        if capital is None:
            continue
        start, end = m.start(1), m.start(2) + len(adjective)  # (past its proclitics: بالعاصمة)
        named = next((e for e in article.entities if e["type"] == "LOC" and end < e["start"] <= end + 2), None)
        if named is not None and named.get("country") != country:
            # "في العاصمة الأردنية عمان": the capital the nationality names, not a namesake (Oman)
            p = next((p for p in gaz.lookup(named["text"]) if p.country == country), None)
            if p is not None:
                named.update(p.as_dict())
                named["canonical"] = p.name
        if named is not None or any(e["start"] < end and start < e["end"] for e in article.entities):
            continue
        added.append({"id": "", "text": article.text[start:end], "start": start, "end": end, "type": "LOC",
                      "subtype": "GPE", "canonical": capital.name, "country": None, "sector": None, "role": None,
                      **capital.as_dict()})
    _add_entities(article, added)


_KINGDOM = frozenset(place_key(w) for w in ("المملكة", "مملكة"))
_KINGDOM_ALONE = re.compile(r"(?<![^\s(«\"،,.])(?:و|ف)?(?:ب|ك)?((?:ال|ل)مملكة)(?=[\s،,.:؛)»\"]|$)(?:\s+(\S+))?")


def _kingdom_named_alone(gaz, article: Article, prefer: list[str], kingdoms: frozenset[str]) -> None:
    """"The kingdom" alone ("أدانت المملكة", "في المملكة") names a kingdom of the region: the first of
    `prefer` (the outlet's country, the dateline's, those the article names) that is one, or, where the
    article does not name that one, the last kingdom named in full before it; not one named in full
    (المملكة المتحدة، المملكة الأردنية) nor words a name already covers, nor a part of something, in
    construct (أسواق المملكة)."""
    home = next((c for c in prefer if c in kingdoms), None)
    # (after a kingdom named in full, the kingdom is that one, "مملكة البحرين ... المملكة", in a story that
    # does not name the home one: a Saudi paper's "المملكة" beside "المملكة الأردنية الهاشمية" is its own)
    full = [] if any(e["type"] == "LOC" and e.get("country") == home for e in article.entities) else [
        (e["start"], e["country"]) for e in article.entities if e["type"] == "LOC" and e.get("country") in kingdoms
        and " " in e["text"].strip() and place_key(e["text"].split()[0].lstrip("وبل")) in _KINGDOM]
    if home is None and not full:
        return
    k = kb()
    added = []
    for m in _KINGDOM_ALONE.finditer(article.text):
        named = [c for at, c in full if at < m.start()]
        place = gaz.country_places.get(named[-1] if named else home)
        if place is None:
            continue
        after = (m.group(2) or "").rstrip("،,.:؛)»\"")
        if after and (k.nationality_of(after) or fold(after) in _KINGDOM_NAME):
            continue
        start, end = m.start(1), m.end(1)
        if any(e["start"] < end and start < e["end"] for e in article.entities):
            continue
        before = fold(article.text[max(0, m.start() - 30):m.start()]).split()[-1:]
        if m.start(1) == m.start() and before and before[0][-1:].isalpha() and not (
                before[0] in _PREPOSITIONS or before[0] in _OPEN_BEFORE or _starting(before[0]) or _reporting(before[0])):
            continue  # "أسواق المملكة", "مناطق المملكة": a part of it, in construct, no party nor place of an
            # event (but "أدانت المملكة", "دعم المملكة", "إلى المملكة", "بالمملكة", "والمملكة")
        added.append({"id": "", "text": article.text[start:end], "start": start, "end": end, "type": "LOC",
                      "subtype": "GPE", "canonical": place.name, "country": None, "sector": None, "role": None,
                      **place.as_dict()})
    _add_entities(article, added)



def _districts_named_as_bodies(article: Article) -> None:
    """A body's head that names a district (org_heads.tsv district?) before a place's name with no
    article, the tagger's ORG over both (مديرية لودر، "بالقرب من مديرية لودر"), is that place: the
    entity becomes the district, with the place's coordinates, and the place inside it goes."""
    k = kb()
    places = [e for e in article.entities if e["type"] == "LOC" and e.get("lat") is not None]
    gone: set[str] = set()
    for e in article.entities:
        if e["type"] != "ORG":
            continue
        head, _, rest = e["text"].partition(" ")
        folded = fold(head)
        if not rest or rest.startswith("ال") or not (folded in k.district_heads or (
                folded[:1] in "وفبل" and folded[1:] in k.district_heads)):
            continue
        inner = next((f for f in places if f["end"] == e["end"] and f["start"] > e["start"]
                      and fold(f["text"]) == fold(rest)), None)
        if inner is None:
            continue
        e.update({key: inner.get(key) for key in ("geonameid", "lat", "lon", "country")})
        e.update({"type": "LOC", "subtype": "GPE", "sector": None, "role": None})
        gone.add(inner["id"])
    if gone:
        article.entities = [e for e in article.entities if e["id"] not in gone]


def _add_entities(article: Article, added: list[dict]) -> None:
    """`added` into the article's entities, numbered on from its last, in the order of the text."""
    if added:
        n = max((int(e["id"][1:]) for e in article.entities if e["id"][1:].isdigit()), default=0)
        for x, e in enumerate(added, n + 1):
            e["id"] = f"E{x}"
        article.entities = sorted(article.entities + added, key=lambda e: e["start"])


# words that put a place inside the next one: "جاردن سيتي وسط القاهرة", "حي السد في أبها"; a
# comma only before a direction ("براكي براك، جنوب كابل"): else it lists places side by side
_WITHIN = frozenset({"في", "وسط", "بوسط", "بمدينة", "بمحافظة", "قرب"})
_SUBORDINATE = frozenset({"التابع", "التابعه"})  # (folded) a place "belonging to" a province
_GOVERNORATES = frozenset({fold("محافظة"), fold("منطقة")})  # region words of the Arab states
_BIG = 300_000  # people: a city this big is no quarter of another


def _within(gaz, article: Article, prefer: list[str], about: frozenset, resolved: dict[int, Place]) -> None:
    """A place named right inside a bigger one of another country ("جاردن سيتي وسط القاهرة", "حي
    الدار البيضاء جنوب الرياض") is in that country: resolved there when the gazetteer has it
    there, else given no coordinates rather than a namesake abroad (Garden City, Kansas;
    Casablanca). Not a country or a region, nor a place bigger than the other ("مع طهران في
    فيينا", "رئيس الشيشان في جدة": the one is no part of the other)."""
    locs = [e for e in article.entities if id(e) in resolved]
    for e, f in zip(locs, locs[1:]):
        pe, pf = resolved[id(e)], resolved[id(f)]
        between = article.text[e["end"]:f["start"]].split()
        if between[:1] in (["،"], [","]):
            between = between[1:] if len(between) == 2 and between[1] in _COMPASS else ["،"]
        quarter = 2 <= len(between) <= 3 and between[-1] in _WITHIN and _settlement_before(gaz, article.text, e["start"])
        # (a quarter's name and a word of it before "in": "حي اليرموك الثاني في بعقوبة")
        chained = 2 <= len(between) <= 6 and all(w[:1].isalpha() for w in between) \
            and any(fold(w) in _SUBORDINATE for w in between)
        # (or one "belonging to" a province past another name: "منطقة ميمنة بمركز سنورس التابع لمحافظة الفيوم")
        if not between or (not quarter and not chained and (len(between) > 2 or not all(w in _WITHIN or w in _COMPASS for w in between))) \
                or pe.country == pf.country or pe.kind in ("country", "region") \
                or pf.kind not in ("city", "district", "region") or pe.population >= pf.population > 0 \
                or (between == ["في"] and pe.population >= _BIG):
            continue  # ("سفير الخرطوم في القاهرة": a big city "in" another is its government there)
        p = gaz.resolve(e["text"], (pf.country, *prefer), about)
        if p is not None and p.country == pf.country:
            e.update(p.as_dict())
        else:
            for k in ("geonameid", "lat", "lon", "country"):
                e.pop(k, None)


def _settlement_before(gaz, text: str, start: int) -> bool:
    """A word in construct with a settlement's name (place_cues.tsv settlement?: بلدة، قرية، حي، قرى,
    behind ب or و at most) stands right before the name at `start`, or a plural one before the names
    it heads, joined by و ("قرى الحواش والقاهرة والعنكاوي"); not past a preposition ("بحي السفارات في
    الرياض": the city the quarter is in)."""
    heads = gaz.settlement_heads | gaz.settlement_plurals
    for n, w in enumerate(reversed(text[max(0, start - 80):start].split()[-8:])):
        w = fold(w)
        if w in heads or (w[:1] in "وب" and w[1:] in heads):
            return n == 0 or w in gaz.settlement_plurals or w[1:] in gaz.settlement_plurals
        if not w[:1].isalpha() or w in ("في", "الي", "من", "علي") or (w[:1] in "بل" and n == 0):
            return False
    return False


def _region_before(gaz, text: str, start: int) -> bool:
    """A word for a province or a state (place_cues.tsv seat? "region": ولاية، إقليم، مقاطعة, behind ب, و
    or ل at most) stands right before the name at `start`; not محافظة or منطقة, which the Arab countries'
    own governorates and regions take, named by their chief city (محافظة الفيوم)."""
    before = text[max(0, start - 16):start].split()
    if not before:
        return False
    w = strip_article(fold(before[-1]))
    w = w[1:] if w[:1] in "وبل" and w[1:] in gaz.region_heads else w
    return w in gaz.region_heads and w not in _GOVERNORATES


def _quarters_abroad(gaz, article: Article, prefer: list[str], resolved: dict[int, Place]) -> None:
    """A quarter's name (after حي) is local: "في مقر ضيافة الإمارة بحي السد بأبها" names no town of a
    country that the article's dateline, outlet, actors and other places all leave out (Al Sadd,
    Doha); it stays unplaced ("في حي السد بالدوحة" keeps Doha's)."""
    others = {p.country for e in article.entities if (p := resolved.get(id(e))) is not None
              and not _quarter_before(gaz, article.text, e["start"])}
    for e in article.entities:
        p = resolved.get(id(e))
        if p is not None and not p.curated and p.kind not in ("country", "region") \
                and p.country not in prefer and p.country not in others and _quarter_before(gaz, article.text, e["start"]):
            for k in ("geonameid", "lat", "lon", "country"):
                e.pop(k, None)
            del resolved[id(e)]


def _quarter_before(gaz, text: str, start: int) -> bool:
    """A word for a quarter of a city (place_cues.tsv settlement? "quarter": حي، بحي) stands right before
    the name at `start`."""
    before = text[max(0, start - 12):start].split()
    return bool(before) and fold(before[-1]) in gaz.quarter_heads


def _capital_of_named(gaz, name: str, named: Counter) -> Place | None:
    """The national capital of a country the article names, under a dateline whose country
    it does not name: "مفاوضات في اثينا" under a Washington dateline, in a story of Greece, is
    Athens, not Athens, Georgia (the dateline tells where the report was filed)."""
    return next((p for p in gaz.lookup(name) if p.geonameid in gaz.capitals and p.country in named), None)


def _past_seat_word(gaz, name: str, prefer: tuple[str, ...], about: frozenset) -> Place | None:
    """The place a name gives after a word for its kind (place_cues.tsv seat: محافظة إدلب,
    منطقة الأحساء) or for where in it (where: ريف إدلب), when the gazetteer lists the name only
    without that word: Idlib's coordinates for its governorate and its countryside."""
    words = name.split()
    for k in range(min(2, len(words) - 1)):  # (ريف محافظة حمص: a where and a kind)
        head = fold(words[k])
        if head not in gaz.seat_heads and head not in gaz.where_words:
            return None
        p = gaz.resolve(" ".join(words[k + 1:]), prefer, about)
        if p is not None:
            return p
    return None


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
