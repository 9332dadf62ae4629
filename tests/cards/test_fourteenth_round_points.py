"""Points learnt from the twenty-second and later rounds of real pages the project had never
seen (measured before any rule was written for them): a programme host's hand-offs are no
points."""

from __future__ import annotations

import pytest

from highlights.cards.leads import courtesy


@pytest.mark.parametrize(
    "said",
    [
        'AMNA NAWAZ: Welcome to the "NewsHour."',
        "Welcome to Newsnight.",
        "GEOFF BENNETT: And William Brangham joins us now.",
        "Joining us now is Lisa Desjardins.",
        "Our correspondent Anna Holligan joins us from The Hague.",
    ],
)
def test_a_hosts_welcome_and_hand_off_are_courtesies(said: str) -> None:
    assert courtesy(said)


@pytest.mark.parametrize(
    "said",
    [
        "Welcome to the new era of artificial intelligence.",
        "The President joins us now to discuss the plan for health care.",
        "Hong Kong joins the scheme from next year.",
    ],
)
def test_news_that_reads_like_a_welcome_stays(said: str) -> None:
    assert not courtesy(said)
