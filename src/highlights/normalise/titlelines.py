"""A headline set on several lines: where its first line cannot end, the next goes on."""

from __future__ import annotations

import re

from highlights.chars import has_han, narrow
from highlights.model import Block
from highlights.normalise.boilerplate import DOC_NUMBER, ORGAN
from highlights.normalise.headlike import (
    DATE_LED,
    HEAD_MAX_ZH,
    LONG_HEAD_ZH,
    SENTENCE_END,
    damaged,
)

__all__ = ["DOC_KIND", "OFFICIAL_OPENS", "SAID", "STRESSED", "continues", "joined_lines"]

# An official title is set on two or three lines: `国务院关于推动内蒙古高质量发展` over
# `奋力书写中国式现代化新篇章的意见`. The first cannot end a title (`…关于`), or the next
# line ends in the kind of document the title names.
# (`袁家軍胡衡華王炯看望` over `全國兩會在京前方報道組媒體記者`: a visit names whom it is to)
_OPEN_END = re.compile(
    r"(?:关于|關於|關于|对|對|和|与|與|及|的|暨|看望|慰问|慰問|走访|走訪|出席|听取|聽取)$"
)
# `习近平主持召开…座谈会强调` over `推动长三角一体化发展取得新的重大突破`: what was stressed
SAID = re.compile(r"(?:强调|強調|指出|表示|要求)$")
DOC_KIND = re.compile(
    r"(?:意见|意見|通知|通告|公告|决定|決定|办法|辦法|规定|規定|方案|规划|規劃|纲要|綱要|报告|報告|"
    r"公报|公報|条例|條例|细则|細則|批复|批覆|决议|決議|指导意见|指引|要点|要點|计划|計劃|措施)$"
)
# `…座谈会强调 推动…取得新的重大突破` over `在中国式现代化中更好发挥引领示范作用`: what was
# stressed runs to a third line, each part a charge (`推动`, `在…中`, `坚持`)
STRESSED = re.compile(r"(?:强调|強調|指出|要求) \S")
_CHARGE = re.compile(
    r"^(?:推动|推動|推进|推進|加快|坚持|堅持|在|为|為|奋力|奮力|更好|努力|着力|著力|全面|深入|切实|切實|"
    r"扎实|紮實|不断|不斷|持续|持續|聚焦|奋进|奮進|开创|開創|谱写|譜寫|书写|書寫|建设|建設|打造|把|以)"
)
TITLE_AGAIN = 8  # characters: a line opening as the title did starts a title of its own
_WHOLE_TITLE = re.compile(r"^《[^《》]{4,}》$")
OFFICIAL_OPENS = re.compile(r"^[^，。]{2,30}(?:关于|關於|關于)")  # an issuer, what it issues on


def continues(title: str, line: str) -> bool:
    """Whether `line` goes on with the headline `title` began on the line above."""
    line = line.strip()
    if line and not has_han(title + line):
        return _en_continues(title, line)
    if not line or len(title) + len(line) > LONG_HEAD_ZH or not has_han(line):
        return False
    if line.endswith(SENTENCE_END) or DOC_NUMBER.match(line) or DATE_LED.match(line):
        return False
    if len(line) > HEAD_MAX_ZH or ORGAN.match(line) or damaged(line):
        return False  # a damaged line would make the joined title no headline on a second pass
    if _WHOLE_TITLE.match(title):
        return False  # `《若羌縣…實施方案》` over `關于印發《…》的通知`: a document's name, whole
    if line[:TITLE_AGAIN] == title[:TITLE_AGAIN]:
        return False  # `中共下陆区委…全会举行` over `…全会决议`: the document's own title
    # `吉林省人民政府关于禁止在` / `…工程建设` / `和迁入人口的通告`: an official title runs on
    # until its kind of document
    if STRESSED.search(title) and _CHARGE.match(line) and len(line) <= HEAD_MAX_ZH // 2:
        return True
    official = OFFICIAL_OPENS.match(title) and not DOC_KIND.search(title)
    official = official and ":" not in narrow(line)  # `发布时间：…` is no part of it
    return bool(_OPEN_END.search(title) or SAID.search(title) or official) or (
        bool(DOC_KIND.search(line)) and not DOC_KIND.search(title)
    )


def _en_continues(title: str, line: str) -> bool:
    """`UConn Researchers To Receive` over `$20 Million In Federal Funds`: a headline in title
    case set on two lines, the first ending where no headline ends (`To Receive`, `…For The`)."""
    both = f"{title} {line}"
    if len(both.split()) > 20 or line.endswith((".", "!", "?", ":")):
        return False
    if line.startswith("BY ") or _CLOCK.match(line):
        return False  # (`2:15 P.M. EST`: when the briefing began, under its title)
    if title.isupper() and line.isupper() and " " in title and title[-1:].isalnum():
        return True  # `WASHINGTON COUNTY LOCAL MANAGEMENT BOARD` / `RECEIVES $674,447 GRANT…`
    if _OPEN_EN.search(title):
        return all(w[:1].isupper() or not w[:1].isalpha() for w in both.split())
    # `DEP Announces Toll-Free Hotline` / `For Reporting Threats to Water Quality`: the line
    # opens with the phrase that goes on with it, in title case
    return bool(_GOES_ON_EN.match(line)) and all(
        w[:1].isupper() or not w[:1].isalpha() or w in _SMALL_EN for w in both.split()
    )


_CLOCK = re.compile(r"^\d{1,2}:\d{2}\s*[AP]\.?M\.?")
_GOES_ON_EN = re.compile(
    r"^(?:For|To|Of|In|On|With|At|By|From|Through|Throughout|Across|Under|After|Amid|During|"
    r"Over|Against|Into|Within|Without)\s+(?:(?:the|a|an)\s+)?[A-Z]"
)
_SMALL_EN = frozenset(["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for"])
_OPEN_EN = re.compile(r"\b(?:To \w+|To|Of|For|And|Or|The|A|An|In|On|With|At|By|From|As|Into)$")


def joined_lines(title: str, kind: str, rest: list[Block]) -> tuple[str, int]:
    """The headline with the lines of `rest` (of its block kind) that go on with it, and how
    many of them it took; `…座谈会强调 推动…`: a deck's two parts, English words, part with a
    space."""
    used = 0
    while used < len(rest) and rest[used].kind == kind and continues(title, rest[used].text):
        line = rest[used].text.strip()
        said = SAID.search(title) and line[:1].isalnum()  # not before `）`
        glue = " " if said or STRESSED.search(title) or not has_han(title) else ""
        title, used = title + glue + line, used + 1
    return title, used
