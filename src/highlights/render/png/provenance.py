"""Provenance in the images: the block that ends the long image, the last card, and the QR
code back to the source (drawn module by module in the theme's text colour, so the palette
keeps it exact and a phone reads it).

The facts are the record's (`highlights.provenance.Provenance`)."""

from __future__ import annotations

from PIL import Image, ImageDraw

from highlights.provenance import WORDS, qr_modules
from highlights.publication import Publication
from highlights.render.png.bands import WIDTH, Band
from highlights.render.png.paint import RGB, Palette, blend, metrics
from highlights.render.png.quant import tag
from highlights.render.png.text import Block, draw_block, layout
from highlights.render.png.words import date_label, joined, source_label
from highlights.theme import Theme

LONG_QR = 240  # px with the quiet zone: scans from a phone screen (DESIGN.md: about 200)
CARD_QR = 330
ROW_GAP = 10


def draw_qr(draw: ImageDraw.ImageDraw, x: float, y: float, url: str, side: int, dark: RGB,
            light: RGB) -> int:
    """The QR code for `url`, at least `side` px square with its quiet zone; returns its size."""
    rows = qr_modules(url)
    px = max(3, -(-side // len(rows)))
    full = px * len(rows)
    x0, y0 = round(x), round(y)
    draw.rectangle((x0, y0, x0 + full - 1, y0 + full - 1), fill=light)
    for r, row in enumerate(rows):
        for c, on in enumerate(row):
            if on:
                draw.rectangle((x0 + c * px, y0 + r * px, x0 + (c + 1) * px - 1,
                                y0 + (r + 1) * px - 1), fill=dark)
    return full


def qr_side(url: str, side: int) -> int:
    rows = len(qr_modules(url))
    return max(3, -(-side // rows)) * rows


def _rows(pub: Publication, theme: Theme, size: int, width: float) -> list[Block]:
    m = metrics(theme, pub.language, size)
    return [layout(line, m, width, line_height=1.5, language=pub.language)
            for line in pub.provenance.lines(pub.language)]


def provenance_alt(pub: Publication) -> str:
    words = WORDS[pub.language]
    scan = words["scan"] + (f" {pub.provenance.url}" if pub.provenance.url else "")
    return joined(words["heading"], *pub.provenance.lines(pub.language),
                  scan if pub.provenance.url else "")


def provenance_band(pub: Publication, theme: Theme, p: Palette) -> Band:
    """The end of the long image: the facts on the left, the QR code on the right."""
    m, gap = theme.spacing.margin, theme.spacing.section_gap
    url = pub.provenance.url
    qr = qr_side(url, LONG_QR) if url else 0
    text_w = WIDTH - 2 * m - (qr + 48 if url else 0)
    size = max(28, theme.sizes.footer)
    head = metrics(theme, pub.language, size + 4)
    small = metrics(theme, pub.language, size - 2)
    rows = _rows(pub, theme, size, text_w)
    if not rows and not url:  # nothing known of the source: no empty 出處 heading, the bar
        return Band(gap + 24, lambda draw, y0: draw.rectangle(
            (0, y0 + gap, WIDTH, y0 + gap + 23), fill=p.primary), "", breakable=False)
    body = sum(b.height for b in rows) + ROW_GAP * max(len(rows) - 1, 0)
    right = qr + small.em * 2.0 if url else 0
    height = round(gap + 32 + head.em * 2.0 + max(body, right) + gap + 24)

    def paint(draw: ImageDraw.ImageDraw, y0: float) -> None:
        y = y0 + gap
        draw.line((m, y, WIDTH - m, y), fill=p.rule, width=2)
        y += 32
        draw.text((m, y + head.em), WORDS[pub.language]["heading"], font=head.font(True),
                  fill=p.primary, anchor="ls")
        y += head.em * 2.0
        if url:
            x = WIDTH - m - qr
            draw_qr(draw, x, y, url, LONG_QR, p.text, p.background)
            draw.text((x + qr / 2, y + qr + small.em * 1.4), WORDS[pub.language]["scan"],
                      font=small.font(), fill=p.muted, anchor="ms")
        for k, block in enumerate(rows):
            y = draw_block(draw, block, m, y + (ROW_GAP if k else 0), ink=p.muted)
        draw.rectangle((0, y0 + height - 24, WIDTH, y0 + height - 1), fill=p.primary)

    return Band(height, paint, provenance_alt(pub), breakable=False)


def draw_provenance_card(pub: Publication, theme: Theme, size: tuple[int, int],
                         counter: str) -> Image.Image:
    """The last card: `NN / NN`, the heading, the facts, and the QR code when there is a URL."""
    w, h = size
    p = Palette.of(theme)
    margin = theme.spacing.card_margin
    img = Image.new("RGB", size, p.background)
    draw = ImageDraw.Draw(img)
    kick = metrics(theme, pub.language, theme.sizes.kicker)
    title = metrics(theme, pub.language, theme.sizes.card_title)
    band = min(300, round(h * 0.22))
    draw.rectangle((0, 0, w, band), fill=p.primary)
    draw.ellipse((w - 260, -260, w + 260, 260), fill=blend((0, 0, 0), p.primary, 0.10))
    draw.rectangle((0, band, w, band + 8), fill=p.accent)
    draw.text((margin, round(band * 0.37)), counter, font=kick.font(True), fill=p.on_primary,
              anchor="ls")
    draw.text((margin, round(band * 0.78)), WORDS[pub.language]["heading"], font=title.font(True),
              fill=p.on_primary, anchor="ls")
    url = pub.provenance.url
    room = h - band - 150
    qr = qr_side(url, min(CARD_QR, round(room * 0.45))) if url else 0
    rows = _rows(pub, theme, max(30, theme.sizes.point_min), w - 2 * margin)
    body = sum(b.height for b in rows) + ROW_GAP * 2 * max(len(rows) - 1, 0)
    small = metrics(theme, pub.language, max(26, theme.sizes.footer))
    stack = body + (qr + 48 + small.em * 1.6 if url else 0)
    y = band + 8 + max(40.0, (room - stack) / 2)
    for k, block in enumerate(rows):
        y = draw_block(draw, block, margin, y + (ROW_GAP * 2 if k else 0), ink=p.text)
    if url:
        y += 48
        draw_qr(draw, (w - qr) / 2, y, url, min(CARD_QR, round(room * 0.45)), p.text,
                p.background)
        draw.text((w / 2, y + qr + small.em * 1.4), WORDS[pub.language]["scan"],
                  font=small.font(), fill=p.muted, anchor="ms")
    foot = metrics(theme, pub.language, theme.sizes.footer)
    draw.line((margin, h - 110, w - margin, h - 110), fill=p.rule, width=2)
    draw.text((margin, h - 56), source_label(pub), font=foot.font(), fill=p.muted, anchor="ls")
    draw.text((w - margin, h - 56), date_label(pub.date, pub.language), font=foot.font(),
              fill=p.muted, anchor="rs")
    return tag(img, p)


def page_number(img: Image.Image, theme: Theme, pub: Publication, counter: str,
                ink: RGB) -> Image.Image:
    """A small `01 / 12` at the top left of an image that has none (the cover card)."""
    draw = ImageDraw.Draw(img)
    m = metrics(theme, pub.language, max(24, theme.sizes.kicker - 4))
    draw.text((theme.spacing.card_margin, 96), counter, font=m.font(True), fill=ink, anchor="ls")
    return img
