"""Cover images: the 1200×630 link preview (content inside the centre square) and card 01."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from highlights.fonts import require_glyphs
from highlights.model import OutputFile
from highlights.publication import COVER_FILE, Publication, portrait_cover
from highlights.render.png.paint import RGB, Palette, blend, metrics, outline_pill, pill
from highlights.render.png.quant import tag
from highlights.render.png.save import CARD_LIMIT, write
from highlights.render.png.text import Block, draw_block, layout
from highlights.render.png.words import count_label, date_label, joined, source_label
from highlights.settings import RunSettings
from highlights.theme import Theme

COVER_SIZE = (1200, 630)  # the link-preview size of the social networks
PORTRAIT_SIZE = (1400, 2100)  # the EPUB's cover


def _title(pub: Publication, theme: Theme, width: float, top: int, bottom: int, lines: int,
           room: float) -> Block:
    """The largest size in the theme's range that fits in `lines` balanced lines; a very long
    title may take more lines at the smallest size, then smaller type, but stays in `room`."""
    block = None
    for size in range(top, 19, -2):
        m = metrics(theme, pub.language, size)
        block = layout(pub.title, m, width, all_bold=True, line_height=1.3, title=pub.language)
        if len(block.lines) <= lines or (size <= bottom and block.height <= room):
            return block
    assert block is not None
    return block


def _backdrop(img: Image.Image, p: Palette) -> None:
    """Quiet decoration: darker discs at two corners and a gold frame. No content here."""
    draw = ImageDraw.Draw(img)
    w, h = img.size
    deep = blend((0, 0, 0), p.primary, 0.10)
    r = round(min(w, h) * 0.55)
    draw.ellipse((w - r, -r, w + r, r), fill=deep)
    draw.ellipse((-r, h - r, r, h + r), fill=deep)
    inset = round(min(w, h) * 0.035)
    draw.rectangle((inset, inset, w - inset - 1, h - inset - 1), outline=p.accent, width=3)


def cover_alt(pub: Publication) -> str:
    return joined(pub.kicker, pub.title, pub.subtitle or "",
                  date_label(pub.date, pub.language), count_label(len(pub.cards), pub.language),
                  source_label(pub))


def draw_cover(pub: Publication, theme: Theme, size: tuple[int, int],
               count: bool = True) -> Image.Image:
    """Title, kicker, date and (on the card) the number of key points, centred on the primary."""
    w, h = size
    side = min(w, h)
    square = ((w - side) // 2, (h - side) // 2, (w + side) // 2, (h + side) // 2)
    p = Palette.of(theme)
    # Card covers (4:5, 3:4 and the square 1:1) show the count of key points and the source;
    # the wide link preview has no room for them.
    portrait = h >= w
    img = Image.new("RGB", size, p.primary)
    _backdrop(img, p)
    draw = ImageDraw.Draw(img)
    s = side / 1080  # everything scales with the square that must hold it
    inner = side - 2 * round(90 * s)
    big = max(theme.sizes.title_min, round(theme.sizes.cover_title * s * 1.1))
    title = _title(pub, theme, inner, big, round(theme.sizes.title_min * min(1.0, s * 1.25)), 3,
                   room=h * 0.8 - (420 if portrait and count else 260) * s)
    small = metrics(theme, pub.language, max(26, round(theme.sizes.kicker * s * 1.2)))
    kicker = pub.kicker
    date = date_label(pub.date, pub.language)
    gap = round(48 * s)
    stack = title.height + (small.em * 1.9 + gap if kicker else 0) + (small.em * 1.9 + gap if date
                                                                        else 0)
    if portrait and count:
        stack += gap * 2 + 170
    y = (h - stack) / 2 - (0.04 * h if portrait and count else 0)
    cx = w / 2
    if kicker:
        y = outline_pill(draw, cx, y, kicker, small, p.accent, p.on_primary) + gap
    y = draw_block(draw, title, square[0] + (side - inner) / 2, y, ink=p.on_primary,
                   align="center", width=inner, role="title")
    draw.line((round(cx - 60 * s), round(y + gap / 2), round(cx + 60 * s), round(y + gap / 2)),
              fill=p.accent, width=4)
    y += gap
    if date:
        y = pill(draw, cx, y, date, small, p.ribbon, p.on_ribbon, bold=True) + gap
    if portrait and count:
        _count_panel(draw, pub, theme, p, cx, y + gap)
    source = source_label(pub)
    if source and portrait:
        foot = metrics(theme, pub.language, theme.sizes.footer)
        draw.text((cx, h - 110), source, font=foot.font(), fill=p.on_primary, anchor="ms")
    return tag(img, p)


def _count_panel(draw: ImageDraw.ImageDraw, pub: Publication, theme: Theme, p: Palette, cx: float,
                 top: float) -> None:
    label = count_label(len(pub.cards), pub.language)
    number, _, rest = label.partition(" ")
    big = metrics(theme, pub.language, 96)
    word = metrics(theme, pub.language, 44)
    width = big.advance(number, True) + 16 + word.advance(rest, True)
    box = (round(cx - width / 2 - 56), round(top), round(cx + width / 2 + 56), round(top + 170))
    draw.rounded_rectangle(box, radius=24, fill=p.background)
    base = top + 85 + 0.36 * big.em
    x = cx - width / 2
    ink: RGB = p.primary
    draw.text((x, base), number, font=big.font(True), fill=ink, anchor="ls")
    draw.text((x + big.advance(number, True) + 16, base), rest, font=word.font(True), fill=p.text,
              anchor="ls")


def cover_image(pub: Publication, size: tuple[int, int] = COVER_SIZE) -> Image.Image:
    """The link-preview cover: everything that matters inside the centre square."""
    require_glyphs(cover_alt(pub), pub.theme, pub.language, "cover")
    return draw_cover(pub, pub.theme, size, count=False)


def render(pub: Publication, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """The cover renderer: `cover.png` in the staging folder, made once per article; the PNG
    set lists it, and the PDF and EPUB show this very file."""
    pal = Palette.of(pub.theme)
    exact = (pal.background, pal.primary, pal.panel, pal.text, pal.on_primary, pal.accent)
    name = pub.cover or COVER_FILE
    path = write(cover_image(pub), stage / name, settings.png.image_format, CARD_LIMIT, exact)
    # The EPUB's cover: a book's portrait shape, not the link preview letterboxed in a grid.
    tall = write(draw_cover(pub, pub.theme, PORTRAIT_SIZE), stage / portrait_cover(name),
                 settings.png.image_format, CARD_LIMIT, exact)
    return [OutputFile(path=p.relative_to(stage).as_posix(), alt=cover_alt(pub))
            for p in (path, tall)]
