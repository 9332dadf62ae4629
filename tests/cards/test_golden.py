"""Golden decks: one per fixture style. Review them by eye after `pytest --update-golden`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from highlights.cards import build_deck, load_override
from highlights.model import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "cards"
ARTICLES = [
    "zigong-hant.txt",  # Traditional official communique (the sample, hand-cleaned)
    "qingyuan-plenum-hans.txt",  # Simplified communique: 一是…, （一）…, 第一，… and ；
    "qinghe-netzero-hant.txt",  # Traditional plan with 一、 heading lines
    "smallbiz-press-en.md",  # English release with **bold lead-ins:**
    "library-headings-en.md",  # English release with ## headings and bullets
    "bridge-three-sentences-en.txt",  # three sentences, English
    "metro-three-sentences-hans.txt",  # three sentences, Simplified
    "night-market-hant.txt",  # unstructured feature story
]
OVERRIDES = ["zigong-override.md", "bridge-edited-cards.json"]


@pytest.mark.parametrize("name", ARTICLES)
def test_deck_matches_golden(
    name: str,
    article_from: Callable[[str], Article],
    golden_text: Callable[[str, str], None],
) -> None:
    deck = build_deck(article_from(name))
    golden_text(f"cards/{Path(name).stem}.json", deck.model_dump_json(indent=2) + "\n")


@pytest.mark.parametrize("name", OVERRIDES)
def test_override_matches_golden(name: str, golden_text: Callable[[str, str], None]) -> None:
    deck = load_override(DATA / name)
    golden_text(f"cards/override-{Path(name).stem}.json", deck.model_dump_json(indent=2) + "\n")
