"""The lead's own card. A long lead (a press release's first sentence names the event, the
winners and the money) carries facts an editor gives a card of their own, first, split into
points under a short title: `選出夜市之王`, `Logo turns 65`. The corpus's editors did so in 42
of 92 decks; on text without structure (no headings, no `會議指出` cues) the card is kept when
the lead runs to LEAD_CARD characters, which is where it paid (docs/eval.md)."""

from __future__ import annotations

import math
import re

from highlights.cards.leads import attendance
from highlights.cards.points import joints, pack, sentences
from highlights.cards.text import Draft, Piece, display_len
from highlights.cards.titles import phrase_title
from highlights.model import Article

__all__ = ["lead_card"]

# Han-width characters. make eval, extractive decks only (recall / precision):
# none 0.847/0.867 · 60: 0.882/0.842 · 80: 0.877/0.857 · 100: 0.858/0.865
LEAD_CARD = 80
# English counts half a character a letter: a 120-letter lead carries two facts (`NASA's logo
# turns 65 on Monday, July 15, and media are invited…`); 40 to 70 measured the same
LEAD_CARD_EN = 60
# …and from this many when the text gives one card or none: the editors of the held-out sets
# (104–127) gave such a deck the lead's own card in most of its misses (recall 0.753→0.77)
FEW_CARDS = 1
SHORT_LEAD_CARD = 30
_FIRST_CLAUSE = re.compile(r"^[^，,；;]+[，,；;]\s*")


def lead_card(article: Article, lead: str, drafts: list[Draft], limit: int) -> list[Draft]:
    """The lead as a card of its own, or nothing when it is short or a card already tells it."""
    english = article.meta.language == "en"
    few = not english and len(drafts) <= FEW_CARDS  # a short deck: the lead's clauses count
    if display_len(lead) < (LEAD_CARD_EN if english else SHORT_LEAD_CARD if few else LEAD_CARD):
        return []
    text = lead.rstrip("…")
    probe = text[:16]
    for i, block in enumerate(article.blocks):
        at = block.text.find(probe)
        if at < 0:
            continue
        end = min(len(block.text), at + len(text))
        piece = Piece(i, at, end, block.text[at:end])
        if any(_tells(p, i, at, end, probe) for d in drafts for p in d.body):
            return []  # a card already tells it, here or where the page says it again
        # titled by what the lead tells after it sets the scene (`臺北市政府今日舉辦…，`)
        rest = _FIRST_CLAUSE.sub("", piece.text, count=1) or piece.text
        language = article.meta.language
        longest = 14 if language != "en" else 48
        # (never the headline again: the cover says it already)
        taken = frozenset([*(d.title for d in drafts), article.meta.title or ""])
        title = phrase_title([Piece(i, end - len(rest), end, rest)], language, longest, taken)
        # (a short lead: its clauses, each well short of the share that says the lead again,
        # measured in words rather than characters; one that cannot be so cut makes no card)
        share = math.floor(CLAUSE_SHARE * display_len(text))
        body = _english_parts(piece) if language == "en" else _chinese_parts(piece, limit)
        if few and display_len(text) < LEAD_CARD:
            body = _chinese_parts(piece, share)
            body = body if all(display_len(p.text) <= share for p in body) else []
        body = body if language == "en" else [_unrepeated(p, len(text)) for p in body]
        body = [p for p in body if not attendance(p.text)]  # (who attended is no point)
        return [Draft(title, body, piece)] if len(body) >= 2 else []
    return []


# `…on Monday, July 15, and media are invited…`: a clause of its own after the comma; `22 cities
# and counties will receive…` is one subject
_EN_JOINT = re.compile(
    r", and (?=[a-z]+ (?:are|is|was|were|will|has|have|can)\b)|; "
    # `…completed its acquisition of AK Steel, forming the largest flat-rolled steel producer`:
    # what the act makes of it, a fact of its own
    r"|, (?=(?:forming|creating|making|bringing|marking|calling for|which will|who will) )"
)


def _english_parts(piece: Piece) -> list[Piece]:
    """An English lead is one sentence: its points are its clauses joined by `and` or `;`
    (`NASA's logo turns 65 on Monday` / `media are invited to…`); none, no card (a card of
    the lead sentence alone would only say it twice)."""
    cuts = [(m.start(), m.end()) for m in _EN_JOINT.finditer(piece.text)]
    if not cuts:
        return []
    bounds = [0, *(x for cut in cuts for x in cut), len(piece.text)]
    parts = [piece.sub(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    capital = [Piece(p.block, p.start, p.end, p.text[:1].upper() + p.text[1:]) for p in parts]
    return [p for p in capital if len(p.text.split()) >= 4]


def _chinese_parts(piece: Piece, limit: int) -> list[Piece]:
    """The lead's sentences, each as few points as fit `limit`: clauses packed together, so
    that `發言人李慧芝今天表示` stays with what was said and no point is a fragment."""
    return [g for s in sentences(piece, "zh-Hant") for g in pack(s, joints(s, "zh-Hant"), limit)]


# a part this share of the lead says the lead again (ROUGE-L F1 0.8 is a two-thirds subsequence)
LEAD_SHARE = 2 / 3
CLAUSE_SHARE = 0.6
_SCENE_CLAUSE = re.compile(r"^[^，,；;。]+[，,]")


def _unrepeated(part: Piece, lead_len: int) -> Piece:
    """A part that is most of the lead would print it twice: it keeps what follows the clause
    that sets the scene (`蔡英文總統今（21）日下午視察…時表示，`)."""
    if len(part.text) < LEAD_SHARE * lead_len:
        return part
    scene = _SCENE_CLAUSE.match(part.text)
    rest = part.sub(scene.end(), len(part.text)) if scene else None
    if rest is None or display_len(rest.text) < 8:
        return part  # (a card the editor wants all the same: `審議并原則通過…《…報告》`)
    return rest


def _tells(piece: Piece, block: int, start: int, end: int, probe: str) -> bool:
    """The piece is the lead's span, or the lead said again (a long sentence that only quotes
    its opening tells more than the lead: `全會…聽取和討論…報告，…`)."""
    if piece.block == block and piece.start < end and piece.end > start:
        return True
    return probe in piece.text and len(piece.text) < REPEAT * (end - start)


REPEAT = 1.5  # a piece this much longer than the lead that opens like it says more
