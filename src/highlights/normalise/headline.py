"""The headline: the first short line near the top that is not chrome and does not end like a
sentence; a site's page title (`標題 - 某某網`) gives up its site name; short lines above the
headline are the page's masthead and leave the body (reported, never silent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from highlights.chars import HAN_RANGES, count_han, has_han
from highlights.model import Block
from highlights.normalise.boilerplate import DOC_NUMBER, ORGAN
from highlights.normalise.damage import find_damage
from highlights.normalise.decks import split_deck, title_in_pieces
from highlights.normalise.derived import condense
from highlights.normalise.metadata import is_subtitle
from highlights.normalise.mojibake import commonness
from highlights.normalise.sites import SITE_TAIL, site_title

SCAN = 12  # blocks looked at for a headline
REPEAT_SCAN = 5  # blocks under the headline where a repeat of it is dropped
HEAD_MAX_ZH = 48  # characters: a longer line is a paragraph
HEAD_MAX_EN = 160
LONG_TITLE = 100  # a first paragraph used as the title is cut to its first clause
FIRST_PARAGRAPH = 20  # characters: with no headline, a shorter line above the text is a menu
_SENTENCE_END = tuple("。！？；：，、.;:,!?…")
_DATE_LED = re.compile(
    r"^(?:民國|民国)?\d{2,4}\s*年\s*\d{1,2}\s*月|^\d{4}[-/.]\d{1,2}"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4}\b"  # `October 22, 2019 report`: the page's stamp
)
HEAD_MIN_HAN = 4  # Han characters a Chinese headline has at the least
LONG_HEAD_ZH = 90  # a headline without commas may run to this (臺北市政府 titles)
_CLAUSES = re.compile(r"[，,。；;]")
_ONE_QUESTION = re.compile(r"^[^。！？!?“「『]{8,}[？?]$")
HEAD_MIN_ZH = 6  # characters: shorter lines near the top are menus (新聞與活動, 常見問答)
_PREFIX = re.compile(
    r"^(?:PRESS RELEASE|NEWS RELEASE|Press release|News release|MEDIA RELEASE)\s*[:：-]\s*"
    r"|^MEDIA ADVISORY\s*[:：]?\s*(?:[A-Z]\d{2}-\d+\s+)?"
    r"|^(?:視頻簡介|视频简介)\s*|^.{0,40}?[>»＞›]\s*正文\s*"
    r"|^(?:民國|民国)?\d{2,4}年\d{1,2}月\d{1,2}日\s*(?=\S{6})"
    r"|^[\[【](?:视频|視頻|组图|組圖|图|圖|音频|音頻|直播|Video|Photos?)[\]】]\s*"
    r"|^[题題]\s*[:：]\s*"
)
_SUFFIX = re.compile(
    r"(?<=\S)(?:完整)?(?:文字稿|文字版|文字實錄|文字实录)\s*[·•]?(?=\s|$)"  # a transcript's label
    r"|\s*\[(?:[A-Z][a-z]+ )?\d{4}\]$|\s+(?:列印|打印)$|\s*\*{3,}.*$"
    r"|\s*[(（\[【](?:圖|图|組圖|组图|多圖|多图|圖文|图文|視頻|视频|附圖|附图|Photos?|Video)[)）\]】]$"
    r"|\s*(?:列印|打印)?(?:資料|资料)?"
    r"(?:更新|發布|发布|發佈)(?:時間|时间|日期)[:：].*$|\s*\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}.*)?$"
)
_COMPACT_DATE = re.compile(r"[(（]?\b((?:19|20)\d{2})(\d{2})(\d{2})\b[)）]?")
_TIME_PHRASE = re.compile(
    r"^(?:(?:\d{1,4}年)?\d{1,2}月\d{1,2}日|\d{1,2}日|今天|今日|昨天|昨日|近日|日前|目前|當天|当天)"
    r"(?:上午|下午|晚上|晚間|晚间|早上|凌晨)?(?:\d{1,2}[點点时時](?:\d{1,2}分)?)?[，,]?"
)
# `李強3月17日主持召開` → `李強主持召開`; never inside a date range (`2020年10月26日至29日`)
_INNER_TIME = re.compile(  # after a Han character other than 年 (U+5E74)
    rf"(?<=[{HAN_RANGES}])(?<!年)\d{{1,2}}月\d{{1,2}}日(?:上午|下午|晚上)?"
    rf"(?=[{HAN_RANGES}])(?!至)"  # not before 至, a range
)
# `…通過公報，全文如下`: the clause that hands over to the text is no part of a title
_LEAD_IN = re.compile(r"[，,]\s*(?:全文如下|現將|现将|以下[為为是]|如下).*$")
_DATE_ONLY = re.compile(r"^[\d\s年月日:：/.\-()（）星期週周一二三四五六日天時时分AMPamp]+$")
# a headline may ask (`…透露了什么信號?`); a quoted question is someone's words
_ASKS = re.compile(r"^[^“「『\"'].{5,}[^”」』\"'][？?]$")
_AGENCY_TITLE = re.compile(r"^[题題]\s*[:：][^。！？!?]{2,60}$")  # 中新社北京…電 題：…
_LABEL = re.compile(r"^[^\W\d_]{2,8}[:：]$")  # `院長提示：`
_SYMBOLS = re.compile(r"^[\W_]+$")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Head:
    title: str
    subtitle: str | None
    body: list[Block]
    masthead: list[str] = field(default_factory=list)  # lines above the headline, removed
    line: str = ""  # the headline's line as found (`民國113年6月6日第3907次會議`: its date)


def clean_title(title: str) -> str:
    """`PRESS RELEASE : X [May 2025]` → `X`; `[视频]X` → `X`; `(20221012)` → `2022年10月12日`."""
    title = title.strip()
    while (cut := _SUFFIX.sub("", _PREFIX.sub("", title))) != title:
        # `X 2021-07-15 2021-07-15`: every stamp comes off, and the comma it leaves, so that a
        # second pass agrees
        title = cut.rstrip(" ，,、；;：:")
    if _LATIN.search(title) and not has_han(title):
        return title
    return _COMPACT_DATE.sub(lambda m: f"{m[1]}年{int(m[2])}月{int(m[3])}日", title).strip()


EN_HEAD_WORDS = 4  # an English line of fewer words near the top is a name or a menu


def _is_headline(text: str) -> bool:
    if _DATE_LED.match(text) and clean_title(text) != text:
        text = clean_title(text)  # `114年01月13日總統接見…`: the headline behind its date
    if not clean_title(text) or _damaged(text):
        return False
    if not text or _SYMBOLS.match(text) or _DATE_ONLY.match(text) or _DATE_LED.match(text):
        return False
    if DOC_NUMBER.match(text):
        return False
    latin = len(_LATIN.findall(text)) > len(text) / 2
    limit = HEAD_MAX_EN if latin else HEAD_MAX_ZH
    question = not latin and len(text) <= LONG_TITLE and _ONE_QUESTION.match(text)
    if (
        len(text) > limit
        and not question
        and (latin or len(text) > LONG_HEAD_ZH or _CLAUSES.search(text))
    ):
        return False  # longer than a headline, unless a Taiwanese one set with spaces, or the
        # question an FAQ answers (`徵詢庭於…終結後，再次評議，…是否還需要提案至大法庭？`)
    if len(text) < (4 if latin else HEAD_MIN_ZH) or ORGAN.match(text):
        return False
    if not latin and count_han(text) < HEAD_MIN_HAN:
        return False  # `1元 10元 50元`: amounts on buttons
    ends = text.endswith(_SENTENCE_END) and not _ASKS.search(text)
    return not ends and site_title(text) == text


def _damaged(text: str) -> bool:
    """Mojibake is never a title: Han text that is not everyday Chinese."""
    if find_damage(text):
        return True
    return count_han(text) >= 4 and commonness(text) < 0.75


def _is_paragraph(text: str) -> bool:
    """Body text: the search for a headline stops here, so no text is taken for masthead."""
    return len(text) > (HEAD_MAX_EN if _LATIN.search(text[:20]) else HEAD_MAX_ZH)


def find_head(
    blocks: list[Block],
    declared: str | None = None,
    stamp: int | None = None,
    page_title: str | None = None,
) -> Head:
    """Title, subtitle, the body without them, and the masthead lines dropped above the title.
    A title of marks alone (`：`) names nothing and is left empty. `page_title` (a web page's
    `og:title`) names the piece only when no line of the text is its headline."""
    head = _find_head(blocks, declared, stamp, page_title)
    if not head.title or _WORD.search(head.title):
        return head
    if declared is None and len(head.body) < len(blocks):  # the line was marks: look below it
        below = find_head(head.body)
        below.masthead[:0] = [*head.masthead, head.title]
        return below
    head.title = ""
    return head


_WORD = re.compile(r"[^\W_]")


def _find_head(
    blocks: list[Block], declared: str | None, stamp: int | None, page_title: str | None = None
) -> Head:
    """`stamp` is how many blocks came before the page's publish line (`發布日期：…`), if any:
    of several headline-like lines above it, the one right above it is the headline."""
    declared = site_title(declared.strip()) if declared else None
    if not blocks:
        return Head(declared or "", None, [])
    at = _headline_index(blocks, declared)
    above = stamp - 1 if stamp is not None and not declared else None
    if (
        at is not None
        and above is not None
        and at < above <= SCAN
        and _is_headline(blocks[above].text.strip())
        and not _part_of(blocks[above].text, blocks[at].text)
    ):
        at = above  # `深入學習貫徹…精神` (a column's banner) above `…初探`
    if at is None:
        if declared:
            return Head(clean_title(declared), None, blocks)
        page = clean_title(site_title(SITE_TAIL.sub("", page_title))) if page_title else ""
        if page and _is_headline(page):
            return Head(page, None, blocks)  # trafilatura kept the text, not its <h1>
        return _first_paragraph(blocks)
    title_block = blocks[at]
    title = clean_title(declared or " ".join(filter(None, [title_block.lead_in, title_block.text])))
    masthead = [b.text for b in blocks[:at]]
    rest = blocks[at + 1 :]
    line = title_block.text
    if _LABEL.match(title) and rest:  # the record's date and number: its subtitle and stamp
        title, line = title.rstrip("：:"), rest[0].text
        return Head(title, line, rest[1:], masthead, line)
    while not declared and rest and _continues(title, rest[0].text):
        title, rest = title + rest[0].text.strip(), rest[1:]  # a title set on two lines
    # the page repeats its title (`PRESS RELEASE : X`, the print view's copy): once is enough
    repeats = [b for b in rest[:REPEAT_SCAN] if _repeats(b.text, title)]
    pieces = title_in_pieces(rest[:REPEAT_SCAN], title, _SENTENCE_END)
    repeats += pieces
    masthead += [b.text for b in repeats]
    rest = [b for b in rest if not any(b is r for r in repeats)]
    subtitle = None
    deck = split_deck([b.text.strip() for b in pieces], title)
    if deck:  # `引題 主題 副題` on one line, then line by line: the main title is the title
        title, subtitle = deck.main, deck.subtitle
    if rest and is_subtitle(rest[0]) and not rest[0].text.startswith(title):  # not its source
        subtitle, rest = rest[0].text, rest[1:]
    return Head(title, subtitle, rest, masthead, line)


# An official title is set on two or three lines: `国务院关于推动内蒙古高质量发展` over
# `奋力书写中国式现代化新篇章的意见`. The first cannot end a title (`…关于`), or the next
# line ends in the kind of document the title names.
_OPEN_END = re.compile(r"(?:关于|關於|關于|对|對|和|与|與|及|的|暨)$")
_DOC_KIND = re.compile(
    r"(?:意见|意見|通知|通告|公告|决定|決定|办法|辦法|规定|規定|方案|规划|規劃|纲要|綱要|报告|報告|"
    r"公报|公報|条例|條例|细则|細則|批复|批覆|决议|決議|指导意见|指引|要点|要點|计划|計劃|措施)$"
)


def _part_of(line: str, title: str) -> bool:
    """`與印度總理莫迪舉行會見` under `出席… 習近平抵達金奈 與印度總理莫迪舉行會見`: the
    headline set again line by line, not a banner above it."""
    groups = title.split(" ")  # whole groups of a Chinese deck, not words of a breadcrumb
    line = line.strip()
    return has_han(title) and any(
        " ".join(groups[i:j]) == line
        for i in range(len(groups))
        for j in range(i + 1, len(groups) + 1)
    )


def _continues(title: str, line: str) -> bool:
    line = line.strip()
    if not line or len(title) + len(line) > LONG_HEAD_ZH or not has_han(line):
        return False
    if line.endswith(_SENTENCE_END) or DOC_NUMBER.match(line) or _DATE_LED.match(line):
        return False
    if len(line) > HEAD_MAX_ZH or ORGAN.match(line):
        return False
    return bool(_OPEN_END.search(title)) or (
        bool(_DOC_KIND.search(line)) and not _DOC_KIND.search(title)
    )


def _repeats(text: str, title: str) -> bool:
    """The page's title again under it: a copy, or the wire's own `題：…` line."""
    return clean_title(text) == title or bool(_AGENCY_TITLE.match(text))


def _headline_index(blocks: list[Block], declared: str | None) -> int | None:
    """Where the headline is; None when the text opens straight with its body."""
    weak: int | None = None  # `CallAID Network`, `WHO news`: a name above an English headline
    for i, block in enumerate(blocks[:SCAN]):
        text = block.text.strip()
        if declared and (text == declared or site_title(text) == declared):
            return i
        if declared:
            continue
        if block.kind == "heading" and site_title(text) == text and len(text) >= 2:
            return i
        if _LABEL.match(text) and _DATE_LED.match(
            blocks[i + 1].text if i + 1 < len(blocks) else ""
        ):
            return i  # `院長提示：` over `民國113年6月6日第3907次會議`: a record's heading
        if _is_headline(text):
            if has_han(text) or len(text.split()) >= EN_HEAD_WORDS:
                if _en_kicker(text, blocks[i + 1 : i + 2]):
                    continue  # `From the Decline of Arctic Sea Ice to…` over the headline
                return i
            weak = i if weak is None else weak
        if _is_paragraph(text):
            return weak
    return weak


# an English kicker sets a scene without a verb: `From X to Y`, `Inside X`, `Amid X`
_EN_KICKER = re.compile(r"^(?:From|Inside|Beyond|Behind|Across|Amid|Between|Towards?)\b[^,:;.]+$")


def _en_kicker(text: str, below: list[Block]) -> bool:
    """An English kicker: a scene-setting phrase right over a headline of its own."""
    if not _EN_KICKER.match(text) or not below:
        return False
    under = below[0].text.strip()
    return _is_headline(under) and not has_han(under) and len(under.split()) >= EN_HEAD_WORDS


UNREADABLE = 0.5  # share of everyday characters under which a line is mojibake, naming nothing


def _first_paragraph(blocks: list[Block]) -> Head:
    """No headline line: the first paragraph's first sentence names the piece, without its
    time phrase (`11月21日，全會在福州召開。` → `全會在福州召開`); the paragraph stays.
    Short lines above it (menus such as 新聞與活動) are the page's masthead."""
    at = next(
        (
            i
            for i, b in enumerate(blocks[:SCAN])
            if len(b.text) >= FIRST_PARAGRAPH and commonness(b.text) >= UNREADABLE
        ),
        0,
    )
    head = _first_paragraph_at(blocks[at:])
    return Head(head.title, head.subtitle, head.body, [b.text for b in blocks[:at]])


