"""The long image's unit: a band of known height that paints itself at a given top.

Every band paints only its own rows, [y0, y0 + height): Pillow's rectangles include their end
row, so a stripe that ends a band ends at y0 + height - 1 (tests/png: the spill check)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PIL import ImageDraw

WIDTH = 1080
Painter = Callable[[ImageDraw.ImageDraw, float], None]


@dataclass(frozen=True)
class Band:
    height: int
    paint: Painter
    alt: str
    breakable: bool = True  # a part may end after this band
