"""One point size per deck, whole points per card image, continuations of two points or more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.render_support import record, render_png

from highlights.model import Card, Deck, Point
from highlights.render.png.card import SIZES, deck_point_size, paginate
from highlights.render.png.fit import deck_size, pack
from highlights.theme import load_theme


def test_the_fullest_card_decides_the_size() -> None:
    # Card 0 fits at 40 and below, card 1 everywhere, card 2 nowhere and continues well at
    # 42 and below, card 3 continues badly at any size (it does not decide).
    def level(k: int, s: int) -> int:
        return [2 * (s <= 40), 2, int(s <= 42), 0][k]

    assert deck_size([44, 42, 40, 38], level, 4) == 40
    assert deck_size([44, 42, 40, 38], level, 2) == 40
    assert deck_size([44, 42, 40, 38], lambda k, s: [2, int(s <= 42)][k], 2) == 42


@pytest.mark.parametrize(
    ("heights", "room", "expected"),
    [
        ([100, 100, 100, 100], 320, [(0, 2), (2, 4)]),  # greedy would leave one point alone
        ([100] * 5, 320, [(0, 2), (2, 5)]),
        ([100] * 5, 310, [(0, 1), (1, 3), (3, 5)]),  # three images: continuations of two
        ([300, 50, 50], 320, [(0, 1), (1, 3)]),
        ([200, 200, 200], 320, [(0, 1), (1, 2), (2, 3)]),  # two never fit together: one each
        ([100, 400], 320, None),  # a point taller than the image: split line by line
    ],
)
def test_pack(heights: list[float], room: float, expected: list[tuple[int, int]] | None) -> None:
    assert pack(heights, 10, room) == expected
    if expected and expected[-1][1] - expected[-1][0] < 2:
        assert pack(heights, 10, room, strict=True) is None


def _deck(hant: Deck, points: int, length: int) -> Deck:
    text = "加快建設西部科學城自貢科創園和科創中心自貢基地，強化創新資源集聚轉化。"
    full = Card(number=1, title="加快創新", points=[Point(text=(text * 4)[:length])] * points)
    short = Card(number=2, title="簡短", points=[Point(text="推進城市更新。")])
    return hant.model_copy(update={"cards": [full, short]})


def test_one_size_and_spacing_absorbs_the_short_card(hant: Deck, tmp_path: Path) -> None:
    deck = _deck(hant, 5, 70)
    theme = load_theme("formal")
    render_png(deck, theme, tmp_path)
    layout = json.loads((tmp_path / "layout.json").read_text(encoding="utf-8"))
    cards = [img for img in layout["images"] if img["kind"] == "card"]
    sizes = {b["size"] for img in cards for b in img["blocks"] if b["role"] == "point"}
    assert len(sizes) == 1 and sizes.pop() < theme.sizes.card_point


def test_continuations_hold_whole_points(hant: Deck) -> None:
    deck = _deck(hant, 7, 130)
    theme = load_theme("formal")
    pub = record(deck, theme)
    size = SIZES["4:5"]
    pages = paginate(deck.cards[0], pub, theme, size, deck_point_size(pub, theme, size))
    assert len(pages) >= 2
    assert [c.index for p in pages for c in p.chunks] == list(range(7))
    for page in pages:
        assert all(c.first == 0 and c.last == len(c.block.lines) for c in page.chunks)
        assert page.part == 0 or len(page.chunks) >= 2
