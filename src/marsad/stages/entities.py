"""Stage "entities": named entities PER / ORG / LOC / MISC with subtypes.

Three passes over each sentence, later ones filling gaps the earlier left:
1. the CRF tagger (models/ner.crfsuite, trained on ANERcorp);
2. the knowledge base: known actors (actors.tsv) and gazetteer places, longest
   match first, on tokens no entity covers yet (a known actor whose span equals
   a tagged entity fixes its type);
3. organisation heads followed by a quoted or known name (فضائية “ليبيا بانوراما”).

Spans start after a proclitic (والعطية -> العطية, لحكومة الوفاق -> حكومة الوفاق)
and end before trailing punctuation.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..article import Article
from ..calendar import months, weekdays
from ..kb import SON_OF, is_definite as _definite, kb, strip_article, strip_articles
from ..lexicon import load
from ..memo import lookup_all, remember
from ..ner.conll import spans
from ..ner.features import name_pairs, pair_starts
from ..ner.tagger import load_tagger
from ..outlets import find_outlet
from ..pipeline import stage
from ..places import Place, gazetteer, key as place_key
from ..text.normalize import fold, spelt
from ..settings import Settings
from ..models import word_frequencies
from ..text.tokens import Token, split_clitics
from .dates import _ordinal_days
from .quotes import _cue_of

_QUOTES = "\"'«»“”„‘’"
_OPEN_Q = "\"«“„‘'"
_TANWEEN = "\u064b\u064c\u064d"  # the marks of an indefinite ending, which no name takes
_CLOSE_Q = "\"»”’'"


# the words of two letters that begin names: حي العنود, أم درمان, بن لادن, آل سعود
_SHORT_HEADS = frozenset({"حي", "أم", "ام", "بن", "آل"})

# adjectives that make a listed body a country's own: مجلس الأمن القومي, not the UN Security Council
_NATIONAL = frozenset({"القومي", "الوطني"})


def _joined_verb(w: str) -> bool:
    """A plural verb with "him", "her" or "them" behind و (ووضعوه، واعتقلوها، وقتلوهم): never a name's
    last word, though the tagger may run a name on into it."""
    return len(w) > 5 and w[0] == "و" and w.endswith(("وه", "وها", "وهم"))


def _on_before_that(sent, words: list[str], j: int) -> bool:
    """The name's last word is "على" spelt with alif maqsura, right before "that", "the need" or "the
    importance" ("وشدد الدكتور الخضيري على أن"): the preposition of the verb before the name, not Ali,
    though the two fold alike."""
    return sent[j - 1].text == "على" and j < len(words) and words[j] in _AFTER_ON


_AFTER_ON = frozenset(fold(w) for w in ("أن", "أنه", "أنها", "أنهم", "ضرورة", "أهمية"))


def _country_behind_li(gaz, w: str) -> bool:
    """A country's name behind the preposition ل (للكويت، لمصر): never a person's last name, though
    the tagger may run a name on into it ("زيارة الملك فهد للكويت")."""
    if len(w) < 4 or w[0] != "ل":
        return False
    bare = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return any(p.kind == "country" for p in gaz.lookup(bare))


def _trim_start(tok: Token, k: int = 0, person: bool = False) -> int:
    """Start of `tok` past its conjunction/preposition proclitics (the article stays);
    `k`, their letters when known already (وهلمند: 1); `person`: `tok` begins a
    person's name."""
    if not k:
        if tok.norm in kb().first_names:
            return tok.start  # فيصل, not ف + يصل
        freq = word_frequencies() or {}
        pre, _stem, _suf = split_clitics(tok.norm, freq)
        k = 0
        for p, kind in pre:
            if kind != "proclitic":
                continue
            whole, rest = freq.get(tok.norm[k:], 0), freq.get(tok.norm[k + len(p):], 0)
            after = tok.norm[k + len(p):]
            if p == "ك" and (whole * 8 >= rest or (person and after not in kb().first_names
                                                   and not after.startswith(("ال", "اب")))):
                break  # a name that begins with ك: كيري, كاليفورنيا, كابل (not كالسعودية "like Saudi Arabia");
                # a person's unless a first name, a kunya or the article follows it (كولو, كميل, not ك + ولو
                # "even if"; but كسعود الفيصل, كأبي يعقوب الكندي: "like")
            if p == "س":
                break  # the future prefix is a verb's: سكان is "residents", not س + كان
            if len(tok.norm) - k - len(p) < 3 and p != "و" and tok.norm[k + len(p):] not in _SHORT_HEADS:
                break  # no name begins with a word of two letters but a few: فان غال, بان كي مون
                # (not ف + ان), but بحي البجيري
            if p in "فب" and whole and whole >= rest:
                break  # a name commoner whole than without its first letter: فالنسيا, بالتيمور, فريد
                # (not بلبنان; و, the commonest, is taken off: وكفريا, ودارين)
            if p in "فب" and k == 0 and _a_place_whole(tok.norm):
                break  # a place's name whose first letter is ب or ف: بابل (not ب + ابل, "camels")
            k += len(p)
        if not k and person and _behind_wa(tok):
            k = 1  # "وباتريسيا هيويت", "وسميحة أيوب"
        if ("ل", "article") in pre:
            k -= 1  # للحرس is ل + الحرس with the alef elided: "لحرس" is no word, keep "للحرس"
    if k == 0 or k >= len(tok.norm):
        return tok.start
    # walk k letters forward in the surface form, skipping diacritics (a letter may be written
    # in its presentation form: ﻭﺍﻟﻘﻮﺍﺕ)
    seen = i = 0
    text = tok.text
    while seen < k and i < len(text):
        if "\u0621" <= text[i] <= "\u064a" or "\ufe80" <= text[i] <= "\ufefc":
            seen += 1
        i += 1
    return tok.start + i


def _a_place_whole(w: str) -> bool:
    """Whether `w` is a place's name as written and nothing is one without its first letter."""
    gaz = gazetteer()
    return bool(gaz.lookup(w, False)) and not gaz.lookup(w[1:])


def _in_a_date(words: list[str], i: int) -> bool:
    """words[i] is a month's name written as part of a date: after a day or another
    month's name (أبريل (نيسان)), or before a year."""
    table = months()
    if strip_article(words[i]) not in table and words[i] not in table:
        return False
    before = next((w for w in reversed(words[max(0, i - 3):i]) if w not in ("(", ")", "،", ",", "-", "/")), "")
    after = next((w for w in words[i + 1:i + 3] if w not in ("(", ")", "،", ",", "-", "/")), "")
    return before[:1].isdigit() or before in table or (after[:1].isdigit() and len(after) == 4)


def _time_adjective(words: list[str], i: int) -> bool:
    """words[i] is "last", "next" or "this" after a month or a day (نوفمبر الماضي, (حزيران)
    الماضي, السبت المقبل: name_breaks.tsv kind time), not a surname (محمد الماضي)."""
    if words[i] not in kb().time_words:
        return False
    before = next((w for w in reversed(words[max(0, i - 3):i]) if w not in ("(", ")")), "")
    return any(w in months() or w in weekdays() for w in (before, strip_article(before)))


