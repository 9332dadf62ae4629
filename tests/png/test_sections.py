"""The long image's sections, read from the drawn pixels: a numbered ribbon opens each card's
section, the sections' backgrounds alternate, parallel short items are tiles, and no band
(the provenance block and the figure call-outs included) paints a row of the next one."""

from __future__ import annotations

import itertools
from functools import partial
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from tests.png.test_typography import SENTINEL, spilled_rows
from tests.render_support import record

from highlights.model import Deck, Point
from highlights.pipeline import Pipeline
from highlights.render.png import long
from highlights.render.png.callout import callout_bands
from highlights.render.png.paint import Palette
from highlights.render.png.provenance import provenance_band
from highlights.render.png.sections import is_tiles, numeral, section, surfaces
from highlights.theme import load_theme

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "samples" / "zigong-communique.txt"
THEME = load_theme("formal")
P = Palette.of(THEME)


@pytest.mark.parametrize(("n", "language", "text"), [
    (1, "zh-Hant", "一"), (9, "zh-Hans", "九"), (10, "zh-Hant", "十"), (12, "zh-Hant", "十二"),
    (20, "zh-Hans", "二十"), (34, "zh-Hant", "三十四"), (3, "en", "3"), (12, "en", "12"),
])
def test_numerals(n: int, language: str, text: str) -> None:
    assert numeral(n, language) == text  # type: ignore[arg-type]


def _runs(values: list[bool], least: int = 1) -> int:
    """Runs of True at least `least` long."""
    runs, length = 0, 0
    for v in [*values, False]:
        if v:
            length += 1
        else:
            runs += length >= least
            length = 0
    return runs


def _band_image(band: long.Band) -> Image.Image:
    img = Image.new("RGB", (long.WIDTH, band.height), SENTINEL)
    band.paint(ImageDraw.Draw(img), 0)
    return img


@pytest.mark.parametrize("deck_name", ["hant", "english"])
def test_every_section_opens_with_a_numbered_ribbon(deck_name: str,
                                                    request: pytest.FixtureRequest) -> None:
    """Full-width rows of the primary colour at the right edge: one ribbon per card between
    the header and the closing stripe; each section's alt text starts with its numeral."""
    deck: Deck = request.getfixturevalue(deck_name)
    theme = load_theme("neutral" if deck.language == "en" else "formal")
    p = Palette.of(theme)
    bands = long.bands(record(deck, theme), theme)
    img = long.draw_long(bands, theme).convert("RGB")
    px = img.load()
    assert px is not None
    top, bottom = bands[0].height, img.height - bands[-1].height
    edge = [px[long.WIDTH - 3, y] == p.primary and px[long.WIDTH // 2 + 300, y] == p.primary
            for y in range(top, bottom)]
    assert _runs(edge, 40) == len(deck.cards)
    sections = [b for b in bands if b.alt.split("\n")[0].endswith(tuple(c.title
                                                                         for c in deck.cards))]
    sep = ". " if deck.language == "en" else "、"
    assert [b.alt.split("\n")[0] for b in sections] == [
        f"{numeral(c.number, deck.language)}{sep}{c.title}" for c in deck.cards]


def test_section_backgrounds_alternate(hant: Deck) -> None:
    pub = record(hant, THEME)
    seen = []
    for k, card in enumerate(pub.cards):
        img = _band_image(section(card, pub, THEME, P, k))
        corners = {img.getpixel((2, 2)), img.getpixel((2, img.height - 3))}
        assert corners == {surfaces(P, k)[0]}, (k, corners)  # the whole band, its own colour
        seen.append(surfaces(P, k)[0])
    assert seen[:2] == [P.background, P.panel]
    assert all(a != b for a, b in itertools.pairwise(seen))


def _tile_columns(img: Image.Image, colour: tuple[int, int, int]) -> int:
    """Blocks of `colour` 150 px or wider on the row that has most of it (clear of text)."""
    rgb = img.convert("RGB")
    px = rgb.load()
    assert px is not None
    rows = [[px[x, y] == colour for x in range(rgb.width)] for y in range(0, rgb.height, 3)]
    return _runs(max(rows, key=sum), 150)


@pytest.mark.parametrize(("texts", "columns"), [
    (["五個領域", "五個平臺", "五個產業", "三項改革"], 2),  # 2×2
    (["五個領域", "五個平臺", "五個產業"], 3),  # 3×1
    (["五個領域", "五個平臺", "五個產業", "三項改革", "一個中心"], 0),  # five: a list
    (["五個領域", "五個平臺", "加快建設西部科學城自貢科創園和科創中心"], 0),  # one long: a list
])
def test_parallel_short_items_are_tiles(hant: Deck, texts: list[str], columns: int) -> None:
    card = hant.cards[2].model_copy(update={"points": [Point(text=t) for t in texts]})
    assert is_tiles(card) == bool(columns)
    pub = record(hant.model_copy(update={"cards": [card]}), THEME)
    img = _band_image(section(card, pub, THEME, P, 0))  # on white: the tiles are cream
    assert _tile_columns(img, P.panel) == columns


def test_english_tiles_count_latin_letters_half() -> None:
    short = [Point(text=t) for t in ("Net zero by 2050", "New jobs", "Cheaper power")]
    from highlights.model import Card

    assert is_tiles(Card(number=1, title="Goals", points=short))
    long_one = [*short[:2], Point(text="A much longer sentence than any tile holds")]
    assert not is_tiles(Card(number=1, title="Goals", points=long_one))


def test_no_band_of_the_sample_paints_into_the_next(tmp_path: Path) -> None:
    """Sections, call-outs and the provenance block: each paints only its own rows."""
    pub = Pipeline(tmp_path).prepare(SAMPLE).record
    figures = partial(callout_bands, pub=pub, theme=pub.theme, p=P)
    bands = long.bands(pub, pub.theme, provenance_band(pub, pub.theme, P), figures)
    assert any(b.alt.startswith("5553") for b in bands)
    for k, band in enumerate(bands):
        assert spilled_rows(band, P.background) == 0, f"band {k} ({band.alt[:20]}) spills over"


def test_a_tiles_marked_term_keeps_the_term_colour(hant: Deck) -> None:
    points = [Point(text="五個領域"), Point(text="五個平臺", highlights=["平臺"]),
              Point(text="五個產業")]
    card = hant.cards[2].model_copy(update={"points": points})
    pub = record(hant.model_copy(update={"cards": [card]}), THEME)
    img = _band_image(section(card, pub, THEME, P, 0))
    colours = dict((c, n) for n, c in img.getcolors(1 << 20) or [])
    assert colours.get(P.term, 0) > 200, "the marked term is not in the term colour"
