"""Fixtures for the ingest and normalise tests: fixture articles and the normalised sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import read_source
from highlights.model import Article
from highlights.normalise import normalise

DATA = Path(__file__).resolve().parents[1] / "data" / "normalise"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def sample_article(sample_path: Path) -> Article:
    return normalise(read_source(sample_path))
