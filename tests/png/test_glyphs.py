"""Cached glyph drawing must give exactly ImageDraw.text's pixels; the fixed palette keeps the
theme's colours exact."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops, ImageDraw

from highlights.model import Deck
from highlights.render.png.glyphs import draw_text
from highlights.render.png.paint import Palette, metrics
from highlights.render.png.quant import palette_image
from highlights.theme import load_theme

POSITIONS = [(10, 80), (10.5, 80.5), (33.015625, 80.7), (7.75, 81.3), (100.1, 90.0078125)]


@pytest.mark.parametrize("size", [26, 34, 44, 48])
def test_glyph_cache_draws_what_pillow_draws(size: int, hant: Deck, english: Deck) -> None:
    theme = load_theme("formal")
    m = metrics(theme, "zh-Hant", size)
    texts = [p.text[:24] for d in (hant, english) for c in d.cards for p in c.points]
    texts += ["02 / 10", "2021年7月15日", "「十三五」。", "official — office"]
    for k, text in enumerate(texts):
        font = m.font(k % 2 == 1)
        xy = POSITIONS[k % len(POSITIONS)]
        expected = Image.new("RGB", (1400, 160), (255, 248, 236))
        actual = expected.copy()
        ImageDraw.Draw(expected).text(xy, text, font=font, fill=(43, 43, 43), anchor="ls")
        draw_text(ImageDraw.Draw(actual), xy, text, font, (43, 43, 43))
        assert ImageChops.difference(actual, expected).getbbox() is None, text


@pytest.mark.parametrize("name", ["formal", "neutral"])
def test_fixed_palette_keeps_theme_colours(name: str) -> None:
    p = Palette.of(load_theme(name))
    pal = palette_image(p)
    assert pal is not None
    flats = [p.background, p.primary, p.panel, p.text, p.on_primary, p.accent]
    probe = Image.new("RGB", (len(flats), 1))
    probe.putdata(flats)
    mapped = probe.quantize(palette=pal, dither=Image.Dither.NONE).convert("RGB")
    assert [mapped.getpixel((x, 0)) for x in range(len(flats))] == flats
