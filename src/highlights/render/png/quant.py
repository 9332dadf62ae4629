"""A fixed palette per theme: its flat colours exactly, plus anti-aliasing steps between each ink
and the surfaces it is drawn on. Mapping a card onto it is ~6× faster than an octree per image,
and the flat colours cannot drift (an octree turns white into 254).

Pillow draws shapes without anti-aliasing, so every in-between colour on an image is text ink
blended over a surface: the pairs below are exactly the ones the painters use.

Mapping onto the palette (`to_palette`) has two ways to the same bytes. The fast one is Pillow's
`quantize(palette=...)`, whose result depends on its internal colour cache (`_corner`); the stock
one computes the same rule in Python from public calls only. The fast one is used only while the
switch is on (HIGHLIGHTS_PILLOW_FAST, see glyphs.py) and Pillow agrees with the rule on a probe.
"""

from __future__ import annotations

import array
import bisect
import functools
import itertools
import sys

from PIL import Image

from highlights.render.png.glyphs import PICTURES, fast_paths_on
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
    if fixed is not None and not img.info.get(PICTURES):
        img.info[KEY] = fixed
    return img


def _nearest(entries: list[RGB], corner: RGB) -> int:
    """The palette index Pillow's cache gives a colour: the entry nearest its cell's low corner,
    the first one on a tie."""
    return min(range(len(entries)), key=lambda k: (_dist(entries[k], corner), k))


class _Nearest:
    """`_nearest` for many corners: the entries sorted by red, searched outwards from the
    corner's red until the red gap alone is farther than the best entry so far (the same
    answer, ties included, ~20× faster than trying every entry)."""

    def __init__(self, entries: list[RGB]) -> None:
        self.order = sorted(range(len(entries)), key=lambda k: (entries[k][0], k))
        self.sorted = [entries[k] for k in self.order]
        self.reds = [c[0] for c in self.sorted]

    def __call__(self, corner: RGB) -> int:
        r, g, b = corner
        ordered, order = self.sorted, self.order
        best_d, best_k = 1 << 30, -1
        up = bisect.bisect_left(self.reds, r)
        down = up - 1
        n = len(ordered)
        while up < n or down >= 0:
            if up < n:
                cr, cg, cb = ordered[up]
                if (cr - r) * (cr - r) > best_d:
                    up = n
                else:
                    d = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
                    k = order[up]
                    if d < best_d or (d == best_d and k < best_k):
                        best_d, best_k = d, k
                    up += 1
            if down >= 0:
                cr, cg, cb = ordered[down]
                if (cr - r) * (cr - r) > best_d:
                    down = -1
                else:
                    d = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
                    k = order[down]
                    if d < best_d or (d == best_d and k < best_k):
                        best_d, best_k = d, k
                    down -= 1
        return best_k


def _entries_of(fixed: Image.Image) -> list[RGB]:
    flat = fixed.getpalette() or []
    return [(flat[k], flat[k + 1], flat[k + 2]) for k in range(0, len(flat) - 2, 3)]


def map_stock(img: Image.Image, fixed: Image.Image) -> Image.Image:
    """The mapping rule in Python over public calls (~0.2 s a card): one index per pixel,
    looked up per distinct colour, then a "P" image with the fixed palette."""
    entries = _entries_of(fixed)
    pixels = array.array("I", img.convert("RGBX").tobytes())  # one machine word per pixel
    lookup: dict[int, int] = {}
    nearest = _Nearest(entries)
    for word in set(pixels):
        r, g, b, _ = word.to_bytes(4, sys.byteorder)
        lookup[word] = nearest(_corner((r, g, b)))
    out = Image.frombytes("P", img.size, bytes(map(lookup.__getitem__, pixels)))
    out.putpalette([v for c in entries for v in c])
    return out


def map_fast(img: Image.Image, fixed: Image.Image) -> Image.Image:
    """Pillow's own mapping onto the palette (~2 ms a card)."""
    return img.quantize(palette=fixed, dither=Image.Dither.NONE)


@functools.cache
def _pillow_follows_the_rule(fixed_key: tuple[RGB, ...]) -> bool:
    """Pillow maps every entry, and the colours around each, as the stock rule does."""
    fixed = Image.new("P", (1, 1))
    fixed.putpalette([v for c in fixed_key for v in c])
    probe_colours = sorted({(min(255, max(0, r + dr)), min(255, max(0, g + dg)),
                             min(255, max(0, b + db)))
                            for (r, g, b) in fixed_key
                            for dr, dg, db in itertools.product((-5, 0, 4), repeat=3)})
    probe = Image.new("RGB", (len(probe_colours), 1))
    probe.putdata(probe_colours)
    return map_fast(probe, fixed).tobytes() == map_stock(probe, fixed).tobytes()


def to_palette(img: Image.Image, fixed: Image.Image) -> Image.Image:
    """`img` as a "P" image on the fixed palette: the same bytes whichever way is taken."""
    if fast_paths_on() and _pillow_follows_the_rule(tuple(_entries_of(fixed))):
        return map_fast(img, fixed)
    return map_stock(img, fixed)
