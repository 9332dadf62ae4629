"""Drawing text from cached glyph bitmaps: the same pixels as ImageDraw.text, without FreeType.

Pillow's text drawing loads every glyph three times and rasterises it twice per call (~30 µs a
glyph); a card draws ~300 glyphs, mostly the same few hundred characters. Pillow renders each
glyph at a whole-pixel pen position, so one bitmap per (font, character) reproduces it exactly:
the placement below mirrors FreeTypeFont.render (_imagingft.c) for anchor "ls".

Only runs that shape as independent glyphs take this path: no ligatures or marks (characters
checked below) and no kerning between neighbours (checked per pair with the shaper itself).
Anything else goes through ImageDraw.text unchanged.

`draw_bitmap` and `draw_ink` are Pillow internals: this path runs only while the switch
HIGHLIGHTS_PILLOW_FAST is on (the default; "0" turns it and quant.py's fast path off) and
Pillow still has them and draws a probe exactly as ImageDraw.text does. Either way the pixels
are ImageDraw.text's (tests/png/test_glyphs.py checks both ways against each other).
"""

from __future__ import annotations

import functools
import itertools
import math
import os
import struct
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PIL import Image, ImageDraw, ImageFont

from highlights.render.png.paint import RGB
from highlights.typeset import PillowMetrics

if TYPE_CHECKING:
    from PIL._imaging import ImagingCore


@dataclass(frozen=True)
class _Glyph:
    advance: int  # 26.6 pixels, as the shaper reports it
    xmin: int  # min(0, left edge of the glyph box), whole pixels
    ymax: int  # max(0, top of the glyph box), whole pixels
    sprite: ImagingCore | None  # the glyph's ink, cropped; None for a space
    dx: int  # sprite origin, relative to the glyph's pen pixel
    dy: int  # ... and to the baseline


# Per font object, and dropped with it: fonts are evicted from typeset's bounded cache.
_glyphs: WeakKeyDictionary[ImageFont.FreeTypeFont, dict[str, _Glyph]] = WeakKeyDictionary()
_plain: WeakKeyDictionary[ImageFont.FreeTypeFont, dict[str, bool]] = WeakKeyDictionary()


def _f32(v: float) -> float:
    """C float arithmetic, as in _imagingft.c."""
    return float(struct.unpack("f", struct.pack("f", v))[0])


def _round(v: float) -> int:
    """C round(): halves away from zero."""
    return int(math.copysign(math.floor(abs(v) + 0.5), v))


def _pixel(v: int) -> int:
    return (v + 32) >> 6


def _simple(ch: str) -> bool:
    """Characters no default OpenType feature rewrites on its own (no marks, joiners,
    dashes that ligate, Hangul jamo, or the f of fi/fl)."""
    if ch == "f" or "\u1100" <= ch <= "\u11ff" or "\uac00" <= ch <= "\ud7af":
        return False
    cat = unicodedata.category(ch)
    return cat[0] not in "MC" and cat != "Pd" and ch != "\u2015"


def _glyph(font: ImageFont.FreeTypeFont, ch: str) -> _Glyph:
    cache = _glyphs.get(font)
    if cache is None:
        cache = _glyphs[font] = {}
    g = cache.get(ch)
    if g is None:
        mask, (ox, oy) = font.getmask2(ch, "L", anchor="ls")
        box = mask.getbbox()
        sprite = mask.crop(box) if box else None
        bx, by = (box[0], box[1]) if box else (0, 0)
        g = cache[ch] = _Glyph(round(font.getlength(ch) * 64), ox, -oy, sprite, ox + bx,
                                  oy + by)
    return g


def _independent(font: ImageFont.FreeTypeFont, text: str) -> bool:
    if not all(_simple(ch) for ch in text):
        return False
    pairs = _plain.get(font)
    if pairs is None:
        pairs = _plain[font] = {}
    for a, b in itertools.pairwise(text):
        ok = pairs.get(a + b)
        if ok is None:
            ok = pairs[a + b] = (round(font.getlength(a + b) * 64)
                                == _glyph(font, a).advance + _glyph(font, b).advance)
        if not ok:
            return False
    return True


SWITCH = "HIGHLIGHTS_PILLOW_FAST"
PICTURES = "highlights.pictures"  # Image.info key: colours beyond the painter's (colour emoji)


def fast_paths_on() -> bool:
    """The switch for the fast paths that lean on Pillow internals (read at each call)."""
    return os.environ.get(SWITCH, "1").strip().lower() not in {"0", "false", "no", "off"}


def draw_text(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str,
              font: ImageFont.FreeTypeFont, fill: RGB) -> int | None:
    """ImageDraw.text(xy, text, font=font, fill=fill, anchor="ls"), from cached glyphs when
    the fast path is on and works; the text's advance (26.6) when the fast path drew it."""
    if fast_paths_on() and _fast_path_works(font.size):
        return draw_text_fast(draw, xy, text, font, fill)
    draw.text(xy, text, font=font, fill=fill, anchor="ls")
    return None


