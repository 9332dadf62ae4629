"""The sample communique (hand-cleaned copy): nine cards with exactly the editors' titles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from highlights.cards import build_deck
from highlights.cards.text import display_len
from highlights.model import Article, Deck
from highlights.settings import CardSettings


@pytest.fixture
def deck(article_from: Callable[[str], Article]) -> Deck:
    return build_deck(article_from("zigong-hant.txt"))


def test_nine_cards_with_topic_titles(deck: Deck, sample_titles: list[str]) -> None:
    assert [c.title for c in deck.cards] == sample_titles
    assert [c.number for c in deck.cards] == list(range(1, 10))


def test_seven_proposal_paragraphs_each_give_a_card(article_from: Callable[[str], Article]) -> None:
    article = article_from("zigong-hant.txt")
    deck = build_deck(article)
    proposals = [i for i, b in enumerate(article.blocks) if b.text.startswith("全會提出，")]
    assert len(proposals) == 7
    assert [c.span.block for c in deck.cards if c.span][2:] == proposals


def test_points_are_key_phrases_not_paragraphs(deck: Deck) -> None:
    limit = CardSettings().max_point_chars
    for card in deck.cards:
        assert 2 <= len(card.points) <= 5, card.title
        for point in card.points:
            assert display_len(point.text) <= limit, point.text
            assert not point.text.endswith(("。", "；", "，")), point.text
            for term in point.highlights:
                assert term in point.text
    fusion = deck.cards[2]
    assert fusion.points[0].text.startswith("聚焦“五個領域”")
    assert "“五個領域”" in fusion.points[0].highlights


def test_figures_and_quoted_terms_are_highlighted(deck: Deck) -> None:
    marked = {t for c in deck.cards for p in c.points for t in p.highlights}
    assert any("5553" in t for t in marked)
    assert "“三項改革”" in marked


def test_deck_frame(deck: Deck) -> None:
    assert deck.kicker == "全會公報"
    assert deck.title == "中共自貢市委十二屆十二次全會公報"
    assert deck.lead.startswith("中國共產黨自貢市第十二屆委員會第十二次全體會議，于2021年7月15日")
    assert "審議通過了《" in deck.lead
    assert "2021年7月15日" in deck.lead_highlights
    assert deck.closing.editors == ["舒旭暉", "吳山冠"]
    assert deck.language == "zh-Hant"
    assert "clause-cut" in deck.notes


def test_point_spans_point_into_the_article(article_from: Callable[[str], Article]) -> None:
    article = article_from("zigong-hant.txt")
    for card in build_deck(article).cards:
        for point in card.points:
            assert point.span is not None
            source = article.blocks[point.span.block].text[point.span.start : point.span.end]
            # a shortened point keeps its leading words from the source sentence
            assert source[:4] in point.text or point.text[:2] == source[:2], (source, point.text)
