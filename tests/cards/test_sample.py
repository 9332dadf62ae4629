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


CLAUSE_END = "，、；：,;:"
FIXTURES = ["zigong-hant.txt", "night-market-hant.txt", "qinghe-netzero-hant.txt",
            "qingyuan-plenum-hans.txt", "metro-three-sentences-hans.txt",
            "bridge-three-sentences-en.txt", "library-headings-en.md", "smallbiz-press-en.md"]


def span_problem(point: str, source: str) -> str | None:
    """Why `point` is not made from `source`, or None. A point is the source's own words in
    order, shortened by whole stretches: each piece at least two characters long (no
    stitching of single characters), the first piece at the start of a clause."""
    i = j = 0
    while i < len(point):
        n = next((n for n in range(len(point) - i, 0, -1) if point[i:i + n] in source[j:]), 0)
        if n == 0:
            return f"{point[i]!r} (at {i}) is not in the rest of the source"
        if n < 2 and len(point) > 1:
            return f"{point[i:i + n]!r} (at {i}) is a single character taken from the source"
        k = source.index(point[i:i + n], j)
        if i == 0 and k > 0 and source[k - 1] not in CLAUSE_END + " ":
            return f"the point starts inside a clause of the source (at {k})"
        i, j = i + n, k + n
    return None


@pytest.mark.parametrize("name", FIXTURES)
def test_point_spans_point_into_the_article(name: str,
                                            article_from: Callable[[str], Article]) -> None:
    article = article_from(name)
    for card in build_deck(article).cards:
        for point in card.points:
            assert point.span is not None, point.text
            source = article.blocks[point.span.block].text[point.span.start : point.span.end]
            problem = span_problem(point.text, source)
            assert problem is None, (problem, point.text, source)


def test_span_check_catches_a_point_not_from_its_span() -> None:
    """Broken inputs the check must refuse (the old check passed both: two characters matched)."""
    source = "必須堅持以習近平新時代中國特色社會主義思想為指導"
    assert span_problem("必須堅持以習近平新時代", source) is None
    assert span_problem("必須推動高質量發展", source) is not None
    assert span_problem("持以習近平新時代", source) is not None  # starts mid-clause
