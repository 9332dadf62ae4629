"""Whether a headline is about the text under it.

A section's name (`所屬教程：新詞熱詞` over the page's stamp), an app's banner (`每日點新聞
點解香港事`) or a print widget (`Print Friendly Version Convert to PDF`) can sit where a
headline would and look like one; what gives it away is that the story never speaks of it. A
headline shares its words (Han bigrams, English stems) with its lead: when the chosen line
shares almost none and another headline-like line above the first paragraph shares most, that
line is the headline. A speaker's label in the lead (`WOLF BLITZER, CNN ANCHOR:`) is no part
of the story: it would make the programme's name (`CNN Wolf Blitzer Reports`) look about it.
A site's label over its own blurb (`Media office archive` over `CAF is one of Europe's…`) is
judged against the story further down: the first headline-like line over most of the page's
prose that this prose is about, while the label is not, is the headline.
"""

from __future__ import annotations

import re
from itertools import pairwise

from highlights.chars import HAN_RANGES, count_han
from highlights.model import Block
from highlights.normalise.headlike import SCAN, Head, clean_title, is_headline
from highlights.normalise.headline_at import roundup
from highlights.normalise.sitelabel import site_label
from highlights.normalise.titlelines import joined_lines

_HAN = re.compile(f"[{HAN_RANGES}]")
_EN_WORD = re.compile(r"[A-Za-z]{3,}")
_STOP = "the and for with from that this its their our new are was were has have will"
_EN_STOP = frozenset(_STOP.split())
PROSE = 30  # characters: a shorter block is a label or a headline, not the lead's prose
LEAD_CHARS = 800  # how much of the first paragraphs a headline is compared with
STRAY = 0.3  # a headline sharing less than this share of its words with the lead…
ABOUT = 0.6  # …gives way to a line sharing at least this much
MIN_UNITS = 4  # a line of fewer words (bigrams) is too short to be judged this way


def _units(text: str) -> set[str]:
    """Han bigrams for Chinese (no segmenter needed to compare), word stems for English."""
    if count_han(text) >= 2:
        spaced = "".join(c if _HAN.match(c) else " " for c in text)
        return {spaced[i : i + 2] for i in range(len(spaced) - 1) if " " not in spaced[i : i + 2]}
    return {w.lower()[:5] for w in _EN_WORD.findall(text) if w.lower() not in _EN_STOP}


def shared(title: str, lead: str) -> float | None:
    """Share of the title's words found in the lead; None when the title has too few to tell."""
    units = _units(title)
    if len(units) < 2:
        return None
    if count_han(title) >= 2:
        return sum(u in lead for u in units) / len(units)
    words = {w.lower()[:5] for w in _EN_WORD.findall(lead)}
    return sum(u in words for u in units) / len(units)


_SENTENCE_END = ("。", ".", "!", "?", "！", "？", "”", '"', "；", ";", "：", ":")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")
_DATED = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\b(?:19|20)\d{2}\b")
LONG = 100  # characters: a block this long is prose whatever it ends with
COLLECTION = 3  # headline-like lines in the text: a collection of stories under one title
_GATHERS = re.compile(
    r"精選|精选|一周|一週|每周|每週|每日|摘要|要聞|要闻|快訊|快讯|簡訊|简讯|好圖|好图|集錦|集锦|聯播|联播"
    r"|速覽|速览|綜述|综述|(?i:digest|roundup|round-up|summary|headlines|briefs?|news|bulletin)"
)


def _prose(block: Block) -> bool:
    text = block.text.strip()
    return len(text) >= LONG or (len(text) >= PROSE and text.endswith(_SENTENCE_END))


def _first_prose(blocks: list[Block]) -> int | None:
    return next((i for i, b in enumerate(blocks[: SCAN * 2]) if _prose(b)), None)


_SPEAKER = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,[^:]{0,40})?:\s*")  # `WOLF BLITZER, CNN…:`


def _lead(blocks: list[Block]) -> str:
    said = (_SPEAKER.sub("", b.text) for b in blocks if _prose(b))  # (a label names no story)
    return " ".join(said)[:LEAD_CHARS]


def _stories(blocks: list[Block]) -> int:
    """Headline-like lines each over a paragraph (`沈阳举行…仪式` over each photo's story); a
    page's list of other stories' links, one after another, is no such line."""
    window = blocks[: SCAN * 3]
    return sum(
        1
        for b, after in pairwise(window)
        if not _prose(b)
        and (len(after.text) >= LONG or after.text.strip().endswith(_SENTENCE_END))
        and len(_units(b.text)) >= MIN_UNITS
        and is_headline(b.text.strip())
    )


