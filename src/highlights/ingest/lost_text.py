"""What trafilatura leaves out of a page that the page's own tags still hold: the opening set
bare under the headline, and the numbered subheads a listicle sets in `<div>`s."""

from __future__ import annotations

import re
from itertools import pairwise

from highlights.model import Block

__all__ = ["with_lost_opening", "with_lost_subheads"]

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
