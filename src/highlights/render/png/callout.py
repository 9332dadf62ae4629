"""A figure called out (一圖讀懂 style): a card's most telling figure set large in the primary
colour, the unit small beside it, the phrase it belongs to underneath, on a panel. The figure
is exactly the source's text (`highlights.cards.figures.callout`).

In the long image it follows the card's section, on the section's colour; on a card image it
follows the points when the page shows the point and has room to spare at the deck's one point
size (it never makes the points smaller or sends one to a further image). Either way it is
noted in layout.json (role "callout" with the figure as drawn, then "callout-phrase")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PIL import ImageDraw

from highlights.cards.figures import Figure, callout
from highlights.model import Card
from highlights.publication import Publication
from highlights.render.png.bands import WIDTH, Band
from highlights.render.png.drawn import DrawnBlock, note
from highlights.render.png.paint import RGB, Palette, metrics
from highlights.render.png.text import Block, draw_block, layout
from highlights.theme import Theme
from highlights.typeset import PillowMetrics

if TYPE_CHECKING:
    from highlights.render.png.pages import Page

FIGURE_PX = 104  # DESIGN.md: 80–120 px
CARD_FIGURE_PX = 96
UNIT_PX = 40
PHRASE_PX = 30
TOP_PAD = 36
SIDE_PAD = 48
CALLOUT_GAP = 48  # between a card image's points and its call-out


@dataclass(frozen=True)
class Callout:
    """A call-out laid out for a panel `width` wide; `height` is the panel's."""

    figure: Figure
    point: int  # which point of the card it comes from
    big: PillowMetrics
    small: PillowMetrics
    phrase: Block
    width: float
    height: int

    def paint(self, draw: ImageDraw.ImageDraw, left: float, top: float, panel: RGB,
              p: Palette) -> None:
        fig, big, small = self.figure, self.big, self.small
        draw.rounded_rectangle((round(left), round(top), round(left + self.width) - 1,
                                round(top + self.height) - 1), radius=20, fill=panel)
        note(DrawnBlock("callout", round(big.em), [fig.text], 0, 1, self.point))
        base = top + TOP_PAD + big.em * 0.95
        parts = ((fig.before, small, p.text), (fig.number, big, p.primary),
                 (fig.unit, small, p.text))
        x = left + (self.width - sum(f.advance(t, True) for t, f, _ in parts if t)) / 2
        for text, face, ink in parts:
            if text:
                draw.text((x, base), text, font=face.font(True), fill=ink, anchor="ls")
                x += face.advance(text, True)
        draw_block(draw, self.phrase, left + SIDE_PAD, base + 20, ink=p.muted, align="center",
                   width=self.width - 2 * SIDE_PAD, role="callout-phrase")


def laid_out(card: Card, pub: Publication, theme: Theme, width: float,
             figure_px: int = FIGURE_PX) -> Callout | None:
    """The card's call-out on a panel `width` wide, or None when no figure of it is in the
    source verbatim (or the figure is wider than the panel)."""
    found = callout(card, pub.body, pub.language)
    if found is None:
        return None
    fig = found.figure
    big = metrics(theme, pub.language, figure_px)
    small = metrics(theme, pub.language, UNIT_PX)
    line = sum(f.advance(t, True) for t, f in ((fig.before, small), (fig.number, big),
                                                (fig.unit, small)) if t)
    if line > width - 2 * SIDE_PAD:
        return None
    phrase = layout(fig.phrase, metrics(theme, pub.language, PHRASE_PX), width - 2 * SIDE_PAD,
                    line_height=1.5, language=pub.language)
    height = round(TOP_PAD + big.em * 1.15 + 12 + phrase.height + 36)
    return Callout(fig, found.point, big, small, phrase, width, height)


def card_callout(page: Page, pub: Publication, theme: Theme, width: float, room: float
                 ) -> Callout | None:
    """The call-out of the card a card image shows, when that image shows the whole point it
    comes from and it fits in `room` (px under the points at the deck's size), else None."""
    if room < CALLOUT_GAP + 200:  # not even a figure's line: skip the search
        return None
    found = laid_out(page.card, pub, theme, width, CARD_FIGURE_PX)
    if found is None or found.height + CALLOUT_GAP > room:
        return None
    shown = any(c.index == found.point and c.first == 0 and c.last == len(c.block.lines)
                for c in page.chunks)
    return found if shown else None


def callout_alt(c: Callout, pub: Publication) -> str:
    sep = "：" if pub.language != "en" else ": "
    return f"{c.figure.text}{sep}{c.figure.phrase}"


def callout_bands(card: Card, colours: tuple[RGB, RGB] | None = None, *, pub: Publication,
                  theme: Theme, p: Palette) -> list[Band]:
    """The long image's call-out band of `card` (none without a figure the source has);
    `colours`: the section's background and its panels' colour (by default white, cream)."""
    m = theme.spacing.margin
    found = laid_out(card, pub, theme, WIDTH - 2 * m)
    if found is None:
        return []
    surface, panel = colours or (p.background, p.panel)
    below = theme.spacing.section_gap  # the section's own bottom margin, after the panel
    height = found.height + below

    def paint(draw: ImageDraw.ImageDraw, y0: float) -> None:
        draw.rectangle((0, y0, WIDTH, y0 + height - 1), fill=surface)
        found.paint(draw, m, y0, panel, p)

    return [Band(height, paint, callout_alt(found, pub))]