DEEP = 40  # blocks looked at for a headline buried under a page's own prose
GAP = 0.5  # …and it shares at least this much more of its words with that story than the title
BULK = 0.5  # the story under a buried headline holds at least this share of the page's prose


def _buried(blocks: list[Block], head: Head, at: int) -> tuple[float, int] | None:
    """The first headline-like line whose story, the bulk of the page's prose, is about it
    while the chosen title is not (`Media office archive` over the charity's own blurb)."""
    total = sum(len(b.text) for b in blocks if _prose(b))
    for i in range(min(len(blocks), DEEP)):
        text = blocks[i].text.strip()
        if i == at or blocks[i].kind == "list_item" or _NUMBERED.match(text):
            continue
        if _prose(blocks[i]) or not is_headline(text) or len(_units(text)) < MIN_UNITS:
            continue
        under = blocks[i + 1 :]
        if sum(len(b.text) for b in under if _prose(b)) < BULK * total:
            return None  # what follows is a page's tail, not its story
        story = _lead(under)
        share = shared(text, story) or 0.0
        stray = 0.0 if site_label(head.title) else shared(head.title, story)
        if share >= ABOUT and (stray is None or stray < STRAY) and share - (stray or 0.0) >= GAP:
            return share, i
    return None


def about_head(blocks: list[Block], head: Head) -> Head:
    """`head`, or a headline-like line that its text is about: above the first paragraph, or
    over the bulk of the page's prose when the title is a site's label or says nothing of it."""
    lead = _lead(head.body)
    # (`Daily News 09 /11/ 2017`: a site's label with the day on it names no edition)
    edition = _DATED.search(head.title) and not site_label(_DATED.sub("", head.title))
    if not lead or edition or roundup(head.title):
        return head  # `新闻联播 2009年1月28日`: an edition's title names its day, not a story
    # (-1: a title taken from inside a line, `乡镇（街道）分站` off the menu it names)
    at = next((i for i, b in enumerate(blocks) if b.text == head.line), -1)
    first = _first_prose(blocks)
    if at >= 0 and blocks[at].kind == "heading":
        return head  # a heading is the writer's own title, whatever its words
    stray = 0.0 if site_label(head.title) else shared(head.title, lead)
    if _stories(blocks[at + 1 :]) >= COLLECTION and (stray != 0.0 or _GATHERS.search(head.title)):
        # a programme's or a photo week's stories: the title names them all (one that says
        # nothing of the first story and names no collection is another story's, a ticker's)
        return head
    if stray is not None and stray >= STRAY:
        return head  # a title about the page's first story: a second story's is no better
    # (a title too short to judge, `要聞`, only gives way to a line over the page's bulk)
    best = _above(blocks, lead, at, first) if stray is not None and first is not None else None
    best = best or _buried(blocks, head, at)
    if best is None:
        return head
    k = best[1]
    if at < 0 and any(_prose(b) for b in blocks[:k]):
        # a title drawn from the text's own first sentence, the story's opening paragraphs
        # above the line: a subheading, not the story's headline
        return head
    # `…第五次会议关于绛县人民` / `代表大会常务委员会工作报告的决议`: set on two lines
    title, used = joined_lines(blocks[k].text.strip(), blocks[k].kind, blocks[k + 1 :])
    last = k + used
    end = max(last, at) + 1
    above = [b.text for i, b in enumerate(blocks[:end]) if not k <= i <= last]
    masthead = above + [m for m in head.masthead if m not in above and m != blocks[k].text]
    return Head(clean_title(title), None, blocks[end:], masthead, blocks[k].text)


def _above(blocks: list[Block], lead: str, at: int, first: int) -> tuple[float, int] | None:
    best: tuple[float, int] | None = None
    for i in range(min(first, SCAN)):
        text = blocks[i].text.strip()
        if i == at or blocks[i].kind == "list_item" or _NUMBERED.match(text):
            continue  # (a programme's rundown names its stories, not the programme)
        if not is_headline(text):
            continue
        if len(_units(text)) < MIN_UNITS:
            continue
        share = shared(text, lead) or 0.0
        if share >= ABOUT and (best is None or share >= best[0]):
            best = (share, i)
    return best
