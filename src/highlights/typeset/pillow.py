"""Metrics from Pillow fonts (raqm layout), cached: fitting measures the same runs many times."""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import ImageFont

# Bounded: each FreeType face maps its 20 MB collection and keeps its own tables, and a deck
# uses ~17 sizes × 2 weights per script; an unbounded cache held every script's set at once.
MAX_SIZES = 24


@functools.lru_cache(maxsize=2 * MAX_SIZES)
def load_font(path: Path, size: int, index: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, index=index, layout_engine=ImageFont.Layout.RAQM)


class PillowMetrics:
    """Regular and bold faces of one size, measured with the same shaping that draws them."""

    def __init__(self, regular: ImageFont.FreeTypeFont, bold: ImageFont.FreeTypeFont) -> None:
        self.regular = regular
        self.bold = bold
        self._advance: dict[tuple[str, bool], float] = {}
        self._ink: dict[tuple[str, bool], tuple[float, float]] = {}

    @property
    def em(self) -> float:
        return float(self.regular.size)

    def font(self, bold: bool = False) -> ImageFont.FreeTypeFont:
        return self.bold if bold else self.regular

    def advance(self, text: str, bold: bool = False) -> float:
        key = (text, bold)
        value = self._advance.get(key)
        if value is None:
            value = self._advance[key] = float(self.font(bold).getlength(text)) if text else 0.0
        return value

    def ink(self, ch: str, bold: bool = False) -> tuple[float, float]:
        key = (ch, bold)
        value = self._ink.get(key)
        if value is None:
            mask, offset = self.font(bold).getmask2(ch)
            box = mask.getbbox()
            if box is None:  # a space: no ink; treat its whole advance as air
                value = (0.0, 0.0)
            else:
                value = (float(offset[0] + box[0]), float(offset[0] + box[2]))
            self._ink[key] = value
        return value


@functools.lru_cache(maxsize=MAX_SIZES)
def metrics_for(regular: Path, bold: Path, size: int, index: int) -> PillowMetrics:
    return PillowMetrics(load_font(regular, size, index), load_font(bold, size, index))