def _behind_wa(tok: Token) -> bool:
    """`tok` is a name behind the conjunction و: the rest is a given name or a listed actor's
    name (اردوغان وبوتين), or the corpus writes it without و ten times as often (and 50 times at
    least), or never writes the word with و and no long vowel follows it (ويتمان is Whitman)."""
    w = tok.norm
    if len(w) < 4 or w[0] != "و":
        return False
    if w[1:] in kb().first_names or w[1:] in kb().actors:
        return True
    freq = word_frequencies() or {}
    seen, rest = freq.get(w, 0), freq.get(w[1:], 0)
    if rest >= 50 and rest >= 10 * seen and tok.text[1:2] not in ("ا", "و", "ي"):
        return True
    return len(w) > 4 and seen == 0 and tok.text[1:2] not in ("ا", "و", "ي")


def _split_listed_people(found, sent: list[Token], words: list[str]):
    """The tagger's spans, a PER span of people joined by و split at each of them
    ("جون كيري وفيدل كاسترو")."""
    for etype, i, j in found:
        if etype == "PER" and j - i >= 2:
            # at every such و: "حسن وهيا الشعيبي وجواهر" are three
            for m in [m for m in range(i + 1, j) if _behind_wa(sent[m])] + [j]:
                yield etype, i, m
                i = m
            continue
        yield etype, i, j


def _subtype(etype: str, words: list[str]) -> str | None:
    k = kb()
    if etype == "LOC":
        places = gazetteer().lookup(" ".join(words))
        if places:
            return "GPE" if places[0].kind in ("city", "country", "district", "region") else "FAC"
        if strip_article(words[0]) in ("قاعده", "مطار", "ميناء"):
            return "FAC"
        return None
    if etype == "ORG":
        for n in (3, 2, 1):
            hit = k.org_head(" ".join(words[:n]))
            if hit:
                return hit[0]
        if find_outlet(" ".join(words)):
            return "MEDIA"
        actor = k.actor(" ".join(words))
        if actor and actor.country in ("IGO",):
            return "IGO"
        return None
    if etype == "MISC" and len(words) == 1 and k.nationality_of(words[0]):
        return "NORP"
    return None


def _media_head(k, w: str, name: list[str]) -> bool:
    """A word just before a name (one of the two before it) is the head of an outlet's name, alone or
    behind a proclitic (لإذاعة إن أتش كي اليابانية, بصحيفة "هآرتس"): the name is the outlet's."""
    return any((k.org_head(v) or (None,))[0] == "MEDIA" and v not in _NOT_ONLY_MEDIA
               and not (strip_article(v) in _CANAL and (gazetteer().lookup(" ".join(name)) or gazetteer().lookup(name[0])))
               for v in ((w, w[1:]) if w[:1] in "ولب" else (w,)))


_CANAL = frozenset(fold(w) for w in ("قناة", "قنوات"))  # "قناة السويس": a canal named by a place, no channel


# heads of outlets' names that head others' too: "وكالة الاستخبارات المركزية", "موقع الجيش" (a position)
_NOT_ONLY_MEDIA = frozenset(fold(w) for w in ("وكالة", "الوكالة", "موقع", "الموقع", "مواقع"))


