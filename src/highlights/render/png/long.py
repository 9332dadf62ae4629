"""The long image (長圖): header band, lead panel, one numbered section per card, closing.

Everything is laid out first as a list of bands with known heights, so that the image can be
split at card boundaries when it grows taller than the setting allows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PIL import Image, ImageDraw

from highlights.model import Card
from highlights.publication import Publication
from highlights.render.png.bands import WIDTH, Band, Painter
from highlights.render.png.paint import RGB, Palette, blend, metrics, outline_pill
from highlights.render.png.quant import tag
from highlights.render.png.sections import section, surfaces
from highlights.render.png.text import draw_block, layout
from highlights.render.png.words import (
    date_label,
    editors_label,
    joined,
    source_label,
    unbracketed,
)
from highlights.theme import Theme

HEAD_TOP = 110  # colour above the kicker, and below the note (or the title's rule)
HEAD_BOTTOM = 100
# What follows a section on its colours (the section's background, its panels' colour).
After = Callable[[Card, tuple[RGB, RGB]], list[Band]]
__all__ = ["WIDTH", "After", "Band", "Painter", "bands", "draw_long", "parts", "section"]


def header(pub: Publication, theme: Theme, p: Palette) -> Band:
    m = theme.spacing.margin
    inner = WIDTH - 2 * m
    title = None
    for size in range(theme.sizes.title, theme.sizes.title_min - 1, -2):
        tm = metrics(theme, pub.language, size)
        title = layout(pub.title, tm, inner, all_bold=True, line_height=1.3, title=pub.language)
        if len(title.lines) <= 3:
            break
    assert title is not None
    small = metrics(theme, pub.language, theme.sizes.kicker)
    note = unbracketed(pub.subtitle or "") or date_label(pub.date, pub.language)
    nb = layout(note, small, inner - 120, line_height=1.45, title=pub.language) if note else None
    kicker = pub.kicker
    pill_h = round(small.em * 1.9)
    chip_w = max((line.width for line in nb.lines), default=0.0) + 80 if nb else 0.0
    # The band is as tall as what it holds: no empty colour under a title without a note.
    height = round(HEAD_TOP + (pill_h + 40 if kicker else 0) + title.height + 30
                   + (40 + nb.height + 28 if nb else 0) + HEAD_BOTTOM)

    def paint(draw: ImageDraw.ImageDraw, y0: float) -> None:
        draw.rectangle((0, y0, WIDTH, y0 + height - 1), fill=p.primary)
        deep = blend((0, 0, 0), p.primary, 0.10)
        draw.ellipse((WIDTH - 300, y0 - 300, WIDTH + 300, y0 + 300), fill=deep)
        draw.rectangle((0, y0 + height - 10, WIDTH, y0 + height - 1), fill=p.accent)
        y = y0 + HEAD_TOP
        if kicker:
            y = outline_pill(draw, WIDTH / 2, y, kicker, small, p.accent, p.on_primary) + 40
        y = draw_block(draw, title, m, y, ink=p.on_primary, align="center", width=inner,
                       role="title")
        y += 30
        draw.line((WIDTH / 2 - 60, y, WIDTH / 2 + 60, y), fill=p.accent, width=4)
        if nb is not None:
            y += 40
            # The date or adoption note on a chip as wide as its text, not a full-width bar.
            box = (WIDTH / 2 - chip_w / 2, y, WIDTH / 2 + chip_w / 2, y + nb.height + 28)
            radius = round((nb.height + 28) / 2) if len(nb.lines) == 1 else round(small.em)
            draw.rounded_rectangle(box, radius=radius, fill=p.ribbon)
            draw_block(draw, nb, m + 60, y + 14, ink=p.on_ribbon, align="center",
                       width=inner - 120, role="note")

    return Band(height, paint, joined(kicker, pub.title, note), breakable=False)


def lead(pub: Publication, theme: Theme, p: Palette) -> list[Band]:
    if not pub.lead:
        return []
    m = theme.spacing.margin
    lm = metrics(theme, pub.language, theme.sizes.lead)
    block = layout(
        pub.lead,
        lm,
        WIDTH - 2 * m - 96,
        terms=pub.lead_highlights,
        language=pub.language,
        line_height=theme.spacing.line_height,
    )
    height = round(block.height + 88 + theme.spacing.section_gap)

    def paint(draw: ImageDraw.ImageDraw, y0: float) -> None:
        y = y0 + theme.spacing.section_gap
        draw.rounded_rectangle((m, y, WIDTH - m, y0 + height - 1), radius=20, fill=p.panel)
        draw.rectangle((m, y + 30, m + 8, y0 + height - 30), fill=p.primary)
        draw_block(draw, block, m + 48, y + 44, ink=p.text, term=p.term, band=p.band_on_panel,
                   role="lead")

    return [Band(height, paint, pub.lead)]


def closing(pub: Publication, theme: Theme, p: Palette) -> Band:
    m = theme.spacing.margin
    fm = metrics(theme, pub.language, theme.sizes.footer)
    lines = [
        t
        for t in (
            source_label(pub),
            date_label(pub.date, pub.language),
            editors_label(pub),
        )
        if t
    ]
    # Nothing to say (no source, date or editors): no rule over an empty space.
    height = (2 * theme.spacing.section_gap + round(len(lines) * fm.em * 1.7) + 40 if lines
              else theme.spacing.section_gap + 24)

    def paint(draw: ImageDraw.ImageDraw, y0: float) -> None:
        y = y0 + theme.spacing.section_gap
        if lines:
            draw.line((m, y, WIDTH - m, y), fill=p.rule, width=2)
        y += 30
        for text in lines:
            draw.text((WIDTH / 2, y + fm.em * 1.2), text, font=fm.font(), fill=p.muted, anchor="ms")
            y += fm.em * 1.7
        draw.rectangle((0, y0 + height - 24, WIDTH, y0 + height - 1), fill=p.primary)

    return Band(height, paint, joined(*lines))


def bands(pub: Publication, theme: Theme, ending: Band | None = None,
          after: After | None = None) -> list[Band]:
    """Header, lead, sections (each followed by what `after` adds on the section's colour: a
    figure call-out), then `ending` (the provenance block) or the closing lines."""
    p = Palette.of(theme)
    out = [header(pub, theme, p), *lead(pub, theme, p)]
    for k, card in enumerate(pub.cards):
        more = after(card, surfaces(p, k)) if after else []
        opened = section(card, pub, theme, p, k)
        # a call-out stays with its section: no part ends between them
        out += [dataclasses.replace(opened, breakable=False) if more else opened, *more]
    out.append(ending or closing(pub, theme, p))
    return out


def parts(all_bands: list[Band], max_height: int) -> list[list[Band]]:
    """Split at card boundaries so that no part is taller than max_height (if one band is,
    it stands alone: a card is never cut in the middle)."""
    out: list[list[Band]] = [[]]
    used = 0
    for band in all_bands:
        if out[-1] and used + band.height > max_height and out[-1][-1].breakable:
            out.append([])
            used = 0
        out[-1].append(band)
        used += band.height
    return out


def draw_long(part: list[Band], theme: Theme) -> Image.Image:
    p = Palette.of(theme)
    img = Image.new("RGB", (WIDTH, sum(b.height for b in part)), p.background)
    draw = ImageDraw.Draw(img)
    y = 0
    for band in part:
        band.paint(draw, y)
        y += band.height
    return tag(img, p)
