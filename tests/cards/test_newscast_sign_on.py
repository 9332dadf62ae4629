"""Cards: a newscast's sign-on says no story: its welcome, its clock round the world, its day,
in English and in French (from the hundred-and-sixteenth round of unseen pages)."""

from __future__ import annotations

import pytest

from highlights.cards.courtesies import courtesy


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


@pytest.mark.parametrize(
    "said",
    [
        "Morning Report is a news and current affairs programme covering major national stories.",
        "It broadcasts nationwide every weekday morning from 6 to 9.",
        "Support for NPR comes from NPR member stations.",
        "五至七分钟的节目涵盖时政、军事、财经、社会新闻，及海外华文媒体评论。",
        "【片头口播】大家好，今天是2013年5月24日，欢迎大家收看今天的《中新播报》。",
    ],
)
def test_a_programmes_box_about_itself_is_no_point(said: str) -> None:
    assert courtesy(said)


@pytest.mark.parametrize(
    "said",
    [
        "The company is a leading provider of news programs for schools.",
        "Trump is a man of the show.",
        "The festival airs its grievances every year in the town square.",
    ],
)
def test_a_storys_sentence_about_a_show_is_a_point(said: str) -> None:
    assert not courtesy(said)
