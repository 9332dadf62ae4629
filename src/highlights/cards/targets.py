"""Target lists: `生產總值增長6.5%，一般公共預算收入增長5%，出口增長8%…`.

A plan or a work report states its targets as one long run of clauses, each with a figure.
Cut to fit a point, or thinned to a card's few telling points, such a run loses the very
figures an editor publishes it for. So its clauses are packed into points (a whole clause
never cut), and a card of more points than fit goes on in a second card, never dropping one.
"""

from __future__ import annotations

import re

from highlights.cards.points import clauses, pack
from highlights.cards.text import Piece, display_len
from highlights.model import Language, Point

__all__ = ["chunks", "figure_clauses", "is_target_list"]

FIGURE = re.compile(r"\d")
MIN_CLAUSES = 3  # a run of fewer clauses fits one point anyway
FIGURE_SHARE = 0.6  # of the clauses (or points) that carry a figure


def _figured(texts: list[str]) -> bool:
    return bool(texts) and sum(bool(FIGURE.search(t)) for t in texts) >= FIGURE_SHARE * len(texts)


def figure_clauses(unit: Piece, language: Language, limit: int) -> list[Piece] | None:
    """A too-long unit made of figure clauses, as points of whole clauses; else None."""
    if language == "en" or display_len(unit.text) <= limit:
        return None
    parts = clauses(unit, language)
    if len(parts) < MIN_CLAUSES or not _figured([p.text for p in parts]):
        return None
    if any(display_len(p.text) > limit for p in parts):
        return None  # a clause too long for a point: the usual cut decides
    return pack(unit, parts, limit)


def is_target_list(points: list[Point]) -> bool:
    return _figured([p.text for p in points])


def chunks(points: list[Point], most: int) -> list[list[Point]]:
    """Consecutive cards of at most `most` points, as even as can be (7 → 4 + 3), so that no
    card is left with a single point."""
    count = -(-len(points) // most)
    size, extra = divmod(len(points), count)
    out: list[list[Point]] = []
    start = 0
    for k in range(count):
        end = start + size + (1 if k < extra else 0)
        out.append(points[start:end])
        start = end
    return out
