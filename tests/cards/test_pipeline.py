"""The real stages on the sample: read_source → normalise → build_deck."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.ingest import read_source
from highlights.normalise import normalise


def test_sample_through_ingest_and_normalise(sample_path: Path, sample_titles: list[str]) -> None:
    article = normalise(read_source(sample_path))
    deck = build_deck(article)
    assert [c.title for c in deck.cards] == sample_titles
    assert deck.kicker == "全會公報"
    assert deck.date == "2021-07-15"
    assert "2021年7月15日" in deck.lead and "審議通過了《" in deck.lead
    assert deck.closing.editors == article.meta.editors
    for card in deck.cards:
        assert 2 <= len(card.points) <= 5
        for point in card.points:
            assert point.span is not None
            assert all(term in point.text for term in point.highlights)


def test_english_release_through_ingest_and_normalise() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "cards" / "smallbiz-press-en.md"
    deck = build_deck(normalise(read_source(path)))
    assert [c.title for c in deck.cards] == [
        "Expanding Access to Capital",
        "Cutting Red Tape",
        "Training the Workforce",
        "Supporting Main Streets",
    ]


def test_sample_converted_to_simplified_keeps_its_nine_cards(sample_path: Path) -> None:
    from highlights.settings import NormaliseSettings

    article = normalise(read_source(sample_path), NormaliseSettings(script="hans"))
    deck = build_deck(article)
    assert deck.language == "zh-Hans" and deck.kicker == "全会公报"
    assert len(deck.cards) == 9
    assert deck.cards[0].title == "总体要求" and deck.cards[1].title == "主要目标"
    assert deck.cards[2].title == "促进创新链产业链深度融合"
    assert deck.cards[2].points[0].text.startswith("聚焦“五个领域”")
