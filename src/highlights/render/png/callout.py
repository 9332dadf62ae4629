"""A figure called out in the long image (一圖讀懂 style): after a section, its most telling
figure set large in the accent colour, the unit small beside it, the phrase it belongs to
underneath. The figure is exactly the source's text (`highlights.cards.figures.callout`)."""

from __future__ import annotations

from PIL import ImageDraw

from highlights.cards.figures import callout
from highlights.model import Card
from highlights.publication import Publication
from highlights.render.png.long import WIDTH, Band
from highlights.render.png.paint import Palette, metrics
from highlights.render.png.text import draw_block, layout
from highlights.theme import Theme

FIGURE_PX = 104  # DESIGN.md: 80–120 px
UNIT_PX = 40
PHRASE_PX = 30


def callout_bands(card: Card, pub: Publication, theme: Theme, p: Palette) -> list[Band]:
    """The call-out band of `card`, or none when no figure of it is in the source verbatim."""
    found = callout(card, pub.body, pub.language)
    if found is None:
        return []
    fig = found.figure
    m = theme.spacing.margin
    big = metrics(theme, pub.language, FIGURE_PX)
    small = metrics(theme, pub.language, UNIT_PX)
    phrase = layout(
        fig.phrase,
        metrics(theme, pub.language, PHRASE_PX),
        WIDTH - 2 * m - 96,
        line_height=1.5,
        language=pub.language,
    )
    before, unit = fig.before, fig.unit
    width = small.advance(before, True) + big.advance(fig.number, True) + small.advance(unit, True)
    top_pad = 36
    height = round(top_pad + big.em * 1.15 + 12 + phrase.height + 36)

    def paint(draw: ImageDraw.ImageDraw, y0: float) -> None:
        y = y0 + 24
        draw.rounded_rectangle((m, y, WIDTH - m, y0 + height - 4), radius=20, fill=p.panel)
        base = y + top_pad + big.em * 0.95
        x = (WIDTH - width) / 2
        for text, face, ink in (
            (before, small, p.text),
            (fig.number, big, p.primary),
            (unit, small, p.text),
        ):
            if text:
                draw.text((x, base), text, font=face.font(True), fill=ink, anchor="ls")
                x += face.advance(text, True)
        draw_block(
            draw, phrase, m + 48, base + 20, ink=p.muted, align="center", width=WIDTH - 2 * m - 96
        )

    alt = f"{fig.text}：{fig.phrase}" if pub.language != "en" else f"{fig.text}: {fig.phrase}"
    return [Band(height + 24, paint, alt)]
