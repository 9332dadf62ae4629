"""Where the headline is: the first short line near the top that is not chrome, a menu's entry,
a site's motto or a column's name; or the line the page names again (its title's part, or the
listing's copy above the release's own)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from highlights.chars import HAN_RANGES, has_han
from highlights.model import Block
from highlights.normalise.headlike import (
    DATE_LED,
    EN_HEAD_WORDS,
    LABEL,
    LONG_HEAD_ZH,
    SCAN,
    is_headline,
    is_paragraph,
    names_collection,
)
from highlights.normalise.sites import site_title

__all__ = [
    "COLUMN_BAR",
    "echoed",
    "headline_index",
    "issued_by",
    "issuers_only",
    "names_issuer",
    "naming",
    "over_stamp",
    "roundup",
    "set_twice",
]


_PARTS = re.compile(r"\s[-–—|｜]\s")  # `PRIME MINISTER – JOINT MEDIA RELEASE – X – 29 MARCH`


def echoed(blocks: list[Block]) -> int | None:
    """A headline the page's title line above it says again as one of its parts: over a
    release's list of ministers and its date, the line that the page was named for."""
    named: set[str] = set()  # the parts of the title lines seen so far
    for i, block in enumerate(blocks[:SCAN]):
        line = block.text.strip()
        if i and line in named and len(line) >= 12 and is_headline(line):
            return i
        if len(line) <= LONG_HEAD_ZH * 3 and _PARTS.search(line):
            named.update(p.strip() for p in _PARTS.split(line))
    return None


def set_twice(blocks: list[Block], at: int | None) -> int | None:
    """A headline the page sets twice above its body (a listing's copy, then the release's),
    under a section label it sets once (`States, Cities and Counties`). A line with figures
    at `at` is an edition's own name (`新闻联播 2022年10月12日`), whose contents list the page
    repeats story by story: it stays the headline."""
    if at is not None and _FIGURE.search(blocks[at].text) and not _titled_above(
        blocks[at].text, blocks[at + 1 : SCAN]
    ):
        return None
    seen: dict[str, int] = {}  # the lines above the body, where each was first set
    for i, block in enumerate(blocks[:SCAN]):
        line = block.text.strip()
        first = seen.get(line, -1)
        twice = first > (-1 if at is None else at) and len(line) >= 12 and is_headline(line)
        twice = twice and block.kind != "list_item"  # a gallery's bullets repeat their captions
        if twice and not (at is not None and first == i - 1 and has_han(line)):
            return first  # (set twice in a row under a headline: a picture's alt and caption)
        if is_paragraph(line) and not (i == 0 and _titled_above(line, blocks[1:SCAN])):
            return None  # the body has begun: a later repeat is another story's headline
        seen.setdefault(line, i)
    return None


_FIGURE = re.compile(r"\d")


def _titled_above(line: str, below: list[Block]) -> bool:
    """`Improving the World's View of America At a time when…`: a page's title and its
    description run together on the first line, the title set again below; or a label in
    front of it (`汉口放水的场子:Communiqué of…`, a hacked page's)."""
    titles = {b.text.strip() for b in below if len(b.text.strip()) >= 12}
    return any(
        line.startswith(title + " ") or re.search(rf"[:：|｜]\s*{re.escape(title)}$", line)
        for title in titles
    )


TINY = 4  # characters: a widget's or a menu's entry (`臺南`, `AQI`), no line a headline hides
SCAN_MOST = 3 * SCAN  # blocks, however many tiny ones come first


def _scan_end(blocks: list[Block]) -> int:
    """Where the look for a headline stops: SCAN blocks, not counting tiny ones (a city
    portal's list of districts with their air quality fills a page's top)."""
    counted = 0
    for i, block in enumerate(blocks[:SCAN_MOST]):
        counted += len(block.text.strip()) > TINY
        if counted >= SCAN:
            return i + 1
    return SCAN_MOST


