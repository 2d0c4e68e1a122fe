"""Stage "actors": canonical names and actor codes for PER and ORG entities.

- `canonical`: one name shared by every mention of an entity. Known actors take
  their lexicon name (الوفاق -> حكومة الوفاق); a partial person name takes the
  fullest name in the article that ends with it (السراج -> فائز السراج); a role
  with a nationality standing alone (الوزير التركي) becomes a mention of the one
  person the article gave that role and country (خلوصي أكار).
- `role`, `country`, `sector` for people: from the role phrase in apposition
  before the name (وزير الدفاع التركي خلوصي أكار -> وزير الدفاع, TUR, GOV; المتحدث
  باسم المجلس الرئاسي لحكومة الوفاق ... غالب الزقلعي -> LBY, GOV) or after it,
  from "نظيره القطري" (the previous person's role, another country), from rank
  titles (اللواء -> MIL), and from the actors lexicon.
- for organisations: the actors lexicon, else the organisation head (وزارة ->
  GOV, قناة -> JRN) and a nationality adjective or country name in or right after
  the name (وزارة الدفاع الليبية -> LBY).
- a person or body of the state (settings [actors] home_sectors) whose country
  nothing tells takes the dateline's (الرياض - ... وزارة الداخلية -> SAU), or with no
  dateline, the country of the places the body names, when most are in one; failing both,
  a newspaper's or a site's own country (outlets.tsv) for its bodies and its officials of a
  ministry, a province or a department (a Riyadh daily's وزير التعليم عزام الدخيل -> SAU),
  when the body names no place of another country.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..article import Article
from ..kb import SON_OF, kb, key, strip_article
from ..lexicon import load
from ..models import word_frequencies
from ..outlets import find_outlet
from ..pipeline import stage
from ..places import dominant_country, gazetteer
from ..settings import Settings
from ..text.normalize import fold
from .entities import _trim_start, adjective_place_counts, plain_name

_STOP = {".", "!", "?", "؟", ":", "؛", ";"}
# the words that end a day told relative to publication (اليوم، أمس، مساء أمس: relative_dates.tsv)
_ASIDE_TIMES = frozenset(fold(r["expression"]).split()[-1] for r in load("relative_dates.tsv", ("expression", "unit"))
                         if r["unit"] == "day")
_PAUSES = frozenset({"،", ",", ".", ":", "؛", ";", "(", ")"})
_NOT_MANAGED = frozenset({"PTY", "REB", "OPP"})  # heads whose "management" is ambiguous (إدارة التنظيم)
_BOARD = (fold("مجلس"), fold("إدارة"))  # مجلس إدارة: a board, of the body named after it
_LOCATED = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP", "REB", "REL"})  # a body in a country is its
_COUNTERPART = tuple(fold(w) for w in ("نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظرائه", "نظراءه",
                                        "نظراؤه", "نظرائها", "نظراءها", "نظراؤها"))  # (folded, as the words they meet)
# role heads of a nominal mention (الوزير التركي), folded as the words they meet (رئيس -> رييس)
_NOMINAL_ROLES = tuple(fold(w) for w in ("وزير", "رئيس", "سفير", "مبعوث", "متحدث", "ناطق", "قائد", "أمير", "ملك",
                                         "محافظ"))


_NAME_MARKS = frozenset("«(\"“'")  # marks that set off a name


def _is_counterpart(word: str) -> bool:
    """نظيره, ونظيره, بنظيره, لنظيرته ...: "his counterpart"."""
    for cut in range(0, 3):
        if word[cut:].startswith(_COUNTERPART):
            return all(c in "وفبل" for c in word[:cut])
    return False


def _token_index(starts: list[int], pos: int) -> int:
    i = bisect_left(starts, pos)
    return i if i < len(starts) and starts[i] == pos else max(0, i - 1) if i and starts[i - 1] <= pos else i


class ActorCoder:
    def __init__(self) -> None:
        self.kb = kb()
        self.gaz = gazetteer()
        # the folded words of the article being coded, for KB.actor_in (set per article)
        self.folded = ""

    # -- countries and orgs inside a stretch of words ------------------------
    def place_country(self, words: list[str]) -> str | None:
        """The country of the place the words name, as the gazetteer first reads it (or their
        last word: جمهورية الشيشان -> الشيشان), None for no known place."""
        for name in (words, words[-1:]) if len(words) > 1 else (words,):
            if not name:
                continue
            places = self._places_named(name)
            if places:
                return places[0].country
        return None

    def _places_named(self, name: list[str]) -> list:
        """The gazetteer's places of a name, its first word's article off; or as written when a
        proclitic and article read into it name nothing (كاليفورنيا is no "like the" يفورنيا,
        بالتيمور no "with the" تيمور)."""
        bare = strip_article(name[0])
        places = self.gaz.lookup(" ".join([bare] + name[1:]), article=bare != name[0])
        if not places and bare != name[0] and not name[0].startswith("ال") \
                and (name[0].startswith("لل") or " ".join(name) in self.gaz.by_key):
            places = self.gaz.lookup(" ".join(name))  # (the words come folded: a key as they stand, or
            # ل before a name whose first letter is ل: للبنان)
        return places

    def seat_country(self, words: list[str]) -> str | None:
        """The country of the region or town that a title or a body names right after its
        head (محافظ البصرة، شرطة دبي، أمير منطقة الرياض، حكومة إقليم كردستان): the place the
        words begin with, or that follows up to two kinds of place (place_cues.tsv "seat"), as the
        gazetteer first reads it."""
        if words and words[0] in _POSTED:
            words = words[1:]  # "رئيس البرلمان في جمهورية الشيشان": the place after "in"
        for at in range(min(3, len(words))):
            for m in (2, 1):
                name = words[at:at + m]
                if len(name) < m:
                    continue
                if len(strip_article(name[0])) < 3:
                    return None  # "رئيس الـ«بي بي سي»", "للقاضي أن": no name of a place
                places = self._places_named(name)
                if places:
                    return places[0].country
            if strip_article(words[at]) not in self.gaz.seat_heads:
                break
        return None

    def country_in(self, words: list[str]) -> str | None:
        """The first country a stretch of words names (adjective, actor or country)."""
        n = len(words)
        i = 0
        while i < n:
            w = words[i]
            c = self.kb.nationality_at(words, i)[0]
            if c:
                return c
            for m in range(min(self.kb.actor_max_words, n - i), 0, -1):
                name = " ".join(words[i:i + m])
                a = self.kb.actor_in(name, self.folded)
                if a is None and (m > 1 or len(w) > 4) and w[:1] in "لب" and w[1:2] != "ل" and len(w) > 3:
                    # behind ل or ب, with no article to fold into it: "الأمين العام لحلف شمال الأطلسي", "نائب
                    # رئيس المكتب السياسي لحماس"
                    a = self.kb.actor_in(" ".join([w[1:]] + words[i + 1:i + m]), self.folded)
                if a and (m > 1 or len(strip_article(words[i])) > 2):
                    return a.country
            for m in (2, 1):
                # a country's name, with a proclitic or not (والسعودية); but with the article
                # only if it has one (المالي, "financial", is not مالي)
                places = self._places_named(words[i:i + m])
                if places and places[0].kind == "country" and not (
                        i + m < n and self.gaz.not_a_place_before(" ".join(words[i:i + m]), fold(words[i + m]))):
                    # (not "اتحاد أميركا الجنوبية": a continent)
                    return places[0].country
            i += 1
        return None

    def body_sector(self, role: list[str], after: list[str], sector: str) -> str:
        """The sector of a role's holder: the role's own, or for a role of the body it
        names (kb.body_roles: الأمين العام، المتحدث باسم، رئيس) the sector of the listed body
        that the words right after it begin with (للأمم المتحدة: GOV; حركة حماس: REB), else
        of the organisation head they begin with (شركة: BUS)."""
        if " ".join(role) not in self.kb.body_roles or not after:
            return sector
        # the body's name, and behind its preposition (المتحدث الإعلامي لوزارة الصحة، بشرطة منطقة مكة)
        bare = [after[0][1:]] + after[1:] if after[0][:1] in "بل" and len(after[0]) > 3 else None
        for named in (after, bare) if bare else (after,):
            for m in range(min(self.kb.actor_max_words, len(named)), 0, -1):
                a = self.kb.actor_in(" ".join(named[:m]), self.folded)
                if a and a.type == "ORG" and a.sector and (m > 1 or len(strip_article(named[0])) > 2):
                    return a.sector
        # else the head of the body it names (رئيس شركة: BUS, رئيس نادي: SOC, رئيس جامعة: EDU),
        # past a board (رئيس مجلس إدارة شركة)
        at = 2 if len(after) > 2 and after[0] == _BOARD[0] and strip_article(after[1]) == _BOARD[1] else 0
        head = self.body_head(after[at:])
        return head[1] if head and head[1] else sector

    def body_head(self, after: list[str]) -> tuple[str, str] | None:
        """(subtype, sector) of the organisation head the words after a role begin with, of two words
        or one, behind ب or ل or not (للوكالة الدولية: IGO; لشركة: BUS)."""
        if not after:
            return None
        first = after[0][1:] if after[0][:1] in "بل" and len(after[0]) > 3 else None
        for w in (after[0], first) if first else (after[0],):
            head = (self.kb.org_head(f"{w} {after[1]}") if len(after) > 1 else None) or self.kb.org_head(w)
            if head:
                return head
        return None

    def role_country(self, role: list[str], after: list[str]) -> str | None:
        """The country a role's title names after it (وزير الدفاع التركي: TUR), or for a role of the body
        it names, an international body's (رئيس الوكالة الدولية للطاقة الذرية: IGO)."""
        country = self.country_in(after) if after else None
        if country is None and " ".join(role) in self.kb.body_roles and (self.body_head(after) or ("",))[0] == "IGO":
            return "IGO"
        return country

    def role_before(self, words: list[str], i: int, person_tokens: set[int]) -> tuple[int, int, str, str | None] | None:
        """(start, end, sector, country) of a role phrase in apposition before token i.
        The search stops at sentence punctuation and at another person's name; a name in quotation marks
        is titled as one without (العقيد "عائض البقمي")."""
        name_at = i
        if i > 1 and words[i - 1] in _OPENING_QUOTES:
            i -= 1
        lo = max(0, i - 14)
        for j in range(i - 1, lo - 1, -1):
            w = words[j]
            if w == "الي" and any(strip_article(v) in self.kb.sent_roles for v in words[max(lo, j - 6):j]):
                continue  # "المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا": where the envoy is sent
            if w in _STOP or j in person_tokens or w in self.kb.apposition_breaks:
                return None
            hit = self.kb.role_of(words[j:i])
            if hit is None and _behind_proclitic_role(self.kb, words[j]):
                # a role in construct behind a proclitic: "ممثلة بوزير الصحة المهندس خالد الفالح",
                # "ووزير الداخلية الشيخ محمد الصباح"
                hit = self.kb.role_of([words[j][1:]] + words[j + 1:i])
                if hit is not None and " ".join([words[j][1:]] + words[j + 1:j + hit[0]]) in self.kb.group_roles:
                    hit = None  # "الناطق الإعلامي بشرطة منطقة مكة": the body the role before it speaks for
            if hit is None:
                continue
            n, sector = hit
            if n == 1 and self.kb.cue_kind(words[j]) == "title":
                continue  # "الأستاذ عادل الجبير": an honorific, the role is further back (وزير الخارجية)
            if n == 1 and j + 1 == i and (words[j] in self.kb.verb_roles or (
                    words[j][:1] in "وف" and words[j][1:] in self.kb.verb_roles)) \
                    and (j == 0 or words[j][:1] in "وف" or not words[j - 1][:1].isalpha()):
                return None  # "وطالب محمد الأحمد الحكومة": the verb "demanded" and its subject, no student
            # a longer role may start a word or two earlier: وكيل وزير الدفاع
            for jj in range(j - 1, max(lo, j - 3) - 1, -1):
                if jj in person_tokens:
                    break
                longer = self.kb.role_of(words[jj:i])
                if longer and jj + longer[0] >= j + n:
                    j, (n, sector) = jj, longer
            if " ".join(words[j:j + n]) in self.kb.group_roles:
                if j > lo and self.kb.org_head(words[j - 1]) and all(
                        self.kb.nationality_of(v) or self.kb.cue_kind(v) for v in words[j + n:i]):
                    continue  # "رئيس حزب القوات اللبنانية سمير جعجع": a force in the name of a body right before
                    # the name; the title is further back
                return None  # "وقتل الجيش الإسرائيلي الشاب محمد علاونة": the army is no title of his
            if j > 0 and j - 1 in person_tokens and _joined_name(self.kb, words[i]):
                return None  # "الكسندر نوفاك وزير الطاقة الروسي وعبدالله البدري": a title after one name
                # is not the next one's, joined to it by و
            between = words[j + n:i]
            if _quotation_opened(self.kb, between) and _quotation_opened(self.kb, words[j + n:name_at]):
                return None  # "في بيان صحفي "قبل ايام استقبل خادم الحرمين الشريفين": a quotation opened between
                # the role and the name; the role is outside it, no title (but "المتحدث باسم "التحالف" العميد"; a
                # straight mark right before the name may close a body's name: رئيس حزب "العدالة والتنمية" أحمد)
            if j > 1 and words[j - 1] in ("،", ",") and j - 2 in person_tokens and ("،" in between or "," in between):
                # "خلوصي أكار، وزير الدفاع التركي، بالسراج": set off by commas, the role is the
                # name's before it (but "العمري، وزير الإسكان الجديد ماجد الحقيل": the next one's)
                return None
            if sum(w in ("،", ",") for w in between) >= 2 and any(
                    w in _ASIDE_TIMES or w in self.kb.time_words for w in between):
                # "استقبل الأمير محمد بن سلمان ... وزير الدفاع في قصر السلام بجدة، مساء أمس، اللواء ركن
                # حمد بن علي العطية": a role before an aside of time is another's, the one who acts
                return None
            if any(w in _ASIDE_TIMES for w in between) and any(
                    p in person_tokens and not any(w in _STOP for w in words[p:j]) for p in range(max(0, j - 8), j)):
                # "استقبل الشيخ محمد بن زايد ولي عهد أبو ظبي نائب القائد الأعلى للقوات المسلحة في أبوظبي
                # أمس الأول عادل الجبير": the titles chained after one name, and a time after them,
                # are his, not the next one's
                return None
            if "الي" in between and (" ".join(words[j:j + n]) in self.kb.sent_roles
                                      or strip_article(words[j]) in self.kb.sent_roles):
                between = between[:between.index("الي")]  # (where an envoy is sent is not his country)
            return j, j + n, self.body_sector(words[j:j + n], between, sector), self.role_country(words[j:j + n], between)
        return None

    def role_after(self, words: list[str], j: int, person_tokens: frozenset[int] | set[int] = frozenset()
                   ) -> tuple[int, int, str, str | None] | None:
        """(start, end, sector, country) of a role phrase right after the name, set off by a
        comma: "أكار، وزير الدفاع التركي";
        not one that titles the next person named (استقبل الملك سلمان وزير الخارجية الأمريكي
        جون كيري)."""
        if j < len(words) and words[j] in ("،", ","):
            j += 1
        if j < len(words) and _conjoined_role(self.kb, words[j]):
            return None  # "بين كيري ونائب وزير الخارجية": a role joined by و is another's
        hit = self.kb.role_of(words[j:j + self.kb.role_max_words])
        if not hit:
            return None
        n, sector = hit
        end = j + n
        k = end
        while k < len(words) and k < end + 8 and words[k] not in ("،", ",") and words[k] not in _STOP \
                and words[k] not in self.kb.apposition_breaks and words[k] not in _ASIDE_TIMES:
            # (not "رئيس الاتحاد الدولي إلى مدينة ... الروسية", nor past the day of the act: "أمير المنطقة
            # الشرقية أمس السفير الكوري")
            if k in person_tokens:
                if _joined_name(self.kb, words[k]):
                    break  # "الكسندر نوفاك وزير الطاقة الروسي وعبدالله البدري": the next one named is
                    # joined by و, the title is the one named before it
                return None
            k += 1
        return j, end, self.body_sector(words[j:end], words[end:k], sector), self.role_country(words[j:end], words[end:k])


