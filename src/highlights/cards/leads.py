"""The deck's lead: the first one or two sentences of the story before its cards, never a
name, a label, a title again, a courtesy or mojibake; or, when nothing comes before the first
section (a transcript, a speech), that section's first sentence."""

from __future__ import annotations

import re

from highlights.cards import sections
from highlights.cards.courtesies import courtesy
from highlights.cards.english import unlabelled
from highlights.cards.points import sentences
from highlights.cards.text import (
    BRACKETED_NOTE,
    QUESTION_TURN,
    Draft,
    Piece,
    display_len,
    strip_piece,
    title_again,
    unreadable,
)
from highlights.chars import HAN_RANGES, has_han, title_case
from highlights.model import Article, Block, Language
from highlights.normalise.datelines import dateline
from highlights.normalise.hosts import cheers
from highlights.settings import CardSettings

LEAD_MIN = 8  # Han-width characters
# `220. 大家仍記得，…`: a budget speech's or a report's paragraph number, no part of what it says
# `221. 基本工程的開支…`, and a record's sub-item `（一）准予備查`: its number, not its point
PARAGRAPH_NUMBER = re.compile(
    r"^\d{1,3}[.．]\s+(?=\S)|^[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]\s*(?=\S)"
    # `3.习近平举行仪式…`: a rundown's item number run into its Chinese (never `1.5萬人`)
    rf"|^\d{{1,2}}[.．](?=[「“《{HAN_RANGES}])"
)


# `县人大主任张阅农、县政协主席张萍列席会议`: who else attended a local meeting is a record, no
# key point; the central leadership's attendance (`政治局常委…出席會議`) is news
_ATTENDED = re.compile(
    r"(?:(?:出席|列席|参加|參加)了?(?:会议|會議|开幕式|開幕式|闭幕式|閉幕式|仪式|儀式|典礼|典禮)?"
    r"|(?:在|於|于)?主席台(?:前排)?就座)[。.]?$"
)
_ALSO_DID = re.compile(
    r"主持|讲话|講話|强调|強調|指出|要求|审议|審議|听取|聽取|通过|通過|宣布|发表|發表|致辞|致辭|"
    r"率团|率團|得到|召开|召開|举行|舉行|應|应当|必须|必須|須|需|由|中央|政治局|国家主席|國家主席|"
    r"总书记|總書記|總理|总理|党和国家|黨和國家|。."
)
# `全体县委委员、县委候补委员；…；县纪委委员；…参加了会议`: the roll of who came, by their posts
_ROLL_PART = re.compile(r"^[^，,。；：了]{2,30}$")


def attendance(text: str) -> bool:
    """Who attended a meeting, or who chaired it (`会议由市委副秘书长王志强主持`), and nothing
    else."""
    *roll, _ = text.split("；")  # (a roll of three posts or more; `县长作了报告；…列席会议`, no)
    listed = not roll or (len(roll) >= 2 and all(_ROLL_PART.match(r.strip()) for r in roll))
    attended = bool(_ATTENDED.search(text)) and listed and not _ALSO_DID.search(text)
    return attended or bool(_CHAIRED.match(text))


# (`本次新聞發布會由…新聞發言人朱鳳蓮主持`: a briefing's chair too)
_CHAIRED = re.compile(
    r"^(?:本次)?(?:会议|會議|新聞發布會|新闻发布会|發布會|发布会|記者會|记者会)由[^。，,；;]{2,40}"
    r"主持[。.]?$"
)


_POINTER = re.compile(
    r"[^，。]{1,4}(?:说|說)|【[^】]{1,4}】|[^，。]{1,4}>>|在这里|在這裡|[（(](?:参见|參見|见|見)[^（）()]{1,6}[)）]"
)


# `十九大新聞中心副主任王冬梅表示`: who spoke, what they said cut off with the page
# (never a complete sentence that ends so: `黄山有天下第一奇山之称`, `对工作进行了介绍`)
_SPEAKER_ONLY = re.compile(
    r"(?:[^，。：:；;“”「」]{2,40}(?:表示|指出|強調|强调|認為|认为|(?<![之简簡名统統堪号號俗])(?:稱|称)"
    r"|(?<![学學传傳小])(?:說|说))|[据據][^，。：:；;“”「」]{2,40}(?:介紹|介绍))[：:，,]?"
)


def hollow(text: str) -> bool:
    """`Now`, `Eastern Time`: two English words at most, no figure, say nothing; `做好`,
    `汪文斌说`, `【详情】`, `（参见下表）`: what a cut left, who spoke, a link, a pointer."""
    if has_han(text) and _SPEAKER_ONLY.fullmatch(text.strip(" 。")):
        return True  # (the figures in a speaker's title, `11日`, say nothing either)
    if re.search(r"\d", text):
        return False
    if has_han(text):  # English with curly quotes or a dash (`“Now”`) is still counted in words
        bare = text.strip(" 。！？")
        return len(bare) <= 2 or bool(_POINTER.fullmatch(bare))
    words = unlabelled(text).split()
    return bool(words) and len(words) <= 2


EN_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


ARTICLE_IN_A_BULLET = 300  # Han-width characters: a portal set the whole story in one bullet


