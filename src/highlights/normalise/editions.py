"""A programme's edition is named by its day: `每日新闻联播` of 2016-07-03 is `每日新闻联播
2016年7月3日`, `Morning Edition` of 2012-07-17 is `Morning Edition, July 17, 2012`."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN
from highlights.chars import has_han
from highlights.presentation import MONTHS, date_label, iso_date

__all__ = [
    "DATED_EDITION",
    "EN_PROGRAMME_NAME",
    "PROGRAMMES",
    "PROGRAMME_NAME",
    "archived_at",
    "archived_edition",
    "dated_edition",
    "edition_of",
]

# the news programmes whose editions are named by their day
PROGRAMMES = (
    r"(?:新闻联播|新聞聯播|朝闻天下|朝聞天下|新闻30分|新聞30分|焦点访谈|焦點訪談|"
    r"东方时空|東方時空|新闻直播间|新聞直播間|晚间新闻|晚間新聞)"
)
# `每日新闻联播`: a news programme's name alone, which its edition's date completes
PROGRAMME_NAME = re.compile(rf"^(?:每日|今日)?《?{PROGRAMMES}》?(?:文字版|文字稿)?$")

# how a programme's name ends (`…新闻联播`, `…直播间`), by length: a look-behind is of one width
_NAME_ENDS_2 = "联播|聯播|天下|访谈|訪談|时空|時空"
_NAME_ENDS_3 = "30分|直播间|直播間"
# `2009年1月28日新闻联播文字版`: a programme's transcript, named date first (a title, not a stamp)
DATED_EDITION = re.compile(
    # `20240920《新闻联播》文字版`: the date run together, the name in its title marks
    # `20171121今日新闻联播主要内容:`, `…新闻联播主要内容文字版完整版`: today's, its contents
    # `2021年9月20日 新闻和报纸摘要音频及文稿`: its sound and its script
    rf"^((?:19|20)\d{{2}})(?:年(\d{{1,2}})月(\d{{1,2}})日|(\d{{2}})(\d{{2}}))"
    # (`2009年1月28日 新闻联播`, the name set apart and no script named: the page's stamp)
    rf"(?!\s+\S*(?:{_NAME_ENDS_2}|{_NAME_ENDS_3})$)"
    rf"\s*(?:今日)?《?([{HAN}]{{2,7}}?)》?\s*"
    r"(?:(?:主要内容|主要內容)?(?:完整)?(?:文字稿|文字版|文字實錄|文字实录|(?:音频|音頻)及文稿)(?:完整版)?"
    r"|(?:主要内容|主要內容)\s*[:：]?"
    # `2023年3月26日央视新闻联播`: the programme's name alone
    rf"|(?<={_NAME_ENDS_2})|(?<={_NAME_ENDS_3}))$"
)

_NAME_WORD = r"[A-Z][\w'’]*"
# `CNN This Morning`, `PBS NewsHour`: an English programme's name alone, no day and no verb;
# `Morning Edition`, `WRC News4 at 6`, `World News Tonight`: a name that says it is a
# programme's; `Top Story with Tom Llamas`: a show named by its host
EN_PROGRAMME_NAME = re.compile(
    rf"^(?:CNN|BBC|PBS|NPR|ABC|CBS|NBC|MSNBC|CNBC|Fox News|Sky News)(?: {_NAME_WORD}){{0,3}}$"
    rf"|^(?:{_NAME_WORD} ){{0,3}}"
    rf"(?:Edition|Tonight|News\d*(?: [Aa]t \d{{1,2}})?|NewsHour|Newsroom)$"
    rf"|^(?:{_NAME_WORD} ){{0,2}}(?:Story|Show|Hour|Tonight|Live|Report|Today|Morning|Evening|News)"
    rf" with {_NAME_WORD}(?: {_NAME_WORD}){{1,2}}$"
)
# the Internet Archive's TV news pages: `Transcripts For WRC News4 At 6 20140918`
_ARCHIVED = re.compile(
    r"^Transcripts? [Ff]or (?P<name>\S.{2,60}?)\s+(?P<year>(?:19|20)\d{2})"
    r"(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)


def dated_edition(title: str, date: str | None, *, programme: bool = False) -> str:
    """`每日新闻联播` of 2016-07-03 → `每日新闻联播 2016年7月3日`; `CNN This Morning` →
    `CNN This Morning, July 3, 2016` (month first: `3 July 2016` at a line's end reads as a
    page's stamp, and a second run would drop the title). `programme`: the page says the
    title is a programme's name (its header), whatever the name."""
    if programme or PROGRAMME_NAME.match(title) or EN_PROGRAMME_NAME.match(title):
        return edition_of(title, date)
    return title


def edition_of(name: str, date: str | None) -> str:
    """A programme's name with its edition's day, in the name's language: `新闻特写 2023年1月9日`,
    `Hong Kong Today, October 27, 2022`; the name alone when the day is unknown."""
    iso = iso_date(date)
    if iso is None:
        return name
    if has_han(name):
        return f"{name} {date_label(iso, 'zh-Hans')}"
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{name}, {MONTHS[month - 1]} {day}, {year}"


# and its captions' pages: `tv The Live Desk FOX News September 18, 2009 1:00pm-3:00pm EDT`
_CAPTIONED = re.compile(
    r"^tv\s+(?P<name>\S.{2,60}?)\s+(?:FOX News|FOX Business|FOX|CNN|CNBC|MSNBC|CBS|NBC|ABC|PBS|"
    r"BBC News|C-?SPAN\d?|Al Jazeera America|Bloomberg)\s+"
    rf"(?:{'|'.join(MONTHS)})\s+\d{{1,2}},\s+(?:19|20)\d{{2}}\b.*$"
)


def archived_edition(title: str) -> str:
    """`Transcripts For WRC News4 At 6 20140918` → `WRC News4 At 6, September 18, 2014`;
    `tv The Live Desk FOX News September 18, 2009 1:00pm-3:00pm EDT` → `The Live Desk`."""
    if captioned := _CAPTIONED.match(title):
        return captioned["name"]
    if not (archived := _ARCHIVED.match(title)):
        return title
    month, day = int(archived["month"]), int(archived["day"])
    return f"{archived['name']}, {MONTHS[month - 1]} {day}, {archived['year']}"


ARCHIVE_SCAN = 8  # blocks from the top: an archive's title sits under its page's own lines


def archived_at(texts: list[str]) -> int | None:
    """The line that titles an archived broadcast (`Transcripts For DW DW News - News 20180802
    18:00:00` under `Latest Breaking News On - … : vimarsana.com`): the edition, not the site."""
    for at, text in enumerate(texts[:ARCHIVE_SCAN]):
        if _ARCHIVED.match(text.strip()):
            return at
    return None
