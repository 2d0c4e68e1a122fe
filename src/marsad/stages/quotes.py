"""Stage "quotes": who said what.

For each reporting verb (resources/reporting_cues.tsv, with its feminine, plural
and present forms and the clitics و/ف) the stage finds what links it to the
content: إن/أن/بأن/":" or the verb's own preposition (أشار إلى, شدد على). Between
verb and link lies the subject:
- a person or organisation entity there is the speaker (a person first; in "بيان
  صادر عن مكتب السراج" the issuer);
- "البيان" alone refers back to the last statement's issuer;
- no subject at all ("وأضاف، ... أن", "وتابع بأن") continues the last speaker;
- an unnamed source ("مصدر أمني") is kept as `speaker_text` with no entity.
With no link, the content is what follows the speaker once the adverbial chunks
(في وقت لاحق، عقب لقائه ...) are passed. A media organisation named on the way
(في مداخلة ... عبر فضائية "ليبيا بانوراما") is the `channel`. Text in «», “” or ""
right after the link makes the quote direct.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..article import Article
from ..kb import kb
from ..lexicon import check_enum, load
from ..outlets import find_outlet
from ..pipeline import stage
from ..settings import Settings
from ..text.normalize import fold, spelt

_LINKS = {"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم", "انهما", ":"}
_PREP_LINK = {"الي": "الي", "علي": "علي", "عن": "عن", "من": "من", "ب": "ب"}
_ADVERBIAL = ("في", "عقب", "خلال", "عبر", "لدي", "بعد", "قبل", "اثر", "وفق", "وفقا", "حسب", "بحسب", "امام",
              "اليوم", "امس", "مساء", "صباح")
_MEDIA_VERBS = ("طالعت", "تابعت", "نقلت", "نقلها", "نقله", "اطلعت", "رصدت", "بثت", "بثها")
_OPEN_Q = "«“\"„"
_CLOSE_Q = "»”\""
_STATEMENT = ("بيان", "البيان", "بلاغ", "البلاغ", "تصريح", "التصريح")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[str, str]]:
    """Folded verb form -> (lemma as listed, link it takes)."""
    out: dict[str, tuple[str, str]] = {}
    for row in load("reporting_cues.tsv", ("cue",)):
        lemma = row["cue"]
        link = fold(row.get("takes", "أن"))
        base = fold(lemma)
        forms = {base, base + "ت", base + "وا", base + "ا", base + "تا"}
        if base.endswith("ي"):  # نفى -> نفت, نفوا
            forms |= {base[:-1] + "ت", base[:-1] + "وا"}
        pres = row.get("present")
        if pres:
            p = fold(pres)
            forms |= {p, "ت" + p[1:], p + "ون", "ت" + p[1:] + "ان", "ا" + p[1:], "ن" + p[1:]}
        for f in forms:
            out.setdefault(f, (lemma, link))
    return out


@lru_cache(maxsize=1)
def _link_only() -> dict[str, str]:
    """Verb -> "yes" or "present": it reports only with its link, in all its forms or
    in its present ones (reporting_cues.tsv, link_only)."""
    return {row["cue"]: v for row in load("reporting_cues.tsv", ("cue",))
            if (v := check_enum(row, "link_only", {"yes", "present"}))}


def _needs_link(lemma: str, form: str) -> bool:
    """The cue `form` (folded, maybe behind و/ف) of `lemma` reports only with its link."""
    how = _link_only().get(lemma)
    if how is None:
        return False
    if how == "yes":
        return True
    past = fold(lemma)  # its past forms (أعتبر، اعتبرت، واعتبروا) start with it; its present ones do not
    return not (form.startswith(past) or form[1:].startswith(past))


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    """Folded participles of the reporting verbs (مضيفا "adding"), from reporting_cues.tsv."""
    return frozenset(fold(f) for row in load("reporting_cues.tsv", ("cue",))
                     for f in (row.get("participle") or "").split("|") if f)


def _own_complement_before(sent, c: int, j: int, ents, ent_starts) -> bool:
    """The verb at `c` has a complement of its own before the comma that precedes a
    participle at `j` ("أعلن الرئيس الفرنسي استعداد بلاده ...، موضحا أن"): two words or
    more after the last person or body its first comma segment names, or six words when
    it names none; then the participle's link is not the verb's ("وحذر هاوزنر قائلا:",
    "ويوضح X، المستشار ...، قائلا إن" have no complement of their own)."""
    w = sent[j].norm
    parts = _participles()
    if not (w in parts or (w[:1] in ("و", "ف") and w[1:] in parts)) or sent[j - 1].norm not in ("،", ","):
        return False
    end = _first_comma_after(sent, c + 1)
    if end >= j:
        return False
    named = [x for x in _entities_between(ents, ent_starts, sent[c].end, sent[end].start) if x["type"] in ("PER", "ORG")]
    if not named:
        return end - (c + 1) >= 6  # longer than a name the tagger may have missed (صلاح الدين عبد الكريم)
    return end - _next_index_after(sent, named[-1]["end"]) >= 2


@lru_cache(maxsize=1)
def _cue_limits() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """Lemma -> (forms written as another word, spelt; words after it that make it no
    statement, folded; its impersonal forms, folded): reporting_cues.tsv's last columns."""
    out = {}
    for row in load("reporting_cues.tsv", ("cue",)):
        cols = [frozenset(w for w in (row.get(c) or "").split("|") if w) for c in ("not_as", "not_before", "impersonal")]
        if any(cols):
            out[row["cue"]] = (frozenset(map(spelt, cols[0])), frozenset(map(fold, cols[1])),
                               frozenset(map(fold, cols[2])))
    return out


