"""Card images: a band with `03 / 10` and the card title, the points, a footer with source and date.

Points shrink from sizes.card_point down to sizes.point_min; what still does not fit goes on a
further image of the same card (title marked 續), never outside the box.
"""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from highlights.errors import HighlightsError
from highlights.model import Card
from highlights.publication import Publication
from highlights.render.png.callout import CALLOUT_GAP, card_callout
from highlights.render.png.fit import deck_size, pack
from highlights.render.png.glyphs import draw_runs
from highlights.render.png.pages import Chunk, Page
from highlights.render.png.paint import Palette, badge, blend, metrics
from highlights.render.png.quant import tag
from highlights.render.png.text import Block, draw_block, layout
from highlights.render.png.words import continued, date_label, joined, source_label
from highlights.theme import Theme

SIZES = {"4:5": (1080, 1350), "3:4": (1080, 1440), "1:1": (1080, 1080)}
MIN_TYPE = 24  # the smallest type a long card title may get
BADGE_COL = 84  # the column the numbered badges sit in, left of the point text
POINT_GAP = 0.9  # space between points, in em
SPREAD = 0.9  # more space between the points of a card that has room to spare, at most, in em


def _geometry(size: tuple[int, int], title: Block) -> tuple[int, int, int]:
    """(band height, body top, body bottom) for a card of `size` under `title`."""
    band = 210 + math.ceil(title.height)
    return band, band + 64, size[1] - 150


def _title(card: Card, pub: Publication, theme: Theme, width: float, part: int) -> Block:
    """At most three balanced lines; a very long title gets smaller type, not more lines."""
    text = card.title + (continued(pub.language) if part else "")
    for size in range(round(theme.sizes.card_title * 1.12), MIN_TYPE - 1, -2):
        m = metrics(theme, pub.language, size)
        block = layout(text, m, width, all_bold=True, line_height=1.3, title=pub.language)
        if len(block.lines) <= 3:
            return block
    raise HighlightsError(None, f"card {card.number}: title too long for a card image",
                          "shorten the card title")


def _points(card: Card, pub: Publication, theme: Theme, size: int, width: float) -> list[Block]:
    m = metrics(theme, pub.language, size)
    hang = min(m.em, theme.spacing.card_margin - 24)  # a final mark may hang, inside the margin
    return [layout(p.text, m, width, terms=p.highlights, line_height=theme.spacing.line_height,
                   language=pub.language,
                   hang=hang) for p in card.points]


def _frame(card: Card, pub: Publication, theme: Theme, size: tuple[int, int]
           ) -> tuple[list[Block], float]:
    """The card's title blocks (first image, continuation) and the room left for points."""
    w, _ = size
    margin = theme.spacing.card_margin
    # Continuation images carry 續 in the title: plan for the taller of the two bands.
    titles = [_title(card, pub, theme, w - 2 * margin, part) for part in (0, 1)]
    _, top, bottom = _geometry(size, max(titles, key=lambda b: b.height))
    return titles, bottom - top


def _text_width(theme: Theme, size: tuple[int, int]) -> int:
    return size[0] - 2 * theme.spacing.card_margin - BADGE_COL


def _height(blocks: list[Block], pt: int) -> float:
    return sum(b.height for b in blocks) + POINT_GAP * pt * (len(blocks) - 1)


def _sizes(theme: Theme) -> list[int]:
    return list(range(theme.sizes.card_point, theme.sizes.point_min - 1, -2))


def deck_point_size(pub: Publication, theme: Theme, size: tuple[int, int]) -> int:
    """One point size for the deck's cards: the largest at which the fullest card that can
    fit on one image does, and a card too full for one image at any size continues with at
    least two points on each further image (when it can at the smallest size)."""
    rooms = [_frame(card, pub, theme, size)[1] for card in pub.cards]
    text_w = _text_width(theme, size)

    def level(k: int, pt: int) -> int:
        blocks = _points(pub.cards[k], pub, theme, pt, text_w)
        if _height(blocks, pt) <= rooms[k]:
            return 2
        return int(pack([b.height for b in blocks], POINT_GAP * pt, rooms[k], strict=True)
                   is not None)

    return deck_size(_sizes(theme), level, len(pub.cards)) if pub.cards else _sizes(theme)[0]


def paginate(card: Card, pub: Publication, theme: Theme, size: tuple[int, int],
             point: int | None = None) -> list[Page]:
    """The card's points at `point` px (the deck's size; by default the largest that fits
    this card alone) on one image; else whole points on further images."""
    text_w = _text_width(theme, size)
    titles, room = _frame(card, pub, theme, size)
    blocks: list[Block] = []
    for pt in [point] if point is not None else _sizes(theme):
        blocks = _points(card, pub, theme, pt, text_w)
        if _height(blocks, pt) <= room:
            chunks = [Chunk(i, b, 0, len(b.lines)) for i, b in enumerate(blocks)]
            return [Page(card, chunks, 0, titles[0])]
    pt = round(blocks[0].m.em)
    groups = pack([b.height for b in blocks], POINT_GAP * pt, room)
    if groups is None:
        pages = _by_lines(card, blocks, room)
    else:
        pages = [[Chunk(i, blocks[i], 0, len(blocks[i].lines)) for i in range(a, b)]
                 for a, b in groups]
    return [Page(card, chunks, k, titles[min(k, 1)]) for k, chunks in enumerate(pages) if chunks]


