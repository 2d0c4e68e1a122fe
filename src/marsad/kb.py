"""The knowledge base of actors: lexicons for nationalities, roles, organisation
heads, person-name cues, given names and named actors, loaded from resources/
once and indexed by folded form.

Every key is folded (marsad.text.normalize.fold); `strip_article` turns
"القطري" into "قطري" and "والعطية" into "العطية" so lookups meet clitic forms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .errors import ResourceError
from .lexicon import Row, check_enum, load
from .memo import lookup_all, remember
from .text.normalize import fold, spelt

SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
    "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"})
PSEUDO_COUNTRIES = frozenset({"IGO", "IMG", "NGO", "KUR", "EUR", "AFR", "INT"})
# words that a role or name loses its article to become (and must not be read as)
FUNCTION_WORDS = frozenset({"امام", "خلف", "عند", "بين", "حول", "دون", "قبل", "بعد"})
# the subtypes of organisation heads that open a name in construct unless org_heads.tsv says not
CONSTRUCT_SUBTYPES = frozenset({"GOV", "LEG", "JUD", "MIL", "IGO"})
SUBTYPES = frozenset({"GOV", "MEDIA", "PARTY", "MIL", "IGO", "NGO", "BUS", "EDU", "JUD", "LEG", "REL", "FAC", "MED"})


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    type: str
    country: str
    sector: str


_KEYS: dict[str, str] = {}


def key(text: str) -> str:
    """The lexicon key of a text: folded, single spaces (memoised: words recur)."""
    hit = _KEYS.get(text)
    if hit is None:
        hit = " ".join(fold(text).split())
        remember(_KEYS, text, hit)
    return hit


_STRIPPED: dict[str, str] = {}
_ABD_JOINED = re.compile(r"(?<!\S)عبد(ال\S+)")
SON_OF = frozenset({"بن", "ابن", "بنت"})  # "son/daughter of" in a name: متعب بن عبدالله


def strip_article(word: str) -> str:
    """Folded word without a leading conjunction/preposition and article (cached)."""
    hit = _STRIPPED.get(word)
    if hit is None:
        hit = _strip_article(word)
        remember(_STRIPPED, word, hit, 500_000)
    return hit


def is_definite(word: str) -> bool:
    """A folded word with the article (الاتفاق, للاتفاق, والاتفاقية)."""
    return strip_article(word) != word


def strip_articles(words: list[str]) -> list[str]:
    """strip_article of every word."""
    return lookup_all(_STRIPPED, strip_article, words)


_AGENCY_ENDINGS = frozenset({"ه", "ات", "تي", "ته", "تها", "تهم", "اته", "اتها", "اتهم", "اتنا"})


def _strip_article(word: str) -> str:
    w = word
    if len(w) > 3 and w[0] in "وف" and (w[1:3] == "ال" or w[1:3] == "لل" or (w[1] in "بكل" and w[2:4] == "ال")):
        if w[1:4] == "كال" and w[4:] in _AGENCY_ENDINGS:
            return w  # وكالة، وكالات: an agency, no "and like the"
        w = w[1:]
    if len(w) > 3 and w[0] in "بكل" and w[1:3] == "ال":
        w = w[1:]
    if len(w) > 3 and w.startswith("لل"):
        return w[2:]
    if len(w) > 3 and w.startswith("ال"):
        return w[2:]
    return w


def _country(row: Row, column: str = "country") -> str:
    c = row[column]
    if not (len(c) == 3 and c.isupper()):
        raise ResourceError(row.path, f"country '{c}' is not an ISO 3166-1 alpha-3 code", row.line)
    return c


def _nationality_forms(adj: str) -> tuple[list[str], list[str]]:
    """(every form of a nationality adjective, the forms that name people: تركيون)."""
    base = key(adj)
    stem = base[:-1] if base.endswith("ي") else base
    people = {base + "ين", base + "ون", stem + "يين", stem + "يون"}
    # feminine, duals, plurals (the accusative باكستانيا is in KB.nationality_acc)
    forms = {base, base + "ه", base + "ان", base + "تان", base + "تين", stem + "يات", base + "ات"}
    return sorted(forms | people), sorted(people)


class KB:
    def __init__(self) -> None:
        self.nationality: dict[str, str] = {}
        self.nationality_people: set[str] = set()  # forms that name people (أتراك, عراقيين)
        self.nationality_acc: dict[str, str] = {}
        self._people_acc: dict[str, str] | None = None
        self._title_words: frozenset[str] | None = None
        # a nationality and a qualifier right after it that names another country (الكوري الشمالي: PRK)
        self.nationality_qualified: dict[tuple[str, str], str] = {}
        for row in load("nationalities.tsv", ("adjective", "country")):
            c = _country(row)
            for pair in filter(None, row.get("qualified").split("|")):
                qualifier, _, other = pair.partition("=")
                if not (qualifier and len(other) == 3 and other.isupper()):
                    raise ResourceError(row.path, f"qualified '{pair}' is not a word=ISO3 pair", row.line)
                for form in _nationality_forms(strip_article(key(qualifier)))[0]:
                    self.nationality_qualified[(c, form)] = other  # (its feminine and plurals: شمالية، شماليين)
            for p in [row["adjective"]] + list(filter(None, row.get("plurals").split("|"))):
                # folded, ألماني reads like an article + ماني: only a written ال is one
                p = strip_article(key(p)) if p.startswith("ال") else key(p)
                if p.endswith("ي"):  # another spelling of the adjective (أميركي): all its forms
                    forms, people = _nationality_forms(p)
                else:  # a broken plural (أتراك, ألمان)
                    forms, people = [p], [p]
                for form in forms:
                    self.nationality.setdefault(form, c)
                self.nationality_people.update(people)
                if p.endswith("ي"):
                    # accusative with tanween (جنديا باكستانيا); kept apart, as it is also
                    # the spelling of many country names (سوريا, ليبيا)
                    self.nationality_acc.setdefault(p + "ا", c)
        self.person_cues: dict[str, tuple[str, str]] = {}
        for row in load("person_cues.tsv", ("cue", "kind")):
            kind = check_enum(row, "kind", {"title", "kinship", "particle", "qualifier"})
            sector = check_enum(row, "sector", SECTORS)
            self.person_cues[key(row["cue"])] = (kind, sector)
        self.org_heads: dict[str, tuple[str, str]] = {}
        verbal = set()  # heads that are also verbal nouns (تنظيم "organising")
        self.heads_not_behind: set[str] = set()  # برئاسة: "chaired by", no head
        of_body = set()  # heads of the management of the body after them (إدارة المستشفى)
        in_construct = set()  # heads that open a name in construct (رابطة العالم الإسلامي)
        district = set()  # heads that name a district before a place's name (مديرية لودر)
        for row in load("org_heads.tsv", ("head", "subtype", "sector")):
            sub = check_enum(row, "subtype", SUBTYPES)
            sec = check_enum(row, "sector", SECTORS)
            self.org_heads[key(row["head"])] = (sub, sec)
            self.org_heads.setdefault(strip_article(key(row["head"])), (sub, sec))
            if check_enum(row, "verbal", {"yes"}):
                verbal.update((key(row["head"]), strip_article(key(row["head"]))))
            if check_enum(row, "of body", {"yes"}):
                of_body.update((key(row["head"]), strip_article(key(row["head"]))))
            if (check_enum(row, "in construct", {"yes", "no"}) or ("yes" if sub in CONSTRUCT_SUBTYPES else "no")) == "yes":
                in_construct.update((key(row["head"]), strip_article(key(row["head"]))))
            if check_enum(row, "district", {"yes"}):
                district.update((key(row["head"]), strip_article(key(row["head"]))))
            for p in (row.get("not behind") or "").split():
                self.heads_not_behind.update({p + key(row["head"]), p + strip_article(key(row["head"]))})
        self.verbal_heads = frozenset(verbal)
        self.body_heads = frozenset(of_body)
        self.construct_heads = frozenset(in_construct)  # heads that open a name in construct
        self.district_heads = frozenset(district)  # heads that name a district before a place (مديرية لودر)
        # ruling houses by the last words of a name: (words, country, links of بن at least)
        self.houses: list[tuple[tuple[str, ...], str, int]] = []
        for row in load("houses.tsv", ("ending", "country")):
            try:
                links = int(row.get("links") or 1)
            except ValueError:
                raise ResourceError(row.path, f"links '{row.get('links')}' is not a number", row.line) from None
            self.houses.append((tuple(key(row["ending"]).replace("عبد ", "عبد").split()), _country(row), links))
        self.roles: dict[str, str] = {}
        group_roles = set()  # roles that name a group, never one person's title
        body_roles = set()
        verb_roles = set()
        sent_roles = set()
        listed_roles = set()  # the roles as written, without the forms their article came off
        for row in load("roles.tsv", ("role", "sector")):
            self.roles[key(row["role"])] = check_enum(row, "sector", SECTORS)
            listed_roles.add(key(row["role"]))
            bare = strip_article(key(row["role"]))
            if bare not in FUNCTION_WORDS:  # الإمام without its article is أمام, "in front of"
                self.roles.setdefault(bare, self.roles[key(row["role"])])
            if check_enum(row, "person", {"no"}):
                group_roles.update((key(row["role"]), bare))
            if check_enum(row, "body", {"yes"}):
                body_roles.update((key(row["role"]), bare))
            if check_enum(row, "verb", {"yes"}):
                verb_roles.add(key(row["role"]))
            if check_enum(row, "sent", {"yes"}):
                sent_roles.update((key(row["role"]), bare))
        self.group_roles = frozenset(group_roles)
        self.body_roles = frozenset(body_roles)  # roles whose holder takes the sector of the body named
        self.verb_roles = frozenset(verb_roles)  # one-word roles spelt like a verb (طالب "demanded")
        self.sent_roles = frozenset(sent_roles)  # roles of one sent to a place (مبعوث ... إلى سورية)
        self.role_max_words = max(len(r.split()) for r in self.roles)
        self.listed_roles: frozenset[str] = frozenset(listed_roles)
        # first words a role can start with (a dual or plural construct form drops its last letter)
        self.role_firsts = frozenset(r.split()[0] for r in self.roles)
        self._role_heads: dict[str, tuple] = {}
        self.groups: dict[str, tuple[str, bool]] = {}
        adjectives = set()  # group nouns that are adjectives too (المتطرف)
        adjacent = set()  # group nouns that name an actor only with the nationality right after (النظام)
        unplaced = set()  # groups of many states, never of the country where the event happens (الدول الكبرى)
        for row in load("groups.tsv", ("noun", "sector")):
            sector = check_enum(row, "sector", SECTORS)
            alone = check_enum(row, "alone", {"yes", "no", "next"})
            for form in (key(row["noun"]), strip_article(key(row["noun"]))):
                self.groups.setdefault(form, (sector, alone not in ("no", "next")))
                if alone == "next":
                    adjacent.add(form)
                if check_enum(row, "adjective", {"yes"}):
                    adjectives.add(form)
                if check_enum(row, "placed", {"yes", "no"}) == "no":
                    unplaced.add(form)
        self.group_adjectives = frozenset(adjectives)
        self.group_unplaced = frozenset(unplaced)
        self.group_adjacent = frozenset(adjacent)
        self.group_max_words = max(len(g.split()) for g in self.groups)
        self.group_firsts = frozenset(g.split()[0] for g in self.groups)
        self.instruments: dict[str, int] = {}
        for row in load("instruments.tsv", ("noun",)):
            for form in (key(row["noun"]), strip_article(key(row["noun"]))):
                self.instruments[form] = len(form.split())
        self.numbers = frozenset(key(r["word"]) for r in load("numbers.tsv", ("word",)))
        self.currencies = frozenset(strip_article(key(r["word"])) for r in load("currencies.tsv", ("word",)))
        self.first_names = frozenset(key(r["name"]) for r in load("first_names.tsv", ("name",)))
        rows = load("name_breaks.tsv", ("word", "kind"))
        kinds = {key(r["word"]): check_enum(r, "kind", {"relative", "time", "function", "apposition", "verb", "act"})
                 for r in rows}
        # words never a name on their own, as spelt (على "on"; علي is a name)
        self.function_words = frozenset(spelt(r["word"]) for r in rows if r["kind"] == "function")
        # words that no role phrase spans on its way to the name it describes (مقربون من الأسد)
        self.apposition_breaks = frozenset(w for w, kind in kinds.items() if kind == "apposition")
        # words of time (اليوم، الماضي، المقبل): after a month or a day they say which one
        self.time_words = frozenset(w for w, kind in kinds.items() if kind == "time")
        kinds = {w: kind for w, kind in kinds.items() if kind not in ("function", "apposition")}
        # words that end a person's name: relative pronouns and the verbs of two (السلطان, الماضي,
        # الجمعة and آل الشيخ are family names too)
        self.person_breaks = frozenset(w for w, kind in kinds.items() if kind in ("relative", "verb"))
        # words that end any other name: time words, weekdays and titles too
        self.name_breaks = frozenset(kinds) \
            | {key(r["name"]) for r in load("weekdays.tsv", ("name", "weekday"))} \
            | {c for c, (kind, _s) in self.person_cues.items() if kind == "title" and c.startswith("ال")}
        self.actors: dict[str, Actor] = {}
        self.actor_alternatives: dict[str, list[Actor]] = {}  # ambiguous names of several actors, in file order
        written: set[str] = set()
        bare_only: set[str] = set()
        via_article: set[str] = set()
        ambiguous: set[str] = set()
        sure: dict[str, list[str]] = {}
        rows = load("actors.tsv", ("name", "type", "country", "sector"))
        for row in rows:
            t = check_enum(row, "type", {"PER", "ORG"})
            country = row["country"]
            if not (len(country) == 3 and country.isupper()):
                raise ResourceError(row.path, f"country '{country}' is not alpha-3 or a pseudo-country", row.line)
            actor = Actor(row["name"], t, country, check_enum(row, "sector", SECTORS))
            names = [row["name"]] + [a for a in row.get("aliases").split("|") if a]
            unsure = {key(a) for a in row.get("ambiguous").split("|") if a}
            stray = unsure - {key(a) for a in names}
            if stray:
                raise ResourceError(row.path, f"ambiguous name(s) {', '.join(sorted(stray))} "
                                              f"are not the actor's name or aliases", row.line)
            for alias in names:
                k = key(alias)
                bare = " ".join([strip_article(k.split()[0])] + k.split()[1:])
                for form in {k, bare} if k in unsure else ():
                    if form in self.actors and self.actors[form].name != actor.name:
                        # an ambiguous name of two actors (قوات التحالف: the Arab coalition in Yemen, the
                        # international one against Daesh): each in turn, in the order of the file, where the
                        # article makes it sure
                        self.actor_alternatives.setdefault(form, [self.actors[form]]).append(actor)
                self.actors.setdefault(k, actor)
                written.add(k)
                self.actors.setdefault(bare, actor)
                if bare != k:
                    via_article.add(bare)
                    if " " not in bare:
                        bare_only.add(bare)
                if k in unsure:
                    ambiguous.update((k, bare))
                else:
                    sure.setdefault(actor.name, []).append(k)
            # words of the article that make its ambiguous names sure too (الحوثيين)
            sure.setdefault(actor.name, []).extend(key(w) for w in row.get("context").split("|") if w)
        # one-word names known only without their article (قاعده from القاعدة): the
        # word alone is a common noun ("base"), the name needs its article or a clitic
        self.actor_bare_only = frozenset(bare_only - written)
        # names that lose an article to be found: a name written without one (حماس,
        # مشرف) is not the same word with an article (الحماس "the zeal", المشرف "the supervisor")
        self.actor_via_article = frozenset(via_article)
        # names that are also common words or common names (فتح "opened", عرفات the
        # mountain, مشعل a given name): they name the actor only in an article that
        # also names it unambiguously (حركة فتح, ياسر عرفات, خالد مشعل)
        self.actor_ambiguous = frozenset(ambiguous)
        alternative = {x.name for xs in self.actor_alternatives.values() for x in xs}
        self._sure = {n: _ending_alternation(keys) for n, keys in sure.items()
                      if n in alternative or any(self.actors[k].name == n for k in ambiguous)}
        self.actor_max_words = max(len(k.split()) for k in self.actors)
        self.actor_first = frozenset(strip_article(k.split()[0]) for k in self.actors if " " in k)
        self.actor_words = frozenset(w for k in self.actors for w in k.split())
        # the inflections of one-word group nouns that the file does not list (جنديين, قوتين,
        # مواطنون): one group, whatever its case or number, unless the form is already a name,
        # a nationality, a role or another group
        from .models import word_frequencies
        seen = word_frequencies() or {}
        taken = set(self.groups) | set(self.roles) | set(self.actors) | set(self.nationality) \
            | set(self.nationality_acc) | self.first_names
        listed = list(self.groups.items())
        for form, value in listed:
            if " " not in form and not (form.endswith("ي") and (form[:-1] + "ين") in self.groups):
                # (not مسلحي, the construct of مسلحين)
                for inflected in group_inflections(form):
                    if inflected not in taken and seen.get(inflected, 0) >= 3:
                        self.groups[inflected] = value
                        taken.add(inflected)
        self.group_firsts = frozenset(g.split()[0] for g in self.groups)

    def unplaced(self, text: str) -> bool:
        """The text names a group of many states (groups.tsv, placed? no), whatever clitic it has."""
        ws = key(text).split()
        if not ws:
            return False
        firsts = (ws[0], ws[0][1:]) if ws[0][:1] in "ولب" else (ws[0],)
        return any(strip_article(f) + (" " if len(ws) > 1 else "") + " ".join(ws[1:]) in self.group_unplaced
                   for f in firsts)

    def house_of(self, name_words: list[str]) -> str | None:
        """The country of the ruling house a name (folded words) tells (houses.tsv)."""
        words = " ".join(name_words).replace("عبد ", "عبد").split()
        links = sum(1 for w in words if w in SON_OF)
        for ending, country, need in self.houses:
            if len(words) > len(ending) and tuple(words[-len(ending):]) == ending and links >= need:
                return country
        return None

    def actor(self, text: str) -> Actor | None:
        """The known actor a name (any form, with clitics) names, else None."""
        k = key(text)
        a = self.actors.get(k)
        if a is None and "عبد" in k:
            # "عبدالفتاح السيسي" is "عبد الفتاح السيسي": the servant's name written joined or apart
            a = self.actors.get(k.replace("عبد ال", "عبدال")) or self.actors.get(_ABD_JOINED.sub(r"عبد \1", k))
        if a is None:
            parts = k.split()
            if parts:
                bare = " ".join([strip_article(parts[0])] + parts[1:])
                if bare != k and bare in self.actor_via_article:
                    a = self.actors[bare]
        return a

    def is_ambiguous(self, text: str) -> bool:
        """Whether a name is one of the actors' ambiguous names (`ambiguous?` column)."""
        k = key(text)
        if k in self.actor_ambiguous:
            return True
        parts = k.split()
        return bool(parts) and " ".join([strip_article(parts[0])] + parts[1:]) in self.actor_ambiguous

    def actor_in(self, text: str, folded_article: str | Callable[[], str]) -> Actor | None:
        """The known actor a name names in an article whose folded words, space-joined,
        are `folded_article` (or what that function returns; called only when needed):
        as `actor`, except that an ambiguous name counts only when the article names
        the same actor by one of its other names too."""
        a = self.actor(text)
        if a is None or not self.is_ambiguous(text):
            return a
        k = key(text)
        parts = k.split()
        bare = " ".join([strip_article(parts[0])] + parts[1:]) if parts else k
        folded = None
        for cand in self.actor_alternatives.get(k) or self.actor_alternatives.get(bare) or [a]:
            sure = self._sure.get(cand.name)
            if sure is None:
                continue
            if folded is None:
                folded = folded_article if isinstance(folded_article, str) else folded_article()
            if sure.search(folded):
                return cand
        return None

    def title_alias(self, text: str, folded_article: str | Callable[[], str]) -> bool:
        """`text` (folded) is a listed person's other name that shares no word with their name: a
        title (خادم الحرمين الشريفين for the king), not a part of the name (البكري, خامنئي)."""
        actor = self.actor_in(text, folded_article)
        return actor is not None and actor.type == "PER" and not set(text.split()) & set(key(actor.name).split())

    def nationality_of(self, word: str) -> str | None:
        w = key(word)
        return self.nationality.get(w) or self.nationality.get(strip_article(w)) or self.nationality_acc.get(w)

    def nationality_at(self, words: list[str], i: int) -> tuple[str | None, int]:
        """(country, words read) of the nationality adjective at words[i] (folded), with the qualifier right
        after it that names another country (الكوري الشمالي, كورية شمالية: PRK, two words; nationalities.tsv
        `qualified`); (None, 0) for no nationality."""
        c = self.nationality_of(words[i])
        if not c:
            return None, 0
        other = self.nationality_qualified.get((c, strip_article(words[i + 1]))) if i + 1 < len(words) else None
        return (other, 2) if other else (c, 1)

    def cue_kind(self, word: str) -> str | None:
        """The kind of person-name cue a folded word is (title, kinship, particle ...), if any."""
        cue = self.person_cues.get(word)
        return cue[0] if cue else None

    def breaks_name(self, word: str, person: bool = False) -> bool:
        """Whether a folded word ends a name rather than continuing it (name_breaks.tsv):
        الذي, المقبل, الثلاثاء, الدكتور, with or without a proclitic; for a person's
        name (`person`), relative pronouns and the verbs of two only."""
        words = self.person_breaks if person else self.name_breaks
        return word in words or (len(word) > 4 and word[0] in "وفبل" and word[1:] in words)

    def is_count(self, word: str) -> bool:
        """A number, in digits or words (4, ثلاثة, عشرات)."""
        w = key(word)
        return w[:1].isdigit() or w in self.numbers or strip_article(w) in self.numbers \
            or (w[:1] in "وبل" and w[1:] in self.numbers)

    def is_currency(self, word: str) -> bool:
        """A currency's name (ريال, الدولار; currencies.tsv)."""
        return strip_article(key(word)) in self.currencies

    def adjective_of(self, word: str) -> str | None:
        """Country of a nationality adjective (الأميركية, أمريكيتين, عراقيا), as `nationality_of`,
        except an accusative that is also a place's name (سوريا is the country)."""
        w = key(word)
        return self.nationality.get(w) or self.nationality.get(strip_article(w)) \
            or self._people_accusatives().get(w)

    def people_of(self, word: str) -> str | None:
        """Country of a nationality word that names people (عراقيين, الأتراك), else None."""
        w = strip_article(key(word))
        if w in self.nationality_people:
            return self.nationality.get(w)
        return self._people_accusatives().get(w)

    def _people_accusatives(self) -> dict[str, str]:
        """Accusatives that name people ("قتل 13 عراقيا"), less those that are also a place's
        name (ليبيا, سوريا: the country, not its people); built on first use."""
        if self._people_acc is None:
            from .places import gazetteer
            by_key = gazetteer().by_key
            self._people_acc = {a: c for a, c in self.nationality_acc.items() if not by_key.get(a)}
        return self._people_acc

    def group_of(self, words: list[str]) -> tuple[int, str, bool] | None:
        """The longest group noun that `words` (folded) start with: (word count, sector, alone)."""
        if not words:
            return None
        first = strip_article(words[0])
        if first not in self.group_firsts and words[0] not in self.group_firsts:
            return None
        for n in range(min(self.group_max_words, len(words)), 0, -1):
            rest = words[1:n]
            for h in (words[0], first):
                hit = self.groups.get(" ".join([h] + rest))
                if hit:
                    return n, hit[0], hit[1]
        return None

    def instrument_at(self, words: list[str], i: int) -> int:
        """Start of a weapon or device phrase (instruments.tsv) that ends at words[i],
        or -1: "سيارة مفخخة" ending at مفخخة starts at سيارة."""
        for n in (3, 2, 1):
            if i - n + 1 < 0:
                continue
            phrase = words[i - n + 1:i + 1]
            for h in (phrase[0], strip_article(phrase[0])):
                if self.instruments.get(" ".join([h] + phrase[1:])) == n:
                    return i - n + 1
        return -1

    def _role_heads_of(self, w: str) -> tuple[tuple[str, ...], str, str | None]:
        """(the forms of `w` a role can start with, `w` without its article, its construct
        form or None); the first is empty for most words (the memo of `role_of`)."""
        first = strip_article(w)
        heads = [w] + ([first] if first not in FUNCTION_WORDS else [])
        # dual and sound plural construct forms: وزيري/وزيرا الدفاع -> وزير الدفاع; only in
        # construct, before a second word (مشيرا alone is "indicating", not المشير)
        construct = first[:-1] if len(first) > 3 and first[-1] in "اي" else None
        if construct:
            heads.append(construct)
        return tuple(h for h in heads if h in self.role_firsts), first, construct

    def org_head(self, text: str) -> tuple[str, str] | None:
        """(subtype, sector) of the organisation head `text` (folded words), with or without
        its article; None for no head."""
        return self.org_heads.get(text) or self.org_heads.get(strip_article(text))

    def title_words(self) -> frozenset[str]:
        """The words of roles and of known actors' names, without the article (الخارجية، العربية
        المتحدة): what a title may name between its role and the person (وزير خارجية النمسا)."""
        if self._title_words is None:
            self._title_words = frozenset(strip_article(w) for name in (*self.roles, *self.actors)
                                          for w in name.split())
        return self._title_words

    def role_of(self, words: list[str]) -> tuple[int, str] | None:
        """The longest role that `words` (folded) start with: (word count, sector)."""
        if not words:
            return None
        hit = self._role_heads.get(words[0])
        if hit is None:
            hit = remember(self._role_heads, words[0], self._role_heads_of(words[0]), 200_000)
        heads, first, construct = hit
        if not heads:
            return None
        for n in range(min(self.role_max_words, len(words)), 0, -1):
            rest = words[1:n]
            for h in heads:
                if h == construct and n == 1 and h != words[0] and h != first:
                    continue
                sec = self.roles.get(" ".join([h] + rest))
                if sec:
                    return n, sec
        return None


