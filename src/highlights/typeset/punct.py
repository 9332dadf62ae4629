"""Compression of adjacent full-width punctuation (clreq §3.1.6).

Each full-width mark sits on a full em with its ink on one side (or centred, in Taiwan style).
Drawn glyph by glyph, `”。` shows a full em of air between the two inks; typesetters squeeze
it to about a quarter em. The amounts come from the font's real ink boxes, so the same rule
serves the SC (ink on the left) and TC (centred) punctuation.
"""

from __future__ import annotations

from typing import Protocol

from highlights.typeset.breaks import FULLWIDTH_PUNCT

# Air left between the inks of two adjacent marks, in em.
TARGET_GAP = 0.25


class Metrics(Protocol):
    """What the typesetter needs to know about a font: advances, ink extents, the em."""

    @property
    def em(self) -> float: ...

    def advance(self, text: str, bold: bool = False) -> float: ...

    def ink(self, ch: str, bold: bool = False) -> tuple[float, float]:
        """Left and right edges of the character's ink, relative to its origin."""
        ...


def squeeze(prev: str, nxt: str, metrics: Metrics, bold: bool = False) -> float:
    """How far `nxt` moves left when it follows `prev` on the same line (0 if it does not)."""
    if prev not in FULLWIDTH_PUNCT or nxt not in FULLWIDTH_PUNCT:
        return 0.0
    gap = metrics.advance(prev, bold) - metrics.ink(prev, bold)[1] + metrics.ink(nxt, bold)[0]
    return max(0.0, gap - TARGET_GAP * metrics.em)


def squeezes(text: str, metrics: Metrics, bold: list[bool] | None = None) -> dict[int, float]:
    """Index → leftward shift for every character that follows a compressible mark."""
    shifts: dict[int, float] = {}
    for i in range(1, len(text)):
        b = bold[i] if bold else False
        amount = squeeze(text[i - 1], text[i], metrics, b)
        if amount:
            shifts[i] = amount
    return shifts