def _not_a_statement(sent, i: int, lemma: str) -> bool:
    """The cue at sent[i] is another word (يُدعى), a phrase (لفت نظر) or the outlet's
    impersonal note (يذكر أن), by reporting_cues.tsv."""
    limits = _cue_limits().get(lemma)
    if limits is None:
        return False
    not_as, not_before, impersonal = limits
    nxt = sent[i + 1].norm if i + 1 < len(sent) else ""
    return spelt(sent[i].text) in not_as or nxt in not_before or \
        (sent[i].norm in impersonal and (nxt in _LINKS or nxt == "ان"))


def _cue_of(norm: str) -> tuple[str, str] | None:
    c = _cues()
    hit = c.get(norm)
    if hit is None and len(norm) > 3 and norm[0] in "وف":
        hit = c.get(norm[1:])
    return hit


@stage("quotes", needs=("entities", "tokens", "sentences"), sets=("quotes",))
def make_quotes(settings: Settings):
    """Statements with speaker, cue, content, channel and offsets."""
    _cues()

    cues = _cues()  # as _cue_of reads them, inlined in the loop over every token
    limited = frozenset(_cue_limits())

    def quotes(article: Article) -> Article:
        toks = article.tokens
        starts = [t.start for t in toks]
        ents = sorted(article.entities, key=lambda e: e["start"])
        ent_starts = [e["start"] for e in ents]
        own_outlet = find_outlet(article.outlet) if article.outlet else None
        last: tuple[str | None, str | None] | None = None
        last_statement: tuple[str | None, str | None] | None = None
        out: list[dict] = []
        for s, e in article.sentences:
            a, b = bisect_left(starts, s), bisect_left(starts, e)
            sent = toks[a:b]
            i = 0
            while i < len(sent):
                w = sent[i].norm
                cue = cues.get(w) or (cues.get(w[1:]) if len(w) > 3 and w[0] in "وف" else None)
                if cue is None or _inside_entity(ents, ent_starts, sent[i].start) or \
                        (cue[0] in limited and _not_a_statement(sent, i, cue[0])) or _passive_form(sent[i].text) \
                        or _attributing(sent, i) or (i and sent[i - 1].norm in _QUESTION_WORDS):
                    i += 1
                    continue
                q = _read_statement(article, sent, i, cue, ents, ent_starts, e)
                if q is None:
                    i += 1
                    continue
                subject_kind, speaker, speaker_text, q_rec, next_i = q
                if subject_kind == "statement-ref":
                    subject_kind = "none" if last_statement is None else subject_kind
                    if last_statement:
                        speaker, speaker_text = last_statement
                if subject_kind == "none":
                    # a dropped subject: the sentence's own subject if it named one before the verb
                    own = _sentence_subject(ents, ent_starts, s, min(sent[i].start, sent[min(3, len(sent) - 1)].end))
                    if own is not None:
                        last = (own["id"], own["text"])
                    if last is None:
                        # a dropped subject with no speaker yet: the subject of the sentence before
                        prev = _previous_sentence_subject(ents, ent_starts, article.sentences, s) or \
                            _nearest_person_before(ents, ent_starts, sent[i].start)
                        if prev is None:
                            i = next_i
                            continue
                        last = (prev["id"], prev["text"])
                    speaker, speaker_text = last
                elif subject_kind == "statement":
                    last_statement = (speaker, speaker_text)
                q_rec["speaker"], q_rec["speaker_text"] = speaker, speaker_text
                if q_rec["channel"] and own_outlet and find_outlet(q_rec["channel"]) == own_outlet:
                    q_rec["channel"] = None
                out.append(q_rec)
                if speaker or speaker_text:
                    last = (speaker, speaker_text)
                i = next_i
        article.quotes = out
        return article

    return quotes


