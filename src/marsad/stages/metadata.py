"""Stage "metadata": outlet, dateline place, author and publication date.

- Dateline, from the standalone line the clean stage found ("أوج – طرابلس"),
  else from the opening of the body ("القاهرة (رويترز) -"), else from an author
  field that carries one ("لندن: رنيم حنوش" gives place لندن, author رنيم حنوش).
  The place is resolved in the gazetteer, preferring the outlet's country.
- Outlet: the input's, named as the outlets lexicon names it (SaudiNewsNet's
  "aawsat" becomes الشرق الأوسط), else the dateline's.
- Published: the input's, else a date the page states (a "تاريخ النشر" line,
  the HTML metadata, a date in the URL), else `--published`.
"""
from __future__ import annotations

import re

from ..article import Article
from ..calendar import find_gregorian_date
from ..datelines import Dateline, parse_byline, parse_inline, parse_line
from ..outlets import find_outlet
from ..pipeline import stage
from ..places import gazetteer
from ..settings import Settings

_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](?:[a-z_]+/)?(\d{1,2})[/-](\d{1,2})(?:/|$)")


def _url_date(url: str | None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url)
    if not m:
        return None
    return find_gregorian_date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")


def _find_dateline(article: Article) -> Dateline | None:
    line = article.extra.get("dateline_line")
    if line:
        dl = parse_line(line)
        if dl:
            return dl
    dl = parse_inline(article.text)
    if dl:
        return dl
    if article.author:
        return parse_byline(article.author, article.outlet)
    return None


@stage("metadata", needs=("text",), sets=("outlet", "dateline", "author", "published"))
def make_metadata(settings: Settings):
    """Outlet, dateline with coordinates, author and publication date."""

    def metadata(article: Article) -> Article:
        if article.outlet:
            known = find_outlet(article.outlet)
            if known:
                article.outlet = known.name
        dl = _find_dateline(article)
        if not article.outlet and dl and dl.outlet:
            known = find_outlet(dl.outlet)
            article.outlet = known.name if known else dl.outlet
        byline = parse_byline(article.author, article.outlet) if article.author else None
        if byline:
            article.author = byline.author  # None when it named only a place and an outlet
        elif not article.author and dl is not None and dl.author and dl.end:
            article.author = dl.author  # "فايز الاسمري - سبق- الرياض :": the reporter the body opens with
        if dl and dl.place:
            outlet = find_outlet(article.outlet or "")
            prefer = tuple(c for c in (outlet.country if outlet else None,) if c)
            place = gazetteer().resolve(dl.place, prefer)
            if place is not None and place.kind == "country":
                # a dateline names a city: عمان is Amman, not Oman, تونس the capital (a city of the
                # country's name, or a capital; not لبنان, Lebanon in Pennsylvania)
                gaz = gazetteer()
                place = next((p for p in gaz.lookup(dl.place) if p.kind == "city" and (
                    p.country == place.country or p.geonameid in gaz.capitals)), place)
            article.dateline = {"text": dl.place, **(place.as_dict() if place else
                                {"geonameid": None, "lat": None, "lon": None, "country": None})}
        if dl and dl.end:
            # an inline dateline or a byline ("أيمن حسن – سبق:"): the body starts here
            article.extra["dateline_end"] = dl.end
        if not article.published:
            article.published = (
                next((d for d in map(find_gregorian_date, _date_lines(article)) if d), None)
                or _html_date(article)
                or _url_date(article.url)
                or article.extra.get("published_default")
            )
        return article

    return metadata


def _date_lines(article: Article) -> list[str]:
    return list(article.extra.get("date_lines", [])) + [r for r in article.removed if find_gregorian_date(r)]


def _html_date(article: Article) -> str | None:
    d = article.extra.get("html_date")
    if not d or d.endswith("-01-01"):  # a year-only guess, not a date the page states
        return None
    return d