_OPENING_QUOTES = frozenset({'"', "«", "“", "'"})


def _quotation_opened(k, words: list[str]) -> bool:
    """A quotation opens among `words` (between a role and a name) and does not close there,
    other than one that opens on the name's honorifics (رئيس المجلس البلدي "المهندس محمد المخرج")."""
    opened = None  # where the quotation still open began
    for x, w in enumerate(words):
        if w in ('"', "“", "”"):
            opened = None if opened is not None else x  # (a straight or curly mark opens and closes alike)
        elif w == "«":
            opened = x
        elif w == "»":
            opened = None
    return opened is not None and not all(k.cue_kind(w) == "title" for w in words[opened + 1:])


_POSTED = frozenset(fold(w) for w in ("لدى", "في", "ب", "على", "إلى", "العام", "الخاص", "السابق", "الجديد",
                                      # the host country named by a common noun (سفير كوريا لدى المملكة)
                                      "المملكة", "البلاد", "الدولة"))
# the beginnings of the words that go on a body's name after the tagger's span of it: its
# genitives and adjectives (مركز الملك سلمان للإغاثة والأعمال الإنسانية)
_NAME_GOES_ON = ("لل", "وال", "ال")


def _described_nationality(k, words: list[str], i: int) -> str | None:
    """The country of the nationality that describes a person named at words[i] with a noun of
    a private person (person_nouns.tsv: الطفل الفلسطيني علي دوابشة، المواطن السعودي محمد الغامدي);
    not that of a body acting on him (اعتقلت الشرطة البريطانية أنجم شوداري) or of a thing
    (الفساد الإيراني المالكي)."""
    if i < 2 or not (words[i - 1].startswith("ال") and words[i - 2].startswith("ال")):
        return None
    country = k.nationality_of(words[i - 1])
    return country if country is not None and strip_article(words[i - 2]) in _person_nouns() else None