def headline_index(blocks: list[Block], declared: str | None) -> int | None:
    """Where the headline is; None when the text opens straight with its body."""
    weak: int | None = None  # `CallAID Network`, `WHO news`: a name above an English headline
    issuer: int | None = None  # `SYMPHONY ENVIRONMENTAL TECHNOLOGIES PLC`: only when nothing else
    for i, block in enumerate(blocks[: _scan_end(blocks)]):
        text = block.text.strip()
        if declared and (text == declared or site_title(text) == declared):
            return i
        if declared:
            continue
        if names_collection(text) or _in_menu(blocks, i):
            continue  # `【2019年11月学习材料】` over the pasted article's own headline
        if roundup(text) and block.kind != "list_item":
            return i  # `World Briefs` over its items' own headlines: the page is the roundup
        if block.kind == "heading" and site_title(text) == text and len(text) >= 2:
            if _ROUNDUP.search(text) and any(b.kind == "heading" for b in blocks[i + 1 : 200]):
                continue  # `## 国内联播快讯`: a column of short items, the next heading names more
            return i
        if LABEL.match(text) and DATE_LED.match(blocks[i + 1].text if i + 1 < len(blocks) else ""):
            return i  # `院長提示：` over `民國113年6月6日第3907次會議`: a record's heading
        if is_headline(text):
            # `中共庄浪县委办公室 庄浪县人民政府办公室`: the offices a notice is sent from
            if _ISSUER.match(text) or issuers_only(text):
                issuer = i if issuer is None else issuer  # a headline follows, short or not
                continue
            if _COUPLET.match(text) or _RED_HEADER.match(text):
                # `一端在手 信息全有`: a site's motto; `湖南省人民政府办公厅文件`: the red header
                # an official document is printed under, not its title
                weak = i if weak is None else weak
                continue
            if has_han(text) or len(text.split()) >= EN_HEAD_WORDS:
                if _en_kicker(text, blocks[i + 1 : i + 2]):
                    continue  # `From the Decline of Arctic Sea Ice to…` over the headline
                return i
            weak = i if weak is None else weak
        if is_paragraph(text):
            return weak if weak is not None else issuer
    return weak if weak is not None else issuer


# `SYMPHONY ENVIRONMENTAL TECHNOLOGIES PLC`: the issuer's name over its announcement's title
_ISSUER = re.compile(
    r"^[A-Z][A-Z0-9&.,'’ -]{2,60} (?:PLC|P\.L\.C\.|LIMITED|LTD|INC|CORPORATION|CORP|AG|SA|NV|SE|"
    r"HOLDINGS|GROUP|ASA|AB|OYJ)\.?$"
)


def _in_menu(blocks: list[Block], i: int) -> bool:
    """One of three list items in a row (`About Yingkou`, `Investment Guide`…): a menu's entry;
    a headline set as a bullet (`• 新一届国务院开始全面履职`) stands alone over its
    story."""
    if blocks[i].kind != "list_item":
        return False
    items = [b.kind == "list_item" for b in blocks[max(0, i - 2) : i + 3]]
    return any(all(items[j : j + 3]) for j in range(len(items) - 2))


# a page of short items titled as one (`Yonhap News Summary`, `Today's other world news in brief.`)
_EN_ROUNDUP = re.compile(
    r"^(?=.{6,60}$)(?:[\w'’]+ ){0,5}(?i:news in brief|in brief|briefs|news summary|"
    # (of a day: `Bernama news in brief: May 25`, `… 5/25/22`)
    r"roundup|round-up|news digest)(?: \d{1,2}/\d{1,2}/\d{2,4}|: [A-Z][a-z]{2,8} \d{1,2})?\.?$"
)


def roundup(title: str) -> bool:
    """An English page of short items titled as one: its items' headlines are no title."""
    return not has_han(title) and bool(_EN_ROUNDUP.search(title.strip()))


