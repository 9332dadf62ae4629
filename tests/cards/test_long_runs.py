"""A run of Han with no mark in it (one character repeated, a run of rare ones) is no prose:
jieba's HMMs, which take over a millisecond a character, never see it, so that a hostile line of
hundreds of thousands of characters is cut in seconds, not minutes (measured: 100,000 of `中`
took 90 s before, 1.3 s after)."""

from __future__ import annotations

from highlights.cards.text import words
from highlights.cards.tfidf import HMM_MOST, _unknown

_NOUNS = frozenset(["n", "nz", "vn", "ns", "nt", "nw"])


def test_a_long_run_is_cut_by_the_dictionary_alone() -> None:
    assert {len(w) for w in words("中" * (HMM_MOST + 100))} == {1}


def test_a_short_run_still_goes_through_the_hmm() -> None:
    assert any(len(w) > 1 for w in words("中" * 20))


def test_keywords_skip_a_long_run_of_unknown_characters() -> None:
    assert list(_unknown("中" * (HMM_MOST + 100), _NOUNS)) == []
    assert list(_unknown("中" * 150, _NOUNS)) != []