def _stated_nationality(k, words: list[str], j: int) -> str | None:
    """The country of a nationality stated right after a name ending before words[j], with الجنسية
    (شاه فيصل عظيم شاه "باكستاني الجنسية"، مصطفى عثمان (سوداني الجنسية)، من الجنسية اليمنية); None
    when none is."""
    for m in range(j, min(len(words) - 1, j + 5)):  # (past the rest of a name the tagger cut: "عظيم شاه")
        if words[m] in (".", "؛", ";", ":") or (m > j and words[m] in ("،", ",")) or words[m] in _NOT_IN_NAME:
            return None  # (not past another clause: "روى الدباشي أن شخصا تونسي الجنسية")
        if m + 2 < len(words) and words[m] == "من" and words[m + 1] == _NATIONALITY_WORD:
            return k.nationality_of(words[m + 2])
        if words[m + 1] == _NATIONALITY_WORD:
            return k.nationality_of(words[m])
    return None


_NATIONALITY_WORD = fold("الجنسية")
_NOT_IN_NAME = frozenset(fold(w) for w in ("أن", "إن", "أنه", "إنه", "شخصا", "شخص", "رجلا", "امرأة", "وهو", "وهي"))


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """resources/person_nouns.tsv: nouns that describe a private person (الطفل، المواطن)."""
    return frozenset(key(r["noun"]) for r in load("person_nouns.tsv", ("noun",)))


