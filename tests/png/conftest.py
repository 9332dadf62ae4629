"""Fixtures for the PNG renderer tests: the fixture decks, rendered once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.render_support import render_png

from highlights.model import Deck, OutputFile
from highlights.theme import load_theme

DATA = Path(__file__).resolve().parents[1] / "data" / "png"
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "groundtruth" / "png"
FAILURES = Path(__file__).resolve().parent / "failures"


def load_deck(name: str) -> Deck:
    return Deck.model_validate_json((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def hant() -> Deck:
    return load_deck("zigong-deck.json")


@pytest.fixture(scope="session")
def hans() -> Deck:
    return load_deck("zigong-deck-hans.json")


@pytest.fixture(scope="session")
def english() -> Deck:
    return load_deck("press-deck-en.json")


@pytest.fixture(scope="session")
def rendered(hant: Deck, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Path, list[OutputFile]]:
    out = tmp_path_factory.mktemp("hant")
    return out, render_png(hant, load_theme("formal"), out)
