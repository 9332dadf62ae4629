"""Where a point may be cut when no joint of the text fits: after a whole word, a title mark
or a list comma, and `…` only where nothing else fits; and a long list that a quoted count
names (`聚焦A、B、C…“五個領域”`) said by its count."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import accumulate

from highlights.cards.terms import action_verb
from highlights.cards.text import Piece, display_len, to_script, words
from highlights.model import Language

__all__ = [
    "EN_TRIM",
    "NUM",
    "ZH_TRIM",
    "balanced_marks",
    "collapse_enumeration",
    "cut_between_words",
    "list_items",
    "quoted",
    "without_remnant",
]

ZH_TRIM = "。；，、：;,:"
EN_WORDS_BEFORE_LONG = 5  # words kept before a token too long to fit, rather than cut it
EN_TRIM = ",;: "
NUM = "一二三四五六七八九十"
SUMMARY = re.compile(rf"“[{NUM}兩两\d]+[個个項项大條条種种]?[^”]{{1,6}}”")


def cut_between_words(text: str, limit: int, language: Language) -> str:
    """A runaway clause cut where a word ends: after a title mark or list comma in Chinese
    (`依据《甲法》《乙法》等`), after a whole word in English; `…` only where nothing else fits."""
    text = text[: int(2 * limit) + 2]  # every character counts at least half
    stops = "》」”)）、" if language != "en" else " "
    cuts = [i + 1 for i, ch in enumerate(text) if ch in stops]
    cuts = [i for i in cuts if display_len(text[:i]) <= limit]
    if cuts and display_len(text[: cuts[-1]]) >= limit / 2:
        head = text[: cuts[-1]].rstrip("、 ")
        return head + to_script("等", language) if language != "en" else head.rstrip(",;:") + "…"
    if language == "en" and cuts and len(text[: cuts[-1]].split()) >= EN_WORDS_BEFORE_LONG:
        # `…invited to visit http://www.sierrawireless.com/products/…`: a link or a long word
        # goes whole or not at all
        return text[: cuts[-1]].rstrip(",;: ") + "…"
    if language != "en":
        ends = [0]
        for word in words(text):
            if display_len(text[: ends[-1] + len(word)]) > limit - 1:
                break
            ends.append(ends[-1] + len(word))
        if ends[-1] >= limit / 2:
            return text[: ends[-1]].rstrip(ZH_TRIM) + "…"
    while display_len(text + "…") > limit:
        text = text[:-1]
    return text.rstrip(ZH_TRIM + EN_TRIM) + "…"


def collapse_enumeration(text: str) -> str:
    """`聚焦A、B、C…“五個領域”` → `聚焦“五個領域”`: the quoted count names the list it ends."""
    out = text
    for match in reversed(list(SUMMARY.finditer(text))):
        clause_start = max(text.rfind(c, 0, match.start()) for c in "。；;") + 1
        head = text[clause_start : match.start()]
        if "、" not in head or display_len(head) < 12:
            continue
        verb = action_verb(head)
        if not verb:
            continue
        out = out[:clause_start] + verb + out[match.start() :]
    return out


QUOTE_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"))  # a title is never cut


def quoted(text: str) -> Callable[[int], bool]:
    """Whether a position of `text` lies inside a quotation that closes later (an unclosed one,
    damage, is none): no clause or list cut there. One pass over the text, then constant time
    per position (a 300,000-character sentence has as many commas to ask about)."""
    checks = []
    for left, right in QUOTE_PAIRS:
        if left not in text:
            continue
        depth = list(accumulate((ch == left) - (ch == right) for ch in text))
        checks.append((depth, text.rfind(right)))

    def inside(pos: int) -> bool:  # the quotation's depth just before `pos`
        return any(pos > 0 and depth[pos - 1] > 0 and last >= pos for depth, last in checks)

    return inside


def list_items(text: str) -> list[str]:
    """`A、B、C` split at its `、`, none inside a quotation (a slogan is quoted whole)."""
    inside = quoted(text)
    cuts = [i for i, ch in enumerate(text) if ch == "、" and not inside(i)]
    bounds = [-1, *cuts, len(text)]
    return [text[bounds[k] + 1 : bounds[k + 1]] for k in range(len(bounds) - 1)]


# what mojibake leaves in Chinese text: a lost character's `?` glued to the next word, or a
# pinyin gloss with tone marks whose character is gone (`周?chē);要加?qiáng)統籌`)
REMNANT = re.compile(r"\?(?=[\w(（])|[a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z]*\)?")
_JOINT = re.compile(r"[，；,;：:]")
CLEAN_MIN = 6  # Han-width characters: less left of a damaged point says nothing


def without_remnant(unit: Piece) -> Piece | None:
    """A Chinese point without mojibake remnants: the clauses before the first one, or None
    when they say nothing (the clauses after it lack their subject; the damage is reported)."""
    found = REMNANT.search(unit.text)
    if not found:
        return unit
    head = [m.start() for m in _JOINT.finditer(unit.text, 0, found.start())]
    if head and display_len(unit.text[: head[-1]]) >= CLEAN_MIN:
        return unit.sub(0, head[-1])
    return None


def balanced_marks(text: str) -> str:
    """A Chinese point cut from a quotation of several sentences (`“確實是很大的挑戰。…”`)
    keeps no lone quote mark at either end."""
    for left, right in QUOTE_PAIRS:
        if text.startswith(left) and right not in text:
            text = text[1:]
        if text.endswith(right) and left not in text:
            text = text[:-1]
    return text