def _one_title(k, words: list[str], a: int, b: int, named: set[int]) -> bool:
    """The words words[a:b] between a role and the name after it are one title's (سفير المملكة
    العربية السعودية لدى الأردن): at most seven, each a word of a place or a body named (`named`,
    their tokens), of where one is posted (لدى، في), a nationality or an honorific (السفير الدكتور);
    not a list or a clause of their own (، وعادل الجبير; وقلده), nor words that describe another
    (زعيم حزب معارض مؤيد للأكراد اردوغان: the leader is not Erdogan)."""
    vocab = k.title_words()
    # a place or a body named counts as one word, with the words that go on its name (المشرف العام
    # على مركز الملك سلمان للإغاثة والأعمال الإنسانية الدكتور: the centre is one)
    units = 0
    body = False  # inside a body's name, or on the words that go on it
    for x in range(a, b):
        w = words[x]
        if w in ('"', "«", "“") and x >= b - 2:
            continue  # (a name in quotation marks: المتحدث الرسمي لمديرية الدفاع المدني "العقيد محمد العاصمي")
        if x in named or (body and w.startswith(_NAME_GOES_ON)):
            units += not body
            body = True
            continue
        body = False
        units += 1
        if not (w in _POSTED or k.nationality_of(w) or k.cue_kind(w) == "title" or strip_article(w) in vocab
                or (w[:1] in "بل" and strip_article(w[1:]) in vocab)):
            return False
    return units <= 7


def _body_named_before(k, ents: list[dict], words: list[str], starts: list[int], rs: int, re_: int,
                       before: int) -> dict | None:
    """The organisation with a country named earlier in the article whose head, with the article and
    set off by a comma, is all a role of its body names (رئيس اللجنة، بيتر ماورير: اللجنة الدولية
    للصليب الأحمر named before)."""
    if re_ + 1 >= len(words) or " ".join(words[rs:re_]) not in k.body_roles:
        return None
    head = words[re_]
    if not head.startswith("ال") or k.org_head(head) is None or words[re_ + 1] not in ("،", ","):
        return None
    for e in reversed(ents):
        if e["start"] < starts[rs] and e["start"] < before and e["type"] == "ORG" and e.get("country") \
                and key(e["text"]).split()[0] == head:
            return e
    return None


def _behind_proclitic_role(k, w: str) -> bool:
    """`w` is a role's first word behind و, ف, ب or ل, in construct (ووزير، بوزير، لرئيس; not وزير
    itself)."""
    return w[:1] in "وفبل" and len(w) > 3 and w not in k.role_firsts and w[1:] in k.role_firsts


def _joined_name(k, w: str) -> bool:
    """`w`, a name's first word, carries the conjunction و (وعبدالله; not وليد or وائل, names of
    their own)."""
    return len(w) > 3 and w[:1] == "و" and w not in k.first_names and w[1:] in k.first_names


def _conjoined_role(k, w: str) -> bool:
    """`w` is a role's first word behind و or ف (ووزير، ونائب; not وزير itself)."""
    return w[:1] in "وف" and _behind_proclitic_role(k, w)


def _role_text(text: str, toks, a: int, b: int) -> str:
    """The role words toks[a:b] as the article writes them (رئيس, not its folded رييس), less
    a conjunction or preposition before them (والرئيس, للرئيس: الرئيس), on one line."""
    role = " ".join(text[_trim_start(toks[a]):toks[b - 1].end].split())
    return "ال" + role[2:] if role.startswith("لل") and len(role) > 4 else role


