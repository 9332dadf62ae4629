"""The fast paths on Pillow internals against the stock calls: cached glyph drawing must give
exactly ImageDraw.text's pixels, Pillow's palette mapping exactly the stock rule's bytes, and
the images with the switch off the same bytes as with it on. The fixed palette keeps the theme's
colours exact."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw
from tests.render_support import record, render_png

from highlights.model import Deck
from highlights.render.png.card import SIZES, draw_card, paginate
from highlights.render.png.cover import cover_image
from highlights.render.png.glyphs import SWITCH, _fast_path_works, draw_text_fast, fast_paths_on
from highlights.render.png.long import bands, draw_long, parts
from highlights.render.png.paint import Palette, metrics
from highlights.render.png.quant import (
    KEY,
    _entries_of,
    _Nearest,
    _nearest,
    _pillow_follows_the_rule,
    map_fast,
    map_stock,
    palette_image,
)
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
        draw_text_fast(ImageDraw.Draw(actual), xy, text, font, (43, 43, 43))
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


def _painted(deck: Deck) -> list[Image.Image]:
    """The painters' RGB images, before encoding: a card, the long image, the link cover."""
    theme = load_theme("formal")
    pub = record(deck, theme)
    page = paginate(pub.cards[0], pub, theme, SIZES["4:5"])[0]
    long_image = draw_long(parts(bands(pub, theme), 100_000)[0], theme)
    return [draw_card(page, pub, theme, SIZES["4:5"], "02 / 09"), long_image, cover_image(pub)]


def test_palette_mapping_fast_equals_stock(hant: Deck) -> None:
    for img in _painted(hant):
        fixed = img.info[KEY]
        fast, stock = map_fast(img, fixed), map_stock(img, fixed)
        assert fast.tobytes() == stock.tobytes()
        assert fast.getpalette() == stock.getpalette()


def test_palette_mapping_check_sees_a_different_rule(hant: Deck) -> None:
    """The comparison above can fail: Pillow's map and a plain nearest-colour map differ."""
    img = _painted(hant)[0]
    fixed = img.info[KEY]
    flat = fixed.getpalette() or []
    entries = [tuple(flat[k:k + 3]) for k in range(0, len(flat), 3)]
    plain = {c: min(range(len(entries)), key=lambda k: sum((a - b) ** 2 for a, b in
                                                          zip(entries[k], c, strict=True)))
             for _, c in img.getcolors(1 << 16) or []}
    rgb = img.convert("RGB").tobytes()
    nearest = bytes(plain[(rgb[k], rgb[k + 1], rgb[k + 2])] for k in range(0, len(rgb), 3))
    assert map_fast(img, fixed).tobytes() != nearest


def _digests(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*.png"))}


def test_switch_off_gives_the_same_bytes(hant: Deck, tmp_path: Path,
                                         rendered: tuple[Path, object],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SWITCH, "0")
    assert not fast_paths_on()
    render_png(hant, load_theme("formal"), tmp_path)
    stock = _digests(tmp_path)
    assert len(stock) >= 5 and stock == _digests(rendered[0])


@pytest.mark.parametrize("name", ["formal", "neutral"])
def test_fast_paths_are_taken_with_this_pillow(name: str) -> None:
    """With the switch on, both fast paths pass their run-time probe on the locked Pillow (so
    the images above really came from them); a newer Pillow that fails the probe is reported
    here by `make test-latest`, and renders through the stock calls."""
    p = Palette.of(load_theme(name))
    fixed = palette_image(p)
    assert fixed is not None and _pillow_follows_the_rule(tuple(_entries_of(fixed)))
    assert all(_fast_path_works(size) for size in (26, 34, 44.5, 48))


def test_sorted_nearest_search_equals_trying_every_entry() -> None:
    """The pruned search behind map_stock gives `_nearest`'s answer, ties (repeated entries)
    included, on the themes' palettes and on random ones."""
    rnd = random.Random(18)
    palettes = [_entries_of(fixed) for name in ("formal", "neutral")
                if (fixed := palette_image(Palette.of(load_theme(name)))) is not None]
    for _ in range(40):
        base = [(rnd.randrange(0, 256, 8), rnd.randrange(0, 256, 8), rnd.randrange(0, 256, 8))
                for _ in range(rnd.randrange(1, 60))]
        palettes.append(base + [rnd.choice(base) for _ in range(8)] + [(0, 0, 0)] * 3)
    for entries in palettes:
        search = _Nearest(entries)
        for _ in range(200):
            r, g, b = (rnd.randrange(0, 256) & ~3 for _ in range(3))
            assert search((r, g, b)) == _nearest(entries, (r, g, b))
