"""Metadata read from the text: title, subtitle or adoption note, date, place, genre."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from highlights.chars import HAN_RANGES as HAN
from highlights.chars import has_han
from highlights.model import Block, Genre

_ADOPTION = re.compile(r"^[(（].{4,}[)）]$")  # (2021年7月15日…全體會議通過)
_SUBTITLE_DASH = re.compile(r"^(?:——|—|--)\s*\S")
# an English standfirst under the headline: a sentence's words without its full stop
_STANDFIRST = re.compile(r"^[A-Z][^.!?:;]{24,200}[A-Za-z0-9)’']$")
STANDFIRST_WORDS = 5
_LOWER_WORD = re.compile(r"\s(?!(?:a|an|the|and|or|of|to|in|on|for|with|by|at|as|from)\b)[a-z]")
_DATE_ZH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# `二〇〇八年二月二十六日`, `二OO八年…` (letters for the zeros): an official text's own date
_ZH_DIGITS = "〇○零OＯ一二三四五六七八九"
_DATE_ZH_NUMERALS = re.compile(
    rf"(?P<zy>[{_ZH_DIGITS}]{{4}})\s*年\s*(?P<zm>[一二三四五六七八九十]{{1,2}})\s*月"
    r"\s*(?P<zd>[一二三四五六七八九十]{1,3})\s*日"
)
# Taiwan's calendar: 民國114年1月13日 or 114年01月13日 is 2025-01-13 (year + 1911)
_DATE_ROC = re.compile(
    r"(?:民國|民国)?(?<!\d)(?P<roc>\d{2,3})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
)
# 105-06-17 (a Taiwanese page's stamp: a three-digit year is Minguo's) and 02.06.2020 (D.M.Y)
_DATE_ROC_DASH = re.compile(r"(?<![\d.-])(?P<roc>\d{3})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
# `新聞參考資料106.12.28`, `112.7.5`: a Minguo date with dots (years 100 to 119 only: three
# figures and dots are a version or an address as often)
_DATE_ROC_DOTTED = re.compile(
    r"(?<![\d.])(?P<roc>1[01]\d)\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d-]|\.\d)"
)
_DATE_DOTTED = re.compile(
    r"(?<![A-Za-z\d.])(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>(?:19|20)\d{2})(?![\d.])"
)
_DATE_DMY = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+"
    r"(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
# `14/03/2025` (a Malaysian stamp), `10/17/2012` (an American one): read only where one of
# the two numbers cannot be a month
_DATE_SLASHED = re.compile(
    r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"
)
# (`发表时间:2022-10-13来源:新华社`: the stamp's next field may follow without a space)
_DATE_ISO = re.compile(
    r"(?<![A-Za-z0-9_.])(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\.?\d)"
)
_MONTHS = "january february march april may june july august september october november december"
_MONTH_NAMES = _MONTHS.split()
_DATE_EN = re.compile(
    r"\b(?P<mon>" + "|".join(m[:3] for m in _MONTH_NAMES) + r")[a-z]*\.?\s+(?P<d>\d{1,2})"
    r"(?:st|nd|rd|th)?,?\s+"  # `February 14th, 2012`
    r"(?P<y>(?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_PLACE_ZH = re.compile(
    rf"在(?P<place>[{HAN}]{{2,6}}?)(?:隆重)?(?:舉行|举行|召開|召开|開幕|开幕|閉幕|闭幕)"
)
_DATELINE_ZH = re.compile(
    rf"^(?:[{HAN}]{{2,6}}(?:網|网|社|報|报))?(?P<place>[{HAN}]{{2,4}})\s*\d{{1,2}}月\d{{1,2}}日(?:電|电|訊|讯)"
)
_DATELINE_EN = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'-]{1,40}?)(?:,\s*[A-Z][A-Za-z.]+)?\s*[,(–—-]\s*(?:"
    + "|".join(m[:3].title() for m in _MONTH_NAMES)
    + r")"
)
_OFFICIAL = re.compile(
    r"公報|公报|全會|全会|會議|会议|決定|决定|通知|意見|意见|條例|条例|辦法|办法|決議|决议|"
    r"規劃|规划|綱要|纲要|白皮書|白皮书|工作報告|工作报告|講話|讲话|常委會|常委会|人民代表大會|人民代表大会|"
    r"communiqu[eé]|resolution|white paper",
    re.IGNORECASE,
)
_PRESS = re.compile(
    r"press release|for immediate release|media contacts?:|announced today|today announced|"
    r"^#{3}$|^-?\s*#{3}\s*-?$",
    re.IGNORECASE | re.MULTILINE,
)
_PRESS_ZH = re.compile(
    r"新聞稿|新闻稿|新聞通稿|新闻通稿"
)  # only in the head: bodies cite 新聞發佈會
_ABOUT = re.compile(r"^About [A-Z]", re.MULTILINE)  # the boilerplate section of a release


def is_subtitle(block: Block) -> bool:
    """An adoption note in brackets, a dash-led subtitle line, or an English standfirst
    (`State Council office says transparency helps world better understand country`)."""
    text = block.text.strip()
    if _STANDFIRST.match(text) and len(text.split()) >= STANDFIRST_WORDS and not has_han(text):
        return bool(_LOWER_WORD.search(text))  # a sentence: `USAID Releases…` is a headline
    return bool(_ADOPTION.match(text) or _SUBTITLE_DASH.match(text))


# `来源: 发布日期:2022-12-26`: the page's publish field, not the day's date over its masthead
_PUBLISHED = re.compile(
    r"(?:發布|发布|發佈|發表|发表)(?:日期|時間|时间)\s*[:：]|^(?:Published|Posted)\b"
)


def published_first(stamps: list[str]) -> list[str]:
    """The page's stamps, those its publish field labels first (else in their order)."""
    return sorted(stamps, key=lambda t: not _PUBLISHED.search(t))