@stage("actors", needs=("entities", "tokens"), sets=("entities",))
def make_actors(settings: Settings):
    """Canonical names, roles, countries and PLOVER sectors of people and organisations."""
    coder = ActorCoder()
    k = coder.kb
    home_sectors = frozenset(settings.get("actors", "home_sectors", []) or [])

    def actors(article: Article) -> Article:
        toks = article.tokens
        starts = [t.start for t in toks]
        words = [t.norm for t in toks]
        ents = article.entities
        folded = coder.folded = " ".join(words)
        last_person: dict | None = None
        _retype_surnames(ents, k, folded)
        person_tokens: set[int] = set()
        place_at = {e["start"]: e for e in ents if e["type"] == "LOC"}  # (where a place's name starts)
        named_tokens: set[int] = set()  # of places and bodies
        for ent in ents:
            span = range(_token_index(starts, ent["start"]), bisect_left(starts, ent["end"]))
            titled = ent["type"] == "PER" and k.title_alias(key(ent["text"]), folded)
            # (a listed person's title, خادم الحرمين الشريفين, inside a role names a state, as a
            # body does: سفير خادم الحرمين الشريفين لدى اليمن محمد آل جابر is the Saudi ambassador)
            (person_tokens if ent["type"] == "PER" and not titled else named_tokens).update(span)
        for ent in ents:
            ent["canonical"] = plain_name(ent["text"], ent["type"])
            i = _token_index(starts, ent["start"])
            j = bisect_left(starts, ent["end"])
            name_words = key(ent["canonical"]).split()
            actor = k.actor_in(ent["canonical"], folded)
            if ent["type"] == "PER":
                cp = [x for x in range(max(0, i - 4), i) if _is_counterpart(words[x])]
                counterpart = bool(cp)
                role = None if counterpart else coder.role_before(words, i, person_tokens)
                if role is not None and not role[3] and _conjoined_role(k, words[role[0]]):
                    # "نائب رئيس مجلس الوزراء الكويتي ووزير الداخلية الشيخ محمد الصباح", "إمام وخطيب
                    # المسجد الحرام": the second title of a chain; the first one tells the country
                    head = coder.role_before(words, role[0], person_tokens)
                    if head is not None and (head[3] or head[2] == role[2]):
                        role = (head[0], role[1], head[2], head[3])
                elif role is not None and not role[3] and role[0] > 0:
                    # "نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح": titles chained with no و,
                    # the first of the same sector tells the country the second does not
                    head = coder.role_before(words, role[0], person_tokens)
                    if head is not None and head[3] and head[2] == role[2] \
                            and _one_title(k, words, head[1], role[0], named_tokens):
                        role = (head[0], role[1], role[2], head[3])
                    elif head is not None and head[2] == role[2] and head[2] in _LOCATED and head[1] < role[0] \
                            and all(x in named_tokens for x in range(head[1], role[0])) \
                            and (seat := coder.seat_country(words[head[1]:role[0]])):
                        # "أمين منطقة الجوف رئيس اللجنة المحلية للانتخابات البلدية المهندس عجب
                        # القحطاني": the first title, of a region, tells the country
                        role = (head[0], role[1], role[2], seat)
                if role is None and i > 0 and not counterpart:
                    # a title of its sector right before the name: اللواء, آية الله, اللواء الركن
                    at = i - 1 if i > 1 and words[i - 1] in _OPENING_QUOTES else i  # (العقيد "عائض البقمي")
                    at = at - 1 if k.cue_kind(words[at - 1]) == "qualifier" else at
                    for n in (2, 1) if at > 1 else (1,) if at > 0 else ():
                        cue = k.person_cues.get(" ".join(words[at - n:at]))
                        if cue and cue[1]:
                            role = (at - n, i - 1 if words[i - 1] in _OPENING_QUOTES else i, cue[1], None)
                            break
                if role is None and not (counterpart and last_person is not None):
                    role = coder.role_after(words, j, person_tokens)
                if role is not None:
                    rs, re_, ent["sector"], ent["country"] = role
                    if not ent["country"] and ent["sector"] in _LOCATED and re_ < len(words):
                        # "محافظ البصرة ماجد النصراوي": an official of a region, of its country
                        ent["country"] = coder.seat_country(words[re_:i] if rs < i else words[re_:re_ + 3])
                    body = _body_named_before(k, ents, words, starts, rs, re_, ent["start"])
                    if body is not None:
                        # "رئيس اللجنة، بيتر ماورير": the body the role names by its head alone is the
                        # one the article named in full before (اللجنة الدولية للصليب الأحمر)
                        ent["country"], ent["sector"] = body["country"], body["sector"] or ent["sector"]
                    if not ent["country"] and rs < i:
                        # "الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان": a title of no country
                        # before the name, the role after it tells the country
                        after = coder.role_after(words, j, person_tokens)
                        if after is not None:
                            ent["country"] = after[3] or (coder.seat_country(words[after[1]:after[1] + 4])
                                                          if after[2] in _LOCATED else None)
                    ent["role"] = _role_text(article.text, toks, rs, re_)
                    if rs >= j:
                        ext = re_  # (the body a title after the name heads: "اسحق هرتزوغ زعيم المعارضة الاسرائيلية")
                        while ext < min(len(words), re_ + 3) and (k.group_of([words[ext]]) or k.org_head(words[ext])
                                                                 or (ext > re_ and words[ext].startswith("ال")
                                                                     and k.nationality_of(words[ext]))):
                            ext += 1
                        if ext > re_:
                            # the title's words name no party of their own (extra["titles_after"], as below)
                            article.extra.setdefault("titles_after", {}).setdefault(
                                ent["id"], (toks[rs].start, toks[ext - 1].end))
                    if rs < i and _one_title(k, words, re_, i, named_tokens):
                        # the title before the name, whatever it names on the way (سفير المملكة
                        # العربية السعودية لدى الأردن سامي الصالح): the person's, no party of its own
                        # (extra["titles"]: entity id -> where its title starts and the name does; the
                        # events stage passes over those words when it reads an event's parties)
                        article.extra.setdefault("titles", {})[ent["id"]] = (toks[rs].start, ent["start"])
                elif counterpart and last_person is not None:
                    ent["role"] = last_person.get("role")
                    ent["sector"] = last_person.get("sector")
                    # "نظيريه الأميركي كيري والسعودي الجبير": each counterpart's own adjective, after
                    # the one named before him
                    after = max((x + 1 for x in range(cp[-1] + 1, i) if x in person_tokens), default=cp[-1] + 1)
                    ent["country"] = coder.country_in(words[after:i]) or coder.country_in(words[cp[-1] + 1:i])
                if actor:
                    # a known person's country is theirs, whatever role phrase stands near the name
                    ent["country"] = actor.country or ent["country"]
                    ent["sector"] = ent["sector"] or actor.sector
                elif not ent["country"]:
                    # "فيصل بن سلمان بن عبدالعزيز": a known father's (a ruling house's) country
                    ent["country"] = _father_country(k, name_words, folded) or (
                        _described_nationality(k, words, i) if role is None and not counterpart
                        and not named_tokens.intersection((i - 1, i - 2)) else None) or _stated_nationality(k, words, j)
                if ent["country"] and any(toks[x].start in place_at for x in range(j, min(len(toks), j + 8))) \
                        and (after := role if role is not None and role[0] >= j else coder.role_after(words, j, person_tokens)) \
                        and after[3] == ent["country"] \
                        and (place := next((place_at[toks[x].start] for x in range(after[1], min(len(toks), after[1] + 3))
                                            if toks[x].start in place_at), None)) is not None:
                    # (a place within eight words after the name first: a title of up to four words, past a comma,
                    # and the place in its next three)
                    # "الدكتور شوقي علام مفتي مصر": the country in a title after the name is the person's, no party
                    # of its own (extra["titles_after"]: entity id -> where that title starts and ends)
                    article.extra.setdefault("titles_after", {})[ent["id"]] = (toks[after[0]].start, place["end"])
                last_person = ent
            elif ent["type"] == "ORG":
                if actor is None and len(name_words) > 1 and (
                        name_words[0] in k.org_heads or strip_article(name_words[0]) in k.org_heads):
                    # "منظمة «بي كا كا»", "حركة «حماس»": a head before a listed organisation's name
                    named = k.actor_in(" ".join(ent["canonical"].split()[1:]), folded)
                    actor = named if named is not None and named.type == "ORG" else None
                outlet = None if actor else find_outlet(ent["canonical"])
                if actor:
                    ent["country"], ent["sector"] = actor.country, actor.sector
                    ent["canonical"] = actor.name
                elif outlet is not None:
                    # "وكالة فرانس برس", "(واس)": a listed outlet, of its home country
                    ent["country"], ent["sector"] = outlet.country, "JRN"
                else:
                    group = k.group_of(name_words)
                    if group is not None and (group[0] >= 2 or (group[0] == len(name_words) and group[2] and not (
                            article.text[max(0, ent["start"] - 1):ent["start"] + 1].strip()[:1] in _NAME_MARKS))):
                        # "قوات الأمن الباكستانية": security forces, COP; a group noun alone taken for a
                        # name ("تظاهر العمال"): workers, LAB (but "«العمال»", "(العمال)": a party's name)
                        ent["sector"] = group[1]
                    else:
                        ent["sector"] = _head_sector(k, name_words) or ent["sector"]
                    igo = ent.get("subtype") == "IGO"  # (not "دعا مجلس التعاون إيران": whom it called)
                    ent["country"] = coder.country_in(name_words[1:] + ([] if igo else words[j:j + 1])) or (
                        # "وزارة المالية في البحرين", "جماعة الشريعة في بلجيكا": the country a body of
                        # the state or a party is in (not a company's or a charity's branch there)
                        coder.country_in(words[j + 1:j + 3]) if j + 1 < len(words) and words[j] == "في"
                        and ent.get("sector") in _LOCATED else None) or (
                        # "شرطة دبي", "حكومة إقليم كردستان": a body of a region, of its country
                        coder.seat_country(name_words[1:]) if ent.get("sector") in _LOCATED
                        and i + 1 not in person_tokens else None)  # (not "حكومة أشرف غني": a man's)
                    if ent["country"] is None and igo:
                        ent["country"] = "IGO"  # "الوكالة الدولية للطاقة الذرية": a body of states (org_heads.tsv)
                    elif ent["country"] is None and len(name_words) == 1 and k.people_of(name_words[0]):
                        ent["country"] = k.people_of(name_words[0])  # "الأكراد" read as a body: the Kurds
            elif ent["type"] == "MISC" and ent.get("subtype") == "NORP":
                ent["country"] = k.nationality_of(name_words[0])
        people = sorted((e for e in ents if e["type"] == "PER"), key=lambda e: e["start"])
        for title, name in zip(people, people[1:]):
            gap = key(article.text[title["end"]:name["start"]]).split()
            if (not gap or len(gap) == 1 and (k.role_of(gap) or (0,))[0] == 1) \
                    and k.title_alias(key(title["canonical"]), folded):
                # "في عهد خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز": a title right before a
                # name, or before his rank and name, is that person's, whoever holds it today
                title["canonical"] = name["canonical"]
        _join_person_names(ents, k, folded)
        _glossed_bodies(k, ents, article.text)
        _nominal_mentions(article, ents, words, starts, coder)
        counts = _body_place_counts(article, ents, coder) if home_sectors else {}
        home = _home(article, counts) if home_sectors else None
        if home and home_sectors:
            _home_country(ents, words, starts, coder, home, home_sectors)
        paper = _paper_home(article, counts) if home_sectors and not home else None
        if paper:
            # (a paper's own country: its bodies and its officials of a ministry, a province or a region
            # (وزير التعليم الدكتور عزام الدخيل), not whoever heads something abroad (رئيس الفيفا بلاتر))
            _home_country([e for e in ents if (e["type"] == "ORG" and not _WORLDWIDE.intersection(fold(e["text"]).split()))
                           or _local_office(e.get("role"))], words, starts, coder, paper, home_sectors)
        return article

    return actors


