"""Target lists: `生產總值增長6.5%，一般公共預算收入增長5%，出口增長8%…`.

A plan or a work report states its targets as one long run of clauses, each with a figure.
Cut to fit a point, or thinned to a card's few telling points, such a run loses the very
figures an editor publishes it for. So its clauses are packed into points (a whole clause
never cut), and a card of more points than fit goes on in a second card, never dropping one.
"""

from __future__ import annotations

import re

from highlights.cards.points import clauses, pack, semicolons
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
    # `；` parts are the targets; only a part too long for a point is cut at its commas
    parts = [
        c
        for part in semicolons(unit, language)
        for c in ([part] if display_len(part.text) <= limit else clauses(part, language))
    ]
    if len(parts) < MIN_CLAUSES or not _figured([p.text for p in parts]):
        return None
    if any(display_len(p.text) > limit for p in parts):
        return None  # a clause too long for a point: the usual cut decides
    return _pack_targets(unit, parts, limit)


def _pack_targets(unit: Piece, parts: list[Piece], limit: int) -> list[Piece]:
    """Clauses packed into points, but a `；` ends a point: it separates two targets."""
    out: list[Piece] = []
    run: list[Piece] = []
    for part in parts:
        run.append(part)
        if unit.text[part.end - unit.start : part.end - unit.start + 1] in ("；", ";"):
            out += pack(unit, run, limit)
            run = []
    return out + (pack(unit, run, limit) if run else [])


# `主要预期目标是：`, `發展目標`: the card states targets, even those without a figure
# (`重大金融风险有效防控`)
ANNOUNCED = re.compile(r"目[标標]|指[标標]")


def is_target_list(points: list[Point], title: str = "") -> bool:
    texts = [p.text for p in points]
    return _figured(texts) or bool(ANNOUNCED.search(title) or ANNOUNCED.search(texts[0]))


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