@functools.cache
def _fast_path_works(size: float) -> bool:
    """Pillow still has the internals, and draws a probe with them exactly as with its text()
    (checked once per size, with the default font: ~1 ms)."""
    from PIL import Image, ImageChops

    font = ImageFont.load_default(size)
    if not isinstance(font, ImageFont.FreeTypeFont):
        return False
    images = [Image.new("RGB", (240, 3 * int(size) + 8), (250, 246, 236)) for _ in range(2)]
    try:
        draw_text_fast(ImageDraw.Draw(images[0]), (3.5, 2 * size + 0.3), "Key 02 / 10", font,
                       (43, 43, 43))
    except (AttributeError, TypeError, ValueError):  # an internal renamed or changed
        return False
    ImageDraw.Draw(images[1]).text((3.5, 2 * size + 0.3), "Key 02 / 10", font=font,
                                   fill=(43, 43, 43), anchor="ls")
    return ImageChops.difference(*images).getbbox() is None


def draw_text_fast(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str,
                   font: ImageFont.FreeTypeFont, fill: RGB) -> int | None:
    """The fast path itself (Pillow internals), falling back per run as described above.
    Returns the pen's advance in 26.6 units when it drew the glyphs itself: independent
    glyphs, so the shaper's length of the whole run (font.getlength(text) * 64) is exactly
    the sum of theirs; None after a fallback."""
    if not text or not _independent(font, text):
        draw.text(xy, text, font=font, fill=fill, anchor="ls")
        return None
    glyphs = [_glyph(font, ch) for ch in text]
    pens: list[int] = []
    pen = 0
    for g in glyphs:
        pens.append(pen)
        pen += g.advance
    xmin = min(0, *(g.xmin + _pixel(s) for g, s in zip(glyphs, pens, strict=True)))
    ymax = max(0, *(g.ymax for g in glyphs))
    x, y = xy
    fx, fy = math.modf(x)[0], math.modf(y)[0]
    x0 = _round(_f32(_f32(-xmin + _f32(fx)) * 64))
    y0 = _round(_f32(_f32(-ymax - _f32(fy)) * 64))
    left = int(x) + xmin
    top = int(y) - ymax - _pixel(y0)
    ink = draw.draw.draw_ink(fill)
    for g, s in zip(glyphs, pens, strict=True):
        if g.sprite is not None:
            draw.draw.draw_bitmap((left + _pixel(x0 + s) + g.dx, top + g.dy), g.sprite, ink)
    return pen


def draw_runs(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, m: PillowMetrics,
              bold: bool, fill: RGB) -> None:
    """`text` at baseline-left `xy`, run by run in the faces of the fallback chain (the CJK
    face, a Latin face, colour emoji scaled from their bitmaps, rare Han)."""
    x, y = xy
    for run in m.runs(text, bold):
        if run.colour:
            draw_emoji(draw, (x, y), run.text, run.font, run.scale)
        elif run.embolden:  # a face without a bold, thickened to sit among bold glyphs
            draw.text((x, y), run.text, font=run.font, fill=fill, anchor="ls",
                      stroke_width=run.embolden, stroke_fill=fill)
        else:
            drawn = draw_text(draw, (x, y), run.text, run.font, fill)
            if drawn is not None:  # the fast path's pen: no second shaping of the run
                x += drawn / 64 * run.scale
                continue
        x += float(run.font.getlength(run.text)) * run.scale


@functools.lru_cache(maxsize=256)
def _emoji_sprite(font: ImageFont.FreeTypeFont, text: str,
                  scale: float) -> tuple[Image.Image, int, int]:
    """Colour bitmaps of `text` drawn at the font's one size, scaled; with the offset of their
    top-left corner from the pen position on the baseline."""
    left, top, right, bottom = (int(v) for v in font.getbbox(text, anchor="ls"))
    big = Image.new("RGBA", (max(1, right - left), max(1, bottom - top)), (0, 0, 0, 0))
    ImageDraw.Draw(big).text((-left, -top), text, font=font, embedded_color=True, anchor="ls")
    size = (max(1, round(big.width * scale)), max(1, round(big.height * scale)))
    return big.resize(size, Image.Resampling.LANCZOS), round(left * scale), round(top * scale)


def draw_emoji(draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str,
               font: ImageFont.FreeTypeFont, scale: float) -> None:
    """Colour emoji scaled from their bitmaps onto the image `draw` paints."""
    sprite, dx, dy = _emoji_sprite(font, text, scale)
    image: Image.Image = draw._image  # the image the ImageDraw was made on
    image.info[PICTURES] = True  # not the theme's fixed palette: the encoder picks the colours
    if image.mode not in ("RGB", "RGBA"):
        sprite = sprite.convert(image.mode)
    image.paste(sprite, (round(xy[0]) + dx, round(xy[1]) + dy), sprite.getchannel("A")
                if sprite.mode == "RGBA" else None)
