"""Stage "dates": every time expression, resolved to a date.

Absolute Gregorian dates in any Arab month family (18 أغسطس 2020, 18 آب 2020,
18 أوت 2020, 2020/08/18), Hijri dates converted to Gregorian (5 ذو الحجة 1441),
month-and-year and year-only forms (with the era letter: 1976م, 1436هـ), weekday names, and relative expressions
(اليوم, أمس, أول أمس, غدا, الأسبوع الماضي, الشهر المقبل, قبل ثلاثة أشهر ...) resolved
against the publication date. Digits may be Arabic-Indic or Persian.

"أمس الاثنين" is the Monday before publication. When an expression contradicts
the publication date (a page published on a Tuesday saying "اليوم الاثنين"), the
weekday wins, the date resolves to that real day, and a warning says so.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ..article import Article
from ..calendar import months, weekdays
from ..errors import ResourceError
from ..lexicon import check_enum, check_int, load
from ..pipeline import stage
from ..settings import Settings
from ..text.normalize import fold
from ..text.patterns import alternation

_MODERN_HIJRI = (1380, 1460)  # an unmarked year in this range is Hijri (1960 to 2039)
_ARABIC_WEEKDAY = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


@lru_cache(maxsize=1)
def _tables():
    """(relative expressions -> (unit, offset), weekday names -> 0-6, counted expressions
    such as "قبل N أيام" -> (unit, sign))."""
    rel, counted = {}, {}
    for row in load("relative_dates.tsv", ("expression", "unit", "offset")):
        unit = check_enum(row, "unit", {"day", "week", "month", "year"})
        expression = " ".join(fold(row["expression"]).split())
        if "N" in expression.split():
            if expression.split()[0] == "N" or expression.split()[-1] == "N" or expression.count(" N ") != 1:
                raise ResourceError(row.path, f"a counted expression has one N between words: '{row['expression']}'",
                                    row.line)
            if row["offset"] not in ("N", "-N"):
                raise ResourceError(row.path, f"offset '{row['offset']}' of a counted expression is not N or -N",
                                    row.line)
            counted[expression] = (unit, -1 if row["offset"] == "-N" else 1)
            continue
        try:
            off = int(row["offset"])
        except ValueError:
            raise ResourceError(row.path, f"offset '{row['offset']}' is not a number", row.line) from None
        rel[expression] = (unit, off)
    return rel, weekdays(), counted


_BEFORE_SOMETHING = re.compile(r"\s+(?:واحده?\s+)?من\s")
# an ordinal after a day: the day counted from another one (اليوم الثاني، اليوم التالي)
_DAY_OF_SOMETHING = re.compile(r"\s+(?:التالي|السابق|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الاخير)(?![\w])")


def _alt(names) -> str:
    return alternation(names)


@lru_cache(maxsize=1)
def _ordinal_days() -> dict[str, int]:
    """Folded ordinal words -> day of the month (ordinal_days.tsv: التاسع من أغسطس)."""
    out = {}
    for row in load("ordinal_days.tsv", ("word", "day")):
        out[" ".join(fold(row["word"]).split())] = check_int(row, "day", 1, 31)
    return out


@lru_cache(maxsize=1)
def _month_parts() -> list[str]:
    """Folded words naming a part of a month or a year (month_parts.tsv: مطلع، أواخر)."""
    return [" ".join(fold(row["word"]).split()) for row in load("month_parts.tsv", ("word",))]


@lru_cache(maxsize=1)
def _feasts() -> dict[str, tuple[str, int, int]]:
    """Folded feast name -> (calendar, month, day of its first day) (feasts.tsv: عيد الفطر)."""
    out = {}
    for row in load("feasts.tsv", ("name", "calendar", "month", "day")):
        cal = check_enum(row, "calendar", {"gregorian", "hijri"})
        out[" ".join(fold(row["name"]).split())] = (cal, check_int(row, "month", 1, 12), check_int(row, "day", 1, 31))
    return out


@lru_cache(maxsize=1)
def _feast_days() -> dict[str, int]:
    """Folded words of a feast's day -> days after its first (feast_days.tsv: ثاني أيام)."""
    return {" ".join(fold(row["words"]).split()): check_int(row, "offset", -1, 10)
            for row in load("feast_days.tsv", ("words", "offset"))}