@stage("entities", needs=("text", "tokens", "sentences"), sets=("entities",))
def make_entities(settings: Settings):
    """Named entities from the CRF tagger, the actors lexicon and the gazetteer."""
    tagger = load_tagger(neural=bool(settings.get("ner", "neural", True)))
    k = kb()
    gaz = gazetteer()
    from .events import _DEPUTY_TITLES as deputies  # (events imports this module: read at build time)

    # every multi-word name match() can find, and by first word the lengths it has:
    # only those are tried
    multi_keys = frozenset(x for x in list(k.actors) + list(gaz.by_key) if " " in x)
    pairs = name_pairs(multi_keys)
    lengths: dict[str, set[int]] = {}
    for x in multi_keys:
        parts = x.split()
        lengths.setdefault(parts[0], set()).add(len(parts))
    multi_lengths = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths.items()}
    actors = k.actors
    single_keys = frozenset(actors) | frozenset(gaz.by_key)
    # behind a proclitic, only the names of the project's own lists (actors, countries,
    # curated places): GeoNames' alternate names hold too many common words (بجامعة, ويشير)
    listed_keys = frozenset(actors) | frozenset(x for x, ps in gaz.by_key.items() if ps[0].kind != "city")
    behind_cache: dict[str, str] = {}

    def behind(w: str) -> str:
        """The listed name behind the word's proclitic, "" when none (memoised per word)."""
        return remember(behind_cache, w, _behind_proclitic(w, listed_keys, word_frequencies()) or "")

    def kb_matches(words: list[str], taken: list[bool], multi: bool,
                   context: set[str] | None, firsts: list[str], view) -> list[tuple[str, int, int]]:
        """Known actors and places on free tokens: multi-word names (`multi`) or single
        words. `firsts`: the words without their article; `view`, the article's folded
        text (a function, for `KB.actor_in`)."""
        out = []
        n = len(words)
        if not multi:
            # single words: only those that are a known name can match, as written or
            # behind a proclitic the article does not show (لطالبان, وحماس, ولإسرائيل)
            bares = lookup_all(behind_cache, behind, firsts)
            for i in [i for i, f in enumerate(firsts) if f in single_keys or words[i] in actors or bares[i]]:
                bare = None if firsts[i] in single_keys or words[i] in actors else bares[i]
                if not taken[i] and _is_word(words[i]):
                    found = match(words, i, 1, taken, context, view, bare)
                    if found:
                        out.append(found)
                        taken[i] = True
            return out
        free = 0  # names do not overlap: the next may start where the last one ended
        # (and behind a proclitic: "لمجلس التعاون لدول الخليج العربية", "وحزب الله")
        bare_firsts = [w[1:] if w[:1] in "وفبل" and len(w) > 3 and not w.startswith("ال") else w for w in words]
        for i in sorted(set(pair_starts(words, firsts, pairs)) | set(pair_starts(words, bare_firsts, pairs))):
            if i < free or taken[i]:
                continue
            first, bare = firsts[i], bare_firsts[i]
            found = None
            ms = multi_lengths.get(first, ()) + multi_lengths.get(words[i], ()) + \
                (multi_lengths.get(bare, ()) if bare != words[i] else ())
            for m in sorted(set(ms), reverse=True) if len(ms) > 1 else ms:
                if m > n - i:
                    continue
                rest = words[i + 1:i + m]
                if " ".join([first] + rest) in multi_keys or " ".join([words[i]] + rest) in multi_keys:
                    head = None
                elif bare != words[i] and " ".join([bare] + rest) in multi_keys:
                    head = bare  # "لمجلس التعاون لدول الخليج العربية": the name behind its proclitic
                else:
                    continue
                found = match(words, i, m, taken, context, view, head=head)
                if found:
                    break
            if found:
                out.append(found)
                for x in range(found[1], found[2]):
                    taken[x] = True
                free = found[2]
        return out

    def match(words: list[str], i: int, m: int, taken: list[bool], context: set[str] | None, view,
              bare: str | None = None, head: str | None = None) -> tuple[str, int, int] | None:
        """The known name on words[i:i+m]; `bare`, a single word's name behind its proclitic;
        `head`, the first word of a longer actor's name so (a place's is left to the tagger:
        "لاس فيغاس" is no ل + "اس فيغاس")."""
        cand = words[i:i + m]
        if any(taken[i:i + m]) or any(not _is_word(w) for w in cand):
            return None
        if head is not None:
            cand = [head] + cand[1:]
        name = bare or " ".join([strip_article(cand[0])] + cand[1:])
        if m == 1 and (bare or cand[0]) in k.actor_bare_only:
            actor = None  # قاعدة alone is "a base"; القاعدة is the organisation
        else:
            actor = k.actor_in(bare or " ".join(cand), view)
        if actor and actor.type == "ORG" and m > 1 and i + m < len(words) and words[i + m] in _NATIONAL:
            actor = None  # "مجلس الأمن القومي": a country's own council, not the listed UN one
        if actor and m > 1 and i + m < len(words) and k.is_ambiguous(" ".join(cand)) \
                and k.actor(tail := " ".join(words[i + m - 1:i + m + 1])) == actor and not k.is_ambiguous(tail):
            actor = None  # "طيران التحالف الدولي": the same actor's name it runs into, sure of itself
            # (التحالف الدولي; but in a story of the Houthis, the Arab coalition's aircraft, whatever it is called)
        if actor and (m > 1 or len(name) > 2):
            return (actor.type, i, i + m)
        if m <= 3 and name not in gaz.stopwords and (head is None or _place_behind_wa(words[i], head)):
            if not bare and head is None and i + m < len(words) and " ".join(cand) in k.first_names \
                    and _family_name(k, gaz, words[i + m], tagger.fz.names):
                return ("PER", i, i + m + 1)  # "صلاح الدين دمرتاش": a given name, not the province
            places = gaz.lookup(name, not bare and strip_article(cand[0]) != cand[0])
            if places and _plausible_place(cand, places[0], context, words[i - 1] if i else "",
                                           words[i + m] if i + m < len(words) else ""):
                return ("LOC", i, i + m)
        return None

    def entities(article: Article) -> Article:
        return batch([article])[0]

    def batch(articles: list[Article]) -> list[Article]:
        """All sentences of a batch of articles decoded together (one Viterbi pass)."""
        per = [a.sentence_tokens() for a in articles]
        words = [[t.norm for t in sent] for sents in per for sent in sents]
        firsts = [strip_articles(ws) for ws in words]
        tagged = tagger.tag_many(words, firsts)
        out, k = [], 0
        for a, sents in zip(articles, per):
            m = len(sents)
            out.append(finish(a, sents, words[k:k + m], firsts[k:k + m], tagged[k:k + m]))
            k += m
        return out

    def finish(article: Article, sents: list, sent_words: list[list[str]], sent_firsts: list[list[str]],
               tagged: list[list[str]]) -> Article:
        ents: list[dict] = []
        passes = []
        context: set[str] = set()
        for c in ((article.dateline or {}).get("country"), _outlet_country(article.outlet)):
            if c:
                context.add(c)
        folded: list[str] = []

        def view() -> str:
            if not folded:
                folded.append(" ".join(w for ws in sent_words for w in ws))
            return folded[0]

        for sent, words, firsts, tags in zip(sents, sent_words, sent_firsts, tagged):
            taken = [False] * len(sent)
            found = _quoted_orgs(sent, words, taken)
            found += _named_agencies(sent, words, taken)
            tag_spans = spans(tags)
            for listed in kb_matches(words, taken, multi=True, context=None, firsts=firsts, view=view):
                etype, i, j = listed
                if etype == "PER" and any(t == "PER" and a <= i and b > j for t, a, b in tag_spans) \
                        and _surname(k, words[j], tagger.fz.names):
                    # "الدكتور عبدالله بن عبدالعزيز الربيعة": the tagger reads a longer name than the
                    # listed person's (King Abdullah's); the name is the tagger's
                    for x in range(i, j):
                        taken[x] = False
                    continue
                found.append(listed)
            for etype, i, j in _split_listed_people(tag_spans, sent, words):
                while j - 1 > i and (k.breaks_name(words[j - 1], etype == "PER")
                                     or (etype == "PER" and j - 1 > i + 1 and _joined_verb(words[j - 1]))
                                     or (etype == "PER" and _country_behind_li(gaz, words[j - 1]))
                                     or (etype == "PER" and _on_before_that(sent, words, j))):
                    j -= 1  # مجلس الخبراء الذي, مجلس التعاون الخليجي الدكتور, عبد ربه هادي منصور ووضعوه,
                    # الملك فهد للكويت (his visit "to Kuwait"), الخضيري على أن
                if any(taken[i:j]):
                    continue
                if etype == "LOC" and j - i == 1 and i and _adjective_after_noun(gaz, words[i], words[i - 1]):
                    # "الأسهم السعودية", "الطائرات السعودية": Saudi, no place; after a body's head, the
                    # body's nationality (السفارة السعودية), before a body the tagger reads takes the head
                    if not any(taken[i - 1:j]) and (body := _national_body(words, i, j)) is not None:
                        found.append(body)
                        taken[i - 1:j] = [True] * (j - i + 1)
                    continue
                if etype == "LOC" and j - i == 1 and (place_key(words[i]) in gaz.stopwords or (
                        place_key(words[i]) in gaz.cued
                        and strip_article(words[i - 1] if i else "") not in gaz.place_cues)
                        or (i and gaz.not_a_place_after(words[i], words[i - 1]))
                        or (j < len(words) and gaz.not_a_place_before(words[i], words[j]))):
                    # a common noun that is also some place's name (الأشهر, "the months"),
                    # or one that no place word announces (خطة إنقاذ مالي: "financial")
                    continue
                # a known actor of exactly this span decides the type
                actor = k.actor_in(" ".join(words[i:j]), view)
                if actor:
                    etype = actor.type
                elif etype in ("ORG", "MISC") and i and strip_article(words[i - 1]) in gaz.settlement_heads:
                    etype = "LOC"  # حي دار سعد: the quarter, not an organisation
                elif etype == "PER" and _named_place_kind(gaz, words, i):
                    etype = "LOC"  # "بقرية أبو ناعورة", "في منطقة ( سلطان بيلي )": a place named as a man is named
                elif j - i == 1 and i and k.is_currency(words[i]) and k.is_count(words[i - 1]):
                    etype = "MISC"  # 50 ألف ريال: the amount's currency, not Real Madrid
                if etype == "PER" and j - i == 1 and k.group_of([words[i]]) and not actor:
                    continue  # "واتهمت ميليشيا وحدات الحماية": a word for a group of people names no one
                if etype == "PER" and j - i >= 3 and _place_behind_bi(k, gaz, words[i]) and words[i + 1] in k.first_names:
                    # "القنصل العام المغربي بجدة لطفي ساسي": the city behind بـ, where the title holds, is
                    # no part of the name after it
                    found.append(("LOC", i, i + 1))
                    taken[i] = True
                    i += 1
                found.append((etype, i, j))
                for x in range(i, j):
                    taken[x] = True
                if etype == "LOC":
                    for p in gaz.lookup(" ".join(words[i:j]))[:1]:
                        if p.country:
                            context.add(p.country)
            found += _settlement_names(k, gaz, sent, words, taken)
            found += _compound_given_names(k, words, taken, tagger.fz.names)
            passes.append((sent, words, taken, found, firsts))
        near = gaz.with_neighbours(context)
        for sent, words, taken, found, firsts in passes:
            found += _headed_orgs(words, taken, found)
            found += kb_matches(words, taken, multi=False, context=near, firsts=firsts, view=view)
            found += _national_bodies(words, taken, found)
        _propagate_names([p[:4] for p in passes], tagger.fz.names)
        for sent, words, taken, found, firsts in passes:
            covered = {x for _, i, j in found for x in range(i, j)}
            found = [_named_after(k, gaz, words, etype, i, j, covered) or
                     (etype, _first_name_before(k, words, i, covered) if etype == "PER" else i, j)
                     for etype, i, j in found]
            found = _join_split_places(gaz, words, found)
            # "في محافظة حلب", "بمحافظة الأحساء": the region, not its government; the place
            # inside its name (حلب) is then no entity of its own
            regions = {(i, j) for etype, i, j in found
                       if etype == "ORG" and j - i > 1 and _region_named_where(gaz, words, i)}
            wider = [(i, j) for etype, i, j in found if etype == "LOC" and j - i > 1]
            for etype, i, j in sorted(found, key=lambda x: x[1]):
                if etype == "ORG" and _verbal_head_before_noun(k, sent, words, i, j, view):
                    continue  # "بتنظيم الانتخابات": organising the elections, no organisation
                if etype == "PER" and i and words[i - 1] in deputies and k.title_alias(" ".join(words[i:j]), view):
                    # "نائب خادم الحرمين الشريفين": a deputy's title in construct (event_words.tsv
                    # deputy-title) with a listed person's title, not the king (but النائب محمد: the
                    # deputy named; مساعد العيبان: a given name)
                    continue
                if etype == "PER" and words[i] == "الدين" and i and not taken[i - 1] \
                        and f"{words[i - 1]} الدين" in k.first_names:
                    i -= 1  # "عز الدين ذو الفقار": a compound given name the tagger cut in two
                if etype == "PER" and j - i > 2 and k.cue_kind(" ".join(words[i:i + 2])) == "title":
                    i += 2  # "آية الله أحمد خاتمي": a title of two words is no part of the name
                elif etype == "PER" and j - i > 1 and k.cue_kind(words[i]) == "qualifier":
                    i += 1  # "اللواء ركن حمد بن علي العطية": the rank's qualifier, not the name's
                elif j - i == 1 and i and k.cue_kind(" ".join(words[i - 1:j])) == "title":
                    continue  # "حجة الإسلام": the end of a title, no name
                if regions and etype in ("ORG", "LOC"):
                    if (i, j) in regions:
                        etype = "LOC"
                    elif etype == "LOC" and any(a <= i and j <= b for a, b in regions):
                        continue
                if etype == "LOC" and any(a <= i and j <= b and (a, b) != (i, j) for a, b in wider):
                    continue  # "ريف محافظة حمص": حمص is no second place
                # behind(), not the memo alone: a memo that started afresh since must not
                # change the span ("وهلمند" is و + هلمند whatever the worker read before)
                bare = behind(firsts[i]) or None if firsts[i] == words[i] else None
                if etype == "ORG" and (words[i] in k.org_heads or find_outlet(words[i]) is not None):
                    start = sent[i].start  # وكالة, واس: the word itself, not و + كالة
                else:
                    start = _trim_start(sent[i], len(words[i]) - len(bare) if bare else 0, etype == "PER")
                end = sent[j - 1].end
                inner = [t.text for t in sent[i:j]]
                while j - 1 > i and sent[j - 1].text in _QUOTES and not _closes_one(inner):
                    j -= 1
                    inner.pop()
                    end = sent[j - 1].end
                text = article.text[start:end]
                if not text.strip(_QUOTES + " ") or (j - i == 1 and (spelt(text) in k.function_words or (
                        etype != "PER" and text[:1] in "وفبلك" and spelt(text[1:]) in k.function_words) or (
                        etype == "PER" and spelt(sent[i].text) in k.function_words
                        and not (i and k.breaks_name(words[i - 1], person=True))))):
                    # nothing left, or a preposition or pronoun on its own (على, بأنه, بلا, لله);
                    # لصالح "in favour of", Saleh only after a relative (القوات الموالية لصالح)
                    continue
                if j - i == 1 and (_in_a_date(words, i) or _time_adjective(words, i)
                                   or (etype == "PER" and words[i] in _ordinal_days())
                                   or (etype != "PER" and _cue_of(words[i]) is not None)
                                   or (etype == "LOC" and any(c in _TANWEEN for c in sent[i].text))):
                    # "أبريل (نيسان)", "5 آب 2015": a month, not Nissan or a place; an ordinal alone,
                    # no king's regnal number ("النائب الثاني لرئيس مجلس الوزراء"); "يشير",
                    # "وأضاف": a reporting verb, not a village of that name; a word written with
                    # tanween, which no place's name takes (دومًا "always", not Douma)
                    continue
                ent_words = fold(text).strip(_QUOTES).split()
                ents.append({
                    "id": "", "text": text, "start": start, "end": end, "type": etype,
                    "subtype": _subtype(etype, ent_words) or (
                        "MEDIA" if etype == "ORG" and any(_media_head(k, fold(v), ent_words) for v in words[max(0, i - 2):i])
                        else None),
                    "canonical": plain_name(text, etype), "country": None, "sector": None, "role": None,
                    "geonameid": None, "lat": None, "lon": None,
                })
        for n, ent in enumerate(ents, 1):
            ent["id"] = f"E{n}"
        article.entities = ents
        return article

    entities.batch = batch
    return entities


