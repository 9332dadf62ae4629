"""Text without structure: rank sentences with TextRank, keep the best in reading order.

Sentences are compared by shared words (jieba for Chinese); the kept sentences are grouped
into cards at paragraph boundaries, each titled by its most telling words.
"""

from __future__ import annotations

import math
import re

from highlights.cards.bilingual import translations
from highlights.cards.groups import CUE, FIGURE, merge_short, split_long, within_budget
from highlights.cards.leads import attendance
from highlights.cards.points import sentences
from highlights.cards.sections import SPEAKER
from highlights.cards.text import (
    BRACKETED_NOTE,
    QUESTION_TURN,
    Draft,
    Piece,
    display_len,
    title_again,
    unreadable,
    words,
)
from highlights.cards.titles import phrase_title
from highlights.chars import HAN_RANGES as HAN
from highlights.chars import count_han, title_case
from highlights.model import Article, Language
from highlights.normalise.mojibake import commonness
from highlights.settings import CardSettings

EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_EN_STOP = (
    "the a an and or but of to in on for with by at from as is are was were be been will would "
    "this that these those it its their our we they he she his her has have had not also more "
    "than which who said says about into over after new can all one two three per year"
)
EN_STOP = frozenset(_EN_STOP.split())
_ZH_STOP = "我們 我们 他們 他们 進行 进行 開展 开展 相關 相关 以及 一個 一个 這個 这个 今年"
ZH_STOP = frozenset(_ZH_STOP.split())
_ZH_GENERIC = "全會 全会 會議 会议 會上 会上 記者 记者 市民 方面 工作"
ZH_GENERIC = frozenset(_ZH_GENERIC.split())  # words too general to title a card
SHARE = 0.5  # share of sentences kept when the text is long
PER_CARD = 4  # points per card that read comfortably on a phone


def tokens(text: str, language: Language) -> list[str]:
    if language == "en":
        return [w.lower() for w in EN_WORD.findall(text) if w.lower() not in EN_STOP]
    return [w for w in words(text) if len(w) >= 2 and w not in ZH_STOP and not w.isdigit()]


MAX_RANKED = 300  # TextRank is quadratic: past this many sentences, only the first are ranked


def textrank(bags: list[list[str]], damping: float = 0.85, rounds: int = 40) -> list[float]:
    """Classic TextRank over sentences: overlap normalised by log lengths.

    Only the first MAX_RANKED sentences are ranked (news puts what matters first); the rest
    score 0, so that a 300,000-character article takes seconds, not hours.
    """
    if len(bags) > MAX_RANKED:
        return textrank(bags[:MAX_RANKED], damping, rounds) + [0.0] * (len(bags) - MAX_RANKED)
    n = len(bags)
    sets = [set(b) for b in bags]
    weight = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            shared = len(sets[i] & sets[j])
            if shared and len(sets[i]) > 1 and len(sets[j]) > 1:
                w = shared / (math.log(len(sets[i])) + math.log(len(sets[j])))
                weight[i][j] = weight[j][i] = w
    out = [sum(row) for row in weight]
    score = [1.0] * n
    for _ in range(rounds):
        score = [
            (1 - damping)
            + damping * sum(weight[j][i] / out[j] * score[j] for j in range(n) if weight[j][i])
            for i in range(n)
        ]
    return score


MAX_CARDS = 6  # an unstructured text gives the few paragraphs that carry it, not all of them
# (5 measured on held-out sets 28–97: recall 0.746→0.730, precision 0.710→0.727; corpus recall
# 0.908→0.892: no gain, so 6 stays; a cap by the text's length, one card per 350 English or 150
# Han characters, on round 230–235: recall 0.828→0.769, precision 0.712→0.730, corpus recall
# 0.91→0.873: fewer cards drop as many matched cards as unmatched ones)


GARBLED = 0.75  # share of everyday characters under which a sentence is mojibake, no point


def garbled(text: str) -> bool:
    """A sentence of mojibake no rule could repair (`浣滀负涓夊ぇ鍩虹…`): reported, no point."""
    return count_han(text) >= 4 and commonness(text) < GARBLED


