"""A newscast's rundown: `On the "NewsHour" tonight: …`, `…these are our main stories. …`. The
anchor names the stories the programme tells, one sentence each, before the first of them; an
editor gives each its card. Its text after the rundown is a transcript of voices that drift
from story to story with no heading, so the rundown is the surer outline."""

from __future__ import annotations

import re

from highlights.cards.points import sentences
from highlights.cards.text import Draft, Piece
from highlights.cards.titles import phrase_title
from highlights.model import Article

__all__ = ["rundown_drafts"]

# the anchor's cue, and where the stories begin to be told (`But first,`)
_CUE = re.compile(
    r"(?:On the \"?NewsHour\"? tonight|(?:these|here) are (?:our|the) (?:main|top) "
    r"(?:stories|headlines)(?: this (?:hour|morning|evening))?|Here are (?:the|today's) "
    r"headlines)\s*[:.]\s*",
    re.IGNORECASE,
)
_FIRST = re.compile(
    r"^(?:But first|First|We begin|We start|Our top story|All that and more)\b", re.IGNORECASE
)
_PLUS = re.compile(r"^Plus\s*[:,]\s*")  # `Plus: a second life for a juke joint`
# `Also in this podcast,`: what follows is a clip or the lighter items, no story's sentence
_ALSO = re.compile(r"^(?:Also (?:in|on) (?:this|the) (?:podcast|programme|program|show)|Also)\b,?")
RUNDOWN_SCAN = 25  # blocks from the top: the rundown opens the programme, under its page
ITEM_WORDS = 6  # words: a shorter sentence is a clip's fragment, not a story
ITEMS_MIN = 3  # stories: fewer is a teaser, not a rundown
ITEMS_MOST = 8
RUNDOWN_BLOCKS = 4  # the rundown's paragraphs, from its cue
_SPEAKER = re.compile(r"^[A-Z][A-Z.' -]{2,40}:")


def _items(article: Article, at: int, start: int) -> list[Piece]:
    """The rundown's sentences from `start` in block `at`, over the blocks that go on with it
    (`Mark Shields and David Brooks are here…`, `Plus: a second life…`), to the first story."""
    items: list[Piece] = []
    for i in range(at, min(at + RUNDOWN_BLOCKS, len(article.blocks))):
        text = article.blocks[i].text
        begin = start if i == at else 0
        if i > at and _SPEAKER.match(text):
            break  # `JUDY WOODRUFF: …`: the programme has begun
        for found in sentences(Piece(i, begin, len(text), text[begin:]), "en"):
            said = found.text.strip()
            if _FIRST.match(said):
                return items
            # a clip's words: quoted, asked, or going on from a line before (`And…`)
            clip = said[:1] in "\"“'‘" or said.endswith("?") or said.startswith("And ")
            clip = clip or bool(_ALSO.match(said))
            if not clip and len(said.split()) >= ITEM_WORDS:
                plus = _PLUS.match(found.text)
                items.append(found.sub(plus.end(), len(found.text)) if plus else found)
    return items


_WORD = re.compile(r"[A-Za-z][a-z'-]{4,}")
SHARED = 2  # words of the rundown's sentence a story's sentence says again: it tells that story
TOLD = 2  # sentences of the story's telling under its rundown sentence


def _told(article: Article, start: int, item: Piece) -> list[Piece]:
    """The first sentences that tell the story the rundown names: its own words said again."""
    words = {w.lower() for w in _WORD.findall(item.text)}
    for i in range(start, len(article.blocks)):
        text = article.blocks[i].text
        found = sentences(Piece(i, 0, len(text), text), "en")
        for k, one in enumerate(found):
            if len(words & {w.lower() for w in _WORD.findall(one.text)}) >= SHARED:
                return found[k : k + TOLD]
    return []


def rundown_drafts(article: Article) -> list[Draft]:
    """One draft per story the rundown names (its rundown sentence, then the first sentences
    that tell it); [] if the programme has no rundown."""
    for i, block in enumerate(article.blocks[:RUNDOWN_SCAN]):
        cue = _CUE.search(block.text)
        if cue is None:
            continue
        items = _items(article, i, cue.end())
        if len(items) < ITEMS_MIN:
            return []
        drafts: list[Draft] = []
        told = max(p.block for p in items) + 1
        for item in items[:ITEMS_MOST]:
            taken = frozenset(d.title for d in drafts)
            body = [item, *_told(article, told, item)]
            drafts.append(Draft(phrase_title([item], "en", 48, taken), body, item))
        return drafts
    return []