_PROCLITICS = ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
_SERVANT = frozenset({"عبد", "ابو", "أبو"})


_FAMILY_LINKS = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "آل"))


def _surname(k, w: str, names) -> bool:
    """`w` may go on a name (a family's, a father's): بن, آل, or a word with the article that
    breaks no name, is no role or nationality, and that the news mostly write inside names or
    seldom write at all (corpus name statistics `names`: الربيعة, الجدعان; not الذي, الثقافي, وليا)."""
    if w in _FAMILY_LINKS:
        return True
    if not (w.startswith("ال") and len(w) > 3) or k.breaks_name(w) or k.role_of([w]) is not None \
            or k.nationality_of(w):
        return False
    classes = (names or {}).get(w)
    return any(c in ("PER2", "PER3") for c in classes) if classes else not (word_frequencies() or {}).get(w)


def _family_name(k, gaz, w: str, names) -> bool:
    """`w`, after a given name that is also a place's (صلاح الدين، عمران), is the person's
    family name: a word without the article, of no place, actor or function, that the news
    mostly write inside names or seldom (دمرتاش، مزوار; not شمال, حيث, شهدت, وتكريت)."""
    if not _is_word(w) or w.startswith("ال") or len(w) < 3 or spelt(w) in k.function_words \
            or k.breaks_name(w) or w in k.actors or gaz.by_key.get(place_key(w)) \
            or k.role_of([w]) is not None or k.nationality_of(w) or k.cue_kind(w) is not None:
        return False
    classes = (names or {}).get(w)
    if classes:
        return any(c in ("PER2", "PER3") for c in classes)
    return (word_frequencies() or {}).get(w, 0) < _RARE