def _by_lines(card: Card, blocks: list[Block], room: float) -> list[list[Chunk]]:
    """A point taller than a whole image: continue line by line."""
    pages: list[list[Chunk]] = [[]]
    used = 0.0
    for i, b in enumerate(blocks):
        first = 0
        while first < len(b.lines):
            gap = POINT_GAP * b.m.em if pages[-1] else 0.0
            fit = int((room - used - gap) // b.line_height)
            if fit <= 0 and not pages[-1]:
                raise HighlightsError(None, f"card {card.number}: no room for its points",
                                      "shorten the card title")
            if fit <= 0 or (fit < len(b.lines) - first and fit < 2 and pages[-1]):
                pages.append([])
                used = 0.0
                continue
            last = min(len(b.lines), first + max(fit, 1))
            chunk = Chunk(i, b, first, last)
            pages[-1].append(chunk)
            used += gap + chunk.height
            first = last
    return pages


def draw_card(page: Page, pub: Publication, theme: Theme, size: tuple[int, int], counter: str
              ) -> Image.Image:
    w, h = size
    p = Palette.of(theme)
    margin = theme.spacing.card_margin
    img = Image.new("RGB", size, p.background)
    draw = ImageDraw.Draw(img)
    title = page.title or _title(page.card, pub, theme, w - 2 * margin, page.part)
    band, top, bottom = _geometry(size, title)
    draw.rectangle((0, 0, w, band), fill=p.primary)
    # A disc barely darker than the band, as on the cover: texture, not content.
    draw.ellipse((w - 260, -260, w + 260, 260), fill=blend((0, 0, 0), p.primary, 0.10))
    draw.rectangle((0, band, w, band + 8), fill=p.accent)
    small = metrics(theme, pub.language, theme.sizes.kicker)
    draw_runs(draw, (margin, 112), counter, small, True, p.on_primary)
    cw = small.advance(counter, True)
    draw.line((margin + cw + 24, 102, margin + cw + 104, 102), fill=p.accent, width=4)
    draw_block(draw, title, margin, 150, ink=p.on_primary, role="title")
    # Points: vertically centred in the body, each with its numbered badge.
    # One size for the deck: a shorter card gets more space between its points, not larger
    # type (up to SPREAD em more), and what is left is shared above and below.
    em = page.chunks[0].block.m.em if page.chunks else 0.0
    gaps = len(page.chunks) - 1
    total = sum(c.height for c in page.chunks) + gaps * POINT_GAP * em
    # The card's figure called out under its points, only in room the points leave over.
    figure = card_callout(page, pub, theme, w - 2 * margin, bottom - top - total - 2 * em)
    if figure is not None:
        total += CALLOUT_GAP + figure.height
    spare = max(0.0, bottom - top - total)
    gap = POINT_GAP * em + min(spare / (gaps + 2), SPREAD * em) if gaps else 0.0
    y = top + max(0.0, (bottom - top - total - gaps * (gap - POINT_GAP * em)) / 2)
    for k, chunk in enumerate(page.chunks):
        if k:
            y += gap
        if chunk.first == 0:
            bm = metrics(theme, pub.language, max(26, round(chunk.block.m.em * 0.8)))
            cy = y + chunk.block.line_height / 2
            badge(draw, margin + bm.em * 0.82, cy, str(chunk.index + 1), bm, p.primary,
                  p.on_primary)
        y = draw_block(draw, chunk.block, margin + BADGE_COL, y, ink=p.text, term=p.term,
                       band=p.band_on_background, lines=slice(chunk.first, chunk.last),
                       role="point", index=chunk.index)
    if figure is not None:
        figure.paint(draw, margin, y + CALLOUT_GAP, p.panel, p)
    foot = metrics(theme, pub.language, theme.sizes.footer)
    if source_label(pub) or date_label(pub.date, pub.language):  # no rule over nothing
        draw.line((margin, h - 110, w - margin, h - 110), fill=p.rule, width=2)
    draw_runs(draw, (margin, h - 56), source_label(pub), foot, False, p.muted)
    draw.text((w - margin, h - 56), date_label(pub.date, pub.language), font=foot.font(),
              fill=p.muted, anchor="rs")
    return tag(img, p)


def card_alt(page: Page, pub: Publication, counter: str) -> str:
    title = page.card.title + (continued(pub.language) if page.part else "")
    texts = [c.block.text if c.first == 0 and c.last == len(c.block.lines) else
             "".join(line.text for line in c.block.lines[c.first : c.last]) for c in page.chunks]
    return joined(counter, title, *texts, source_label(pub), date_label(pub.date, pub.language))