def _glossed_bodies(k, ents: list[dict], text: str) -> None:
    """A body glossed in brackets right after its name (and its adjective) by another of the same
    country: "مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي)" is American, as the paper's home is not,
    and "بنك الاحتياطي الأسترالي (البنك المركزي)" the Australian central bank."""
    orgs = sorted((e for e in ents if e["type"] == "ORG"), key=lambda e: e["start"])
    for body, gloss in zip(orgs, orgs[1:]):
        between = text[body["end"]:gloss["start"]].split()
        if not between or between[-1] != "(" or text[gloss["end"]:gloss["end"] + 2].strip()[:1] != ")" \
                or not all(k.nationality_of(fold(w)) for w in between[:-1]) or len(between) > 2:
            continue
        if body["country"] is None and gloss["country"]:
            body["country"] = gloss["country"]
        elif gloss["country"] is None and body["country"]:
            gloss["country"] = body["country"]


def _head_sector(k, name_words: list[str]) -> str | None:
    """The sector of an organisation named by its head (its first word, two or three): the head's
    own, or for the management of a body (org_heads.tsv `of body?`: إدارة المستشفى) that body's
    head's (not a movement's or a party's: إدارة الحركة المرورية is traffic's)."""
    for n in (3, 2, 1):
        hit = k.org_head(" ".join(name_words[:n]))
        if hit:
            if n == 1 and len(name_words) > 1 and strip_article(name_words[0]) in k.body_heads:
                inner = k.org_head(name_words[1])
                if inner and inner[1] not in _NOT_MANAGED:
                    return inner[1]
            return hit[1]
    return None


