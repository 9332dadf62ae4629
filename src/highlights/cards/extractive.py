"""Text without structure: rank sentences with TextRank, keep the best in reading order.

Sentences are compared by shared words (jieba for Chinese); the kept sentences are grouped
into cards at paragraph boundaries, each titled by its most telling words.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from highlights.cards.points import sentences
from highlights.cards.text import Draft, Piece, display_len, keywords, to_script, words
from highlights.model import Article, Language
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


def find_drafts(
    article: Article, settings: CardSettings, exclude: list[Piece] | None = None
) -> list[Draft]:
    """Cards of the top-ranked sentences (less the lead's), in their original order."""
    language = article.meta.language
    pool: list[Piece] = []
    for i, block in enumerate(article.blocks):
        if block.kind != "heading":
            pool.extend(sentences(Piece(i, 0, len(block.text), block.text), language))
    rest = [p for p in pool if p not in (exclude or [])]
    if len(rest) >= settings.min_points:
        pool = rest  # the lead already says it; a very short text repeats it rather than be empty
    if not pool:
        return []
    budget = settings.max_cards * settings.max_points
    keep_n = (
        len(pool)
        if len(pool) <= settings.max_points
        else max(settings.max_points, min(budget, round(len(pool) * SHARE)))
    )
    bags = [tokens(p.text, language) for p in pool]
    ranks = textrank(bags)
    order = sorted(range(len(pool)), key=lambda i: (-ranks[i], i))[:keep_n]
    kept = [pool[i] for i in sorted(order)]
    groups = _group(kept, settings)
    drafts = []
    for group in groups:
        others = [p for g in groups if g is not group for p in g]
        drafts.append(Draft(_title(group, others, language, settings), group, group[0]))
    return drafts


def _group(kept: list[Piece], settings: CardSettings) -> list[list[Piece]]:
    """Break between paragraphs when a card has enough points, always at max_points."""
    cards = max(1, math.ceil(len(kept) / min(PER_CARD, settings.max_points)))
    target = math.ceil(len(kept) / cards)
    groups: list[list[Piece]] = [[]]
    for piece in kept:
        current = groups[-1]
        new_par = bool(current) and piece.block != current[-1].block
        if len(current) >= settings.max_points or (
            new_par and len(current) >= max(settings.min_points, target)
        ):
            groups.append([])
        groups[-1].append(piece)
    if len(groups) > 1 and len(groups[-1]) < settings.min_points:
        tail = groups.pop()
        if len(groups[-1]) + len(tail) <= settings.max_points:
            groups[-1].extend(tail)
        else:
            groups.append(tail)
    return groups


def _title(
    group: list[Piece], others: list[Piece], language: Language, settings: CardSettings
) -> str:
    """The group's two most telling words; a plain label when none stands out
    (a card made from three sentences)."""
    if language == "en":
        bag = [t for p in group for t in tokens(p.text, language) if len(t) > 3]
        elsewhere = Counter(t for p in others for t in tokens(p.text, language))
        counts = Counter(bag)
        first = {t: i for i, t in reversed(list(enumerate(bag)))}
        ranked = sorted(counts, key=lambda t: (-(counts[t] - 0.5 * elsewhere[t]), first[t]))
        top = [t.capitalize() for t in ranked if counts[t] >= 2][:2]
        title = " & ".join(top)
    else:
        found = keywords("".join(p.text for p in group), 4) if others else []
        top = [w for w in found if w not in ZH_GENERIC][:2]
        title = to_script("與", language).join(top)
    if len(top) < 2:
        return "Key points" if language == "en" else to_script("要點", language)
    return title if display_len(title) <= settings.max_title_chars else top[0]