# an American clock after a slashed date (`07:54 PM EDT`): the month comes first
_US_CLOCK = re.compile(
    r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?\s*)?(?:E|C|M|P|AK|H)[SD]?T\b"
)


def find_date(texts: Iterable[str]) -> str | None:
    """The first full date in the texts (earliest in the first text that has one), ISO 8601."""
    for text in texts:
        patterns = (
            _DATE_ZH,
            _DATE_ISO,
            _DATE_EN,
            _DATE_DMY,
            _DATE_ROC,
            _DATE_ROC_DASH,
            _DATE_ROC_DOTTED,
            _DATE_DOTTED,
            _DATE_SLASHED,
            _DATE_ZH_NUMERALS,
        )
        matches = [m for p in patterns for m in p.finditer(text)]
        for m in sorted(matches, key=lambda m: m.start()):
            iso = _iso(m)
            if iso:
                return iso
    return None


def _iso(m: re.Match[str]) -> str | None:
    if m.groupdict().get("roc"):
        roc = int(m["roc"])
        if not 1 <= roc <= 200:
            return None
        month, day = int(m["m"]), int(m["d"])
        valid = 1 <= month <= 12 and 1 <= day <= 31
        return f"{roc + 1911:04d}-{month:02d}-{day:02d}" if valid else None
    if m.groupdict().get("zy"):
        year = "".join(str(max(_ZH_DIGITS.index(c) - 4, 0)) for c in m["zy"])
        month, day = _zh_number(m["zm"]), _zh_number(m["zd"])
        return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    if m.groupdict().get("a"):
        a, b = int(m["a"]), int(m["b"])
        american = bool(_US_CLOCK.match(m.string, m.end()))  # `10/11/2022 07:54 PM EDT`
        if (a > 12) == (b > 12) and not (american and a <= 12 and b <= 12):
            return None  # `03/04/2025`: April or March, nobody can tell
        month, day = (b, a) if a > 12 else (a, b)
        return f"{int(m['y']):04d}-{month:02d}-{day:02d}" if day <= 31 else None
    if "mon" in m.groupdict():
        month = next(i for i, n in enumerate(_MONTH_NAMES, 1) if n.startswith(m["mon"].lower()))
    else:
        month = int(m["m"])
    day = int(m["d"])
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{int(m['y']):04d}-{month:02d}-{day:02d}"
    return None


def _zh_number(text: str) -> int:
    """`十二` → 12, `二十六` → 26, `三十一` → 31; 0 for what is no number (`十十`)."""
    digits = "一二三四五六七八九"
    tens, ten, ones = text.partition("十")
    if not ten:
        return digits.index(text) + 1 if len(text) == 1 else 0
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return 0
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def find_place(texts: Iterable[str]) -> str | None:
    for text in texts:
        for pattern in (_DATELINE_ZH, _DATELINE_EN, _PLACE_ZH):
            m = pattern.search(text)
            if m:
                return m["place"].strip()
    return None


def find_genre(title: str, subtitle: str | None, body: list[str]) -> Genre:
    head = " ".join([title, subtitle or ""])
    text = "\n".join([head, *body])
    if _PRESS.search(text) or _ABOUT.search(text) or _PRESS_ZH.search(head):
        return "press"
    if _OFFICIAL.search(head):
        return "official"
    return "article"


def site_of(source: str) -> str:
    """`http://mrxwlb.com/`: a link given as the source names its site, `mrxwlb.com`."""
    if not re.match(r"https?://", source):
        return source
    host = urlsplit(source.split()[0]).hostname or source
    return host.removeprefix("www.")
