"""A text's paragraphs as the cards' material: a lone short sentence joins the paragraph after
it, and a paragraph of many sentences becomes cards of a few while the cards are few."""

from __future__ import annotations

import re

from highlights.cards.demands import holds_demands
from highlights.cards.text import Piece, display_len
from highlights.chars import HAN_RANGES as HAN
from highlights.model import Language
from highlights.settings import CardSettings

__all__ = ["CUE", "FIGURE", "merge_short", "split_long", "within_budget"]

LONE_SENTENCE = 80  # a one-sentence paragraph this short joins the next (a card needs points)
# …unless it has a figure and this many characters. make eval (recall / precision): never
# 0.873/0.867, 50: 0.882/0.854, 60: 0.882/0.860; LONE_SENTENCE 40 for all: 0.901/0.836
LONE_FACT = 60
# English news sets a sentence a paragraph (`Police said they were notified…` / `Police
# immediately informed…`): a longer one joins the next too. Measured (recall / precision): 80,
# held-out 104–139 0.790/0.751, 146–151 0.830/0.734, 152–157 0.824/0.806; 100: 0.788/0.753,
# 0.842/0.749, 0.824/0.809; 120 and more lose recall
LONE_SENTENCE_EN = 100
CUE = re.compile(
    r"^(?:會議|会议|全會|全会|報告|报告|方案|意見|意见|通知)[^，,。]{0,6}?"
    r"(?:指出|強調|强调|要求|認為|认为|提出|明確|明确|部署|決定|决定)"
    # `會議還聽取了…匯報`, `会议还研究了其他事项`: what else the meeting did, an item of its own
    r"|^(?:會議|会议|全會|全会)(?:還|还)(?:研究|聽取|听取|審議|审议|傳達|传达|通過|通过|討論|讨论)"
)
FIGURE = re.compile(r"\d")


SPLIT_AT = 6  # sentences: a paragraph this long holds more than one topic
# …or this long, in a text of FEW_GROUPS paragraphs at most, in halves (recall / precision,
# corpus 0.908 / 0.887 → 0.910 / 0.875; held-out 206–211 0.764 / 0.773 → 0.779 / 0.762,
# 212–217 0.759 / 0.754 → 0.777 / 0.746; SPLIT_AT 5 everywhere instead: 0.908 / 0.879,
# 0.775 / 0.767, 0.777 / 0.739)
SPLIT_FEW = 4
FEW_GROUPS = 2


def split_long(
    groups: list[list[Piece]], settings: CardSettings, listed: set[int], most: int
) -> list[list[Piece]]:
    """A paragraph of many sentences becomes cards of about three, while cards are few (a
    bulleted list stays one card: its points are its items)."""
    out: list[list[Piece]] = []
    for group in groups:
        bulleted = all(p.block in listed for p in group)
        few = len(groups) <= FEW_GROUPS and not holds_demands(group)
        split_at = SPLIT_FEW if few else SPLIT_AT
        if len(group) >= split_at and len(groups) < most and not bulleted:
            size = max(settings.min_points, 3)
            size = min(size, -(-len(group) // 2))  # (four sentences: two cards of two, not 3 + 1)
            out += [group[k : k + size] for k in range(0, len(group), size)]
        else:
            out.append(group)
    if out and len(out[-1]) < settings.min_points and len(out) > len(groups):
        tail = out.pop()
        out[-1] = out[-1] + tail
    return out


# a person's name, then what they stressed or required (`齊永軍強調，`, `刘中汉要求：`)
_CHAIR_CUE = re.compile(rf"^[{HAN}]{{2,4}}(?:強調|强调|要求|指出)[，,：:]")


def merge_short(paragraphs: list[list[Piece]], language: Language) -> list[list[Piece]]:
    """A lone short sentence is no card of its own: it joins the paragraph after it."""
    out: list[list[Piece]] = []
    carry: list[Piece] = []
    for group in paragraphs:
        group = carry + group
        carry = []
        alone = LONE_SENTENCE_EN if language == "en" else LONE_SENTENCE
        lone = len(group) == 1 and display_len(group[0].text) < alone
        if lone and FIGURE.search(group[0].text) and display_len(group[0].text) >= LONE_FACT:
            lone = False  # `北市府今年規劃1億元以上的經費，…`: a figure is a key point of its own
        # `會議決定，…。` stands alone: a decision; `齊永軍強調，…。`, what the chair stressed
        if lone and not CUE.match(group[0].text) and not _CHAIR_CUE.match(group[0].text):
            carry = group
            continue
        out.append(group)
    if carry:
        if out and not CUE.match(carry[0].text) and not _CHAIR_CUE.match(carry[0].text):
            out[-1] = out[-1] + carry
        else:
            out.append(carry)
    return out


# An English story of a few hundred words is told in three or four cards, not six: one card per
# this many characters of its text, three at least, the closest neighbours joined. Measured on
# round 230–235 (recall / precision): none 0.828 / 0.712; 300: 0.828 / 0.723; 350: 0.828 /
# 0.747; 400: 0.825 / 0.759; 500: 0.810 / 0.772; corpus 0.910 / 0.875 → 0.910 / 0.881 at 350
# (0.903 at 400). Joining Chinese paragraphs so (one per 150 Han) lost corpus recall (0.889).
EN_CARD_CHARS = 350
BUDGET_MIN = 3


def within_budget(
    groups: list[list[Piece]], language: Language, listed: set[int]
) -> list[list[Piece]]:
    """An English text's groups, neighbours joined (the shortest pair first) until there is
    one per EN_CARD_CHARS characters of text; a list's item (`listed`: their blocks) stays a
    card of its own, the release made it a topic; other languages' groups as they are."""
    if language != "en":
        return groups
    size = sum(len(p.text) for group in groups for p in group)
    budget = max(BUDGET_MIN, -(-size // EN_CARD_CHARS))
    out = list(groups)
    while len(out) > budget:
        pairs = [
            k
            for k in range(len(out) - 1)
            if not any(all(p.block in listed for p in g) for g in out[k : k + 2])
        ]
        if not pairs:
            break
        k = min(pairs, key=lambda k: sum(len(p.text) for p in out[k] + out[k + 1]))
        out[k : k + 2] = [out[k] + out[k + 1]]
    return out