def _home(article: Article, counts: dict[str, int]) -> str | None:
    """The country a person or body of the state no word places is of: the dateline's,
    unless the body never names a place of it and names places of another (a Jeddah paper's
    story of Chechnya: Russia's); with no dateline, that other country. The places the
    body names (`counts`, `_body_place_counts`) count when at least two are and most of them are
    in one country."""
    dateline = (article.dateline or {}).get("country")
    if dateline and dateline in counts:
        return dateline
    return dominant_country(counts) or dateline


def _paper_home(article: Article, counts: dict[str, int]) -> str | None:
    """With no dateline and no country the body's places give, the country of the newspaper or site it
    was published by (outlets.tsv), when the body names no place of another; not an agency's, which
    files from anywhere."""
    outlet = find_outlet(article.outlet) if article.outlet and not (article.dateline or {}).get("country") else None
    if outlet is None or outlet.kind not in ("newspaper", "site") or not outlet.country:
        return None
    return outlet.country if set(counts) <= {outlet.country} else None


def _body_place_counts(article: Article, ents: list[dict], coder: ActorCoder) -> dict[str, int]:
    """How many places of each country the body names past the dateline; a place's country is the
    gazetteer's first reading of the entity's own words (جدة in وجدة): the places stage has not run yet.
    A country's name read as an adjective (الأسهم السعودية) counts as one of its places: the story is
    as much of it."""
    body = article.extra.get("dateline_end", 0)
    counts: dict[str, int] = {}
    for x in ents:
        if x["type"] == "LOC" and x["start"] >= body:
            c = coder.place_country(fold(x["text"]).split())
            if c:
                counts[c] = counts.get(c, 0) + 1
    return adjective_place_counts(article, counts, body)


_WORLDWIDE = frozenset(fold(w) for w in ("العالمي", "العالمية", "الدولي", "الدولية", "الكوني", "الأممي", "الأممية"))
_LOCAL_OFFICES = tuple(fold(w) for w in ("وزير", "وزيرة", "وكيل", "محافظ", "أمير منطقة", "أمين منطقة", "مدير", "المتحدث",
                                         "الناطق"))


def _local_office(role: str | None) -> bool:
    """A role of a ministry, a province, a region or a department (وزير التعليم، محافظ العويقيلة)."""
    return bool(role) and strip_article(fold(role)).startswith(_LOCAL_OFFICES)


def _home_country(ents: list[dict], words: list[str], starts: list[int], coder: ActorCoder, home: str,
                  sectors: frozenset[str]) -> None:
    """A person or body of `sectors` with no country takes the dateline's, `home` ("الرياض -
    ... وزارة الداخلية"), unless a place of another country stands right by the name, in the
    same stretch between commas: it tells where its bearer serves ("رئيس البرلمان في جمهورية
    الشيشان ماغمد داؤدوف", "البكري محافظ عدن"). The places stage has not run yet: a place's
    country is the gazetteer's first reading of its name, or of its last word."""
    abroad = [(a, b) for x in ents if x["type"] == "LOC"
              for a, b in [(_token_index(starts, x["start"]), _token_index(starts, x["end"] - 1))]
              if coder.place_country(words[a:b + 1]) not in (None, home)]
    for ent in ents:
        if ent["type"] not in ("PER", "ORG") or ent.get("country") or ent.get("sector") not in sectors:
            continue
        i, j = _token_index(starts, ent["start"]), _token_index(starts, ent["end"] - 1)
        if not any((i - 6 <= b < i and not _PAUSES.intersection(words[b + 1:i]))
                   or (j < a <= j + 3 and not _PAUSES.intersection(words[j + 1:a])) for a, b in abroad):
            ent["country"] = home


def _father_country(k, name_words: list[str], folded: str) -> str | None:
    """The country of the known person a name gives as its bearer's father (X بن Y), or
    of the ruling house its last words tell (houses.tsv): a son or daughter of a ruling
    house is of its country."""
    at = next((x for x, w in enumerate(name_words) if w in SON_OF), None)
    if at is not None and at > 0 and len(name_words) - at >= 2:
        father = k.actor_in(" ".join(name_words[at + 1:]), folded)
        if father is not None and father.type == "PER":
            return father.country
    return k.house_of(name_words)  # a grandson of a house's founder, a name ending in آل نهيان


_SURNAME_MAX_COUNT = 1000  # a surname this common in the corpus is a word or a group's name too


def _retype_surnames(ents: list[dict], k, folded: str) -> None:
    """A lone word the tagger typed ORG, LOC or MISC is a person when the article names
    a person in full with it as the last name (بلاتر after سيب بلاتر), unless it is a
    known actor, place or outlet, or a name's part after بن, أبو or عبد (عبد الله)."""
    vocab = word_frequencies() or {}
    surnames = set()
    for e in ents:
        words = key(e["text"]).split()
        if e["type"] == "PER" and len(words) >= 2 and not k.person_cues.get(words[-2]) \
                and not words[-1].startswith("ال") and vocab.get(words[-1], 0) < _SURNAME_MAX_COUNT:
            surnames.add(words[-1])  # (not الله, النصر, داعش: words, groups, names of god)
    if not surnames:
        return
    for e in ents:
        if e["type"] == "PER" or e.get("subtype") or e.get("lat") is not None or " " in e["text"].strip():
            continue
        w = key(e["text"])
        if w in surnames and not k.actor_in(w, folded) and not find_outlet(e["text"]):
            e["type"] = "PER"