def _sentence_subject(ents, ent_starts, sent_start: int, pos: int):
    """The first person, organisation or country named in the sentence before `pos`
    (the caller limits `pos` to the sentence's first words: its subject, not any mention)."""
    for e in _entities_between(ents, ent_starts, sent_start, pos):
        if e["type"] in ("PER", "ORG") or (e["type"] == "LOC" and e.get("subtype") == "GPE"
                                           and e.get("geonameid") and e.get("lat") is not None
                                           and e["canonical"] == e["text"] and _is_country(e)):
            return e
    return None


def _is_country(e) -> bool:
    from ..places import gazetteer
    p = gazetteer().lookup(e["text"])
    return bool(p) and p[0].kind == "country"


def _previous_sentence_subject(ents, ent_starts, sentences, sent_start: int):
    prev = [sp for sp in sentences if sp[1] <= sent_start]
    if not prev:
        return None
    ps, pe = prev[-1]
    people = [e for e in _entities_between(ents, ent_starts, ps, pe) if e["type"] == "PER"]
    return people[0] if people else None


def _nearest_person_before(ents, ent_starts, pos: int):
    k = bisect_left(ent_starts, pos) - 1
    while k >= 0:
        if ents[k]["type"] == "PER":
            return ents[k]
        k -= 1
    return None


def _inside_entity(ents, ent_starts, pos: int) -> bool:
    k = bisect_left(ent_starts, pos + 1) - 1
    return k >= 0 and ents[k]["start"] <= pos < ents[k]["end"]


def _entities_between(ents, ent_starts, lo: int, hi: int) -> list[dict]:
    k = bisect_left(ent_starts, lo)
    out = []
    while k < len(ents) and ents[k]["start"] < hi:
        if ents[k]["end"] <= hi:
            out.append(ents[k])
        k += 1
    return out