def find_drafts(
    article: Article, settings: CardSettings, exclude: list[Piece] | None = None
) -> list[Draft]:
    """One card per telling paragraph (a paragraph is the writer's own topic), in order."""
    language = article.meta.language
    paragraphs: list[list[Piece]] = []
    bullets: list[int] = []
    damaged = unreadable(article)
    translated = translations([b.text for b in article.blocks], language)
    rundown = _rundown(article) if language != "en" else set()  # (English lists: names, links)
    for i, block in enumerate(article.blocks):
        if block.kind == "heading" or i in damaged:
            continue
        listed = block.kind == "list_item" and i in rundown  # a rundown's item: its story
        if (_label(block.text, language) and not listed) or title_again(block.text, article):
            continue  # a kicker, the headline again, a menu label: no card material
        if BRACKETED_NOTE.fullmatch(block.text.strip()):
            continue  # `（2017年5月21日…全体会议通过）`: when the text under it was adopted
        if INTRO.match(block.text.strip()) or QUESTION_TURN.match(block.text):
            continue  # `以下是…聲明全文：` introduces what follows; a reporter's question
        if i in translated:
            continue  # a bilingual text's English version: the deck is in one language
        whole = Piece(i, 0, len(block.text), block.text)
        # `食物及衞生局局長：我們已和…`, `林剑：` answering a reporter: what is said is the point
        asked = i > 0 and QUESTION_TURN.match(article.blocks[i - 1].text)
        turn = SPEAKER.match(block.text) or (ANSWER.match(block.text) if asked else None)
        found = sentences(whole.sub(turn.end(), len(block.text)) if turn else whole, language)
        kept = [
            p
            for p in found
            if p not in (exclude or [])
            and not garbled(p.text)
            and not roll_call(p.text)
            and not introduces(p.text)
        ]
        if kept:
            bulleted = language == "en" and block.kind == "list_item" and not listed
            bulleted = bulleted and len(block.text) <= BULLET_POINT  # (a longer item: a topic)
            if bulleted and paragraphs and bullets and bullets[-1] == i - 1:
                paragraphs[-1] += kept  # `• Wash your hands…` / `• Use a sanitizer…`: one list
            else:
                paragraphs.append(kept)
            if bulleted:
                bullets.append(i)
    if not paragraphs:
        return []
    groups = split_long(merge_short(paragraphs, language), settings, set(bullets), MAX_CARDS)
    items = {i for i, block in enumerate(article.blocks) if block.kind == "list_item"}
    groups = within_budget(groups, language, items)
    pool = [p for g in groups for p in g]
    ranks = dict(zip(pool, textrank([tokens(p.text, language) for p in pool]), strict=True))

    def weight(group: list[Piece]) -> float:
        top = sorted((ranks[p] for p in group), reverse=True)[:2]
        bonus = 0.5 if CUE.match(group[0].text) else 0.0
        return sum(top) / 2 + bonus + (0.2 if any(FIGURE.search(p.text) for p in group) else 0.0)

    most = min(MAX_CARDS, settings.max_cards)
    chosen = sorted(sorted(range(len(groups)), key=lambda i: (-weight(groups[i]), i))[:most])
    limit = min(settings.max_title_chars, 14 if language != "en" else 48)
    drafts: list[Draft] = []
    for i in chosen:  # each title once in a deck: a repeated one takes the next best phrase
        taken = frozenset(d.title for d in drafts)
        named = _named(groups[i][0].text, limit)
        title = named if named and named not in taken else ""
        title = title or phrase_title(groups[i], language, limit, taken)
        drafts.append(Draft(title, groups[i], groups[i][0]))
    return drafts


# `主要预期目标是：…`, `2023年全市经济社会发展的总体要求是：…`: the paragraph names its topic
NAMED = re.compile(
    r"^(?:[^，。：:；]{0,20}的)?(?P<name>[^，。：:；的]{2,12}?)(?P<is>是|為|为)?[：:]"
)
TOPIC = re.compile(
    r"(?:要求|目標|目标|任務|任务|原則|原则|思路|重點|重点|措施|舉措|举措|意義|意义|安排)$"
)


# `报告中指出，2025年济南市经济社会发展主要预期目标是：…`: who said it, then a long name whose
# end names the topic (`主要预期目标`)
_FRAMED = re.compile(
    r"^(?:报告|報告|会议|會議|全会|全會)[^，。：:；]{0,4}(?:指出|提出|强调|強調|明确|明確)[，,]\s*"
)
_TOPIC_NAME = re.compile(
    r"(?:(?:主要|總體|总体|基本|預期|预期|工作|奋斗|奮鬥)*"
    r"(?:要求|目標|目标|任務|任务|原則|原则|思路|措施|舉措|举措|安排))(?=(?:是|為|为)?[：:])"
)