_RARE = 50  # a word the corpus writes fewer times than this is no common word


def _named_after(k, gaz, words: list[str], etype: str, i: int, j: int, covered: set[int]):
    """(type, start, end) of a place or an institution named after the person the span
    words[i:j] names, behind a facility word and the person's title: "مطار الملك خالد",
    "لمستشفى الملك فيصل", "مسجد عمر بن الخطاب" (resources/facility_heads.tsv); None when
    the span stands after no such word."""
    def title(w: str) -> bool:
        return k.role_of([w]) is not None or w in k.person_cues

    h = i - 1
    titled = title(words[i])  # (the span may hold the title: "الملك فيصل")
    if not titled and h >= 0 and h not in covered and title(words[h]):
        titled, h = True, h - 1
    if h < 0 or h in covered or not (titled or etype == "PER"):
        return None
    w = words[h]
    head = gaz.facility_heads.get(w) or (gaz.facility_heads.get(w[1:]) if w[:1] in "وفبل" else None)
    if head and h == i - 1 and (w in gaz.town_heads or w[1:] in gaz.town_heads) \
            and any(p.kind != "country" for p in gaz.lookup(" ".join(words[i:j]))[:1]):
        return ("LOC", i, j)  # "في مدينة الشيخ زويد", "بمدينة بن قردان": a town named as a man is, after
        # the word for it
    return (head, h, j) if head else None


def _first_name_before(k, words: list[str], i: int, covered: set[int]) -> int:
    """Where a person's name starting at words[i] really starts: over "متعب بن" and
    "عبد العزيز بن" before it (the tagger's "عبدالله بن عبدالعزيز" in "الأمير متعب بن عبدالله
    بن عبدالعزيز" is the prince, not the king), when those words are in no other name and
    the first is a plain word, not a title (الأمير), role or function word (عن ابن أبي أصيبعة); a role that is
    a first name without the article is a name there ("الأمير سلطان بن سلمان بن عبدالعزيز")."""
    if i < 2 or words[i - 1] not in SON_OF or (i - 1) in covered or (i - 2) in covered:
        return i
    w = words[i - 2]
    if not w.isalpha() or len(w) < 2 or spelt(w) in k.function_words or (k.role_of([w]) and w not in k.first_names) \
            or k.group_of([w]) \
            or (w[0] in "وف" and spelt(w[1:]) in k.function_words):
        return i
    if w.startswith("ال"):
        # only as the second half of a compound name: عبد العزيز, أبو الفضل
        return i - 3 if i >= 3 and words[i - 3] in _SERVANT and (i - 3) not in covered else i
    return i - 2


def _place_behind_wa(word: str, head: str) -> bool:
    """A place's first word behind the conjunction و, as in "وريف دمشق", "ودير الزور",
    "وهونغ كونغ": only و (ل + "اس فيغاس" is no place), and only where the word is commoner
    without it (وادي is a valley, not و + ادي)."""
    freq = word_frequencies() or {}
    return word[:1] == "و" and word[1:] == head and freq.get(head, 0) > freq.get(word, 0)


def _behind_proclitic(word: str, keys: frozenset, freq: dict[str, int] | None = None) -> str | None:
    """The known name behind a conjunction/preposition on a word with no article
    (لطالبان -> طالبان); names of four letters or more only, so that no short word
    turns into a name by losing its first letter, and not a name that is more often
    an adjective (`freq`: its feminine is commoner, as مالية is than مالي)."""
    if len(word) < 5 or word[0] not in "وفبل":
        return None
    for p in _PROCLITICS:
        rest = word[len(p):]
        if word.startswith(p) and len(rest) >= 4 and rest in keys:
            if freq and freq.get(rest + "ه", 0) > freq.get(rest, 0):
                return None
            return rest
    return None


def _plain(text: str) -> str:
    """An entity's name without quotation marks."""
    return " ".join("".join(c for c in text if c not in _QUOTES).split())


def plain_name(text: str, etype: str) -> str:
    """An entity's name as written alone: without quotation marks, and without the preposition
    ل fused with its article (للأمم المتحدة, للبحر الأحمر: الأمم المتحدة, البحر الأحمر, the
    article's alef restored; the span keeps the preposition, which the alef's elision binds to
    it). Not a person's: their names seldom take the article, and a name may begin with ل
    (للابورتا: ل + لابورتا). Places written ل + a name that begins with ل (للبنان) are the
    stage "places"' to set right, which knows their names."""
    name = _plain(text)
    first = name.split(" ", 1)[0]
    if etype != "PER" and len(first) > 4 and fold(first).startswith("لل"):
        return "ال" + name[2:]
    return name


def _is_word(w: str) -> bool:
    return len(w) > 1 and ("\u0621" <= w[0] <= "\u064a" or w[0].isalpha())


# words of land, of a place or of a state's name, after which a country's name that is an adjective
# too names the country (الأراضي السعودية، المملكة العربية السعودية)
_LAND_WORDS = frozenset(fold(w) for w in ("الأراضي", "الأرض", "الحدود", "الأجواء", "المياه", "السواحل", "الديار",
                                         "المملكة", "العربية", "الجمهورية", "الدولة"))


def _adjective_after_noun(gaz, w: str, before: str) -> bool:
    """`w` is a country's short name that is a nationality adjective too (السعودية), right after a
    definite noun it qualifies (`before`, folded): "الأسهم السعودية", "العرضة السعودية", "الطائرات
    السعودية" are Saudi shares, the Saudi sword dance, Saudi aircraft; no place."""
    if not (w.startswith("ال") and w.endswith("يه") and _definite(before)) or before in _LAND_WORDS \
            or strip_article(before) in gaz.place_cues:
        return False
    k = kb()
    if before.endswith("ي") or k.nationality_of(before) or (
            not before.endswith(("ه", "ات")) and (k.role_of([before]) or k.group_of([before]))):
        return False  # "زار الرئيس الأمريكي السعودية", "زار الرئيس السعودية": the country he visited
    return k.nationality_of(w) is not None


def adjective_place_counts(article: Article, counts: dict[str, int], body: int = 0) -> dict[str, int]:
    """`counts` (places by country) with, added, the countries named past offset `body` by a place's
    name read as an adjective (الأسهم السعودية, no place of its own): a story of Saudi shares is as much
    of Saudi Arabia."""
    gaz = gazetteer()
    toks = article.tokens
    spans = sorted((e["start"], e["end"]) for e in article.entities)
    starts = [a for a, _ in spans]
    for a, b in zip(toks, toks[1:]):
        if b.start >= body and b.norm[:2] == "ال" and _adjective_after_noun(gaz, b.norm, a.norm):
            at = bisect_right(starts, b.start) - 1
            if at >= 0 and spans[at][1] > b.start:
                continue  # (one a name covers, "الخطوط السعودية", was never read as a place)
            places = gaz.lookup(b.norm)
            if places and places[0].kind == "country":
                counts[places[0].country] = counts.get(places[0].country, 0) + 1
    return counts


