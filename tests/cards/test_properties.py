"""Whatever the article, the deck keeps its promises: limits, numbering, exact highlights."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from highlights.cards import build_deck
from highlights.cards.shorten import LONG_POINT
from highlights.cards.text import display_len
from highlights.model import Article, Block, Metadata
from highlights.settings import CardSettings

ZH = "全會提出，促進創新鏈產業鏈深度融合。聚焦“五個領域”；一是二是（一）、5553年月日人"
EN = "Expanding Access to Capital: The state will fund $75 million, 4 percent. And; Mr. U.S. "

block = st.builds(
    Block,
    kind=st.sampled_from(["heading", "paragraph", "list_item"]),
    text=st.text(alphabet=ZH + EN, min_size=1, max_size=160),
    level=st.integers(min_value=0, max_value=3),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    blocks=st.lists(block, max_size=8),
    language=st.sampled_from(["zh-Hant", "zh-Hans", "en"]),
    limit=st.integers(min_value=10, max_value=60),
)
@example(blocks=[Block(text=".")], language="en", limit=10)  # once gave a point with no text
@example(  # once gave a card with no point
    blocks=[
        Block(kind="heading", text="3;", level=2),
        Block(kind="heading", text="3", level=0),
        Block(kind="heading", text="3;", level=0),
        Block(kind="heading", text=".", level=0),
    ],
    language="zh-Hant",
    limit=10,
)
def test_any_article_gives_a_well_formed_deck(
    article_of: Callable[..., Article], blocks: list[Block], language: str, limit: int
) -> None:
    meta = Metadata.model_validate({"title": "T", "language": language})
    cfg = CardSettings(max_point_chars=limit, max_cards=6)
    deck = build_deck(article_of(blocks, meta), cfg)
    assert [c.number for c in deck.cards] == list(range(1, len(deck.cards) + 1))
    assert len(deck.cards) <= cfg.max_cards
    for card in deck.cards:
        assert card.title and 1 <= len(card.points) <= cfg.max_points
        for point in card.points:
            # a single clause may run a little over rather than be cut (points.LONG_POINT)
            assert point.text and display_len(point.text) <= LONG_POINT * limit
            assert all(term in point.text for term in point.highlights)
    assert all(term in deck.lead for term in deck.lead_highlights)
