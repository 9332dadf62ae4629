"""Articles with their own structure: Markdown/HTML headings, bold lead-ins, short heading lines.

Each section (a heading and the blocks up to the next one) becomes a card titled by its heading.
"""

from __future__ import annotations

import re

from highlights.cards.cuts import NUM
from highlights.cards.story_heads import story_heads
from highlights.cards.text import Draft, Piece, display_len, strip_piece
from highlights.chars import HAN_RANGES as HAN
from highlights.model import Article, Block
from highlights.settings import CardSettings

# (a mail's bold is one asterisk: `*On plastic guns:* "The president…"`)
BOLD_LEAD = re.compile(
    r"^\s*(?:(?:\*\*|__)(?P<lead>[^*_\n]{2,100}?)(?:\*\*|__)|\*(?=[A-Z])(?P<single>[^*\n]{2,100}?)"
    r"\s*\*)(?P<colon>\s*[:：])?\s*"
)
# a short numbered line; one ending in `；` or `，` is an item of a list, not a heading
HEAD_LINE = re.compile(
    rf"^(?:[{NUM}]+、|[（(][{NUM}]+[）)])\s*[^。！？!?]{{1,29}}[^。！？!?；;，,、]$"
)
# `1.指导思想。贯彻…`, `（一）總體要求：…`: a numbered paragraph that opens with its own label
RUN_IN = re.compile(
    rf"^(?:\d{{1,2}}[.．、]|[（(][{NUM}\d]{{1,3}}[）)]|[{NUM}]{{1,3}}、)\s*"
    r"(?P<lead>[^。！？!?，,；;：:、“”「」《》\s（()）]{2,12})"
    r"(?:[（(][^（()）]{1,16}[）)])?"  # `(二)安遷賑助(設籍並實際居住)：`: an aside on who may ask
    r"[。：:]\s*(?=\S)"
)
# `第一條消息`: a briefing's announcements, each on a line of its own over its text
ANNOUNCEMENT = re.compile(rf"^第[{NUM}]+[條条項项个個件則则](?:消息|新聞|新闻|事項|事项)$")
# `第一章 總則`: a law's or a plan's chapters outrank the numbered items inside them
CHAPTER = re.compile(rf"^第[{NUM}\d]+[章節节篇編编]\s*[^。！？!?；;，,]{{1,30}}$")
# a transcript's speaker: `候任政務司司長：各位記者朋友好。…` (the reporters' questions are no
# section: they stay with the answer before them)
SPEAKER = re.compile(
    rf"^(?P<who>[{HAN}·]{{0,12}}?(?:司長|司长|局長|局长|處長|处长|署長|署长|行政長官|行政长官|"
    r"特首|主席|發言人|发言人|部長|部长|主任|總理|总理|總統|总统|院長|院长|市長|市长|省長|省长|"
    r"書記|书记|主持人|大使|議員|议员))\s*[:：]\s*(?=\S)"
)
# `工作假期：勞工及福利局局長…`: a round-up's items, each under a label of its own
LABELLED = re.compile(rf"^(?P<lead>[{HAN}]{{2,6}})[:：](?=\S{{10}})")
LABELLED_MIN = 3  # items, every label different: one label said again is a speaker's turn
LABELLED_SHARE = 2 / 3  # of the paragraphs: the round-up is the text, not a few lines of it
_CUE = re.compile(r"(?:指出|強調|强调|要求|認為|认为|表示|說|说|問|问|答|注|按)$")
SALUTATION = 20  # characters: `各位市民、各位傳媒朋友：` opens a speech, it says nothing
MARKUP = re.compile(r"\*\*|__")
# `[视频]【伟大征程】…`: the page's media tag, not the story's title
MEDIA_TAG = re.compile(r"^\s*[\[【](?:视频|視頻|组图|組圖|图|圖|多图|多圖|音频|音頻|直播)[\]】]\s*")
MARKER = re.compile(rf"^(?:[{NUM}]+、|[（(][{NUM}]+[）)])\s*")  # the card's badge shows the number
ENUM_ONLY = re.compile(rf"^(?:[{NUM}]+是|第[{NUM}]+|\d+|[{NUM}]+)$")
BOILERPLATE = re.compile(
    r"^(?:about\b|media contacts?|press contacts?|contacts?$|notes? to editors|for more information"
    r"|關於我們|关于我们|聯絡方式|联系方式|聯繫我們|联系我们)",
    re.IGNORECASE,
)
TRIM = " :：.-—\t"


