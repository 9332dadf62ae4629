"""Cards: rules learnt from the twenty-eighth and later rounds of real pages the project had
never seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest

from highlights.cards.leads import hollow


@pytest.mark.parametrize("said", ["“Now.”", "Today’s", "Eastern Time—"])
def test_english_with_curly_quotes_or_a_dash_is_counted_in_words(said: str) -> None:
    assert hollow(said)


@pytest.mark.parametrize("said", ["“We will rebuild the bridge.”", "做好", "其中"])
def test_a_sentence_in_curly_quotes_is_not_hollow_and_chinese_counts_characters(
    said: str,
) -> None:
    assert hollow(said) == (said != "“We will rebuild the bridge.”")
