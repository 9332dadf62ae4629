"""The headline: the first short line near the top that is not chrome and does not end like a
sentence; a site's page title (`標題 - 某某網`) gives up its site name; short lines above the
headline are the page's masthead and leave the body (reported, never silent).
"""

from __future__ import annotations

import re

from highlights.chars import has_han, narrow, title_case
from highlights.model import Block
from highlights.normalise.decks import heading_deck, split_deck, title_in_pieces
from highlights.normalise.editions import DATED_EDITION, archived_at
from highlights.normalise.firstpara import first_paragraph
from highlights.normalise.headlike import (
    AGENCY_TITLE,
    DATE_LED,
    HEAD_MAX_ZH,
    LABEL,
    SCAN,
    SENTENCE_END,
    Head,
    clean_title,
    is_headline,
    work_report_title,
)
from highlights.normalise.headline_at import (
    COLUMN_BAR,
    echoed,
    headline_index,
    issued_by,
    issuers_only,
    names_issuer,
    naming,
    over_stamp,
    roundup,
    set_twice,
)
from highlights.normalise.headline_marks import (
    over_adoption_note,
    over_dateline,
    over_original_mark,
    prose,
    thread_title,
)
from highlights.normalise.metadata import is_subtitle
from highlights.normalise.sites import SITE_TAIL, site_title
from highlights.normalise.titlelines import DOC_KIND, OFFICIAL_OPENS, continues, joined_lines

REPEAT_SCAN = 5  # blocks under the headline where a repeat of it is dropped


def find_head(
    blocks: list[Block],
    declared: str | None = None,
    stamp: int | None = None,
    page_title: str | None = None,
    opening: int | None = None,
) -> Head:
    """Title, subtitle, the body without them, and the masthead lines dropped above the title.
    A title of marks alone (`：`) names nothing and is left empty. `page_title` (a web page's
    `og:title`) names the piece only when no line of the text is its headline. `opening`: the
    block a dateline opens, under a newswire's page of its own promotion."""
    head = _find_head(blocks, declared, stamp, page_title, opening)
    if page_title and not declared and issued_by(head.title, page_title):
        issuers = [*head.masthead, head.line, *filter(None, [head.subtitle])]
        return Head(clean_title(site_title(page_title)), None, head.body, issuers, head.line)
    if _WORD.search(head.title) and not names_issuer(head.title, head.subtitle, head.body):
        return head
    if declared is None and len(head.body) < len(blocks):  # the line named nothing: look below
        below = find_head(head.body)  # (`()`, an empty link, cleans to no title at all)
        named = head.title or head.line
        below.masthead[:0] = [*head.masthead, *([named] if named else [])]
        return below
    head.title = ""
    return head


_WORD = re.compile(r"[^\W\d_]")  # a letter: a title of digits and marks (`：3`) names nothing


