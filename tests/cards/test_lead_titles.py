"""English card titles said as headlines say them, where the card's keyword clause names who,
where or when instead of what happened (`Philip Ellison`, `In the same order`)."""

from __future__ import annotations

import pytest

from highlights.cards.lead_titles import lead_title, names_no_event
from highlights.cards.text import Piece
from highlights.cards.titles import phrase_title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The lawsuit began in 2017 when Alison Taylor sued to challenge 14 parking tickets.",
            "The lawsuit began in 2017",
        ),
        (
            "In the same order, Ludington last week approved a request to make the case a class "
            "action.",
            "Ludington last week approved a request",
        ),
        ("Tim Lister sums up the first round of voting.", "Tim Lister sums up the first round"),
    ],
)
def test_a_first_sentence_gives_its_subject_and_verb(sentence: str, title: str) -> None:
    assert lead_title(sentence) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "who are targeted to launch to the International Space Station in March.",  # a tail
        "The report is produced as part of UNEP's series of outlooks on the environment.",
        "But will it be enough?",
        "Saginaw said marking a tire was a minimal intrusion.",  # who said it
        "Hubei province in central China, where the virus first struck, reported no cases.",
        "The Board made a total of 22 recommendations directed at the Executive Branch.",
    ],
)
def test_a_sentence_that_makes_no_headline_gives_none(sentence: str) -> None:
    assert lead_title(sentence) == ""


@pytest.mark.parametrize(
    ("title", "weak"),
    [
        ("Philip Ellison", True),
        ("Mr Ronald Lam Siu-por", True),
        ("In the same order", True),
        ("Key points", True),
        ("City of Mbandaka", False),
        ("Tariffs remain the last resort", False),
    ],
)
def test_a_title_that_names_who_where_or_when(title: str, weak: bool) -> None:
    assert names_no_event(title) is weak


def test_a_card_titled_by_a_name_is_titled_by_what_happened() -> None:
    text = "The lawsuit began in 2017 when Alison Taylor sued to challenge 14 parking tickets."
    more = "Her lawyers, Philip Ellison and Matthew Gronda, said chalking was a trespass."
    pieces = [Piece(0, 0, len(text), text), Piece(1, 0, len(more), more)]
    title = phrase_title(pieces, "en", 24)
    assert title == "Lawsuit began in 2017", title