def _plausible_place(words: list[str], place: Place, context: set[str] | None, before: str,
                     after: str = "") -> bool:
    """A gazetteer hit the tagger did not see is kept when it is a country, a
    region or facility, a listed city (places.tsv) of 200,000 or more, or a city of a
    country the article is about (or a neighbour)
    that is not one of the language's commonest words, unless a city of a million
    (إن, عنه: GeoNames has villages of those names; جدة stays), nor a name listed
    as a common word too that no place word announces (place_stopwords.tsv: الخبر is
    "the news" unless في or محافظة comes before), nor an adjective agreeing with the
    noun before it (الحلول السلمية)."""
    if len(strip_article(words[0])) < 3:
        return False
    gaz = gazetteer()
    if len(words) == 1 and _adjective_after_noun(gaz, words[0], before):
        return False
    if place_key(" ".join(words)) in gaz.cued and strip_article(before) not in gaz.place_cues:
        return False  # "نشرت الصحيفة الخبر": the news; "في الخبر", "محافظة الخبر": the city (and "صلاح
        # الدين البكري" a man, "في صلاح الدين" the province)
    if len(words) == 1 and gaz.not_a_place_after(words[0], before):
        return False  # "صلاة المغرب": the sunset prayer
    if len(words) == 1 and after and gaz.not_a_place_before(words[0], after):
        return False  # "مسقط رأسه": his birthplace
    if place.kind != "city" or len(words) > 1:
        return True
    if place.curated and place.population >= _LISTED_CITY and words[0] not in _common_words():
        return True  # a city the project lists, of 200,000 or more: عدن, صنعاء, بنغازي (not سرت "spread")
    if context is None or place.country not in context:
        return False
    if words[0] in _common_words() and place.population < 1_000_000:
        return False
    w = words[0]
    return not (w.startswith("ال") and before.startswith("ال"))


_LISTED_CITY = 200_000  # a city of resources/places.tsv this large is one wherever it is named
_COMMON = 200  # this many of the corpus's commonest words are no city's name on their own


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The corpus's `_COMMON` commonest folded words (models/wordfreq.tsv.gz)."""
    freq = word_frequencies() or {}
    return frozenset(sorted(freq, key=freq.__getitem__, reverse=True)[:_COMMON])


def _outlet_country(outlet: str | None) -> str | None:
    o = find_outlet(outlet) if outlet else None
    return o.country if o else None


def _propagate_names(passes, names=None) -> None:
    """A person named in full once is the same person when a later token is that
    name's last word on its own (شكري after سامح شكري), with or without a proclitic,
    spelt as in the full name: folding makes the preposition على the name علي; not a
    common word with the article that the corpus never writes inside a name (corpus name
    statistics `names`: الاتفاق of "وقال معارضو الاتفاق", which the tagger read as one),
    unless it is an adjective of origin, as families' names are (نبيل العربي، منصور التركي)."""
    last_words: dict[str, set[str]] = {}
    freq = word_frequencies() or {}
    for sent, words, taken, found in passes:
        for etype, i, j in found:
            if etype == "PER" and j - i >= 2:
                last = strip_article(words[j - 1]) if words[j - 1].startswith("ال") else words[j - 1]
                if len(last) >= 3 and words[j - 1] not in kb().person_cues \
                        and kb().cue_kind(words[j - 2]) != "kinship" \
                        and not (last != words[j - 1] and not (names or {}).get(words[j - 1])
                                 and freq.get(words[j - 1], 0) >= _RARE and not last.endswith("ي")):
                    # (not the name after بن/أبو: سلمان of محمد بن سلمان is his father, and
                    # "علم" of صبري أبو علم is "science" in علم الاجتماع)
                    last_words.setdefault(words[j - 1], set()).add(spelt(sent[j - 1].text))
    if not last_words:
        return
    for sent, words, taken, found in passes:
        for i in [i for i, w in enumerate(words) if w in last_words or w[1:] in last_words]:
            w = words[i]
            if taken[i]:
                continue
            cut = 1 if len(w) > 3 and w[0] in "وفبل" and w[1:] in last_words else 0
            spellings = last_words.get(w[cut:])
            if spellings and spelt(sent[i].text)[cut:] in spellings:
                found.append(("PER", i, i + 1))
                taken[i] = True


def _verbal_head_before_noun(k, sent: list[Token], words: list[str], i: int, j: int, view) -> bool:
    """An organisation's name opened by a head that is also a verbal noun (org_heads.tsv
    `verbal?`) and followed by a common noun: "تنظيم المهرجان" is organising the festival.
    Before a known actor (تنظيم الدولة), a quoted name (تنظيم «أنصار الشريعة») or a name
    without the article (تنظيم داعش) it is the organisation."""
    w = words[i]
    if w not in k.verbal_heads and not (len(w) > 4 and w[0] in "وفبل" and w[1:] in k.verbal_heads):
        return False
    if j == i + 1 or sent[i + 1].text[:1] in _QUOTES or not _definite(words[i + 1]):
        return False
    return not (k.actor_in(" ".join(words[i:j]), view) or k.actor_in(" ".join(words[i + 1:j]), view))