def _heading(
    block: Block,
    index: int,
    article: Article,
    chapters: bool = False,
    speakers: bool = False,
    labels: bool = False,
    heads: frozenset[int] = frozenset(),
) -> tuple[str, int] | None:
    """(title, offset where the section's body starts in this block) or None."""
    turn = SPEAKER.match(block.text) if speakers and block.kind != "heading" else None
    if turn:
        return turn.group("who"), turn.end()
    label = LABELLED.match(block.text) if labels and block.kind != "heading" else None
    if label:
        return label.group("lead"), label.end()
    head = (block.text.strip(), len(block.text)) if index in heads else None
    head = head or _raw_heading(block, index, article, chapters)
    if head is None:
        return None
    title = MEDIA_TAG.sub("", MARKER.sub("", head[0])).strip(TRIM)
    if ENUM_ONLY.match(title) or len(title) < 2:
        return None  # `**一是：**` numbers a point, it does not name a section
    return title, head[1]


def _raw_heading(
    block: Block, index: int, article: Article, chapters: bool
) -> tuple[str, int] | None:
    text = block.text
    if chapters and block.kind != "heading":
        return (text.strip(), len(text)) if CHAPTER.match(text.strip()) else None
    if block.kind == "heading":
        if block.level <= 1 and (index == 0 or text.strip() == article.meta.title.strip()):
            return None  # the article's own title, not a section
        return MARKUP.sub("", text).strip(TRIM), len(text)
    if block.lead_in:
        lead = block.lead_in
        bare = MARKUP.sub("", lead)
        pos = text.find(lead)
        end = pos + len(lead) if pos == 0 else (len(bare) if text.startswith(bare) else 0)
        return bare.strip(TRIM), end
    bold = BOLD_LEAD.match(text)
    lead = (bold.group("lead") or bold.group("single")) if bold else ""
    colon = bold and (bold.group("colon") or lead.rstrip().endswith((":", "：")))
    if bold and (colon or bold.end() == len(text)):
        return lead.strip(TRIM), bold.end()
    if HEAD_LINE.match(text.strip()) or ANNOUNCEMENT.match(text.strip()):
        return text.strip(), len(text)
    run_in = RUN_IN.match(text)
    if run_in:
        return run_in.group("lead"), run_in.end()
    return None


def find_drafts(
    article: Article, settings: CardSettings, notes: set[str]
) -> tuple[list[Draft], int]:
    """Drafts per section and the index of the first section's block; ([], 0) if < 2 sections."""
    drafts: list[Draft] = []
    first = len(article.blocks)
    taking = False  # does the current section take the paragraphs that follow it?
    left_out = 0
    chapters = sum(1 for b in article.blocks if CHAPTER.match(b.text.strip())) >= 2
    turns = {m.group("who") for b in article.blocks if (m := SPEAKER.match(b.text))}
    speakers = len(turns) >= 2  # a transcript of several speakers: one card each
    labels = _labelled(article)
    heads = frozenset(story_heads(article))
    for i, block in enumerate(article.blocks):
        head = _heading(block, i, article, chapters, speakers, labels, heads)
        piece = Piece(i, 0, len(block.text), block.text)
        if head:
            title, body_start = head
            first = min(first, i)
            drafts.append(Draft(_fit_title(title, settings, notes), [], piece))
            said = block.text[body_start:].strip()
            rest = strip_piece(piece.sub(body_start, len(block.text)), TRIM)
            if speakers and said.endswith(("：", ":")) and len(said) <= SALUTATION:
                rest = piece.sub(len(block.text), len(block.text))  # `各位傳媒朋友：`
            if rest.text:
                drafts[-1].body.append(rest)
            # `**Lead-in:** text` is a one-paragraph section; a heading runs to the next one
            taking = block.kind == "heading" or chapters or speakers or not rest.text
        elif drafts and (taking or block.kind == "list_item"):
            if not _restates(block.text, drafts[-1].title):
                drafts[-1].body.append(piece)
        elif drafts:
            left_out += 1  # closing quotes and boilerplate after lead-in sections
    kept = [
        d
        for i, d in enumerate(drafts)
        if d.body and not BOILERPLATE.match(d.title) and not _contents(d, drafts[i + 1 :])
    ]
    left_out += sum(1 for d in drafts if d.body) - len(kept)
    drafts = kept
    if len(drafts) < 2 or _a_tail(article, first, drafts):
        return [], 0
    if left_out:
        notes.add("omit-context")
    return drafts, first


