"""A fixed palette per theme: its flat colours exactly, plus anti-aliasing steps between each ink
and the surfaces it is drawn on. Mapping a card onto it is ~6× faster than an octree per image,
and the flat colours cannot drift (an octree turns white into 254).

Pillow draws shapes without anti-aliasing, so every in-between colour on an image is text ink
blended over a surface: the pairs below are exactly the ones the painters use.
"""

from __future__ import annotations

import functools

from PIL import Image

from highlights.render.png.paint import RGB, Palette, blend

KEY = "highlights.palette"  # Image.info key: the palette the painter's colours map onto
STEPS = 17  # blend levels per ink/surface pair, k/(STEPS+1): 13 pairs × 17 + flats ≤ 256


def _corner(c: RGB) -> RGB:
    """Pillow maps a colour through a 6-bit cache: to the entry nearest its cell's low corner."""
    return (c[0] & ~3, c[1] & ~3, c[2] & ~3)


def _dist(a: RGB, b: RGB) -> int:
    return sum((x - y) * (x - y) for x, y in zip(a, b, strict=True))


def deep(p: Palette) -> RGB:
    """The disc drawn over the primary band as texture."""
    return blend((0, 0, 0), p.primary, 0.10)


def _near(f: RGB) -> list[RGB]:
    """f, then the colours around it, nearest first."""
    around = [(f[0] + dr, f[1] + dg, f[2] + db) for dr in range(-3, 4) for dg in range(-3, 4)
              for db in range(-3, 4)]
    return sorted((c for c in around if all(0 <= v <= 255 for v in c)),
                  key=lambda c: (_dist(c, f), c))


def _pairs(p: Palette) -> list[tuple[RGB, RGB]]:
    """(ink, surface) for every text the card, long and cover painters draw."""
    return [
        (p.on_primary, p.primary), (p.on_primary, deep(p)),
        (p.text, p.background), (p.term, p.background), (p.muted, p.background),
        (p.term, p.band_on_background), (p.text, p.band_on_background),
        (p.text, p.panel), (p.term, p.panel), (p.term, p.band_on_panel),
        (p.text, p.band_on_panel), (p.on_ribbon, p.ribbon), (p.primary, p.background),
    ]


def _flats(p: Palette) -> list[RGB]:
    """Flat colours, the theme's own first: earlier entries win ties."""
    return [p.background, p.primary, p.panel, p.text, p.on_primary, p.accent, p.muted, p.term,
            p.rule, p.ribbon, p.on_ribbon, p.band_on_background, p.band_on_panel, deep(p)]


def _exact(p: Palette) -> list[RGB]:
    """The colours that must come out unchanged (the rest may move by a level or two)."""
    return [p.background, p.primary, p.panel, p.text, p.on_primary, p.accent]


def _entries(p: Palette) -> list[RGB]:
    entries: list[RGB] = []
    owners: list[tuple[RGB, RGB]] = []  # (corner of a flat colour, the entry it must map to)

    def steals(c: RGB) -> bool:
        return any(_dist(c, q) < _dist(e, q) for q, e in owners)

    for f in dict.fromkeys(_flats(p)):
        # Two flats in neighbouring cells can capture each other's pixels: then the later
        # one is stored as the nearest colour that keeps both apart (a level or two off).
        q = _corner(f)
        for c in _near(f):
            if not steals(c) and all(_dist(c, q) < _dist(e, q) for e in entries):
                entries.append(c)
                owners.append((q, c))
                break
    for ink, surface in _pairs(p):
        for k in range(1, STEPS + 1):
            c = blend(ink, surface, k / (STEPS + 1))
            if c not in entries and not steals(c) and len(entries) < 256:
                entries.append(c)
    return entries


@functools.cache
def palette_image(p: Palette) -> Image.Image | None:
    """The theme's palette as a 1×1 "P" image for Image.quantize(palette=...); None if it
    cannot keep the theme's colours exact (then the encoder builds an octree per image)."""
    img = Image.new("P", (1, 1))
    img.putpalette([v for c in _entries(p) for v in c])
    probe = Image.new("RGB", (len(_exact(p)), 1))
    probe.putdata(_exact(p))
    mapped = probe.quantize(palette=img, dither=Image.Dither.NONE).convert("RGB")
    same = all(mapped.getpixel((x, 0)) == c for x, c in enumerate(_exact(p)))
    return img if same else None


def tag(img: Image.Image, p: Palette) -> Image.Image:
    """Mark an image as painted in `p`'s colours, so that encoding can use the fixed palette."""
    fixed = palette_image(p)
    if fixed is not None:
        img.info[KEY] = fixed
    return img
