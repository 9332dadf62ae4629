"""jieba's word tables built once and read back from the cache (cards/wordcache.py)."""

from __future__ import annotations

from array import array
from pathlib import Path

import jieba
import pytest

from highlights.cards.tfidf import WordTable
from highlights.cards.wordcache import CACHE_ENV, cached_array

IDF = Path(jieba.__file__).parent / "analyse" / "idf.txt"


def test_the_table_from_the_cache_is_the_table_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built = WordTable(IDF)
    assert len(list(tmp_path.glob("*.slots"))) == 1
    again = WordTable(IDF)  # from the cache
    assert again._slots == built._slots
    for word in ("创新", "全会", "公报", "nothing-like-this"):
        assert again.get(word) == built.get(word)


def test_a_damaged_or_short_cache_file_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    calls: list[int] = []

    def build() -> array:  # type: ignore[type-arg]
        calls.append(1)
        return array("I", [1, 2, 3])

    assert cached_array(IDF, "test", "I", build, 3) == array("I", [1, 2, 3])
    assert cached_array(IDF, "test", "I", build, 3) == array("I", [1, 2, 3])
    assert len(calls) == 1
    (cached,) = tmp_path.glob("*.test")
    cached.write_bytes(b"\0" * 5)  # not a whole number of items
    assert cached_array(IDF, "test", "I", build, 3) == array("I", [1, 2, 3])
    cached.write_bytes(b"\0" * 8)  # two items, not three
    assert cached_array(IDF, "test", "I", build, 3) == array("I", [1, 2, 3])
    assert len(calls) == 3


def test_an_unwritable_cache_only_costs_the_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocked / "words"))
    assert cached_array(IDF, "test", "d", lambda: array("d", [1.5]), 1) == array("d", [1.5])