def _join_person_names(ents: list[dict], k, folded: str) -> None:
    """Every mention of a person shares the fullest name the article gives it
    (`folded`: the article's folded words, for `KB.actor_in`)."""
    people = [e for e in ents if e["type"] == "PER"]
    full: list[tuple[list[str], dict]] = sorted(
        ((key(e["canonical"]).split(), e) for e in people), key=lambda x: -len(x[0]))
    def after_kinship(fw: list[str], at: int) -> bool:
        # "سلمان" alone is not محمد بن سلمان: the name after بن is his father's
        return at > 0 and k.cue_kind(fw[at - 1]) == "kinship"

    def bare(ws: list[str]) -> list[str]:
        # "بارزاني" is "مسعود البارزاني": a surname with the article or without it
        return [w[2:] if w.startswith("ال") and len(w) > 5 else w for w in ws]

    for e in people:
        words = key(e["canonical"]).split()
        for fw, f in full:
            if len(fw) <= len(words):
                continue
            if bare(fw[-len(words):]) == bare(words) and not after_kinship(fw, len(fw) - len(words)) or \
                    (len(words) == 1 and words[0] in fw[1:] and not after_kinship(fw, fw.index(words[0], 1))):
                e["canonical"] = f["canonical"]
                break
        else:
            actor = k.actor_in(e["canonical"], folded)
            if actor and actor.type == "PER":
                e["canonical"] = actor.name
    # codes travel between mentions of one person
    by_name: dict[str, dict] = {}
    for e in people:
        best = by_name.setdefault(e["canonical"], {})
        for f in ("country", "sector", "role"):
            if e.get(f) and not best.get(f):
                best[f] = e[f]
    for e in people:
        for f in ("country", "sector", "role"):
            if not e.get(f):
                e[f] = by_name[e["canonical"]].get(f)


def _held_titles(article: Article, ents: list[dict], words: list[str], starts: list[int],
                 coder: ActorCoder, covered: list[bool]) -> list[dict]:
    """A title of two words or more that the article gives one person, right after his name or
    before it ("الأمير محمد بن سلمان ولي ولي العهد"), standing alone elsewhere in it ("زيارة سمو ولي
    ولي العهد لمصر"): mentions of him."""
    k = coder.kb
    held: dict[str, set[str]] = {}
    after = {bisect_left(starts, e["end"]): e for e in ents if e["type"] == "PER"}
    for b, e in after.items():
        hit = k.role_of(words[b:b + k.role_max_words])
        if hit and hit[0] >= 2:
            held.setdefault(" ".join(words[b:b + hit[0]]), set()).add(e["canonical"])
    for title_start, name_start in article.extra.get("titles", {}).values():
        a = bisect_left(starts, title_start)
        person = next((e for e in ents if e["type"] == "PER" and e["start"] == name_start), None)
        hit = k.role_of(words[a:bisect_left(starts, name_start)])
        if person is not None and hit and hit[0] >= 2:
            held.setdefault(" ".join(words[a:a + hit[0]]), set()).add(person["canonical"])
    held = {t: names for t, names in held.items() if len(names) == 1}
    if not held:
        return []
    named = {bisect_right(starts, e["start"]) - 1 for e in ents if e["type"] == "PER"}  # (a title before a name is his)
    out, i = [], 0
    while i < len(words):
        w, off = words[i], 0
        hit = None if covered[i] or i in after else k.role_of(words[i:i + k.role_max_words])
        if not (covered[i] or i in after) and len(w) > 3 and w[0] in "وبل":
            # behind a proclitic: "وولي ولي العهد" is the deputy crown prince, not "و" and the crown prince
            behind = k.role_of([w[1:]] + words[i + 1:i + k.role_max_words])
            if behind and (hit is None or behind[0] >= hit[0]):
                hit, w, off = behind, w[1:], 1
        title = " ".join([w] + words[i + 1:i + hit[0]]) if hit else None
        end = i + hit[0] if hit else i + 1
        name = next(iter(held[title])) if title in held else None
        if name is not None and not any(covered[i:end]) and not (end < len(words) and (
                end in named or k.nationality_of(words[end]))) and not any(
                i - 12 <= bisect_left(starts, e["end"]) <= i for e in ents if e["canonical"] == name) \
                and not any(b in after and i - b <= 8 and all(w[:1].isalpha() for w in words[b:i])
                            for b in range(max(0, i - 8), i)):
            # (not one more title of his, set off after his name: "الربيعة، المستشار في الديوان
            # الملكي، والمشرف العام على المركز"; nor one in the titles chained after another's
            # name: "سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية")
            src = next(e for e in ents if e["canonical"] == name)
            s, e_ = starts[i] + off, article.tokens[end - 1].end
            out.append({**src, "id": "", "text": article.text[s:e_], "start": s, "end": e_,
                        "role": article.text[s:e_]})
        i = end
    return out


def _nominal_mentions(article: Article, ents: list[dict], words: list[str], starts: list[int],
                      coder: ActorCoder) -> None:
    """"الوزير التركي" standing alone: a mention of the one person with that role and country."""
    covered = [False] * len(words)
    for e in ents:
        a = bisect_left(starts, e["start"])
        b = bisect_left(starts, e["end"])
        for x in range(max(0, a - 1), b):
            covered[x] = True
    for title_start, name_start in article.extra.get("titles", {}).values():
        # "نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح": a title before a name is the name's
        for x in range(bisect_left(starts, title_start), bisect_left(starts, name_start)):
            covered[x] = True
    people = {}
    for e in ents:
        if e["type"] == "PER" and e.get("role") and e.get("country"):
            people.setdefault((strip_article(key(e["role"]).split()[0]), e["country"]), set()).add(e["canonical"])
    added = _held_titles(article, ents, words, starts, coder, covered)
    if not people and not added:
        return
    for i in range(len(words) - 1) if people else ():
        if covered[i] or covered[i + 1]:
            continue
        head = strip_article(words[i])
        if not head.startswith(_NOMINAL_ROLES):
            continue
        country = coder.kb.nationality_of(words[i + 1])
        if not country:
            continue
        names = people.get((head, country))
        if names and len(names) == 1:
            (name,) = names
            src = next(e for e in ents if e["canonical"] == name)
            s, e_ = starts[i], starts[i + 1] + len(article.tokens[i + 1].text)
            added.append({**src, "id": "", "text": article.text[s:e_], "start": s, "end": e_,
                          "role": article.text[s:article.tokens[i].end]})
    if added:
        ents.extend(added)
        ents.sort(key=lambda x: x["start"])
        for n, e in enumerate(ents, 1):
            e["id"] = f"E{n}"
