"""Where a copied page's headline sits when its top is the copying site's: right over the
wire story's dateline (`Tehran, Iran (AP) —`) under the site's slogan and sections, or over a
WeChat post's `原创` mark under a mirror's menus and hot lists."""

from __future__ import annotations

import re

from highlights.chars import has_han
from highlights.model import Block
from highlights.normalise.headlike import ADOPTION_NOTE, SENTENCE_END, is_headline
from highlights.normalise.metadata import is_subtitle
from highlights.normalise.titlelines import continues

__all__ = [
    "PROSE",
    "over_adoption_note",
    "over_dateline",
    "over_original_mark",
    "prose",
    "thread_title",
]

PROSE = 40  # characters: a sentence this long is text, not a page's furniture


def prose(text: str) -> bool:
    text = text.strip()
    return len(text) >= PROSE and text.endswith(SENTENCE_END)


_EN_DATE_LINE = re.compile(
    r"^(?:(?:Updated?|Posted|Published)\s*:?\s*)?[A-Z][a-z]{2,8}\.? [\d\s,–-]{1,12}\d{4}$"
)


def over_dateline(blocks: list[Block], at: int, opening: int | None) -> int | None:
    """An English wire story's headline sits right over its dateline (`Tehran, Iran (AP) —`),
    or over its standfirst there; the copying site's slogan, sections and dates above it."""
    if not opening or opening - 1 <= at or has_han(blocks[at].text):
        return None
    over = opening - 1
    below = at + 1  # the headline's second line, then its standfirst, may stand over the dateline
    while below < over and continues(blocks[at].text, blocks[below].text):
        below += 1
    if below == over:
        return None
    above = blocks[over - 1].text.strip()
    if is_subtitle(blocks[over]) and is_headline(above):
        over -= 0 if _EN_DATE_LINE.match(above) else 1  # not `Update September 08-09, 2018`
    line = blocks[over].text.strip()
    if not is_headline(line) or has_han(line):
        return None
    # between them only labels and dates (`World News`, `Update September 08-09, 2018`), not a
    # release's highlights in bullets
    labels = all(len(b.text.split()) <= LABEL_WORDS for b in blocks[below:over])
    return None if not labels or any(prose(b.text) for b in blocks[at:opening]) else over


LABEL_WORDS = 6


_ORIGINAL_MARK = re.compile(r"^(?:原创|原創|Original)$")
MARK_SCAN = 200  # blocks: a mirrored WeChat post may set its site's menus and lists above it


def over_original_mark(blocks: list[Block]) -> int | None:
    """A WeChat post sets its title over its `原创` (`Original`) mark, its author, account and
    date: under a mirror site's menus and hot lists, that line is the headline."""
    for i, block in enumerate(blocks[1:MARK_SCAN], start=1):
        if _ORIGINAL_MARK.match(block.text.strip()) and is_headline(blocks[i - 1].text.strip()):
            return i - 1
    return None


# a forum (Discuz!) sets its `[复制链接]` button after the thread's title
_THREAD_LINK = re.compile(r"\S\s*\[(?:复制链接|複製鏈接)\]$")


def thread_title(blocks: list[Block]) -> int | None:
    """A forum thread's title, under the forum's name and counters: the line the page's
    copy-link button follows (`王縣長主持第805次縣務會議 [複製鏈接]`)."""
    for i, block in enumerate(blocks[:MARK_SCAN]):
        if _THREAD_LINK.search(block.text.strip()):
            return i
    return None


def over_adoption_note(blocks: list[Block], at: int) -> int | None:
    """`第二十届中央纪委第三次全体会议公报` (the page's name for it) over `中国共产党第二十届中央
    纪律检查委员会第三次全体会议公报` over `（2024年1月10日…全体会议通过）`: the line over the
    adoption note is the document's own title."""
    named = blocks[at].text.strip()
    for i in range(at + 2, min(len(blocks), at + 4)):
        if ADOPTION_NOTE.match(blocks[i].text.strip()):
            title = blocks[i - 1].text.strip()
            # the same document named twice; a news headline over it (`…全体会议举行` over
            # `…全体会议决议`) stays the headline
            same = title[-2:] == named[-2:]
            return i - 1 if same and is_headline(title) and has_han(title) else None
    return None
