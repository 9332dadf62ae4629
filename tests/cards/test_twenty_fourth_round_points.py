"""Cards: rules learnt from the hundred-and-fourth round of real pages the project had never
seen (sets 104–109, measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.cards.english_titles import english_title
from highlights.cards.leads import hollow
from highlights.ingest import parse_source
from highlights.model import Deck
from highlights.normalise import normalise

_SUSPENDED = (
    "# Teaching suspended\n\n"
    "The University Executive Group has decided to suspend all teaching for this week and begin "
    "online teaching from Monday 23 March. This will take effect immediately today, and all "
    "exams in the spring term are cancelled.\n\n"
    "The University campus will remain open and essential services will still be provided.\n\n"
    "We appreciate that some teaching will have already started today and staff will already be "
    "on campus so we apologise for any inconvenience.\n"
)


def _deck(text: str, name: str = "page.md") -> Deck:
    return build_deck(normalise(parse_source(Path(name), text.encode())))


def _points(deck: Deck) -> list[list[str]]:
    return [[p.text for p in card.points] for card in deck.cards]


def test_what_the_leads_paragraph_goes_on_to_say_is_the_first_card_of_a_short_deck() -> None:
    deck = _deck(_SUSPENDED)
    assert deck.lead.startswith("The University Executive Group has decided")
    first = _points(deck)[0]
    assert first[0].startswith("This will take effect immediately today")
    assert not any("campus will remain open" in p for p in first)  # a card of its own
    assert not any("University Executive Group" in p for card in _points(deck) for p in card)


def test_a_remainder_that_says_almost_nothing_is_no_card() -> None:
    text = _SUSPENDED.replace(
        "This will take effect immediately today, and all exams in the spring term are "
        "cancelled.",
        "Details follow.",
    )
    assert ["Details follow."] not in _points(_deck(text))


def test_a_long_deck_tells_the_leads_paragraph_its_own_way() -> None:
    paragraphs = [
        f"The {word} committee met on Tuesday and agreed a budget of {n} million dollars for "
        f"the coming year, its chair said after the meeting."
        for n, word in enumerate(
            ["finance", "transport", "housing", "health", "schools", "parks", "water", "arts"], 3
        )
    ]
    text = _SUSPENDED + "\n" + "\n\n".join(paragraphs) + "\n"
    first = _points(_deck(text))[0]  # (the ranking glues the remainder to the next paragraph)
    assert first[0].startswith("This will take effect immediately today")
    assert any("campus will remain open" in p for p in first)


def test_a_remainder_too_short_to_title_itself_is_titled_by_the_leads_words() -> None:
    text = _SUSPENDED.replace(
        "This will take effect immediately today, and all exams in the spring term are "
        "cancelled.",
        "This will take effect immediately today.",
    )
    deck = _deck(text)
    assert _points(deck)[0] == ["This will take effect immediately today"]
    assert deck.cards[0].title != "Key points"
    assert deck.cards[0].title.lower() in _SUSPENDED.lower()


def test_who_spoke_without_what_they_said_is_no_point() -> None:
    assert hollow("十九大新聞中心副主任王冬梅表示")
    assert hollow("溫家寶十六日在記者招待會上回答記者提問時說：")
    assert not hollow("王冬梅表示，開設黨代表通道是為了提高大會透明度")
    assert not hollow("建議記者提前一個小時入場")
    assert hollow("據招商局集團副總經理王秀峰介紹")
    # complete sentences that end on the same characters
    assert not hollow("黄山自古有天下第一奇山之称")
    assert not hollow("会上，市发改委对项目进展情况进行了介绍")


def test_a_bulletins_hand_offs_and_sign_offs_are_no_points() -> None:
    for line in [
        "NPR's Soraya Sarhaddi Nelson has the report from Kabul.",
        "That's NPR's Soraya Sarhaddi Nelson reporting from Kabul.",
        "Lydia Kalitri, NPR News, Washington.",
    ]:
        assert courtesy(line), line
    assert not courtesy("NPR's own survey reports a rise in listeners across the country.")


def test_an_english_title_is_never_cut_inside_an_abbreviation() -> None:
    title = english_title("The U.S.-led coalition withdrew its forces.", 48)
    assert title == "The U.S.-led coalition withdrew its forces"
    assert not english_title("The U.S. Senate passed the bill on Friday.", 48).startswith("S.")
    assert english_title("Officials say a member of the U.S.-led force also died.", 48) != (
        "Led force also died"
    )
    assert english_title("For details, please visit www.cpj.org.", 48) != "Please visit www.cpj.org"
