"""Cards: a newscast's sign-on says no story: its welcome, its clock round the world, its day,
in English and in French (from the hundred-and-sixteenth round of unseen pages)."""

from __future__ import annotations

import pytest

from highlights.cards.leads import courtesy


@pytest.mark.parametrize(
    "said",
    [
        "Hello and welcome to our viewers all across the world.",
        "You're watching Arirang News.",
        "Newscenter begins right now.",
        "It's Thursday, July 28th, 2016.",
        "It is 9 in New York, 2 p.m. in London, and 10 p.m. here in Seoul.",
        "Bonsoir Adrien.",
        "Bonsoir à toutes et à tous.",
        "Il est 20h, temps universel, 22h à Paris.",
    ],
)
def test_a_newscasts_sign_on_is_a_courtesy(said: str) -> None:
    assert courtesy(said)


@pytest.mark.parametrize(
    "said",
    [
        "It is 9 percent higher than last year.",
        "The new plan begins right now for all workers.",
        "It's Thursday's vote that will decide the budget.",
        "Welcome to Seoul, the president told the visiting delegation at the airport.",
    ],
)
def test_a_storys_sentence_is_no_courtesy(said: str) -> None:
    assert not courtesy(said)
