"""Figures to call out: a number with its unit and qualifiers (`5553`, `900萬人以上`, `6%`,
`£1.3 billion`), found in a card's points and held to the source's exact text.

A call-out is set large beside the phrase it belongs to, so it must be exactly what the source
says: `callout` finds the figure in the point, then the very same characters inside the
point's source span (`Point.span`) of the article's blocks; a figure the source does not contain
verbatim there (a point that was condensed around it) is never called out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from highlights.cards.terms import YEAR, in_date_brackets, place_follows
from highlights.model import Block, Card, Language, Point

_CN_DIGITS = "零〇○一二兩两三四五六七八九十百千"  # (`二○一九年`: a Taiwanese paper's zero)
_ZH_NUMBER = rf"(?:\d+(?:[.,]\d+)*|[{_CN_DIGITS}]{{2,}}|[一二兩两三四五六七八九十]{{1,3}}[百千])"
_ZH_SCALES = r"萬億|万亿|千億|千亿|百萬|百万|千萬|千万|萬|万|億|亿"
_ZH_SCALE = rf"(?:{_ZH_SCALES})?"
_ZH_UNITS = (
    r"%|％|個百分點|个百分点|倍|元|美元|人民幣|人民币|萬人|万人|人次|人|戶|户|家|個|个|項|项|"
    r"公里|平方公里|平方米|公頃|公顷|噸|吨|千瓦|千瓦時|千瓦时|年|所|座|臺|台|輛|辆|套|件|條|条|名"
)
_ZH_UNIT = rf"(?:{_ZH_UNITS})?"
_ROUGHLY = rf"(?:(?:多|余|餘)(?={_ZH_SCALES}|{_ZH_UNITS}))?"  # `30余万人次`, `200余家`
_CN_YEAR = re.compile(r"^[一二][零〇○一二三四五六七八九]{3}$")  # 二零二一: a year, digit by digit
_ZH_BEFORE = r"(?:超過|超过|近|約|约|逾|達到|达到|增長|增长|下降|提高|增加|減少|减少)"
_ZH_AFTER = r"(?:以上|以下|左右|多|餘|余)"
ZH_FIGURE = re.compile(
    rf"(?P<before>{_ZH_BEFORE})?(?<![\d.,A-Za-z{_CN_DIGITS}])(?P<number>{_ZH_NUMBER})"
    rf"(?P<unit>{_ROUGHLY}{_ZH_SCALE}{_ZH_UNIT}(?:{_ZH_AFTER})?)"
)
EN_FIGURE = re.compile(
    r"(?P<before>(?:more than|over|nearly|almost|about|around|up to|at least)\s)?"
    r"(?P<number>[$€£¥]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[$€£¥]?\d+(?:\.\d+)?)"
    r"(?P<unit>(?:\s?(?:%|per cent|percent)|\s(?:million|billion|trillion|thousand)"
    r"(?:\s(?:people|jobs|homes|tonnes|pounds|dollars))?|\s(?:people|jobs|homes|tonnes))?)"
    r"(?![\w])"
)
# (`21世纪`: a century, a date's, no count)
_DATE_AFTER = re.compile(
    r"^\s*[)）]?\s*(?:年\d|月|日|號|号|世纪|世紀|:|\s?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December))"
)
_CLAUSE = re.compile(r"[，。；：！？;!?]|(?<!\d)[,:]|[,:](?!\d)")  # (not `1,300`, `10:30`)
_STOCK_CODE = re.compile(r"0\d{3,}(?!\d)|\d+(?=\.(?:HK|SZ|SH|SS|TW|TWO)\b)")  # `（01854.HK）`
# a code's letters before the number (`GBT |`), or its year after it (`|-2014`)
_CODE = re.compile(r"[A-Za-z][A-Za-z/]*\s?\|(?!\d)|\|-\d")
_YEAR_OF = re.compile(r"\s*年(?:度|\s*\d{1,2}\s*月)")  # Taiwan's `115年度`: three digits, a year


@dataclass(frozen=True)
class Figure:
    """A figure in a text: `text` = text[start:end], as written (qualifiers included)."""

    text: str
    number: str
    unit: str  # the unit and qualifiers after the number ("萬人以上", "%", " million")
    before: str  # a qualifier before it ("超過", "more than")
    start: int
    end: int
    phrase: str  # the clause it belongs to

    @property
    def score(self) -> float:
        """Big with a unit first: `900萬人` over `2025年` over a bare count."""
        value = 2.0 if self.unit.strip() else 0.0
        value += 1.5 if re.search(r"%|％|百分點|百分点|萬|万|億|亿|million|billion|[$€£¥]",
                                  self.text) else 0.0
        value += min(sum(ch.isdigit() for ch in self.number), 6) * 0.3
        return value - (2.5 if self.unit.strip() in ("年", "") and len(self.number) == 4 else 0)


@dataclass(frozen=True)
class Callout:
    """The figure a card calls out, and where the source has exactly that text."""

    figure: Figure
    point: int  # index of the point in the card
    block: int  # the source: article.blocks[block].text[start:end] == figure.text
    start: int
    end: int


def find_figures(text: str, language: Language) -> list[Figure]:
    """Every figure in `text` worth calling out: not a date, not a lone digit."""
    pattern = EN_FIGURE if language == "en" else ZH_FIGURE
    found = []
    for m in pattern.finditer(text):
        number, unit, before = m["number"], m["unit"] or "", m["before"] or ""
        if _DATE_AFTER.match(text[m.end("number"):]) and not unit.strip(" ").startswith("年"):
            continue
        year = len(number) == 4 and (number.isdigit() or _CN_YEAR.match(number))
        if (unit.startswith("年") and year) or _YEAR_OF.match(text[m.end("number") :]):
            continue  # 2025年, 二零二一年, `115年度`, `115年5月`: a year or a date, no figure
        if in_date_brackets(text, m.start("number"), m.end("number")):
            continue  # `今（111）年`: Taiwan's year in brackets, a date
        if place_follows(text, m.end()):
            continue  # `2022臺北夜市`: 臺北 is a place, not the unit of a count
        if text[: m.start("number")].endswith("第"):
            continue  # `第41屆香港玩具展`: an ordinal names which one, it counts nothing
        if not unit.strip() and YEAR.fullmatch(number):
            continue  # `2022` on its own: a year, not a figure
        digits = sum(ch.isdigit() for ch in number)
        bare = not unit.strip() and not number.startswith(tuple("$€£¥"))
        if bare and (digits < 2 or language == "en"):  # English: "2024", "10 am" are no figures
            continue
        if bare and _STOCK_CODE.match(text, m.start("number")):
            continue  # `中国万天控股（01854.HK）`: a stock's code, it counts nothing
        if bare and _CODE.search(text[: m.start("number")] + "|" + text[m.end("number") :]):
            continue  # `GB/T 2881-2014`, `ISO 9001`: a standard's or a model's number
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        left = max((c.end() for c in _CLAUSE.finditer(text, 0, start)), default=0)
        right = next((c.start() for c in _CLAUSE.finditer(text, end)), len(text))
        found.append(Figure(text[start:end], number, unit.rstrip(), before, start, end,
                            text[left:right].strip()))
    return found


def _in_source(fig: Figure, point: Point, blocks: list[Block]) -> tuple[int, int, int] | None:
    span = point.span
    if span is None or not 0 <= span.block < len(blocks):
        return None
    source = blocks[span.block].text
    at = source.find(fig.text, span.start, span.end)
    return (span.block, at, at + len(fig.text)) if at >= 0 else None


def callout(card: Card, blocks: list[Block], language: Language) -> Callout | None:
    """The card's most telling figure that the source (the article's `blocks`, which the
    points' spans index) has verbatim, or None."""
    best: Callout | None = None
    for k, point in enumerate(card.points):
        for fig in find_figures(point.text, language):
            where = _in_source(fig, point, blocks)
            if where is None:
                continue
            if best is None or fig.score > best.figure.score:
                best = Callout(fig, k, *where)
    return best