@lru_cache(maxsize=1)
def _number_values() -> dict[str, int]:
    """Number words with a value (numbers.tsv), folded."""
    out = {}
    for row in load("numbers.tsv", ("word",)):
        if row.get("value"):
            try:
                out[fold(row["word"])] = int(row["value"])
            except ValueError:
                raise ResourceError(row.path, f"value '{row['value']}' is not a number", row.line) from None
    return out


def _counted_regex(expression: str, group: str | None = None) -> str:
    """A regular expression for a folded counted expression ("قبل N أيام"), its count in
    digits or a number word, captured as `group` when given."""
    count = rf"(?:\d{{1,3}}|{_alt(_number_values())})"
    if group:
        count = f"(?P<{group}>{count})"
    return r"\s+".join(count if w == "N" else re.escape(w) for w in expression.split())


@lru_cache(maxsize=1)
def _counted_patterns() -> list[tuple[re.Pattern[str], str, int]]:
    return [(re.compile(_counted_regex(e, "n") + "$"), unit, sign) for e, (unit, sign) in _tables()[2].items()]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    rel, wd, counted_rows = _tables()
    mon = _alt(months())
    days = _alt(wd)
    rels = _alt(rel)
    # one branch for every counted expression: the words before N, the count, the words after
    # (a combination no row lists is dropped when the count is read)
    parts = [e.split(" N ") for e in counted_rows]
    before = _alt({p[0] for p in parts})
    after = _alt({p[1] for p in parts})
    counted = rf"(?:{before})\s+{_counted_regex('N')}\s+(?:{after})"
    pre = r"(?:(?<=[\s(«\"“،,])|^)(?:[وفبل]|في\s+)?"
    # a month's other name after it, in brackets or after a slash or a dash: "يونيو (حزيران)", "يوليو/تموز",
    # "مايو - أيار"
    other = rf"(?:\s*\(\s*(?:{mon})\s*\)|\s*[/\-–]\s*(?:{mon})(?![\w])|\s+(?:{mon})(?![\w]))?"
    # a month alone: not the two-letter آب, which is also the Yemeni province إب and أب "father"
    alone = _alt(m for m in months() if len(m.replace(" ", "")) > 2)
    part = rf"(?:(?:{_alt(_month_parts())})\s+)"
    direction = r"الماضي|المنصرم|المقبل|القادم|الجاري|الحالي"
    # "14 مايو من العام الحالي", "مارس من العام الماضي": the year, told relative to publication
    this_year = _alt(e for e, (unit, _) in rel.items() if unit == "year")
    return re.compile(
        pre + "(?:"
        rf"(?P<cnt>{counted})|"
        # a day of a feast: "أول أيام عيد الفطر المبارك", "صباح عيد الأضحى الماضي"
        rf"(?:(?:صباح|مساء|ظهر|عصر|نهايه|بدايه)\s+)?(?P<fday>{_alt(_feast_days())})\s+ل?(?P<feast>{_alt(_feasts())})"
        rf"(?:\s+(?:المبارك|السعيد|المجيد))?"
        rf"(?:\s+(?P<fdir>الماضي|المنصرم|المقبل|القادم))?|"
        rf"(?:(?:يوم\s+)?(?P<wd1>{days})\s*[،,]?\s*)?(?:(?P<d>\d{{1,2}})\s+(?:من\s+)?|(?P<od>{_alt(_ordinal_days())})\s+من\s+)"
        rf"(?:شهر\s+)?(?P<m>{mon}){other}"
        rf"(?:\s*[،,]?\s*(?:عام|سنه|لعام)?\s*(?P<y>\d{{4}}))?\s*(?P<h>هـ|ه|م)?(?![\w])"
        rf"(?:\s+(?P<ddir>{direction})(?![\w])|\s+من\s+(?P<dyear>{this_year}))?"
        # (a slash may stand between spaces: "الخميس 28 / 10 / 1436 هـ")
        rf"|(?P<num>(?P<n1>\d{{1,4}})(?:[/.-]|\s/\s)(?P<n2>\d{{1,2}})(?:[/.-]|\s/\s)(?P<n3>\d{{1,4}}))(?!\d)\s*(?P<h4>هـ|ه|م)?"
        rf"|{part}?(?:شهر\s+)?(?P<m2>{mon}){other}\s*[،,]?\s*(?:(?:عام|سنه)\s+)?(?P<y2>\d{{4}})\s*(?P<h2>هـ|ه|م)?(?![\w])"
        rf"|{part}?(?:شهر\s+)?(?P<m3>{mon}){other}\s+(?P<dir>الماضي|المقبل|القادم|المنصرم|الجاري|الحالي)"
        # a month alone, after a word of its part, شهر or في: "أواخر مارس", "في يونيو (حزيران)"
        rf"|(?:{part}(?:شهر\s+)?|شهر\s+|(?<=في\s))(?P<m4>{alone}){other}(?:\s+من\s+(?P<myear>{this_year}))?"
        rf"|{part}?(?P<rel>{rels})(?:\s+(?P<wd2>{days}))?"
        rf"|{part}(?P<unit>الشهر|العام|السنه)(?!\s+\d)"
        rf"|(?:يوم\s+)?(?P<wd3>{days})(?:\s+(?P<wdir>الماضي|المقبل|القادم|المنصرم))?"
        rf"|(?:{part}(?:(?:عام|سنه|العام)\s+)?|(?:عام|سنه|العام|في عام)\s+)(?P<yr>\d{{4}})\s*(?P<h3>هـ|ه|م)?"
        r")(?![\w])"
    )


