"""Laying out and drawing paragraphs: highlighted terms bold in the term colour on a marker band."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PIL import ImageDraw

from highlights.model import Language
from highlights.render.png.paint import RGB
from highlights.typeset import Line, PillowMetrics, balance, phrase_units, wrap


def term_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Every occurrence of every term (exact substrings), longest terms first, no overlaps."""
    taken = [False] * len(text)
    spans: list[tuple[int, int]] = []
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            if not any(taken[start:end]):
                spans.append((start, end))
                taken[start:end] = [True] * len(term)
            start = text.find(term, end)
    return sorted(spans)


@dataclass(frozen=True)
class Block:
    """A laid-out paragraph: its lines, the metrics that measured them, its marked spans."""

    text: str
    lines: list[Line]
    m: PillowMetrics
    spans: list[tuple[int, int]]
    line_height: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


def layout(text: str, m: PillowMetrics, width: float, *, terms: Sequence[str] = (),
           line_height: float = 1.65, hang: float = 0.0, all_bold: bool = False,
           title: Language | None = None) -> Block:
    """Wrap `text` to `width`; `title=<language>` balances the lines on phrase boundaries."""
    spans = term_spans(text, terms)
    bold = [all_bold] * len(text)
    for a, b in spans:
        bold[a:b] = [True] * (b - a)
    if title is not None:
        units: list[str] | None = phrase_units(text, title)
        if units and any(m.advance(u, all_bold) > width for u in units):
            units = None  # a phrase wider than the line: fall back to plain break units
        lines = balance(text, m, width, bold=bold, units=units)
    else:
        lines = wrap(text, m, width, bold=bold, hang=hang)
    return Block(text, lines, m, spans, m.em * line_height)


def draw_block(draw: ImageDraw.ImageDraw, block: Block, x: float, y: float, *, ink: RGB,
               term: RGB | None = None, band: RGB | None = None, align: str = "left",
               width: float = 0.0, lines: slice = slice(None)) -> float:
    """Draw the block's lines from top `y`; returns the bottom. `align="center"` needs `width`."""
    m = block.m
    for line in block.lines[lines]:
        left = x + (width - line.width) / 2 if align == "center" else x
        # Baseline placed so the CJK ink box (about -0.88..+0.12 em) is centred in the line.
        base = y + block.line_height / 2 + 0.38 * m.em
        if band is not None:
            for a, b in block.spans:
                if a < line.end and b > line.start:
                    x0 = left + line.x_of(max(a, line.start), m)
                    x1 = left + line.x_of(min(b, line.end), m)
                    box = (round(x0 - 3), round(base - 0.42 * m.em), round(x1 + 3),
                           round(base + 0.16 * m.em))
                    draw.rounded_rectangle(box, radius=round(m.em * 0.12), fill=band)
        for piece in line.pieces:
            marked = term is not None and any(a <= piece.start < b for a, b in block.spans)
            colour = term if marked and term is not None else ink
            draw.text((left + piece.x, base), piece.text, font=m.font(piece.bold), fill=colour,
                      anchor="ls")
        y += block.line_height
    return y
