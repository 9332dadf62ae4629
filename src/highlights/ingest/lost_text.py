"""What trafilatura leaves out of a page that the page's own tags still hold: the opening set
bare under the headline, the numbered subheads a listicle sets in `<div>`s, and subheads set
in bold alone, which it keeps as text."""

from __future__ import annotations

import re
from itertools import pairwise

from highlights.model import Block

__all__ = ["bold_head", "with_bold_heads", "with_lost_opening", "with_lost_subheads"]

LOST_OPENING = 100  # characters: a shorter bare line under a headline is a stamp or a caption


def with_lost_opening(best: list[Block], walked: list[Block]) -> list[Block]:
    """trafilatura skips text set bare under the headline (`<h1>…</h1> CUPERTINO, California—
    April 27, 2015—Apple® today announced…` before the first `<p>`): the page's own paragraph
    right above the first one it kept goes back in."""
    first = next((b for b in best if b.kind == "paragraph"), None)
    at = next((i for i, b in enumerate(walked) if first and b.text == first.text), 0)
    above = walked[at - 1] if at > 1 else None
    if first is None or above is None or above.kind != "paragraph":
        return best
    if walked[at - 2].kind != "heading":  # right under the headline, or no opening it lost
        return best
    if len(above.text) < LOST_OPENING or any(b.text == above.text for b in best):
        return best
    where = best.index(first)
    return [*best[:where], above, *best[where:]]


# `1. Finally close Guantanamo`: a numbered subhead, short and no sentence
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)、]|[一二三四五六七八九十]{1,3}、)\s*\S")
SUBHEAD_MOST = 80  # characters
MIN_SUBHEADS = 2  # one numbered line alone is a list's item or a caption's, no run of subheads


def with_lost_subheads(best: list[Block], walked: list[Block]) -> list[Block]:
    """A listicle's numbered subheads (`<div class="subhead">1. Finally close…</div>`) that
    trafilatura dropped between two paragraphs it kept go back in, as headings."""
    at: dict[int, int] = {}  # kept block → its place among the page's own blocks
    start = 0
    for k, block in enumerate(best):
        found = next((i for i in range(start, len(walked)) if walked[i].text == block.text), None)
        if found is not None:
            at[k], start = found, found + 1
    kept = {b.text for b in best}
    lost: dict[int, list[Block]] = {}  # kept block → the subheads right above it
    places = sorted(at.items())
    for (_, i), (k, j) in pairwise(places):
        heads = [b for b in walked[i + 1 : j] if _subhead(b.text) and b.text not in kept]
        if heads:
            lost[k] = [Block(kind="heading", text=b.text, level=2) for b in heads]
    if sum(len(h) for h in lost.values()) < MIN_SUBHEADS:
        return best
    return [b for k, block in enumerate(best) for b in [*lost.get(k, []), block]]


def _subhead(text: str) -> bool:
    text = text.strip()
    return bool(_NUMBERED.match(text)) and len(text) <= SUBHEAD_MOST and text[-1] not in ".。!！;；"


BOLD_HEAD_MOST = 30  # characters: a longer bold line is a paragraph set in bold
_SENTENCE_END = ("。", "！", "？", ".", "!", "?", "；", ";", "，", ",")


def bold_head(text: str, bold: str) -> bool:
    """A block that is its bold text alone, short and no sentence: a subhead set in bold."""
    text = " ".join(text.split())
    return text == " ".join(bold.split()) and 4 <= len(text) <= BOLD_HEAD_MOST and not (
        text.endswith(_SENTENCE_END)
    )


BOLD_HEADS_MIN = 2  # subheads: one bold line is a byline, a caption or a slogan
BODY_BEFORE = 40  # characters of the paragraph over a subhead: it heads the text, not the page


def with_bold_heads(best: list[Block], heads: set[str]) -> list[Block]:
    """Paragraphs that the page sets in bold alone between paragraphs of its text (its
    subheads, which trafilatura kept as text) are headings."""
    found = [
        k
        for k, b in enumerate(best)
        if 0 < k < len(best) - 1
        and b.kind == "paragraph"
        and b.text in heads
        and best[k - 1].kind == "paragraph"
        and len(best[k - 1].text) >= BODY_BEFORE
        and best[k + 1].kind == "paragraph"
    ]
    if len(found) < BOLD_HEADS_MIN:
        return best
    return [
        Block(kind="heading", text=b.text, level=3) if k in found else b
        for k, b in enumerate(best)
    ]