def _hijri_to_gregorian(y: int, m: int, d: int | None) -> date | None:
    from hijridate import Hijri
    try:
        return Hijri(y, m, d or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _shift_month(d: date, n: int) -> str:
    m = d.month - 1 + n
    return f"{d.year + m // 12:04d}-{m % 12 + 1:02d}"


class Resolver:
    def __init__(self, published: str | None):
        self.pub = date.fromisoformat(published) if published else None

    def relative(self, unit: str, off: int) -> str | None:
        p = self.pub
        if p is None:
            return None
        if unit == "day":
            return (p + timedelta(days=off)).isoformat()
        if unit == "week":
            return _iso_week(p + timedelta(weeks=off))
        if unit == "month":
            return _shift_month(p, off)
        return f"{p.year + off:04d}"

    def weekday(self, wd: int, direction: str | None = None) -> date | None:
        p = self.pub
        if p is None:
            return None
        back = (p.weekday() - wd) % 7
        if direction in ("المقبل", "القادم"):
            return p + timedelta(days=(wd - p.weekday()) % 7 or 7)
        if direction in ("الماضي", "المنصرم"):
            return p - timedelta(days=back or 7)
        return p - timedelta(days=back)

    def day_month(self, month: int, day: int, direction: str | None = None) -> str | None:
        """A day of a month without a year: of the year of publication, unless the
        words after it tell the last one before publication ("27 نوفمبر الماضي") or the
        next one after it ("15 أغسطس القادم"). Raises ValueError for no such day."""
        p = self.pub
        if p is None:
            return None
        d = date(p.year, month, day)
        if direction in ("الماضي", "المنصرم") and d > p:
            d = date(p.year - 1, month, day)
        elif direction in ("المقبل", "القادم") and d < p:
            d = date(p.year + 1, month, day)
        return d.isoformat()

    def gregorian_day_month(self, month: int, day: int, direction: str | None = None) -> date | None:
        """A day of a Gregorian month without a year (a feast's): the one nearest the
        publication, or the last before it or the next after it as the words after it tell."""
        p = self.pub
        if p is None:
            return None
        return self._nearest([date(y, month, day) for y in (p.year - 1, p.year, p.year + 1)], direction)

    def hijri_year(self) -> int:
        """The Hijri year of the publication date (which must be known)."""
        from hijridate import Gregorian
        return Gregorian(self.pub.year, self.pub.month, self.pub.day).to_hijri().year

    def hijri_day_month(self, month: int, day: int, direction: str | None = None) -> date | None:
        """A day of a Hijri month without a year: the one nearest the publication, or the
        last before it or the next after it as the words after it tell ("17 رمضان الماضي")."""
        p = self.pub
        if p is None:
            return None
        hy = self.hijri_year()
        return self._nearest([d for d in (_hijri_to_gregorian(y, month, day) for y in (hy - 1, hy, hy + 1)) if d],
                             direction)

    def _nearest(self, days: list[date], direction: str | None) -> date | None:
        """Of a day's yearly returns, the one nearest publication, or the last before it or the
        next after it as `direction` tells (الماضي، المقبل)."""
        p = self.pub
        if direction in ("الماضي", "المنصرم"):
            days = [d for d in days if d <= p]
        elif direction in ("المقبل", "القادم"):
            days = [d for d in days if d >= p]
        return min(days, key=lambda d: abs((d - p).days)) if days else None

    def feast(self, feast: str, day_words: str, direction: str | None = None) -> str | None:
        """The day the words of a feast's day (`day_words`: ثاني أيام) name of the feast (folded
        `feast`: عيد الفطر) nearest publication, or of the last or next one."""
        cal, month, day = _feasts()[" ".join(feast.split())]
        first = self.hijri_day_month(month, day, direction) if cal == "hijri" \
            else self.gregorian_day_month(month, day, direction)
        return (first + timedelta(days=_feast_days()[" ".join(day_words.split())])).isoformat() if first else None

    def hijri_month_only(self, month: int, direction: str | None) -> str | None:
        """A Hijri month named without a year ("في شهر صفر الماضي", "رمضان المقبل"): the last one, the
        next one or the current one as `direction` tells (alone: the current or the last, as for a
        Gregorian month), as the Gregorian month of its first day."""
        p = self.pub
        if p is None:
            return None
        from hijridate import Gregorian
        h = Gregorian(p.year, p.month, p.day).to_hijri()
        if direction in ("المقبل", "القادم"):
            hy = h.year if month > h.month else h.year + 1
        else:
            hy = h.year if month < h.month or (month == h.month and direction in (None, "الجاري", "الحالي")) \
                else h.year - 1
        gd = _hijri_to_gregorian(hy, month, 1)
        return f"{gd.year:04d}-{gd.month:02d}" if gd else None

    def month_only(self, month: int, direction: str | None) -> str | None:
        p = self.pub
        if p is None:
            return None
        if direction in ("المقبل", "القادم"):
            y = p.year if month > p.month else p.year + 1
        else:
            # (a month alone, "في مارس": the last one, as news tells of what happened; the
            # events stage takes the next one for what is planned)
            y = p.year if month < p.month or (month == p.month and direction in (None, "الجاري", "الحالي")) \
                else p.year - 1
        return f"{y:04d}-{month:02d}"


def find_dates(text: str, norm_text: str, span, published: str | None, warn) -> list[dict]:
    rel, wd_names, _ = _tables()
    res = Resolver(published)
    out = []
    year_end, year_told = -1, None  # where the last year told alone ends, and that year
    for m in _pattern().finditer(norm_text):
        g = m.groupdict()
        month_alone = None  # a Gregorian month told without its year
        if (g["cnt"] or (g["rel"] or "").startswith("قبل")) and _BEFORE_SOMETHING.match(norm_text, m.end()):
            continue  # "قبل يومين من الانتخابات": before another event, not before publication
        value, calendar = None, "gregorian"
        if g["cnt"]:
            phrase = " ".join(g["cnt"].split())
            hit = next(((h, unit, sign) for pat, unit, sign in _counted_patterns() for h in [pat.match(phrase)] if h),
                       None)
            if hit is None:
                continue  # words before and after a count that no row of relative_dates.tsv puts together
            n = hit[0].group("n")
            value = res.relative(hit[1], hit[2] * (int(n) if n.isdigit() else _number_values()[n]))
        elif g["feast"]:
            calendar = _feasts()[" ".join(g["feast"].split())][0]
            value = res.feast(g["feast"], g["fday"], g["fdir"])
        elif g["m"]:
            month, cal = months()[" ".join(g["m"].split())]
            day = int(g["d"]) if g["d"] else _ordinal_days()[" ".join(g["od"].split())]
            year = int(g["y"]) if g["y"] else None
            if cal == "hijri" or g["h"] in ("هـ", "ه"):
                calendar = "hijri"
                if g["dyear"] and res.pub:  # "العاشر من شهر محرم من العام الحالي": of this Hijri year
                    year = res.hijri_year() + rel[" ".join(g["dyear"].split())][1]
                gd = _hijri_to_gregorian(year, month, day) if year else res.hijri_day_month(month, day, g["ddir"])
                value = gd.isoformat() if gd else None
            else:
                try:
                    if g["dyear"] and res.pub:
                        year = res.pub.year + rel[" ".join(g["dyear"].split())][1]
                    value = date(year, month, day).isoformat() if year else res.day_month(month, day, g["ddir"])
                except ValueError:
                    value = None
        elif g["num"]:
            a, b, c = int(g["n1"]), int(g["n2"]), int(g["n3"])
            y, mo, d = (a, b, c) if g["n1"] and len(g["n1"]) == 4 else (c, b, a)
            if not (len(g["n1"]) == 4 or len(g["n3"]) == 4):
                continue  # 12/5/20: too ambiguous to read
            try:
                value = date(y, mo, d).isoformat()
            except ValueError:
                continue
            if y < 1600 or g["h4"] in ("هـ", "ه"):
                calendar = "hijri"
                gd = _hijri_to_gregorian(y, mo, d)
                value = gd.isoformat() if gd else None
        elif g["m2"]:
            month, cal = months()[" ".join(g["m2"].split())]
            year = int(g["y2"])
            if cal == "hijri" or g["h2"] in ("هـ", "ه"):
                calendar = "hijri"
                gd = _hijri_to_gregorian(year, month, 1)
                value = f"{gd.year:04d}-{gd.month:02d}" if gd else None
            else:
                value = f"{year:04d}-{month:02d}"
        elif g["m3"]:
            month, cal = months()[" ".join(g["m3"].split())]
            if cal == "hijri":
                calendar = "hijri"
                value = res.hijri_month_only(month, g["dir"])
            else:
                value = res.month_only(month, g["dir"])
                month_alone = month if not g["dir"] else None
        elif g["m4"]:
            month, cal = months()[" ".join(g["m4"].split())]
            if cal == "hijri":
                calendar = "hijri"  # (alone, "خلال شهر رمضان المبارك" is as often the season a thing
                # happened in as when: unresolved)
            else:
                value = res.month_only(month, None)
                month_alone = month if not g["myear"] else None
                if g["myear"] and res.pub:
                    value = f"{res.pub.year + rel[' '.join(g['myear'].split())][1]:04d}-{month:02d}"
        elif g["unit"]:
            value = res.relative("month" if g["unit"] == "الشهر" else "year", 0)
        elif g["rel"]:
            unit, off = rel[" ".join(g["rel"].split())]
            if g["rel"].split()[-1] == "اليوم" and not g["wd2"] and _DAY_OF_SOMETHING.match(norm_text, m.end()):
                continue  # "اليوم الأول من عيد الفطر", "في اليوم التالي": a day of something else, not today
            value = res.relative(unit, off)
            if g["wd2"] and unit == "day":
                wd = wd_names[" ".join(g["wd2"].split())]
                if res.pub and value:
                    stated = date.fromisoformat(value)
                    if stated.weekday() != wd:
                        real = res.weekday(wd)
                        s0, e0 = span(m.start(), m.end())
                        warn(f"date '{text[s0:e0].strip()}' at {s0}: {published} is a "
                             f"{_ARABIC_WEEKDAY[res.pub.weekday()]}, so {_ARABIC_WEEKDAY[wd]} cannot be "
                             f"{'today' if off == 0 else f'{off:+d} day(s) from it'}; "
                             f"resolved to {real.isoformat()}, the {_ARABIC_WEEKDAY[wd]} before publication")
                        value = real.isoformat()
        elif g["wd3"]:
            d = res.weekday(wd_names[" ".join(g["wd3"].split())], g["wdir"])
            value = d.isoformat() if d else None
        elif g["yr"]:
            value = g["yr"]
            if g["h3"] in ("هـ", "ه") or _MODERN_HIJRI[0] <= int(value) <= _MODERN_HIJRI[1]:
                # a Hijri year ("عام 1436هـ", or unmarked, one of these decades: 1436 is no
                # Gregorian year a news page tells of) spans two Gregorian ones: the one of its middle
                calendar = "hijri"
                gd = _hijri_to_gregorian(int(value), 7, 1)
                value = f"{gd.year:04d}" if gd else None
            else:
                year_end, year_told = m.end(), int(value)
        if month_alone is not None and year_told is not None and 0 <= m.start() - year_end <= 30 \
                and not any(c in norm_text[year_end:m.start()] for c in ".؟!:0123456789"):
            # "إلى عام 2008، وتحديدا في شهر مايو": the month of the year just told
            value = f"{year_told:04d}-{month_alone:02d}"
        s, e = span(m.start(), m.end())
        while s < e and (text[s] in " \t\n،," or (text[s] in "وفبل" and e - s > 2 and _prefix_clitic(text, s, e))):
            s += 1
        if text.startswith("في ", s):
            s += 3
        while e > s and text[e - 1] in " \t\n":
            e -= 1  # the space an absent era letter's pattern took ("14 أغسطس (آب)")
        out.append({"text": text[s:e], "start": s, "end": e, "value": value, "calendar": calendar})
    return out


def feast_day(expression: str, published: str, direction: str) -> str | None:
    """The day a feast's date expression (أول أيام عيد الفطر) names in the last year before
    `published` ("الماضي") or the next after it ("المقبل"); None for any other expression."""
    m = _pattern().fullmatch(fold(expression))
    if m is None or not m.group("feast"):
        return None
    return Resolver(published).feast(m.group("feast"), m.group("fday"), direction)


def is_weekday(expression: str) -> bool:
    """`expression` is a weekday's name alone, يوم before it or not (الاثنين, يوم الاثنين)."""
    _, wd, _ = _tables()
    words = fold(expression).split()
    if words and words[0] in ("يوم", "ويوم"):
        words = words[1:]
    return " ".join(words) in wd


def _prefix_clitic(text: str, s: int, e: int) -> bool:
    """True when the letter at s is a proclitic glued to the expression (وأمس, في is a word)."""
    word = text[s:e].split()[0] if text[s:e].split() else ""
    f = fold(word[1:])
    rel, wd, _ = _tables()
    return bool(f) and (f in rel or f in wd or f.startswith(("ال", "يوم", "عام", "شهر", "سنه")) or f[:1].isdigit()
                        or any(r.startswith(f) for r in rel))


@stage("dates", needs=("text",), sets=("dates", "warnings"))
def make_dates(settings: Settings):
    """Time expressions with ISO values, relative ones resolved against `published`; none
    inside the name of a place found before this stage (مدينة 6 أكتوبر is a city)."""
    _pattern()

    def dates(article: Article) -> Article:
        norm = article.norm
        found = find_dates(article.text, norm.text, norm.span, article.published, article.warn)
        places = [(e["start"], e["end"]) for e in article.entities if e["type"] == "LOC" and e.get("geonameid")]
        article.dates = [d for d in found if not any(s <= d["start"] and d["end"] <= e for s, e in places)]
        return article

    return dates