def _read_statement(article: Article, sent, c: int, cue, ents, ent_starts, sent_end: int):
    lemma, takes = cue
    n = len(sent)
    text = article.text
    # the link: a complementizer, or the verb's own preposition
    link = None
    stop_at = n
    for j in range(c + 1, min(n, c + 45)):
        w = sent[j].norm
        if w in _LINKS or (w == takes and takes != "ان") or \
                (_speech_opens(sent, j) and not _quoted_name(sent, j, ents, ent_starts)):
            link = j
            break
        if j > c + 1 and _cue_of(w) and not _inside_entity(ents, ent_starts, sent[j].start):
            stop_at = j  # another statement starts before any link
            break
        if j > c + 1 and _own_complement_before(sent, c, j, ents, ent_starts):
            break  # the verb's content is its own complement, up to the sentence's end
    if (link is None or link > _first_comma_after(sent, c + 1)) and _needs_link(lemma, sent[c].norm):
        # its link, in its own clause, or no statement: نقل الجرحى إلى المستشفى "carried",
        # تعتبر المدينة ثاني مدن اليمن "is considered"
        return None
    subj_lo = sent[c].end
    subj_hi = sent[link].start if link is not None else None
    if subj_hi is None:
        # no link: the speaker follows the verb, the content follows the adverbials
        chunk_end = min(_first_comma_after(sent, c + 1), stop_at)
        subj_hi = sent[chunk_end].start if chunk_end < n else sent_end
    subject = _entities_between(ents, ent_starts, subj_lo, subj_hi)
    first_chunk_end = sent[_first_comma_after(sent, c + 1)].start if _first_comma_after(sent, c + 1) < n else sent_end
    first_adverbial = _only_adverbial(sent, c + 1, c + 2) if c + 1 < n else True
    people = [x for x in subject if x["type"] == "PER"]
    orgs = [x for x in subject if x["type"] == "ORG" and (x["start"] < first_chunk_end or first_adverbial)]
    subj_end = link if link is not None else min(_first_comma_after(sent, c + 1), stop_at)
    subj_words = [t.norm for t in sent[c + 1:subj_end]]
    stripped = [w for w in subj_words if w not in ("،", ",")]
    kind = "entity"
    speaker = speaker_text = None
    role_end = 0
    issuer = _issuer(sent, c, subj_hi, ents, ent_starts)
    if issuer is not None:
        speaker, speaker_text, kind = issuer["id"], issuer["text"], "statement"
    elif people and not _only_adverbial_before(sent, c, people[0]["start"]):
        speaker, speaker_text = people[0]["id"], people[0]["text"]
    elif orgs and not _only_adverbial_before(sent, c, orgs[0]["start"]):
        speaker, speaker_text = orgs[0]["id"], orgs[0]["text"]
        if "بيان" in " ".join(subj_words):
            kind = "statement"
    elif link is None and (role_end := _role_nominal(sent, c + 1)):
        # "أعلن الرئيس الفرنسي استعداد بلاده": a speaker named by role and nationality; in
        # "أعلن وزير الخارجية النمساوي، سباستيان كورتس، عزمه" the name after it
        speaker_text = text[sent[c + 1].start:sent[role_end - 1].end]
        if role_end + 1 < n and sent[role_end].norm in ("،", ","):
            named = _entities_between(ents, ent_starts, sent[role_end].end, sent_end)
            if named and named[0]["type"] == "PER" and named[0]["start"] < sent[role_end + 1].end:
                speaker, speaker_text = named[0]["id"], named[0]["text"]
                role_end = _next_index_after(sent, named[0]["end"])
    elif stripped and stripped[0] in _STATEMENT:
        kind = "statement-ref"
    elif not stripped or stripped[0] in _NOT_SUBJECT or _cue_of(stripped[0]) or link is None \
            or _only_adverbial(sent, c + 1, subj_end):
        kind = "none"
    else:
        # an unnamed source: the words up to the first comma
        stop = _first_comma_after(sent, c + 1)
        hi = min(stop, link if link is not None else n)
        if hi > c + 1:
            speaker_text = text[sent[c + 1].start:sent[hi - 1].end]
        if "بيان" in " ".join(subj_words):
            kind = "statement"
    # content
    if link is not None:
        cstart_tok = link + 1 if sent[link].norm in _LINKS or sent[link].norm == takes else link
        if cstart_tok < n and sent[link].norm not in _LINKS and sent[cstart_tok].norm in _LINKS:
            cstart_tok += 1  # أشار إلى أن ...
    elif role_end:
        cstart_tok = _content_after_adverbials(sent, role_end, [])
    else:
        cstart_tok = _content_after_adverbials(sent, c + 1, people + orgs)
    if cstart_tok >= n:
        return None
    direct = False
    end_tok = _clause_end(sent, cstart_tok, ents, ent_starts)
    cs = sent[cstart_tok].start
    ce = sent[end_tok - 1].end if end_tok < n else sent_end
    if sent[cstart_tok].text in _OPEN_Q:
        close = next((k for k in range(cstart_tok + 1, n) if sent[k].text in _CLOSE_Q), None)
        if close is not None and close > cstart_tok + 1:
            cs, ce, direct = sent[cstart_tok + 1].start, sent[close - 1].end, True
    while ce > cs and text[ce - 1] in " .،,؛":
        ce -= 1
    if ce <= cs:
        return None
    channel = None
    for x in _entities_between(ents, ent_starts, sent[c].end, cs):
        if x["type"] == "ORG" and x.get("subtype") == "MEDIA":
            channel = x["canonical"]
            break
    cue_tok = sent[c]
    cue_text = cue_tok.text[1:] if cue_tok.norm[0] in "وف" and _cue_of(cue_tok.norm[1:]) else cue_tok.text
    rec = {"speaker": None, "speaker_text": None, "cue": cue_text, "content": text[cs:ce],
           "start": cs, "end": ce, "direct": direct, "channel": channel,
           "cue_start": cue_tok.end - len(cue_text), "cue_end": cue_tok.end}
    next_i = max(c + 1, min(_next_index_after(sent, ce), end_tok))
    return kind, speaker, speaker_text, rec, next_i