_QUOTED = re.compile(r"“[^“”]{1,30}”|「[^「」]{1,30}」")


def _unless_damaged(quote: re.Match[str]) -> str:
    """A quoted name with a lost character (`“大美臨汾?我的家鄉”`) leaves a drawn title."""
    return "" if _damaged(quote[0]) else quote[0]


def _first_paragraph_at(blocks: list[Block]) -> Head:
    first = blocks[0]
    text = " ".join(filter(None, [first.lead_in, first.text]))
    if len(text) <= HEAD_MAX_ZH and not text.endswith(_SENTENCE_END):
        return Head(clean_title(text), None, blocks[1:])
    sentence = re.split(r"(?<=[。！？])|(?<=[.!?])\s", _TIME_PHRASE.sub("", text), maxsplit=1)[0]
    sentence = _INNER_TIME.sub("", sentence).rstrip("".join(_SENTENCE_END))
    sentence = condense(_LEAD_IN.sub("", sentence))
    clause = re.split(r"[，；：,;:]", sentence, maxsplit=1)[0]
    # the first sentence, else its first clause; a sentence of three clauses is no headline
    whole = [sentence] if len(re.findall(r"[，,]", sentence)) < 2 else []
    for candidate in (*whole, clause, _QUOTED.sub(_unless_damaged, clause)):
        if candidate != text.rstrip("".join(_SENTENCE_END)) and _is_headline(candidate):
            return Head(clean_title(candidate), None, blocks)  # drawn from the paragraph
    if len(text) <= LONG_TITLE:
        return Head(text, None, blocks[1:])  # a short first paragraph is the title itself
    clause = re.split(r"[，。；：！？,;:!?]", text, maxsplit=1)[0]
    short = clause if len(clause) <= LONG_TITLE else clause[: LONG_TITLE - 1] + "…"
    return Head(short, None, blocks)
