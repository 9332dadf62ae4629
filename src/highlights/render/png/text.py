"""Laying out and drawing paragraphs: highlighted terms bold in the term colour on a marker band."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PIL import ImageDraw

from highlights.model import Language
from highlights.presentation import term_spans
from highlights.render.png.drawn import DrawnBlock, note
from highlights.render.png.glyphs import draw_runs
from highlights.render.png.paint import RGB
from highlights.typeset import Line, PillowMetrics, wrap
from highlights.typeset.breaks import FULLWIDTH_PUNCT, keep_together, word_units
from highlights.typeset.titles import title_lines

KEEP_TERM = 10  # highlighted terms up to this many characters stay on one line


@dataclass(frozen=True)
class Block:
    """A laid-out paragraph: its lines, the metrics that measured them, its marked spans."""

    text: str
    lines: list[Line]
    m: PillowMetrics
    spans: list[tuple[int, int]]
    line_height: float
    bold: list[bool]

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


def layout(text: str, m: PillowMetrics, width: float, *, terms: Sequence[str] = (),
           line_height: float = 1.65, hang: float = 0.0, all_bold: bool = False,
           title: Language | None = None, language: Language = "zh-Hant") -> Block:
    """Wrap `text` to `width`; `title=<language>` balances the lines on phrase boundaries."""
    spans = term_spans(text, terms)
    bold = [all_bold] * len(text)
    for a, b in spans:
        bold[a:b] = [True] * (b - a)
    if title is not None:
        lines = title_lines(text, m, width, title, bold)
    else:
        # A short marked term reads as one thing: do not break it across lines.
        short = [(a, b) for a, b in spans if b - a <= KEEP_TERM]
        # Lines break between words only (jieba), never before a particle or inside a figure
        # with its unit: widow and balance fixes then move whole words.
        units = word_units(text, language)
        lines = wrap(text, m, width, bold=bold, hang=hang,
                     units=keep_together(units, short) if short else units)
    return Block(text, lines, m, spans, m.em * line_height, bold)


def draw_block(draw: ImageDraw.ImageDraw, block: Block, x: float, y: float, *, ink: RGB,
               term: RGB | None = None, band: RGB | None = None, align: str = "left",
               width: float = 0.0, lines: slice = slice(None), role: str = "text",
               index: int | None = None) -> float:
    """Draw the block's lines from top `y`; returns the bottom. `align="center"` needs `width`.

    The lines drawn are noted (with `role`, and `index` for a card's points) in layout.json."""
    m = block.m
    drawn = block.lines[lines]
    note(DrawnBlock(role, round(m.em), [line.text for line in drawn],
                    lines.indices(len(block.lines))[0], len(block.lines), index))
    for line in drawn:
        left = x + (width - line.width) / 2 if align == "center" else x
        # Baseline placed so the CJK ink box (about -0.88..+0.12 em) is centred in the line.
        base = y + block.line_height / 2 + 0.38 * m.em
        if band is not None:
            for a, b in block.spans:
                if a < line.end and b > line.start:
                    a, b = max(a, line.start), min(b, line.end)
                    x0 = left + line.x_of(a, m)
                    x1 = left + line.x_of(b, m)
                    # Quote marks carry half an em of air: the band follows their ink instead.
                    bold = block.bold[a]
                    if block.text[a] in FULLWIDTH_PUNCT:
                        x0 += m.ink(block.text[a], bold)[0]
                    if block.text[b - 1] in FULLWIDTH_PUNCT:
                        last = block.text[b - 1]
                        x1 += m.ink(last, bold)[1] - m.advance(last, bold)
                    box = (round(x0 - 3), round(base - 0.42 * m.em), round(x1 + 3),
                           round(base + 0.16 * m.em))
                    draw.rounded_rectangle(box, radius=round(m.em * 0.12), fill=band)
        for piece in line.pieces:
            marked = term is not None and any(a <= piece.start < b for a, b in block.spans)
            colour = term if marked and term is not None else ink
            draw_runs(draw, (left + piece.x, base), piece.text, m, piece.bold, colour)
        y += block.line_height
    return y
