"""A card image calls out its figure under the points when it has room at the deck's one
point size, and never at the points' expense (no smaller type, no point sent further)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from highlights.pipeline import Pipeline
from highlights.publication import Publication
from highlights.render.png.callout import card_callout
from highlights.render.png.card import SIZES, deck_point_size, draw_card, paginate
from highlights.render.png.drawn import DrawnImage, recording
from highlights.render.png.paint import Palette

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "samples" / "zigong-communique.txt"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Publication:
    return Pipeline(tmp_path_factory.mktemp("callout")).prepare(SAMPLE).record


def test_the_first_card_calls_out_5553_under_all_its_points(sample: Publication) -> None:
    """At the default 4:5 (at 3:4 the deck's type is larger and the first card has no room
    left for it: see test_no_room_no_callout)."""
    theme, size = sample.theme, SIZES["4:5"]
    point = deck_point_size(sample, theme, size)
    pages = paginate(sample.cards[0], sample, theme, size, point)
    with recording(DrawnImage("", "card")) as drawn:
        img = draw_card(pages[0], sample, theme, size, "02 / 10").convert("RGB")
    roles = [b.role for b in drawn.blocks]
    points = [b for b in drawn.blocks if b.role == "point"]
    assert len(pages) == 1 and len(points) == len(sample.cards[0].points)
    assert {b.size for b in points} == {point}  # the deck's one size, untouched
    assert roles[-2:] == ["callout", "callout-phrase"], roles
    assert drawn.blocks[-2].lines == ["5553"]
    # Drawn in the primary colour, large, between the last point and the footer.
    p = Palette.of(theme)
    px = img.load()
    assert px is not None
    rows = [y for y in range(size[1] // 2, size[1] - 110)
            if sum(px[x, y] == p.primary for x in range(0, size[0], 2)) > 20]
    assert len(rows) > 40, len(rows)


def test_no_room_no_callout(sample: Publication) -> None:
    theme, size = sample.theme, SIZES["4:5"]
    page = paginate(sample.cards[0], sample, theme, size)[0]
    width = size[0] - 2 * theme.spacing.card_margin
    assert card_callout(page, sample, theme, width, 1000) is not None
    assert card_callout(page, sample, theme, width, 150) is None  # the points come first


def test_only_on_the_image_that_shows_the_point(sample: Publication) -> None:
    """A continuation image without the figure's point (here: the page cut to its first four
    points) calls nothing out."""
    theme, size = sample.theme, SIZES["4:5"]
    page = paginate(sample.cards[0], sample, theme, size)[0]
    width = size[0] - 2 * theme.spacing.card_margin
    cut = dataclasses.replace(page, chunks=page.chunks[:4])
    assert card_callout(cut, sample, theme, width, 1000) is None
    with recording(DrawnImage("", "card")) as drawn:
        draw_card(cut, sample, theme, size, "02 / 10")
    assert "callout" not in [b.role for b in drawn.blocks]
