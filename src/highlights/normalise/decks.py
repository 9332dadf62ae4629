"""A headline set again line by line under itself, and what those lines tell: a newspaper's
headline deck is a kicker (引題: `出席中印領導人第二次非正式會晤` / `並對尼泊爾進行國事訪問`),
the main title (主題: `習近平抵達金奈` / `與印度總理莫迪舉行會見`) and a subtitle (副題). A page
that joins them on one line with spaces also sets them line by line; the lines say where one
part ends, and the kicker and subtitle are no part of the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from highlights.chars import is_han
from highlights.model import Block
from highlights.normalise.headlike import HEAD_MAX_ZH, SENTENCE_END

TITLE_PIECES_MIN = 8  # characters: shorter runs may be a subtitle that shares words

# A kicker sets the scene without a subject: attending, on behalf of, marking, around.
_KICKER = re.compile(
    r"^(?:出席|參加|参加|應邀|应邀|受邀|受|在|為|为|圍繞|围绕|聚焦|緊扣|紧扣|貫徹|贯彻|"
    r"紀念|纪念|慶祝|庆祝|迎接|喜迎|奮進|奋进|踐行|践行)"
)
# A line that goes on with the line above it: `與印度總理莫迪舉行會見` after `習近平抵達金奈`
_GOES_ON = re.compile(r"^(?:與|与|和|並|并|及|同|又|再|還|还|暨)")


@dataclass
class HeadDeck:
    main: str
    subtitle: str | None  # the kicker's lines are reported with the other pieces


def title_in_pieces(blocks: list[Block], title: str, ends: tuple[str, ...]) -> list[Block]:
    """The title again set on several lines (`关于印发…国民经济和` / `社会发展计划的通知`), whole
    or without the issuer: the longest run of lines that together are part of it."""
    whole = title.replace(" ", "")
    for start in range(len(blocks)):
        joined, run = "", 0
        for line in (b.text.strip().replace(" ", "") for b in blocks[start:]):
            if not line or line.endswith(ends) or joined + line not in whole:
                break
            joined, run = joined + line, run + 1
        if run >= 2 and len(joined) >= TITLE_PIECES_MIN:
            return blocks[start : start + run]
    return []


def split_deck(pieces: list[str], title: str) -> HeadDeck | None:
    """Kicker, main title and subtitle of a spaced headline that `pieces` set whole, line by
    line; None for any other title (one wrapped over two lines has no spaces: it stays)."""
    if " " not in title or "".join(pieces).replace(" ", "") != title.replace(" ", ""):
        return None
    if not any(is_han(ch) for ch in title):
        return None  # English words are spaced anyway: a title on two lines is one title
    at = 0
    while at < len(pieces) - 1 and (
        _KICKER.match(pieces[at]) or (at and _GOES_ON.match(pieces[at]))
    ):
        at += 1
    main = [pieces[at]]
    at += 1
    while at < len(pieces) and _GOES_ON.match(pieces[at]):
        main.append(pieces[at])
        at += 1
    return HeadDeck(" ".join(main), " ".join(pieces[at:]) or None)


# `沙场鼓角鸣 练兵气如虹——战地记者发自演兵场的一组报道`, `男儿到此自豪雄——记…工程师周儒锵`:
# after the dash, what kind of piece it is or whom it portrays, a subtitle
_DASHED_SUBTITLE = re.compile(
    r"^(?P<main>[^—]{4,40}?)\s*(?:——|—|--)\s*(?P<sub>(?:记|記|访|訪)[^—]{2,40}|[^—]{2,40}?"
    r"(?:报道|報道|報導|报导|侧记|側記|纪实|紀實|综述|綜述|速写|速寫|手记|手記|札记|札記|见闻|見聞))$"
)


def dashed_subtitle(title: str) -> tuple[str, str] | None:
    """A title and, after its dash, the subtitle that says what kind of piece it is."""
    m = _DASHED_SUBTITLE.match(title.strip())
    return (m["main"].strip(), "——" + m["sub"].strip()) if m else None


HEADING_SCAN = 200  # blocks: a story's headings show well before; a huge text is read once


def heading_deck(title: Block, rest: list[Block]) -> bool:
    """`<h2>中央政治局主持会议 中央委员会总书记习近平作重要讲话 …</h2>` under the `<h1>` headline:
    its deck, when longer than a section's heading or when no heading of its level follows it
    (then it is the story's first section)."""
    below = rest[0]
    if title.kind != "heading" or below.kind != "heading" or below.level <= title.level:
        return False
    if below.text.rstrip().endswith(SENTENCE_END):
        return False
    if len(below.text) > HEAD_MAX_ZH:
        return True
    return not any(b.kind == "heading" and b.level == below.level for b in rest[1:HEADING_SCAN])
