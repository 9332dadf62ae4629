"""English rules learnt from a ninth round of real pages the project had never seen (measured
before any rule was written for them): a radio programme's labels and courtesies, a condition
or a saying verb left without its clause, a bracket cut open, a card titled by who spoke."""

from __future__ import annotations

import pytest
from tests.text_support import article

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.cards.english import balanced_quotes, unlabelled
from highlights.cards.text import Piece
from highlights.cards.titles import phrase_title


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Mr. SCOTT SHANE (New York Times): Thanks for having me.", "Thanks for having me."),
        ("NEAL CONAN, host: This is TALK OF THE NATION.", "This is TALK OF THE NATION."),
        ("Ms. DINA TEMPLE-RASTON (NPR): Good to be here.", "Good to be here."),
        (  # a party after the name, then the offices (round 218–223)
            "DONALD TRUMP (R), FORMER U.S. PRESIDENT AND 2024 PRESIDENTIAL CANDIDATE: I mean, no.",
            "I mean, no.",
        ),
    ],
)
def test_a_radio_transcripts_labels_come_off(line: str, said: str) -> None:
    assert unlabelled(line) == said


def _points(*paragraphs: str) -> list[str]:
    deck = build_deck(article("Leaked Documents Reveal New Details", "en", *paragraphs))
    return [p.text for card in deck.cards for p in card.points]


def test_a_programmes_name_and_its_welcomes_are_no_key_points() -> None:
    points = _points(
        "A trove of more than 700 leaked military documents has provided detailed information "
        "about the detainees held at the Guantanamo Bay prison in Cuba.",
        "NEAL CONAN, host: This is TALK OF THE NATION. I'm Neal Conan in Washington.",
        "But first, New York Times correspondent Scott Shane is here with us in Washington. "
        "Nice to have you with us.",
        "Mr. SCOTT SHANE (New York Times): Thanks for having me.",
        "CONAN: And NPR correspondent Dina Temple-Raston joins us from New York. Always good to "
        "have you on the program.",
        "The documents show that many of the men were held for years on thin evidence.",
    )
    assert points
    courtesies = ("TALK OF THE NATION", "Nice to have", "Thanks for having", "Always good")
    assert not any(c in p for p in points for c in courtesies)


def test_a_saying_verb_waiting_for_its_quotation_is_no_point() -> None:
    points = _points(
        "South Korean thriller Parasite was the upset winner at the Screen Actors Guild awards "
        "on Sunday, a result that boosts its chances at the Oscars.",
        "Director Bong Joon Ho said backstage that no-one could predict the Oscars. "
        "Speaking through an interpreter he added:",
        "It is true that the momentum is building and we are a part of the awards race.",
    )
    assert points and not any(p.endswith(("added", "added:")) for p in points)


def test_a_condition_is_never_the_point_cut_from_its_sentence() -> None:
    points = _points(
        "Facebook builds profiles of people who never joined it, using contact lists uploaded "
        "by its users and the Like buttons on other sites.",
        "So even if you decide you need to join Facebook, remember that you might be giving the "
        "company information about someone else who didn't agree to be part of its surveillance "
        "platform.",
    )
    assert points and "So even if you decide you need to join Facebook" not in points


def test_a_bracket_cut_open_loses_its_opening_mark() -> None:
    assert balanced_quotes("(In a recent experiment I conducted, two opt-outs failed") == (
        "In a recent experiment I conducted, two opt-outs failed"
    )


def test_who_spoke_and_when_is_no_card_title() -> None:
    text = (
        "Phoenix’s terrifying performance as a loner who finds fame through violence in “Joker” "
        "has swept awards season “I am standing on the shoulders of my favorite actor - Heath "
        "Ledger,” Phoenix said on Sunday"
    )
    title = phrase_title([Piece(0, 0, len(text), text)], "en", 48)
    assert title and "said" not in title.split()


@pytest.mark.parametrize(
    "line",
    [
        "Sarah, good to see you",
        "Jim, really good to see you sir, thank you",
        "Nice seeing you, too",
        "Dee Dee, how're you doing?",
        "Welcome, Mr. President",
    ],
)
def test_greetings_by_name_are_courtesies(line: str) -> None:
    assert courtesy(line)
    assert not courtesy("How are you going to pay for it?")
    assert not courtesy("It is good to see the economy grow.")