_NOT_SUBJECT = {"قايلا", "قايله", "فيه", "فيها", "له", "لها", "ذلك", "ايضا", "كذلك", "حينها", "حينذاك"}
_CLAUSE_LINKS = {"فيما", "بينما", "كما", "في حين", "حين", "و"}


def _speech_opens(sent, j: int) -> bool:
    """An opening quotation mark that starts reported speech (not a quoted name)."""
    if sent[j].text not in _OPEN_Q:
        return False
    for k in range(j + 1, min(len(sent), j + 60)):
        if sent[k].text in _CLOSE_Q:
            return k - j - 1 >= 4
    return len(sent) - j > 5


@lru_cache(maxsize=1)
def _attribution_words() -> frozenset[str]:
    """The attribution words of resources/event_words.tsv (حسب, حسبما, وفقا ...)."""
    return frozenset(fold(r["word"]) for r in load("event_words.tsv", ("word", "use")) if r["use"] == "attribution")


def _attributing(sent, i: int) -> bool:
    """The verb at sent[i] names the source of what was said before it (حسبما أعلن المصدر,
    حسب ما أفاد): an attribution, not a new statement."""
    words = _attribution_words()
    prev = sent[i - 1].norm if i > 0 else ""
    return prev in words or (prev in ("ما", "لما") and i > 1 and sent[i - 2].norm in words)


def _passive_form(surface: str) -> bool:
    """A verb marked passive by a damma on its first letter (يُعتبر "is considered",
    وذُكر), or, in a verb of the forms that open with alif, on the third (اعتُقل "was
    arrested", استُخدم, انتُخب), or on the ت of one whose root is merged into it (اتُّهم "was
    accused"): it names no speaker."""
    w = surface[1:] if len(surface) > 2 and surface[0] in "وف" else surface
    return (len(w) > 2 and w[1] == "\u064f") or (len(w) > 4 and w[0] in "اأإ" and w[3] == "\u064f"
                                                 and w[1].isalpha() and w[2] == "ت") \
        or (len(w) > 4 and w[0] in "اأإ" and w[1] == "ت" and "\u064f" in w[2:4]) \
        or _kasra_before_last(w)  # اتُّهم "was accused"; أطلِق "was released"


def _kasra_before_last(w: str) -> bool:
    """A past verb of the forms that open with alif (أفعل، افتعل) with a kasra on the letter before its
    last radical (أطلِق، أطلِقت، اعتقِل), which their active forms never bear: passive."""
    if len(w) < 5 or w[0] not in "اأإ" or "\u0650" not in w or w.startswith("ال"):
        return False
    bare = w.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    for ending in ("وا", "ت", ""):
        if ending and not bare.endswith(ending):
            continue
        stem = bare[:len(bare) - len(ending)].rstrip("\u064e\u0652")
        if len(stem) >= 4 and stem[-2] == "\u0650" and sum(c.isalpha() for c in stem) >= 4:  # (no mark is a letter)
            return True
    return False


def _quoted_name(sent, j: int, ents, ent_starts) -> bool:
    """The quotation marks opening at sent[j] hold exactly one name (وأفاد «المرصد السوري
    لحقوق الإنسان» بأن): the speaker, not speech."""
    close = next((k for k in range(j + 1, min(len(sent), j + 60)) if sent[k].text in _CLOSE_Q), None)
    if close is None or close == j + 1:
        return False
    lo, hi = sent[j + 1].start, sent[close - 1].end
    return any(e["start"] == lo and e["end"] == hi and e["type"] in ("PER", "ORG")
               for e in _entities_between(ents, ent_starts, lo, hi))


# words that hand the turn to another speaker before his verb: من جهته، من جانبه، بدوره
_TURN_WORDS = frozenset(fold(w) for w in ("من", "ومن", "جهته", "جهتها", "جانبه", "جانبها", "بدوره", "بدورها",
                                          "وبدوره", "وبدورها"))


# a verb after one of these asks (كيف ترى ذلك؟ "how do you see it?"): no statement
_QUESTION_WORDS = frozenset(fold(w) for w in ("كيف", "هل", "وهل", "ماذا", "لماذا", "متى", "أين", "ألا"))


