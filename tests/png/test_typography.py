"""The typographic checks of the design brief, on every block the images draw."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.render_support import record

from highlights.model import Deck
from highlights.render.png import long
from highlights.render.png.card import BADGE_COL, SIZES, paginate
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


@pytest.mark.parametrize("source", ["hant", "sample"])
def test_long_image_fits_and_is_balanced(source: str, request: pytest.FixtureRequest) -> None:
    deck = sample_deck() if source == "sample" else request.getfixturevalue(source)
    theme = load_theme("formal")
    bands = long.bands(record(deck, theme), theme)
    img = long.draw_long(bands, theme)
    assert img.height == sum(b.height for b in bands)
    # The header's title: at most three balanced lines.
    m = theme.spacing.margin
    from highlights.render.png.paint import metrics
    from highlights.render.png.text import layout

    tm = metrics(theme, deck.language, theme.sizes.title)
    title = layout(deck.title, tm, 1080 - 2 * m, all_bold=True, title=deck.language)
    assert len(title.lines) <= 3
    widths = [line.width for line in title.lines]
    assert max(widths) - min(widths) <= 3 * tm.em
