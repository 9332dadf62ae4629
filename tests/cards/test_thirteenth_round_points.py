"""Points learnt from the fifteenth and later rounds of real pages the project had never seen
(measured before any rule was written for them): an English sentence that opens with why it
was done (`To commemorate …,`) is a point for what was done."""

from __future__ import annotations

from tests.text_support import article

from highlights.cards import build_deck
from highlights.cards.english import english_core


def test_a_long_purpose_opener_leaves_the_point_to_what_was_done() -> None:
    parts = [
        "To commemorate its long-standing relationship with the media community and in honor "
        "of its 50th anniversary",
        "PR Newswire will make a $25,000 donation to the Committee to Protect Journalists (CPJ).",
    ]
    assert english_core(parts, set())[0].startswith("PR Newswire will make a $25,000 donation")


def test_the_donation_not_its_reason_is_the_point() -> None:
    deck = build_deck(
        article(
            "PR Newswire Celebrates 50 Years as Industry Pioneer and Leader",
            "en",
            "The modern age of public relations officially began on March 8, 1954, when PR "
            "Newswire transmitted the first electronic commercial news release to 12 media "
            "outlets in New York.",
            "To commemorate its long-standing relationship with the media community and in honor "
            "of its 50th anniversary, PR Newswire will make a $25,000 donation to the Committee "
            "to Protect Journalists (CPJ). Founded in 1981 as an independent, nonprofit "
            "organization, CPJ promotes freedom of the press.",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert any("$25,000 donation" in p for p in points), points
    assert not any(p.startswith("To commemorate") for p in points), points