def _labelled(article: Article) -> bool:
    """A round-up of items under labels (`工作假期：…`, `拓展商機：…`), each label once."""
    paragraphs = [b for b in article.blocks if b.kind != "heading"]
    found = [m.group("lead") for b in paragraphs if (m := LABELLED.match(b.text))]
    found = [f for f in found if not _CUE.search(f)]
    most = len(found) >= LABELLED_SHARE * len(paragraphs)  # a transcript's `国际联播快讯：` not
    return most and len(found) >= LABELLED_MIN and len(set(found)) == len(found)


def _restates(text: str, title: str) -> bool:
    """The section's title again (a story's heading repeated as its first line), or a note
    wholly in brackets (`（2022年10月12日…全体会议通过）`): no point of its own."""
    line = text.strip().rstrip("。.")
    return line == title or bool(ASIDE.fullmatch(line))


ASIDE = re.compile(r"[（(][^（()）]*[）)]")


def _a_tail(article: Article, first: int, drafts: list[Draft]) -> bool:
    """Numbered lines at the end of a story (`一、人口净流入的大城市` over a list of cities) are
    a list inside it, not its structure: the sections hold less of the text than comes
    before them, past the opening paragraphs."""
    before = sum(len(b.text) for b in article.blocks[OPENING:first])
    held = sum(len(p.text) for d in drafts for p in d.body)
    return before > held


OPENING = 3  # paragraphs before the first heading that are the story's lead, not its body


def _contents(draft: Draft, later: list[Draft]) -> bool:
    """A table of contents (`本期节目主要内容：1.…`): most of its lines are titles to come."""
    titles = [MARKUP.sub("", d.title) for d in later if len(d.title) >= 4]
    listed = [p.text for p in draft.body]
    hits = sum(1 for line in listed if any(t[:12] in line for t in titles))
    if listed and CONTENTS.match(listed[0]) and hits >= 2:
        return True  # `本期节目主要内容：` announces it, whatever the sub-items under each title
    return len(listed) >= 3 and hits * 2 >= len(listed)


CONTENTS = re.compile(
    r"^(?:本期)?(?:節目|节目)?(?:主要)?(?:内容|內容)|^目[录錄]|^(?:内容|內容)提要"
)


LABEL_MAX = 3  # characters before a heading's colon that name a speaker or a source, no topic
COLUMN_TAG = re.compile(r"^\s*【[^【】]{1,30}】\s*")


def _fit_title(title: str, settings: CardSettings, notes: set[str]) -> str:
    """Headings are the author's words: keep them, cutting only a very long one at a boundary."""
    if display_len(title) <= settings.max_title_chars:
        return title
    tag = COLUMN_TAG.match(title)  # `【筑梦现代化 共绘新图景——代表委员议国是】肩负职责…`: the
    if tag and display_len(title[tag.end() :]) >= 2:  # column's name goes before the story's
        notes.add("title-cut")
        return _fit_title(title[tag.end() :], settings, notes)
    label, colon, said = title.partition("：")
    if colon and len(label) <= LABEL_MAX and display_len(said) >= 2:
        return _fit_title(said, settings, notes)  # `外媒：專利申請數超…`: who says it, then what
    for sep in ("：", ":", "，", ", ", " — ", "——"):
        head = title.split(sep)[0]
        if 2 <= display_len(head) <= settings.max_title_chars:
            notes.add("title-cut")
            return head
    return title