def _find_head(
    blocks: list[Block],
    declared: str | None,
    stamp: int | None,
    page_title: str | None = None,
    opening: int | None = None,
) -> Head:
    """`stamp`: how many blocks came before the page's publish line (`發布日期：…`), if any."""
    declared = site_title(declared.strip()) if declared else None
    if not blocks:
        return Head(declared or "", None, [])
    at = headline_index(blocks, declared)
    repeated = None if declared else echoed(blocks)
    repeated = repeated if repeated is not None or declared else set_twice(blocks, at)
    at = repeated if repeated is not None else at
    carrying = naming(blocks, page_title, opening) if not declared else None
    at = carrying if carrying is not None else at
    marked = None if declared else over_original_mark(blocks)
    at = marked if marked is not None else at
    thread = None if declared or marked is not None else thread_title(blocks)
    at = thread if thread is not None else at
    archived = None if declared else archived_at([b.text for b in blocks])
    at = archived if archived is not None else at
    adopted = over_adoption_note(blocks, at) if at is not None and not declared else None
    at = adopted if adopted is not None else at
    # `兩會現場速遞|“中國為…”`: the line files the wire's title under a column, the title is it
    labelled = carrying is not None and bool(COLUMN_BAR.search(blocks[carrying].text))
    wire = site_title(SITE_TAIL.sub("", page_title)) if labelled and page_title else None
    above = stamp - 1 if stamp is not None and not declared and stamp <= len(blocks) else None
    if (
        at is not None
        and above is not None
        and at < above
        and sum(b.kind != "list_item" for b in blocks[:above]) <= SCAN  # (a menu's items: none)
        # an English headline is set under no banner: above its date is a site's label
        and (
            has_han(blocks[at].text)
            or bool(_CRUMB.search(blocks[at].text) or _SHOW.match(blocks[at].text))
        )
        # (`警情通告 - 司警局呼籲…`: a column's name before it, as a page's title sets one)
        and is_headline(site_title(blocks[above].text.strip()))
        and not issuers_only(blocks[above].text)  # who issued it signs over the stamp
        and not _part_of(blocks[above].text, blocks[at].text)
        and not _subtitled(blocks[at].text, blocks[above].text)
        and not DATED_EDITION.match(blocks[at].text)  # `…日央视新闻联播`: the edition's own name
        # a date under the text's first paragraph is the text's (a table's row), no stamp
        and not any(prose(b.text) for b in blocks[at + 1 : above])
    ):
        at = above  # of headline-like lines over the stamp, the one right over it (`…初探`)
    if at is None and above is not None and above >= 0 and over_stamp(blocks[above]):
        at = above  # `風雲際會賀一誠` over `2019-09-16 04:05`, under forty lines of menus
    if at is not None and above is not None and 0 <= above < at and _SECTION.match(blocks[at].text):
        named = site_title(blocks[above].text.strip())
        if _PAGE_SEP.search(blocks[above].text) and is_headline(named):
            # `本部…新聞說明會紀要---國傳司` (a page title) over the stamp, `一、…` under it
            masthead = [b.text for b in blocks[:above]]
            return Head(clean_title(named), None, blocks[above + 1 :], masthead, blocks[above].text)
    if at is not None and opening is not None and at > opening and not declared:
        at = None  # `Quarterly Highlights` under the dateline's paragraph: a section's heading
    if at is not None and not declared and (over := over_dateline(blocks, at, opening)):
        at = over  # `Chiangmai 's First English Language Newspaper` over it: the site's slogan
    if at is None and not declared and opening and is_headline(blocks[opening - 1].text.strip()):
        at = opening - 1  # no headline up top: the line right over the dateline is it
        # (or the line over it, when it is a standfirst: `2018 fishing opener…` / `Waters in…`)
        at -= int(at > 0 and is_subtitle(blocks[at]) and is_headline(blocks[at - 1].text.strip()))
    if at is None:
        if declared:
            return Head(clean_title(declared), None, blocks)
        page = clean_title(site_title(SITE_TAIL.sub("", page_title))) if page_title else ""
        if page and is_headline(page.rstrip("！？!?")):  # `…英雄的城！`: exclaimed, a title
            return Head(page, None, blocks)  # trafilatura kept the text, not its <h1>
        return first_paragraph(blocks)
    sectioned = not declared and _SECTION.match(blocks[at].text)
    opened = [b.text for b in blocks[:at]] if sectioned else []
    if reported := work_report_title(opened):  # not its first section, `一、2024年工作回顾`
        return Head(reported, None, blocks[at:], opened, blocks[at].text)
    if not declared and (official := _official_below(blocks, at)):
        at = official  # `自治区人民政府发布通知` over `…关于下达…的通知`: the notice's title
    title_block = blocks[at]
    title = clean_title(
        declared or wire or " ".join(filter(None, [title_block.lead_in, title_block.text]))
    )
    masthead = [b.text for b in blocks[:at]]
    rest = blocks[at + 1 :]
    if marked is not None and marked == at:  # the post's `原创` mark leaves with the page's top
        masthead, rest = [*masthead, rest[0].text], rest[1:]
    line = title_block.text
    if LABEL.match(title) and rest:  # the record's date and number: its subtitle and stamp
        title, line = title.rstrip("：:"), rest[0].text
        return Head(title, line, rest[1:], masthead, line)
    # a title set on two lines; never a heading and its first item (`## 国内联播快讯` over `…`)
    if not declared and not wire:
        title, used = joined_lines(title, title_block.kind, rest)
        rest = rest[used:]
        if rest and (dated := _dated_over(title_block.text, rest[0].text)):
            title, rest = dated, rest[1:]  # `2022年8月19日外交部发言人汪文斌` / `主持例行记者会`
    # the page repeats its title (`PRESS RELEASE : X`, the print view's copy): once is enough
    repeats = [b for b in rest[:REPEAT_SCAN] if _repeats(b.text, title)]
    unrepeated = [b for b in rest[:REPEAT_SCAN] if not any(b is r for r in repeats)]
    pieces = title_in_pieces(unrepeated, title, SENTENCE_END)  # as a second reading sees them
    repeats += pieces
    masthead += [b.text for b in repeats]
    rest = [b for b in rest if not any(b is r for r in repeats)]
    subtitle = None
    lines = [b.text.strip() for b in pieces]
    # `湖州市卫生健康委关于印发` over `2023年全市卫生健康工作要点的通知`: one official title on two
    # lines, no kicker over a main title
    one_title = len(lines) == 2 and DOC_KIND.search(lines[1]) and not DOC_KIND.search(lines[0])
    title = "".join(lines) if one_title and "".join(lines) == title.replace(" ", "") else title
    deck = None if one_title else split_deck(lines, title)
    if deck:  # `引題 主題 副題` on one line, then line by line: the main title is the title
        title, subtitle = deck.main, deck.subtitle
    if roundup(title):  # `…news in brief.`: the first item's headline is no subtitle of it
        return Head(title.rstrip("."), None, rest, masthead, line)
    if not deck and _kicker_over(title, rest):
        title, subtitle, rest = rest[0].text.strip(), title, rest[1:]
        return Head(title, subtitle, rest, masthead, line)
    subtitled = rest and (
        is_subtitle(rest[0]) or _zh_subtitle(rest) or heading_deck(title_block, rest)
    )
    if subtitled and not narrow(rest[0].text).startswith(narrow(title)):  # `:`, once `：`
        subtitle, rest = rest[0].text, rest[1:]
    return Head(title, subtitle, rest, masthead, line)