def _clause_end(sent, i: int, ents, ent_starts) -> int:
    """End of a statement's content: the sentence end, or the start of a following
    clause that reports another statement (، فيما أكد ...)."""
    n = len(sent)
    in_quote = False
    closes = sum(t.text in _CLOSE_Q for t in sent[i + 1:])
    for j in range(i, n):
        t = sent[j].text
        if t in _OPEN_Q and not in_quote and closes:
            in_quote = True
            continue
        if t in _CLOSE_Q and in_quote:
            in_quote = False
            continue
        if in_quote or j == i:
            continue
        if _cue_of(sent[j].norm) and not _inside_entity(ents, ent_starts, sent[j].start):
            # "؛ من جهته أعلن ...", "، بدوره قال ...": the other party's turn
            b = j
            while b - 1 > i and sent[b - 1].norm in _TURN_WORDS:
                b -= 1
            prev = sent[b - 1].norm
            if prev in ("،", ",", "؛", ";", "فيما", "بينما", "كما", "حين") or \
                    (sent[b].norm[0] == "و" and prev in ("،", ",", ".", "؛", ";")):
                k = b - 1 if prev in ("فيما", "بينما", "كما", "حين") else b
                while k > i and sent[k - 1].norm in ("،", ",", "؛", ";", "في"):
                    k -= 1
                return k
    return n


def _issuer(sent, c: int, hi: int, ents, ent_starts):
    """In "بيان صادر عن X", X."""
    for j in range(c + 1, len(sent)):
        if sent[j].start >= hi:
            break
        if sent[j].norm in _STATEMENT:
            for k in range(j + 1, min(len(sent), j + 5)):
                if sent[k].norm == "عن" and k + 1 < len(sent):
                    found = _entities_between(ents, ent_starts, sent[k + 1].start, hi)
                    if found:
                        return found[0]
    return None


def _first_comma_after(sent, i: int) -> int:
    for j in range(i, len(sent)):
        if sent[j].norm in ("،", ","):
            return j
    return len(sent)


def _only_adverbial(sent, lo: int, hi: int) -> bool:
    """True when tokens lo..hi are only commas and adverbial/prepositional chunks."""
    chunk_start = True
    for j in range(lo, hi):
        w = sent[j].norm
        if w in ("،", ","):
            chunk_start = True
            continue
        if chunk_start:
            if not (w in _ADVERBIAL or w.startswith(_MEDIA_VERBS)):
                return False
            chunk_start = False
    return True


def _only_adverbial_before(sent, c: int, pos: int) -> bool:
    """True when the entity at `pos` sits inside an adverbial chunk after the verb."""
    j = c + 1
    while j < len(sent) and sent[j].start < pos:
        if sent[j].norm not in ("،", ","):
            return sent[j].norm in _ADVERBIAL
        j += 1
    return False


def _role_nominal(sent, i: int) -> int:
    """End (token index) of a role with its nationality starting at `i` ("الرئيس الفرنسي",
    "وزير الخارجية الإيراني"); 0 when the words there are not one."""
    k = kb()
    if i >= len(sent) or (sent[i].norm[:1] in ("ل", "ب") and not sent[i].norm.startswith("ال")):
        return 0  # للجيش البريطاني: a complement, not a subject
    found = k.role_of([t.norm for t in sent[i:i + k.role_max_words]])
    if found is None:
        return 0
    end = i + found[0]
    if not (end < len(sent) and k.nationality_of(sent[end].norm)):
        return 0
    # what follows is the statement, or the name in apposition; not more of the subject
    # ("كشف الطالب السعودي في الولايات المتحدة معاذ الخلف ...")
    return end + 1 if end + 1 < len(sent) and sent[end + 1].norm not in _ADVERBIAL else 0


def _content_after_adverbials(sent, i: int, subject) -> int:
    """Index where the content starts when no link word marks it."""
    n = len(sent)
    j = i
    if subject:
        end = max(x["end"] for x in subject[:1])
        while j < n and sent[j].start < end:
            j += 1
    while j < n:
        if sent[j].norm in ("،", ","):
            j += 1
            continue
        w = sent[j].norm
        if w in _ADVERBIAL or w.startswith(_MEDIA_VERBS):
            j = _first_comma_after(sent, j)
            continue
        return j
    return n


def _next_index_after(sent, pos: int) -> int:
    for j, t in enumerate(sent):
        if t.start >= pos:
            return j
    return len(sent)