def _join_split_places(gaz, words: list[str], found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Two places side by side that are one: a word that says where before a place (ريف إدلب,
    split by the tagger) or before a region the tagger takes for its government (ريف محافظة
    حمص), or two halves of a listed name (رام الله)."""
    locs = sorted((i, j) for etype, i, j in found if etype == "LOC" or (
        etype == "ORG" and words[i] in gaz.region_heads and i and strip_article(words[i - 1]) in gaz.where_words))
    joined = {}
    for (i, j), (j2, e) in zip(locs, locs[1:]):
        if (i, j) in joined or (i, j) in joined.values():
            continue
        where = j - i == 1 and strip_article(words[i]) in gaz.where_words
        if j2 == j + 1 and where and (words[j] in gaz.seat_heads or words[j] in gaz.settlement_heads):
            joined[(j2, e)] = (i, j)  # "ريف مدينة الباب": the countryside, the kind, the place
        elif j == j2 and (where or gaz.lookup(" ".join(words[i:e]))):
            joined[(j, e)] = (i, j)
    if not joined:
        return found
    drop = set(joined.values())
    return [("LOC", joined[(i, j)][0], j) if etype in ("LOC", "ORG") and (i, j) in joined else (etype, i, j)
            for etype, i, j in found if not (etype == "LOC" and (i, j) in drop)]


def _region_named_where(gaz, words: list[str], i: int) -> bool:
    """words[i] is a region word (place_cues.tsv seat "region") that bears a preposition
    (بمحافظة) or follows a word that says where (في منطقة، ريف محافظة الرقة) or a place in it (كورنيش
    محافظة جدة), or is joined by و to a place named after such a word (إلى مديرية العبر ومحافظة مأرب)."""
    w = words[i]
    if len(w) > 3 and w[0] in "بل" and w[1:] in gaz.region_heads:
        return True
    if len(w) > 3 and w[0] == "و" and w[1:] in gaz.region_heads and any(
            strip_article(v) in gaz.where_words or strip_article(v) in gaz.region_heads for v in words[max(0, i - 4):i]):
        return True  # (joined to a place named before: "متجهة إلى مديرية العبر ومحافظة مأرب")
    if w not in gaz.region_heads or i == 0:
        return False
    before = strip_article(words[i - 1])
    return before in gaz.where_words or (before[:1] == "و" and before[1:] in gaz.where_words) \
        or gaz.facility_heads.get(before) == "LOC"  # (a place in it: "في كورنيش محافظة جدة", "مطار محافظة")


def _headed_orgs(words: list[str], taken: list[bool], found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """An institution named by its head in construct with definite nouns, and an
    optional nationality: وزارة الدفاع الليبية, قوات الوفاق, مجلس الأمن الدولي; `found`,
    the names found in the sentence so far."""
    out = []
    k = kb()
    heads = k.org_heads
    n = len(words)
    spans = {i: (t, j) for t, i, j in found}  # the names found so far, by where they start
    free = 0  # an institution found ends where the next may start
    # only a head, or one behind a proclitic, can start one (this runs on every sentence)
    for i in [i for i, w in enumerate(words[:-1]) if w in heads or w[1:] in heads]:
        if i < free or words[i] in k.heads_not_behind:
            continue  # برئاسة فلان: "chaired by"
        w = words[i]
        bare = w
        hit = heads.get(w)
        if hit is None and len(w) > 3 and w[0] in "وفبل" and not w.startswith("ال"):
            bare = w[1:]
            hit = heads.get(bare)
        if taken[i] or not hit or bare not in k.construct_heads or bare.startswith("ال"):
            continue
        j = i + 1
        if j + 1 < n and not taken[j] and not taken[j + 1] and not _definite(words[j]) and words[j][:1].isalpha() \
                and len(words[j]) > 3 and words[j + 1].startswith("ال") and not k.nationality_of(words[j + 1]) \
                and not k.nationality_of(words[j]) and not k.breaks_name(words[j]) and words[j][:1] not in "وفبل" \
                and not k.breaks_name(words[j + 1]) and words[j] not in heads and not k.is_count(words[j]) \
                and bare not in k.verbal_heads and hit[0] != "PARTY" and words[j] not in k.first_names \
                and _takes_article(words[j]):
            j += 1  # a noun in construct between the head and the definite name: "هيئة شؤون الإعلام", which
            # ends it (not "إدارة سجون الطائف اللجنة")
        reach = 2 if j > i + 1 else 3
        while j < n and j - i <= reach and not taken[j] and (words[j].startswith("ال") or (
                # (a party's name goes on behind و: "حزب العدالة والتنمية")
                j > i + 1 and hit[0] == "PARTY" and words[j].startswith("وال"))) and len(words[j]) > 3 \
                and not (hit[0] == "PARTY" and j > i + 1 and not words[j].startswith("وال")
                         and not words[j].endswith(("ي", "ية", "يه"))) \
                and not k.nationality_of(words[j]) and not k.breaks_name(words[j]) \
                and not ((g := k.group_of([words[j]])) and g[1] == "CVL" and g[2]) \
                and not (j > i + 2 and words[j - 1].endswith("ي") and not words[j].endswith(("ي", "يه"))):
            # (not the people after it: "ودعت وزارة الصحة المواطنين", the ministry called on citizens,
            # though people who name no one alone go on in it: "جمعية الأطفال المعوقين";
            # nor a noun after an adjective that ends the name: "أدانت رابطة العالم الإسلامي التصريحات")
            j += 1
        if j < n and j > i + 1 and not taken[j] and k.nationality_of(words[j]) and words[j].startswith("ال"):
            j += 1
        if j < n and j == i + 1 and taken[j]:
            # head + a known actor or place already found: قوات الوفاق, سفارة ليبيا (to its
            # end, not into the next name: "برئاسة خادم الحرمين الشريفين الملك سلمان")
            first, j = spans.get(i + 1, (None, i + 1))
            while first == "PER" and spans.get(j, ("",))[0] == "PER":
                j = spans[j][1]  # a title and the name after it are one person: خادم الحرمين الشريفين الملك سلمان
            if 1 < j - i <= 9:
                out.append(("ORG", i, j))
                for x in range(i, j):
                    taken[x] = True
                free = j
                continue
        if j > i + 1:
            out.append(("ORG", i, j))
            for x in range(i, j):
                taken[x] = True
            free = j
    return out


_NOUN_EVIDENCE = 20  # the corpus writes a word this often with the article: a noun (نقل → النقل), no verb


def _takes_article(w: str) -> bool:
    """The corpus writes `w` with the article often (شؤون: الشؤون): a noun, no verb nor a word with a
    pronoun on it (تتنبه، عنهم)."""
    return (word_frequencies() or {}).get("ال" + w, 0) >= _NOUN_EVIDENCE


def _national_bodies(words: list[str], taken: list[bool], found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A definite head before a nationality read as its country: الجمعية السعودية لعلوم البيئة,
    الشركة المصرية, الحكومة السعودية name a body of that country, not the country itself."""
    out = []
    for etype, i, j in found:
        if etype != "LOC" or j != i + 1 or i == 0 or taken[i - 1]:
            continue
        body = _national_body(words, i, j)
        if body is not None:
            out.append(body)
            taken[i - 1] = True
    gaz = gazetteer()
    for i in range(1, len(words)):
        # (a place's name that is an adjective there, read as no place: الهيئة السعودية للحياة الفطرية)
        if not taken[i] and not taken[i - 1] and _adjective_after_noun(gaz, words[i], words[i - 1]) \
                and gaz.lookup(words[i]) and (body := _national_body(words, i, i + 1)) is not None:
            out.append(body)
            taken[i - 1] = taken[i] = True
    return out


def _national_body(words: list[str], i: int, j: int) -> tuple[str, int, int] | None:
    """("ORG", i - 1, j) when words[i:j], one word, is a nationality with the article right after a definite
    organisation head (السفارة السعودية، الحكومة المصرية), else None."""
    k = kb()
    h = words[i - 1]
    if j == i + 1 and i and words[i].startswith("ال") and h.startswith("ال") \
            and (h in k.org_heads or strip_article(h) in k.org_heads) and k.nationality_of(words[i]):
        return "ORG", i - 1, j
    return None


_AGENCY_HEADS = frozenset({"وكاله", "الوكاله"})
_AGENCY_FORMS = _AGENCY_HEADS | {p + h for p in "وفبل" for h in _AGENCY_HEADS}


@lru_cache(maxsize=1)
def _compound_seconds() -> frozenset[str]:
    """The second words of the compound given names (first_names.tsv: الدين of عز الدين)."""
    return frozenset(n.split()[1] for n in kb().first_names if " " in n)


def _compound_given_names(k, words: list[str], taken: list[bool], names) -> list[tuple[str, int, int]]:
    """A compound given name (first_names.tsv: عز الدين، عبد الرحمن) and a family name after it
    that the tagger left out: "وزير حقوق الإنسان عز الدين الاصبحي" (the family name a word with the
    article that the news write inside names at times, or never outside them)."""
    out = []
    seconds = _compound_seconds()
    for x in range(len(words) - 2):
        if words[x + 1] not in seconds or taken[x] or taken[x + 1] or taken[x + 2] \
                or f"{words[x]} {words[x + 1]}" not in k.first_names:
            continue
        w = words[x + 2]
        if w.startswith("ال") and len(w) > 3 and not k.breaks_name(w) and k.role_of([w]) is None \
                and not k.nationality_of(w) and not k.group_of([w]) and (
                any(c.startswith("PER") for c in (names or {}).get(w, ())) or not (word_frequencies() or {}).get(w)):
            out.append(("PER", x, x + 3))
            taken[x] = taken[x + 1] = taken[x + 2] = True
    return out


def _place_behind_bi(k, gaz, w: str) -> bool:
    """`w` is a known city or country behind بـ "in" (بجدة، بالرياض), no first name."""
    return w[:1] == "ب" and len(w) > 3 and w not in k.first_names and w[1:] not in k.first_names \
        and bool(gaz.lookup(w[1:]))


def _named_place_kind(gaz, words: list[str], i: int) -> bool:
    """Right before words[i] (past a bracket) stands a word for a village, a quarter, a camp or a
    region in construct with its name (بقرية، حي، منطقة; not ولاية, a term of office too; nor one with
    the article, no construct: "أحد أبناء الحي إسماعيل غالب")."""
    p = i - 1 if i and words[i - 1] not in ("(", "«", '"') else i - 2
    return p >= 0 and (words[p] in gaz.settlement_heads
                       or (words[p] in gaz.region_heads and not words[p].endswith("ولايه")))


def _settlement_names(k, gaz, sent: list[Token], words: list[str], taken: list[bool]) -> list[tuple[str, int, int]]:
    """The name of a town, village, quarter or camp in construct with the word for it, which
    the tagger left out: "بلدة الفوعة", "قرية العوامية" (place_cues.tsv settlement; a definite
    word after the bare head is its name, not an adjective: that would be "البلدة الصغيرة"),
    but no group (مخيم اللاجئين), role or nationality, and not after a pronoun's ending that
    folds like the word's (بلده الأصلي: his country)."""
    out = []
    for x in range(1, len(words)):
        w = words[x]
        if taken[x] or not w.startswith("ال") or len(w) < 5 or words[x - 1] not in gaz.settlement_heads \
                or sent[x - 1].text.endswith("ه"):
            continue
        if spelt(w) in k.function_words or k.group_of([w]) or k.role_of([w]) or k.nationality_of(w) \
                or place_key(w) in gaz.stopwords:
            continue
        out.append(("LOC", x, x + 1))
        taken[x] = True
    return out


def _named_agencies(sent: list[Token], words: list[str], taken: list[bool]) -> list[tuple[str, int, int]]:
    """A listed news agency (resources/outlets.tsv) by its full name, "وكالة الأنباء
    السعودية", "لوكالة فرانس برس", or by its short name in brackets, "(واس)", "(كونا)":
    the agency, not the country or a word of its name."""
    out = []
    n = len(sent)
    # (only an agency head or a word after "(" can start one: this runs on every sentence)
    for i in [i + (w == "(") for i, w in enumerate(words) if w in _AGENCY_FORMS or (w == "(" and i + 1 < n)]:
        w = words[i]
        if taken[i]:
            continue
        head = w if w in _AGENCY_HEADS else w[1:] if w[1:] in _AGENCY_HEADS else None
        if head is not None:
            j = next((j for j in range(min(n, i + 6), i + 1, -1)
                      if not any(taken[i:j]) and all(x[:1].isalpha() for x in words[i + 1:j])
                      and find_outlet(" ".join([head] + words[i + 1:j]))), None)
        elif 0 < i < n - 1 and sent[i - 1].text == "(" and sent[i + 1].text == ")" and w[:1].isalpha():
            o = find_outlet(w)
            j = i + 1 if o is not None and o.kind == "agency" else None
        else:
            continue
        if j is not None:
            out.append(("ORG", i, j))
            for x in range(i, j):
                taken[x] = True
    return out


def _closes_one(inner: list[str]) -> bool:
    """The quotation mark ending `inner` (the texts of a span's tokens) closes one opened inside
    the span: «حزب الله», or the same straight mark an odd number of times before it (ميليشيا
    "حزب الله", which opens and closes with one sign)."""
    last, before = inner[-1], inner[:-1]
    if last in "\"'":
        return before.count(last) % 2 == 1
    return sum(q in _OPEN_Q and q not in "\"'" for q in before) > sum(q in _CLOSE_Q and q not in "\"'" for q in before)


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    """The particles of resources/event_words.tsv (لا، لم، لن، قد): a quotation opening with one is
    speech, no name."""
    return frozenset(fold(r["word"]) for r in load("event_words.tsv", ("word", "use")) if r["use"] == "particle")


_CLAUSE_MARKS = frozenset({"؛", ";", ":", "؟", "?", "!"})


def _quoted_orgs(sent: list[Token], words: list[str], taken: list[bool]) -> list[tuple[str, int, int]]:
    """Organisation head + quoted name: قناة “ليبيا الأحرار”, مكتب “السراج” الإعلامي; and a
    known outlet's name in quotation marks, which is the outlet: وعلمت «الشرق الأوسط»
    (the newspaper, not the region)."""
    out: list[tuple[str, int, int]] = []
    n = len(sent)
    opens = [q for q, t in enumerate(sent) if t.text in _OPEN_Q]
    turned = [q for q, t in enumerate(sent) if t.text == "»"]
    if not opens and not turned:  # most sentences (this runs on every one)
        return out
    k = kb()
    # only a word right before an opening quote can head one
    for i in [q - 1 for q in opens if 0 < q < n - 1]:
        if taken[i]:
            continue
        w = words[i]
        hit = k.org_head(w)
        if not hit:
            continue
        if i + 2 < n and words[i + 2] in _particles() and hit[0] != "MEDIA":
            continue  # "وقال مندوب بالمنظمة "لا يوجد مقترح ..."": what is said, no name (but a paper's
            # name may begin with a foreign article: صحيفة «لا ناسيون»)
        j = i + 2
        while j < n and sent[j].text not in _CLOSE_Q and j - i < 8:
            j += 1
        if j < n and sent[j].text in _CLOSE_Q and j > i + 2 and not any(
                sent[x].text in _CLAUSE_MARKS or (sent[x].text in ("،", ",") and x < j - 1) for x in range(i + 2, j)):
            # (a name holds no clause's punctuation: in 'وإرسالها للشرطة"؛ مستطرداً: "' the first mark closes a
            # quotation)
            end = j + 1
            if end < n and words[end] in ("الاعلامي", "الرسمي"):
                end += 1
            if not any(taken[i:end]):
                out.append(("ORG", i, end))
                for x in range(i, end):
                    taken[x] = True
    # (and between marks turned the wrong way, as pages write them: ل»الرياض»)
    for q in opens + turned:
        if q < n - 2:
            j = next((x for x in range(q + 2, min(n, q + 7)) if sent[x].text in _CLOSE_Q or sent[x].text == "«"), None)
            if j and not any(taken[q + 1:j]) and find_outlet(" ".join(words[q + 1:j])):
                out.append(("ORG", q + 1, j))
                for x in range(q + 1, j):
                    taken[x] = True
    return out
