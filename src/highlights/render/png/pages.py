"""What one card image shows: the card, the lines of its points it holds, which part it is.

Its own module so that the card drawer and the call-out (which asks whether an image shows a
point whole) can both read it without importing each other."""

from __future__ import annotations

from dataclasses import dataclass

from highlights.model import Card
from highlights.render.png.text import Block

__all__ = ["Chunk", "Page"]


@dataclass(frozen=True)
class Chunk:
    """Lines first..last of point `index`'s block: what one card image shows of that point."""

    index: int
    block: Block
    first: int
    last: int

    @property
    def height(self) -> float:
        return (self.last - self.first) * self.block.line_height


@dataclass(frozen=True)
class Page:
    card: Card
    chunks: list[Chunk]
    part: int  # 0 for the card's first image, 1… for continuations
    title: Block | None = None  # the title as paginate laid it out (drawing need not redo it)
