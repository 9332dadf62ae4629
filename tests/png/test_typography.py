"""The typographic checks of the design brief, on every block the images draw."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from tests.render_support import record

from highlights.model import Deck
from highlights.render.png import long
from highlights.render.png.card import BADGE_COL, SIZES, paginate
from highlights.render.png.paint import Palette, metrics
from highlights.render.png.text import Block
from highlights.theme import load_theme
from highlights.typeset import NO_END, NO_START

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "samples" / "zigong-communique.txt"


def sample_deck() -> Deck:
    cards = pytest.importorskip("highlights.cards")
    from highlights.ingest import read_source
    from highlights.normalise import normalise

    deck: Deck = cards.build_deck(normalise(read_source(SAMPLE)))
    return deck


def check_block(block: Block, width: float, hang: float) -> None:
    lines = block.lines
    assert "".join(line.text for line in lines) == block.text
    for k, line in enumerate(lines):
        if k:
            assert line.text[0] not in NO_START, f"line starts with {line.text[0]}: {line.text}"
        if k < len(lines) - 1:
            assert line.text.rstrip()[-1] not in NO_END, line.text
        assert line.ink_end <= width + hang + 0.5, (line.text, line.ink_end, width)
    if len(lines) > 1:
        last = [ch for ch in lines[-1].text if ch not in NO_START and not ch.isspace()]
        assert len(last) >= 2, f"widow: {lines[-1].text}"


@pytest.mark.parametrize("source", ["hant", "hans", "english", "sample"])
@pytest.mark.parametrize("preset", ["4:5", "1:1"])
def test_card_blocks(source: str, preset: str, request: pytest.FixtureRequest) -> None:
    deck = sample_deck() if source == "sample" else request.getfixturevalue(source)
    theme = load_theme("neutral" if deck.language == "en" else "formal")
    size = SIZES[preset]
    margin = theme.spacing.card_margin
    width = size[0] - 2 * margin - BADGE_COL
    for card in deck.cards:
        for page in paginate(card, record(deck, theme), theme, size):
            for chunk in page.chunks:
                hang = min(chunk.block.m.em, margin - 24)
                assert hang < margin  # a hanging mark stays inside the card's margin
                check_block(chunk.block, width, hang)


SENTINEL = (1, 254, 3)  # in no theme: a pixel of it left outside a band was never painted
SPILL = 200  # rows checked below each band


def spilled_rows(band: long.Band, background: tuple[int, int, int]) -> int:
    """Rows below the band that its painter drew on: the band is painted alone, on its own
    background with SPILL rows of SENTINEL under it. None is allowed, not even the first row
    below (Pillow's rectangles include their end row: a stripe ending at y0 + height drew into
    the next band, which shows once the bands have backgrounds of their own)."""
    img = Image.new("RGB", (long.WIDTH, band.height + SPILL), SENTINEL)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, long.WIDTH, band.height - 1), fill=background)
    band.paint(draw, 0)
    below = img.crop((0, band.height, long.WIDTH, band.height + SPILL))
    return sum(1 for y in range(SPILL)
               if below.crop((0, y, long.WIDTH, y + 1)).getcolors() != [(long.WIDTH, SENTINEL)])


def _runs(rows: list[int], gap: int) -> list[tuple[int, int]]:
    """Consecutive row numbers grouped: (first, last) of each group, groups `gap` rows apart."""
    runs: list[tuple[int, int]] = []
    for y in rows:
        if runs and y - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return runs


def drawn_title_lines(img: Image.Image, header_height: int, margin: int
                      ) -> list[tuple[int, int]]:
    """(left, right) ink of each title line as drawn in the long image's header: the on-primary
    ink between the kicker's gold outline and the gold divider under the title."""
    p = Palette.of(load_theme("formal"))
    header = img.crop((margin, 0, long.WIDTH - margin, header_height - 12)).convert("RGB")
    px = header.load()
    assert px is not None
    w, h = header.size
    gold = [y for y in range(h) if any(px[x, y] == p.accent for x in range(0, w, 2))]
    marks = _runs(gold, 1)
    assert len(marks) == 2, f"kicker outline and divider expected, found gold rows {marks}"
    top, bottom = marks[0][1] + 1, marks[1][0]
    ink = [y for y in range(top, bottom) if any(px[x, y] == p.on_primary for x in range(w))]
    lines = []
    for first, last in _runs(ink, 6):
        xs = [x for y in range(first, last + 1) for x in range(w) if px[x, y] == p.on_primary]
        lines.append((min(xs), max(xs)))
    return lines


@pytest.mark.parametrize("source", ["hant", "sample"])
def test_long_image_fits_and_is_balanced(source: str, request: pytest.FixtureRequest) -> None:
    """Read from what is drawn: no band paints beyond its own height, and the title in the
    header of the drawn image has at most three lines of near-equal width, centred."""
    deck = sample_deck() if source == "sample" else request.getfixturevalue(source)
    theme = load_theme("formal")
    p = Palette.of(theme)
    bands = long.bands(record(deck, theme), theme)
    for k, band in enumerate(bands):
        assert spilled_rows(band, p.background) == 0, f"band {k} ({band.alt[:20]}) spills over"
    img = long.draw_long(bands, theme)
    em = metrics(theme, deck.language, theme.sizes.title).em
    lines = drawn_title_lines(img, bands[0].height, theme.spacing.margin)
    assert 1 <= len(lines) <= 3, lines
    widths = [right - left for left, right in lines]
    assert max(widths) - min(widths) <= 3 * em, widths
    inner = long.WIDTH - 2 * theme.spacing.margin
    for left, right in lines:  # centred: equal space on both sides, within a few pixels
        assert abs(left - (inner - right)) <= 8, (left, right)


def test_spill_check_catches_a_band_too_short(hant: Deck) -> None:
    """The check above can fail: a section band cut 40 px short draws over what follows."""
    theme = load_theme("formal")
    band = long.bands(record(hant, theme), theme)[2]
    assert spilled_rows(dataclasses.replace(band, height=band.height - 40),
                        Palette.of(theme).background) > 0
