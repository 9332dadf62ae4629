"""Cards: rules learnt from the seventy-fourth and later rounds of real pages the project had
never seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest

from highlights.cards.courtesies import courtesy
from highlights.cards.english_titles import english_head
from highlights.cards.titles import chinese_head


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the cut stops inside the phrase `在…基础上` opens: the title ends before it
        ("双方决定在现有中德农业合作联委会基础上增设部长级双边对话机制", "双方决定"),
        ("德国政府欢迎中国企业本着互利精神在德投资和创造就业机会", "德国政府欢迎中国企业"),
        # a phrase its verb closes stays; `与` is as often `and`
        ("代表团在深圳参观考察了多家高新技术企业和科研院所", "代表团在深圳参观考察"),
    ],
)
def test_a_title_is_not_cut_inside_a_prepositional_phrase(text: str, title: str) -> None:
    assert chinese_head(text, 24) == title


@pytest.mark.parametrize(
    ("text", "talk"),
    [
        ("I'm Neal Conan, in Washington", True),
        ("It's half past the hour", True),
        ("here's what's happening right now", True),
        ("I want to thank you for joining me on CNN THIS MORNING", True),
        ("I'm glad the Senate passed the bill in Washington", False),
        ("It's half past the hour and the markets fell sharply", False),
    ],
)
def test_a_presenters_filler_is_no_key_point(text: str, talk: bool) -> None:
    assert courtesy(text) is talk


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an abbreviation's point ends no clause
        (
            "Nov. 5 in the Anderson Gallery, Martha Jackson Place, Buffalo",
            "Nov. 5 in the Anderson Gallery",
        ),
        # a figure cut from what it counts, an adjective cut from its noun
        (
            "Federal funding obtained by the 100 researchers being honored",
            "Federal funding obtained",
        ),
        (
            "Parking is also available in nearby lots on K and I Streets",
            "Parking is also available",
        ),
        ("The lawsuit began in 2017 after the merger", "Lawsuit began in 2017"),
        # an opener of a word or two is passed over: the clause after it is the title
        (
            "Instead, it further highlighted the stark differences between allies",
            "It further highlighted the stark differences",
        ),
    ],
)
def test_an_english_title_ends_on_a_whole_phrase(text: str, title: str) -> None:
    assert english_head(text) == title