def group_inflections(noun: str) -> list[str]:
    """Case and number forms of a folded one-word group noun without its article: the
    dual (جنديان, جنديين) and the sound plural (انتحاريون, انتحاريين) of a singular; the
    other case of a sound plural (مواطنين -> مواطنون); the dual of a noun in ة, folded ه
    (قوتان). Not the indefinite accusative, which is an adjective as often (مؤتمرا صحافيا,
    كان مسؤولا عن), nor a plural in ات, which may be another word's (كتيبات are booklets,
    كتائب battalions). Candidates only: the caller keeps those the corpus has."""
    if len(noun) < 3 or noun.startswith("ال") or noun.endswith(("ا", "يي", "و", "ات")):
        return []
    if noun.endswith("ه"):
        stem = noun[:-1]
        return [stem + "تان", stem + "تين"]
    if len(noun) > 4 and noun.endswith(("ون", "ين")):
        return [noun[:-2] + "ون", noun[:-2] + "ين"]
    if len(noun) > 4 and noun.endswith("ان"):
        return []  # a dual, or a broken plural such as سكان
    return [noun + "ان", noun + "ين", noun + "ون"]


@lru_cache(maxsize=1)
def kb() -> KB:
    return KB()


def _ending_alternation(keys: list[str]) -> "re.Pattern[str]":
    """A pattern for any of the folded names, ending at a word's end (a proclitic may
    come before: لحركه فتح)."""
    alts = "|".join(re.escape(k) for k in sorted(set(keys), key=len, reverse=True))
    return re.compile(f"(?:{alts})(?![\u0621-\u064a])")