# (an English one, `## World Briefs`, is titled by `roundup` above: the page is the roundup)
_ROUNDUP = re.compile(r"(?:快讯|快訊|简讯|簡訊|摘要|一览|一覽|速览|速覽)$")
# two four-character phrases side by side, a motto (`一端在手 信息全有`); a headline names more
_COUPLET = re.compile(rf"^[{HAN_RANGES}]{{4}}[ \u3000]+[{HAN_RANGES}]{{4}}$")
_RED_HEADER = re.compile(rf"^[{HAN_RANGES}]{{2,30}}文件$")
# an English kicker sets a scene without a verb: `From X to Y`, `Inside X`, `Amid X`
_EN_KICKER = re.compile(r"^(?:From|Inside|Beyond|Behind|Across|Amid|Between|Towards?)\b[^,:;.]+$")


def _en_kicker(text: str, below: list[Block]) -> bool:
    """An English kicker: a scene-setting phrase right over a headline of its own."""
    if not _EN_KICKER.match(text) or not below:
        return False
    under = below[0].text.strip()
    return is_headline(under) and not has_han(under) and len(under.split()) >= EN_HEAD_WORDS


def naming(blocks: list[Block], title: str | None, opening: int | None) -> int | None:
    """The line over the story that carries the title its wire gave it (`題：新常委亮相…` under
    `中共中央新一届常委亮相…`): the headline, whatever a spammed page set above it."""
    key = _key(title or "")
    if len(key) < NAMED_MIN or names_collection(title or ""):
        return None  # (`每周一学（…）`: the page is named for its column, not the story)
    end = opening if opening is not None else min(len(blocks), SCAN)
    for i, block in enumerate(blocks[:end]):
        text = _key(block.text)
        if len(text) > 2 * len(key):
            continue
        shared = sum(m.size for m in SequenceMatcher(None, key, text).get_matching_blocks())
        if shared >= NAMED_SHARE * len(key):
            return i
    return None


COLUMN_BAR = re.compile(r"\S\s*[|｜]\s*\S")


def _key(text: str | None) -> str:
    return re.sub(r"\W", "", text or "")


NAMED_MIN = 6  # characters: a shorter wire title could be found in any line
NAMED_SHARE = 0.8  # of the wire's title found in the line, in order: the same headline


ISSUER_WORDS = 4  # an organisation's name, not a headline's statement
_NAME_ONLY = re.compile(r"^[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,3}$")


def names_issuer(title: str, subtitle: str | None, body: list[Block]) -> bool:
    """`Memorial Health` over `April 10, 2024` and `Memorial Health announced today that…`:
    the line names who issued the release (the first sentence's subject), not what it says."""
    if subtitle or not body or not _NAME_ONLY.match(title) or len(title.split()) > ISSUER_WORDS:
        return False
    first = body[0].text.strip()
    return first.startswith(title + " ") and first[len(title) + 1 : len(title) + 2].islower()


_ORGAN_NAME = (
    rf"[{HAN_RANGES}]{{2,20}}(?:局|队|隊|委员会|委員會|办公室|辦公室|政府|中心|厅|廳|处|處|部|院|署|所)"
)
_ISSUERS = re.compile(rf"^{_ORGAN_NAME}(?:[ \u3000]+{_ORGAN_NAME}){{0,3}}$")


def issuers_only(line: str) -> bool:
    """`子洲县统计局`, `万载县统计局 国家统计局万载调查队`: who issued it, no headline."""
    return bool(_ISSUERS.match(line.strip()))


def issued_by(title: str, page_title: str) -> bool:
    """`万载县统计局 国家统计局万载调查队` over a report the page titles `万载县2022年…统计公报`:
    the line names who issued it, the page names what."""
    named = title.replace(" ", "").replace("\u3000", "")
    own = bool(_ISSUERS.match(title)) and named not in page_title.replace(" ", "")
    return own and has_han(page_title) and is_headline(page_title)


def over_stamp(block: Block) -> bool:
    """A line that reads as a headline, right over the page's publish stamp, no menu's item."""
    text = site_title(block.text.strip())
    return block.kind != "list_item" and is_headline(text) and not issuers_only(block.text)
