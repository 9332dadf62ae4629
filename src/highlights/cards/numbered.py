"""Paragraphs numbered as a list (`一、有關…研議解決。` `二、立法院…均應親自出席。`): a
resolution's or a notice's items, each a paragraph of its own rather than a heading over one.
Each item becomes a card titled by a phrase of its own text; a paragraph under an item without
a number of its own goes with it, and a short label (`報告事項`) waits for the next list."""

from __future__ import annotations

import re

from highlights.cards.cuts import NUM
from highlights.cards.text import Draft, Piece, display_len, strip_piece
from highlights.cards.titles import phrase_title
from highlights.model import Article
from highlights.settings import CardSettings

__all__ = ["find_numbered"]

ITEM = re.compile(rf"^(?P<n>[{NUM}]{{1,3}})、\s*(?=\S)")
ITEM_MIN = 30  # characters: a shorter numbered line is a heading, the sections' business
ITEMS_MAX = 6  # items: more are a code's articles (壹、總則 一、…), not a record's decisions
LABEL_MAX = 8  # characters: `報告事項`, `決定：`, a label over another part of the record
TITLE_MAX = 14  # display width of a card title drawn from a Chinese item
_FULL_STOP = ("。", "！", "？")
_END = (*_FULL_STOP, "；")  # an item of a record ends a sentence or a clause of a list
# `壹、總則`, `第一章 總則`: a code's parts, whose numbered articles are no record's decisions
_CODE_PART = re.compile(r"^(?:[壹貳參肆伍陸柒捌玖拾]、|第[一二三四五六七八九十\d]+[章編编])\s*\S")


def find_numbered(article: Article, settings: CardSettings) -> list[Draft]:
    """One draft per numbered paragraph of the lists that run 一、二、… (a record's decisions,
    then, under a label, its reports); [] if fewer than two items, or when the text has more
    to say before them than its lead."""
    bodies: list[list[Piece]] = []
    expected = 0  # index into NUM of the number the next item must carry
    paused = False  # a label (`報告事項`) was met: what follows waits for its own list
    before = 0  # paragraphs of text before the first item
    for i, block in enumerate(article.blocks):
        text = block.text.strip()
        item = ITEM.match(text)
        # (the text's last paragraph may be cut off mid-sentence: an item all the same, once
        # two whole ones have set the list up)
        ended = text.endswith(_END) or (i == len(article.blocks) - 1 and len(bodies) >= 2)
        whole = bool(item) and len(text) >= ITEM_MIN and ended
        if item and whole and item["n"] in (NUM[expected : expected + 1], NUM[0]):
            expected = NUM.index(item["n"]) + 1
            piece = Piece(i, 0, len(block.text), block.text)
            bodies.append([strip_piece(piece.sub(item.end(), len(block.text)), "")])
            paused = False
            continue
        label = len(text) <= LABEL_MAX and not text.endswith(_FULL_STOP)
        if label and text.endswith(("：", ":")) and bodies:
            continue  # `決定：` introduces the item's own decisions, below it
        if label or block.kind == "heading" or item:
            paused = paused or bool(bodies)
        elif bodies and not paused:
            bodies[-1].append(Piece(i, 0, len(block.text), block.text))
        elif not bodies and len(text) >= ITEM_MIN:
            before += 1
    code = any(_CODE_PART.match(b.text.strip()) for b in article.blocks)
    if not 2 <= len(bodies) <= ITEMS_MAX or before > 1 or code:
        return []  # a code's articles, or a story that only ends in a list
    limit = min(settings.max_title_chars, TITLE_MAX)
    drafts: list[Draft] = []
    for body in bodies:
        text = article.blocks[body[0].block].text
        source = Piece(body[0].block, 0, len(text), text)
        title = phrase_title(body[:1], article.meta.language, limit)
        drafts.append(Draft(title, body, source))
    return drafts if all(display_len(d.title) >= 2 for d in drafts) else []
