"""Writing images: sRGB, no metadata or time stamps, the same bytes for the same pixels."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PIL import Image

from highlights.render.png.glyphs import PICTURES
from highlights.render.png.quant import KEY, to_palette

CARD_LIMIT = 1_000_000
LONG_LIMIT = 5_000_000
Z_RLE = 3  # zlib strategy, passed through by Pillow's PNG encoder
LEVEL = 3  # zlib: level 6 costs 12 ms more per card for 17% less


def _snap(pal: Image.Image, exact: Sequence[tuple[int, int, int]]) -> None:
    """Octree rounds flat colours (white becomes 254): put the theme's exact colours back."""
    palette = pal.getpalette() or []
    for k in range(0, len(palette) - 2, 3):
        entry = palette[k : k + 3]
        for colour in exact:
            if max(abs(a - b) for a, b in zip(entry, colour, strict=True)) <= 4:
                palette[k : k + 3] = list(colour)
                break
    pal.putpalette(palette)


def encode(img: Image.Image, fmt: Literal["png", "jpeg"], limit: int,
           exact: Sequence[tuple[int, int, int]] = ()) -> bytes:
    """PNG, quantised to a palette when that makes it smaller (flat colours quantise well);
    or JPEG without chroma subsampling so coloured text stays crisp. Nothing else is stored."""
    buf = io.BytesIO()
    if fmt == "jpeg":
        for quality in (90, 82, 74, 66):
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=quality, subsampling=0)
            if buf.tell() <= limit:
                break
        return buf.getvalue()
    fixed = img.info.get(KEY)
    if isinstance(fixed, Image.Image):
        # The painter's own palette: exact flat colours, ~2 ms instead of a ~15 ms octree.
        fixed_img = to_palette(img, fixed)
        # zlib's run-length strategy suits flat palette images: faster than level 1, smaller.
        fixed_img.save(buf, "PNG", compress_level=LEVEL, compress_type=Z_RLE)
        if buf.tell() <= limit:
            return buf.getvalue()
    if img.info.get(PICTURES):  # colour emoji: true colour, no octree greying the theme's flats
        img.save(buf, "PNG", compress_level=LEVEL)
        if buf.tell() <= limit:
            return buf.getvalue()
    for colours in (256, 64, 16):
        buf = io.BytesIO()
        # Fast octree: a third of the RGB size, and ~10× faster than median cut on a long image.
        pal = img.quantize(colours, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        _snap(pal, exact)
        pal.save(buf, "PNG", compress_level=LEVEL)
        if buf.tell() <= limit:
            break
    return buf.getvalue()


def write(img: Image.Image, path: Path, fmt: Literal["png", "jpeg"], limit: int,
          exact: Sequence[tuple[int, int, int]] = ()) -> Path:
    path = path.with_suffix(".jpg" if fmt == "jpeg" else ".png")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(encode(img, fmt, limit, exact))
    return path