def _named(text: str, limit: int) -> str | None:
    """The paragraph's own name for its topic; a caption's `持續發展：` names no topic."""
    text = _FRAMED.sub("", text, count=1)
    m = NAMED.match(text)
    if m and display_len(m["name"]) <= limit and not FIGURE.search(m["name"]):
        return m["name"] if m["is"] or TOPIC.search(m["name"]) else None
    # `…经济社会发展主要预期目标是：`: the topic's words at the long name's end
    long = re.match(r"^[^，。：:；]{2,40}?(?:是|為|为)?[：:]", text)
    topic = _TOPIC_NAME.search(text, 0, long.end()) if long else None
    return topic[0] if topic and display_len(topic[0]) >= 4 else None


# `本次大会执行主席孙哲君、何国英、杨建根、徐凯盛…`, `在主席台就座的还有…`, `市领导甲、乙…出席`: who
# sat where, a roll call of five names or more, is the occasion's record, no key point. The
# patterns count a fixed five names each, so a 100,000-item list costs no more than a short one.
_NAMES_AFTER = re.compile(
    r"(?:主席|出席|列席|就座|參加|参加|主持)[^。；]{0,12}?(?:[^、，。；]{2,5}、){4}"
)
_ATTENDED = re.compile(r"(?:出席|列席|就座|參加|参加)")
_NAMES_BEFORE = re.compile(r"(?:[^、，。；]{2,5}、){4}[^、，。；]{2,5}等?$")


# `市委常委、常务副市长朱朝霞，…副市长许建忠、…`: posts, each with its holder's name
_POST_NAMED = re.compile(
    r"(?:书记|書記|市长|市長|县长|縣長|区长|區長|主任|部长|部長|秘书长|秘書長|主席|局长|局長|厅长|廳長)"
    rf"(?!强调|強調|指出|表示|要求|认为|認為|介绍|介紹|说|說)[{HAN}]{{2,3}}[，、,]"
)
POSTS_NAMED = 3


def roll_call(text: str) -> bool:
    if _NAMES_AFTER.search(text) or len(_POST_NAMED.findall(text)) >= POSTS_NAMED:
        return True
    if text.count("；") >= 2 and attendance(text):
        return True  # `全体县委委员…；县纪委委员；…参加了会议`: who came, by their posts
    return any(
        _NAMES_BEFORE.search(text[max(0, m.start() - 32) : m.start()])
        for m in _ATTENDED.finditer(text)
    )


ANSWER = re.compile(rf"^(?:[{HAN}·]{{2,6}}|答|A)[：:]\s*(?=\S)")
INTRO = re.compile(
    r"^(?:以下是|以下為|以下为|下面是|下為|下为)[^。！？]*[：:]$"
    # `Following is the translation of the speech by…`, `Following is a written reply by…`, `The
    # following is issued on behalf of…`: what follows is introduced, in a paragraph of its own
    r"|^(?:Following is|The following is)\b[^\n]{0,400}$"
)
# `以下為發布會全文實錄`: a sentence that introduces the record after it, no point of its own
_INTRODUCES = re.compile(
    r"^(?:以下是|以下為|以下为|下面是)[^。！？，]{0,16}(?:全文|實錄|实录|內容|内容|摘要)[：:。]?$"
)


def introduces(text: str) -> bool:
    """`以下為發布會全文實錄`: the sentence introduces what follows; it is no point."""
    return bool(_INTRODUCES.match(text.strip()))


LABEL = 30  # characters: a shorter line that does not end like a sentence is a label
EN_ENDS = (".", "!", "?", '"', "”", ")")
ZH_ENDS = ("。", "！", "？", "”", "」", "）")


BULLET_POINT = 160  # characters: a bulleted item this short is a point of its list's card
RUNDOWN = 5  # list items in a row: a programme's rundown, each item a story's headline


def _rundown(article: Article) -> set[int]:
    """The blocks of each run of RUNDOWN or more list items (`1. 习近平就…致慰问电`)."""
    out: set[int] = set()
    run: list[int] = []
    for i, block in enumerate([*article.blocks, None]):
        if block is not None and block.kind == "list_item":
            run.append(i)
            continue
        out.update(run if len(run) >= RUNDOWN else [])
        run = []
    return out


def _label(text: str, language: Language) -> bool:
    text = text.strip()
    ends = EN_ENDS if language == "en" else ZH_ENDS
    if language == "en" and title_case(text) and not text.endswith("."):
        return True  # another story's headline on the page (`Preparations for Next Moonwalk…`)
    return len(text) < (LABEL * 2 if language == "en" else LABEL) and not text.endswith(ends)