def plain_lead(
    article: Article, before: int, settings: CardSettings, most: int = 2
) -> tuple[str, list[Piece]]:
    """The first one or two sentences of the first paragraph before the cards."""
    language = article.meta.language
    damaged = unreadable(article)
    for i, block in enumerate(article.blocks[:before]):
        if i in damaged:
            continue  # mojibake no rule could repair: reported, never the lead
        bullet = block.kind == "list_item" and display_len(block.text) < ARTICLE_IN_A_BULLET
        if block.kind == "heading" or bullet or display_len(block.text.strip()) < LEAD_MIN:
            continue  # a lead is a sentence, not a name, a label or a summary's bullet
        if title_again(block.text, article) or _label(block.text):
            continue  # the title again (`…常務會議。`); a label (`※單位主管新聞說明會紀要：`)
        if QUESTION_TURN.match(block.text):
            continue  # `Reporter: But why…?`: the question leads to the news, it is not it
        if language != "en" and _caption(block.text, article.blocks[i + 1 : before]):
            continue  # `市委常委班子 2016年度 民主生活会召开`: a picture's caption over the story
        if language == "en" and (
            not block.text.rstrip().endswith(EN_SENTENCE_END) or _standfirst(block.text)
        ):
            continue  # a release's second standfirst (`New Report Lays-out …`), no sentence
        if BRACKETED_NOTE.fullmatch(block.text.strip()) or (
            language != "en" and _DOCUMENT_TITLE.search(block.text.strip())
        ):
            continue  # `…全会公报`, `（…全会通过）`: a document's title and adoption note
        # `1. The Ministry of Law…`: in English the number would be a sentence of its own
        number = PARAGRAPH_NUMBER.match(block.text) if language == "en" else None
        at = number.end() if number else 0
        found = sentences(Piece(i, at, len(block.text), block.text[at:]), language)
        spoken = [s for s in found if not courtesy(s.text)]  # `Thank you, Jen.` leads not
        # `魅力中國，早安海峽！` among the greetings: the programme's slogan, not the news
        found = [s for s in spoken if not cheers(s.text)] if len(spoken) < len(found) else spoken
        if language == "en":  # `People must be afforded…`: the title drawn from it, said twice
            found = [s for s in found if not title_again(s.text, article)]
        if not found:
            continue
        used = found[:1]
        both = found[0].text + found[1].text if len(found) > 1 else ""
        short = display_len(found[0].text) < settings.max_point_chars / 2
        if (most > 1 or short) and both and display_len(both) <= 2 * settings.max_point_chars:
            used = found[:2]
        if language == "en":
            text = unlabelled(" ".join(p.text for p in used))
            opening = dateline(text)  # normalise took it off; an article built by hand has it
            text = text[len(opening[0]) :] if opening else text
            return (text if text.endswith((".", "!", "?")) else text + "."), used
        text = "".join(p.text if ended(p.text) else p.text + "。" for p in used)
        text = _ANSWERED.sub("", text)  # `答：我們看到了有關報道。`: the answer, not its label
        # `一、為了回應…`, `220. 大家仍記得…`: the lead is no list item, no numbered paragraph
        return PARAGRAPH_NUMBER.sub("", sections.MARKER.sub("", text)), used
    return "", []


CAPTION_MAX = 40  # Han-width characters: a longer line without a full stop is a paragraph


def _caption(text: str, below: list[Block]) -> bool:
    """A short line with no full stop, over a paragraph that has one: a caption or a kicker,
    set where the story begins, that tells no sentence of it."""
    if display_len(text) > CAPTION_MAX or re.search("[。！？]", text):
        return False
    return any(re.search("[。！？]", b.text) and len(b.text) > 2 * len(text) for b in below[:2])


def _standfirst(text: str) -> bool:
    """A headline-like line in title case; a long sentence may name many things in capitals
    (`The Ministry of Law introduced the Land Titles (Strata) (Amendment) Bill 2026…`)."""
    return title_case(text) and len(text.split()) <= STANDFIRST_WORDS


STANDFIRST_WORDS = 18


_ANSWERED = re.compile(r"^(?:答|A)\s*[：:]\s*")


def _label(text: str) -> bool:
    """A short line that ends in a colon, no clause before it: it introduces what follows."""
    text = text.strip()
    clauses = any(c in text for c in "。！？!?；;，,、")
    return len(text) <= LABEL_MAX and text.endswith(("：", ":")) and not clauses


# a line that names a document (its title over its text) tells nothing yet
_DOCUMENT_TITLE = re.compile(
    r"^[^，。；：,;:]{4,40}(?:公報|公报|决定|決定|報告|报告|意見|意见|通知|綱要|纲要|規劃|规划|决议|決議)$"
)
LABEL_MAX = 24  # characters: `以下是…答問內容：` is a sentence that leads


SECTION_LEFT = 2  # sentences the first card keeps when its first one leads


def section_lead(drafts: list[Draft], language: Language) -> str:
    """Nothing before the first section (a programme transcript, a speech): its first sentence
    leads, and leaves the card so that no point repeats the lead."""
    body = drafts[0].body
    found = [s for s in sentences(body[0], language) if not courtesy(s.text)] if body else []
    left = len(found) - 1 + sum(len(sentences(p, language)) for p in body[1:])
    if not found or left < SECTION_LEFT:
        return ""  # the card would be left too thin: its sentences stay points
    first = found[0]
    rest = strip_piece(body[0].sub(first.end - body[0].start, len(body[0].text)), "。；，、 ")
    drafts[0].body[:1] = [rest] if rest.text else []
    text = first.text
    said = drafts[0].source.text.startswith((drafts[0].title + "：", drafts[0].title + ":"))
    said = said and bool(sections.SPEAKER.match(drafts[0].source.text))  # (no heading's words)
    text = f"{drafts[0].title}：{text}" if said else text  # a speaker's turn: who says it
    if language == "en":
        return text if text.endswith((".", "!", "?")) else text + "."
    return text if ended(text) else text + "。"


def ended(text: str) -> bool:
    """`…武器？”` ends its sentence inside the quote: no `。` after it."""
    return text.rstrip('”」』’"）)').endswith(("。", "！", "？"))