# a headline's verb that opens its second line, the day and who over it on the first
_OPENS_ON_VERB = re.compile(r"^(?:主持|举行|舉行|召开|召開|出席|会见|會見|发表|發表|接见|接見)")


def _dated_over(first: str, second: str) -> str | None:
    """`2022年8月19日外交部发言人汪文斌` / `主持例行记者会`: a title set on two lines, the day and
    who on the first, what they did on the second; the whole title, or None."""
    first, second = first.strip(), second.strip()
    if not (_OPENS_ON_VERB.match(second) and DATE_LED.match(first)) or len(second) > HEAD_MAX_ZH:
        return None
    if SENTENCE_END_RE.search(first + second) or len(first) > DATED_ABOVE_MAX:
        return None
    return clean_title(first + second)


DATED_ABOVE_MAX = 30  # characters of the first line: a longer one is a sentence of the text
SENTENCE_END_RE = re.compile(r"[。！？，,；;]")
_NUM = "一二三四五六七八九十"
_SECTION = re.compile(rf"^\s*(?:[{_NUM}]{{1,3}}、|[（(][{_NUM}]{{1,3}}[）)])")
_PAGE_SEP = re.compile(r"-{2,}|\s[-–—|｜]\s")
_CRUMB = re.compile(r"\s[>»›|/]\s")  # `Accueil > Actualités > …`: a breadcrumb, no headline
# `CNN Wolf Blitzer Reports` over `Pat Tillman Killed…` over its airtime: the programme's name
_SHOW = re.compile(r"^(?:CNN|BBC|PBS|NPR|ABC|CBS|NBC|MSNBC|CNBC|Fox News|Sky News)\b")


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


def _subtitled(headline: str, line: str) -> bool:
    """`Obama Administration Awards Nearly $500 Million…` over `Labor Secretary…, joined by…,
    announce funds…`: an English headline in title case, its subtitle a sentence."""
    return not has_han(headline) and title_case(headline) and not title_case(line)


_ANNOUNCES = re.compile(r"^[^，。]{2,16}(?:发布|發布|印发|印發|下发|下發)(?:通知|公告|意见|意見)$")


def _official_below(blocks: list[Block], at: int) -> int | None:
    """The line under a short announcement that opens an official title on one or two lines."""
    below = blocks[at + 1 : at + 3]
    if not _ANNOUNCES.match(blocks[at].text.strip()) or not below:
        return None
    first = below[0].text.strip()
    if not OFFICIAL_OPENS.match(first):
        return None
    whole = DOC_KIND.search(first) or (len(below) > 1 and continues(first, below[1].text))
    return at + 1 if whole else None


def _zh_subtitle(rest: list[Block]) -> bool:
    """`学习贯彻习近平总书记重要讲话精神和全国两会精神` under `王伟中主持召开省政府常务会议`,
    over the story's first paragraph: the headline's second line, no part of the story."""
    return (
        len(rest) > 1
        and _short_head(rest[0])
        and len(rest[1].text) > 2 * len(rest[0].text)
        and rest[1].text.rstrip().endswith(SENTENCE_END)
        # a line like it further down makes it the first of the story's own headings
        and not any(_short_head(b) for b in rest[2:SUBTITLE_SCAN])
    )


def _kicker_over(title: str, rest: list[Block]) -> bool:
    """`争做“学懂弄通做实”排头兵` over `全市…工作会议暨学习秘书培训会召开`, which the story's
    first sentence says again word for word: a kicker over the main title (引題, 主題)."""
    if len(rest) < 2 or not _short_head(rest[0]):
        return False
    opening = narrow(rest[1].text.split("。")[0])
    if narrow(rest[0].text.strip()) not in opening or narrow(title) in opening:
        return False
    # (`市政府常务会议召开` over `研究部署…等`: the event, then what it did, a subtitle)
    return bool(_HELD.search(rest[0].text.strip())) and not _HELD.search(title)


_HELD = re.compile(r"(?:召开|召開|举行|舉行|举办|舉辦|开幕|開幕|闭幕|閉幕|启动|啟動)$")


def _short_head(block: Block) -> bool:
    line = block.text.strip()
    return (
        block.kind == "paragraph"
        and has_han(line)
        and len(line) <= SUBTITLE_MAX_ZH
        and not line.endswith(SENTENCE_END)
        and not _SECTION.match(line)
        and is_headline(line)
    )


SUBTITLE_MAX_ZH = 30
SUBTITLE_SCAN = 200  # blocks: a story's headings show well before; a huge text is not read twice


def _repeats(text: str, title: str) -> bool:
    """The page's title again under it: a copy, named with its site, or the wire's `題：…`."""
    return title in (clean_title(text), site_title(text)) or bool(AGENCY_TITLE.match(text))
