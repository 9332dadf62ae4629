"""The long image's sections (一圖讀懂 style): each card opens with a numbered ribbon across the
image (一、二、三… for a Chinese deck, 1, 2, 3 for English), the sections' backgrounds alternate
to pace the scroll, and a card of three or four parallel short items is set as tiles.

A section paints its whole band in its surface colour (`surfaces`), so that what follows it
in the same section (a figure call-out) sits on the same colour."""

from __future__ import annotations

from PIL import ImageDraw

from highlights.chars import display_width
from highlights.model import Card, Language
from highlights.presentation import readable
from highlights.publication import Publication
from highlights.render.png.bands import WIDTH, Band
from highlights.render.png.paint import RGB, Palette, metrics, rgb
from highlights.render.png.text import draw_block, layout
from highlights.render.png.words import joined
from highlights.theme import Theme

TILE_CHARS = 12  # a point up to this many ems (a Han character 1, Latin half) is a short item
TILE_GAP = 24
RIBBON_PAD = 22  # above and below the title on the ribbon
_DIGITS = "零一二三四五六七八九"


def numeral(n: int, language: Language) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 34 → 三十四 (Chinese decks); else "1"."""
    if language == "en" or not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[ones] if ones else "")


def surfaces(p: Palette, index: int) -> tuple[RGB, RGB]:
    """(the section's background, the colour of panels inside it): white and cream by turns."""
    return (p.background, p.panel) if index % 2 == 0 else (p.panel, p.background)


def is_tiles(card: Card) -> bool:
    """Three or four parallel short items: set as tiles (2×2, 3×1), not as a list."""
    return 3 <= len(card.points) <= 4 and all(
        0 < display_width(pt.text) <= TILE_CHARS for pt in card.points)


def ribbon_ink(p: Palette, theme: Theme) -> RGB:
    """The numeral on the accent tab: the first of text, on-primary, primary with AA contrast."""
    c = theme.colors
    return rgb(readable(c.accent, c.text, c.on_primary, c.primary))


def section(card: Card, pub: Publication, theme: Theme, p: Palette, index: int) -> Band:
    """Card `index` (0…) of the deck as a section of the long image."""
    m, gap = theme.spacing.margin, theme.spacing.section_gap
    surface, inner = surfaces(p, index)
    tm = metrics(theme, pub.language, theme.sizes.card_title)
    label = numeral(card.number, pub.language)
    tab = max(round(tm.advance(label, True) + 48), 96)
    text_x = m + tab + 28
    title = layout(card.title, tm, WIDTH - text_x - m, terms=card.highlights, all_bold=True,
                   line_height=1.35, title=pub.language)
    ribbon = round(title.height + 2 * RIBBON_PAD)
    pm = metrics(theme, pub.language, theme.sizes.point)
    tiles = is_tiles(card)
    if tiles:
        cols = 2 if len(card.points) == 4 else 3
        tile_w = (WIDTH - 2 * m - (cols - 1) * TILE_GAP) / cols
        # the marked terms bold in the term colour, as in a list (all bold would hide them:
        # a piece of a line is coloured by where it starts, and one bold run is one piece)
        blocks = [layout(pt.text, pm, tile_w - 48, terms=pt.highlights, language=pub.language,
                         line_height=1.45) for pt in card.points]
        rows = [blocks[k : k + cols] for k in range(0, len(blocks), cols)]
        heights = [max(b.height for b in row) + 2 * 40 for row in rows]
        body = sum(heights) + TILE_GAP * (len(rows) - 1)
    else:
        hang = min(pm.em, m - 24)
        blocks = [layout(pt.text, pm, WIDTH - 2 * m - 48, terms=pt.highlights, hang=hang,
                         language=pub.language, line_height=theme.spacing.line_height)
                  for pt in card.points]
        body = sum(b.height for b in blocks) + 14 * (len(blocks) - 1)
    height = round(gap + ribbon + 36 + body + gap)
    band = p.band_on_background if surface == p.background else p.band_on_panel
    number_ink = ribbon_ink(p, theme)

    def paint_list(draw: ImageDraw.ImageDraw, y: float) -> None:
        for k, b in enumerate(blocks):
            if k:
                y += 14
            cy, d = y + b.line_height / 2, 7
            draw.polygon([(m + 12, cy - d), (m + 12 + d, cy), (m + 12, cy + d),
                          (m + 12 - d, cy)], fill=p.primary)
            y = draw_block(draw, b, m + 48, y, ink=p.text, term=p.term, band=band,
                           role="point", index=k)

    def paint_tiles(draw: ImageDraw.ImageDraw, y: float) -> None:
        k = 0
        for row, h in zip(rows, heights, strict=True):
            for c, b in enumerate(row):
                x = m + c * (tile_w + TILE_GAP)
                box = (round(x), round(y), round(x + tile_w) - 1, round(y + h) - 1)
                draw.rounded_rectangle(box, radius=16, fill=inner)
                draw.rectangle((box[0] + 24, box[1], box[2] - 24, box[1] + 5), fill=p.primary)
                top = y + (h - b.height) / 2
                draw_block(draw, b, x + 24, top, ink=p.text, term=p.term, align="center",
                           width=tile_w - 48, role="point", index=k)
                k += 1
            y += h + TILE_GAP

    def paint(draw: ImageDraw.ImageDraw, y0: float) -> None:
        draw.rectangle((0, y0, WIDTH, y0 + height - 1), fill=surface)
        y = y0 + gap
        draw.rectangle((0, y, WIDTH, y + ribbon - 1), fill=p.primary)
        draw.rectangle((m, y - 8, m + tab - 1, y + ribbon + 7), fill=p.accent)
        draw.text((m + tab / 2, y + ribbon / 2), label, font=tm.font(True), fill=number_ink,
                  anchor="mm")
        draw_block(draw, title, text_x, y + RIBBON_PAD, ink=p.on_primary, role="card-title")
        y += ribbon + 36
        (paint_tiles if tiles else paint_list)(draw, y)

    sep = "、" if pub.language != "en" else ". "
    alt = joined(f"{label}{sep}{card.title}", *(pt.text for pt in card.points))
    return Band(height, paint, alt)

