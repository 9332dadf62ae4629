"""A page's site in its title or masthead: `首份青年發展藍圖公布 - 香港政府新聞網`,
`新闻动态--中国地理学会官网`, `…调研工作 东区办事处`. The headline keeps the story's part;
the site's name may name the source."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES, has_han

__all__ = ["SITE_TAIL", "site_name", "site_title", "without_site"]

# a page title's trailing publisher after a space: `…调研工作 东区办事处`, `…大赛 某某医院`
SITE_TAIL = re.compile(
    rf"(?<=\S{{8}})\s+[{HAN_RANGES}]{{2,14}}(?:網|网|站|處|处|局|院|會|会|中心|大學|大学|政府|"
    r"辦公室|办公室|委員會|委员会|辦事處|办事处)$"
)
# a bare hyphen only before a site's name (`…严重影响交通-新华网`, `…英雄的城！-新华网`):
# `COVID-19`, `A-share` stay
_SITE_SEP = re.compile(
    rf"\s+[-–—|｜_]\s+|\s*[|｜]\s*|_|-{{2,}}|(?<=[{HAN_RANGES}！？」”）》])-(?=[{HAN_RANGES}]{{1,10}}(?:網|网)$)"
)
_SITE_WORD = re.compile(
    r"網$|网$|網站|网站|新聞網|新闻网|政府|門戶|门户|頻道|频道|速遞|速递|首頁|首页|官網|官网|"
    r"新聞中心|新闻中心|新聞稿|新闻稿|\bnews\b|\bportal\b|\bgov\b|\.com|\.cn|\.hk|\.tw|"
    r"電台$|电台$|廣播$|广播$|電視台$|电视台$|(?-i:^[A-Z]{2,5}$)",  # `法国国际广播电台`, `RFI`
    re.IGNORECASE,
)
# a site's name on a line of its own, perhaps with its trademark (`滑铁卢华人网™`)
_SITE_NAME = re.compile(
    r"(?:網|网|網站|网站|門戶|门户|頻道|频道|新聞中心|新闻中心|採訪室|采访室)[™®]?$"
)


def site_title(text: str) -> str:
    """`首份青年發展藍圖公布 - 香港政府新聞網` → `首份青年發展藍圖公布`; `` when all is site."""
    parts = [p.strip() for p in _SITE_SEP.split(text) if p.strip()]
    if len(parts) < 2:
        return "" if _SITE_NAME.search(text) and len(text) <= 12 else text
    kept = [p for p in parts if not _SITE_WORD.search(p)]
    days = sum(bool(_DAY_PART.match(p)) for p in parts)
    if len(kept) == len(parts) and days == len(parts) - 1 and _DAY_PART.match(parts[-1]):
        return text  # `Meet the Press Transcript - October 11, 2015`: the edition's day, no site
    long = [p for p in kept if len(p) >= HEADLINE_MIN and has_han(p)]
    if len(kept) == len(parts) and len(long) >= 2:
        return text  # `二○二三年財政年度施政報告---二○二三年施政總體方向…`: a title in parts
    if len(kept) == len(parts) and any(_GOES_ON.match(p) for p in parts[1:]):
        return text  # `…Celebrated Around The World – And On The Delmarva Peninsula`: one clause
    if len(kept) == len(parts) and any(_LISTED.search(p) for p in parts[1:]):
        return text  # `Travel pool #2: Gidley Gaggle - Plastic guns, border security, Iran`
    if len(kept) == len(parts) and _ON_A_DAY.search(parts[-1]):
        return text  # `Road Construction Advisory - … - November 16 & 17`: when, no site's name
    return max(kept, key=len) if kept else ""


# `October 11, 2015`, `Tuesday, December 6, 2022`, `2015-10-11`: a day, no site's name
_DAY_PART = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}$"
    r"|^\d{4}-\d{1,2}-\d{1,2}$"
)


_ON_A_DAY = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}(?:st|nd|rd|th)?\b"
)


_LISTED = re.compile(r"\w, [\w ]+, \w")  # the topics it lists: no site's name


# a part that carries the headline on (`– And On The…`, `— But Not For Long`): no site's name
_GOES_ON = re.compile(r"^(?:And|But|Or|Yet|So|Plus|While|As|With|Even|Not|Then|Here's)\b", re.I)
HEADLINE_MIN = 10  # characters: a shorter part is a menu's entry or a section's name
SECTION = 4  # characters: a part this short after the headline names the site's section
_AGENCY = re.compile(rf"^[{HAN_RANGES}]{{1,4}}社$")  # `中央社`, `中新社`


# an English page title: the headline, a bar, the site's name of a few capitalised words
_EN_PIPED = re.compile(r"^(?P<head>[^|｜]{20,}?)\s+[|｜]\s+(?:[A-Z][\w.&'’-]*\s?){1,4}$")
EN_HEAD_MIN = 5  # words before the bar: a shorter part is a section's name, not a headline


def without_site(title: str) -> str:
    """`泰国巴士与火车相撞 至少17死29伤 – 法国国际广播电台 - RFI` → the headline, when every part
    but one names the site; a title of parts none of which is a site stays whole."""
    parts = [p.strip() for p in _SITE_SEP.split(title) if p.strip()]
    kept = [p for p in parts if not _SITE_WORD.search(p)]
    if len(kept) > 1 and parts[0] in kept:
        # `…邊緣化 | 政治 | 中央社`: the site's section after the headline, and the agency
        kept = [kept[0], *(p for p in kept[1:] if len(p) > SECTION and not _AGENCY.search(p))]
    if (named := _EN_PIPED.match(title)) and len(named["head"].split()) >= EN_HEAD_MIN:
        return named["head"]  # `Press Briefing by … Sarah Sanders | Eastern North Carolina Now`
    if len(parts) < 2 or len(kept) != 1:
        return title
    headline = kept[0]  # a story's headline, not a menu's entry (`LRP - Licenses`)
    return headline if len(headline) >= HEADLINE_MIN and has_han(headline) else title


def site_name(lines: list[str]) -> str | None:
    """The publishing site named in the page's masthead (`香港政府新聞網 - 新聞速遞`)."""
    for line in lines:
        for part in re.split(r"\s*[-–—|｜_]\s*", line):
            part = part.strip()
            if 3 <= len(part) <= 12 and _SITE_NAME.search(part):
                return part
    return None
