"""Cards: a plain-text release's headings underlined to their own length (`On Constitutional
Development` over `-----`) head its cards; `Following is the translation of the speech by…`
introduces the text, no card of its own; a bulleted list is one card, its items its points
(from the hundred-and-fortieth rounds of unseen pages: Hong Kong government releases, a city's
health tips)."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.ingest import parse_source
from highlights.ingest.text import split_lines
from highlights.normalise import normalise

_RELEASE = (
    "Response to UK Report on Hong Kong\n\n"
    "     In response to media enquiries, a spokesman for the Hong Kong Special Administrative "
    "Region Government made the following response today to the United Kingdom's report.\n\n"
    "On Constitutional Development\n"
    "-----------------------------\n\n"
    '     "The HKSARG is committed to implementing universal suffrage for the Chief Executive '
    "election in 2017. We are conducting a public consultation on the method for selecting the "
    'CE by universal suffrage. The consultation period will end on March 7, 2015."\n\n'
    "On Public Order Events and Press Freedom\n"
    "----------------------------------------\n\n"
    '     "The freedom and right of procession and peaceful assembly are enshrined in the Basic '
    "Law. The Police always handle public order events in a fair, just and impartial manner in "
    'accordance with the laws of Hong Kong."\n'
)


def test_a_line_underlined_to_its_length_is_a_heading() -> None:
    blocks = split_lines(_RELEASE)
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == ["On Constitutional Development", "On Public Order Events and Press Freedom"]
    assert not any(set(b.text) == {"-"} for b in blocks)


def test_a_rule_of_another_length_heads_nothing() -> None:
    text = (
        "The following is the latest list of selected news summaries by Kyodo News.\n"
        "----------\n"
        "U.S., Ukraine sign economic reconstruction deal\n"
        "WASHINGTON - The United States on Wednesday signed an economic deal with Ukraine.\n"
    )
    assert not [b for b in split_lines(text) if b.kind == "heading"]


def test_underlined_headings_title_the_cards() -> None:
    deck = build_deck(normalise(parse_source(Path("release.txt"), _RELEASE.encode())))
    titles = [card.title for card in deck.cards]
    assert titles == ["On Constitutional Development", "On Public Order Events and Press Freedom"]


def test_following_is_the_translation_introduces_no_card() -> None:
    text = (
        "CE's speech at reception to celebrate 14th anniversary of HKSAR\n\n"
        "Following is the translation of the speech by the Chief Executive, Mr Donald Tsang, at "
        "the reception in celebration of the 14th anniversary of the establishment of Hong Kong "
        "Special Administrative Region this morning (July 1):\n\n"
        "Today I am greatly honoured to celebrate with you the 14th anniversary of the "
        "establishment of the Hong Kong Special Administrative Region.\n\n"
        "About a year ago, the Legislative Council passed the constitutional reform package, "
        "marking a decisive step forward in our constitutional development.\n\n"
        "Over the past year, we have made significant progress on various fronts. The Statutory "
        "Minimum Wage, after years of discussion, came into force on May 1.\n"
    )
    deck = build_deck(normalise(parse_source(Path("speech.txt"), text.encode())))
    said = [p.text for card in deck.cards for p in card.points]
    assert deck.cards and not any(s.startswith("Following is") for s in said)


def test_a_bulleted_list_is_one_card() -> None:
    text = (
        "Important Health and Safety Tips for Preventing the Spread of Disease\n\n"
        "Stay healthy: We encourage everyone to practice good hygiene to reduce your risk of "
        "becoming infected with a respiratory virus like influenza.\n\n"
        "  • Wash your hands frequently with soap and water for at least 20 seconds\n\n"
        "  • Use an alcohol-based hand sanitizer when soap and water is not available\n\n"
        "  • Cover your cough or sneeze with a tissue or crook of your elbow\n\n"
        "  • Avoid touching your eyes, nose or mouth\n\n"
        "  • Stay home from work or school if you have a fever or are feeling sick\n\n"
        "  • Stay away from people who are ill, especially if you are at higher risk.\n\n"
        "  • Get your flu shot to protect against the flu\n"
    )
    deck = build_deck(normalise(parse_source(Path("tips.txt"), text.encode())))
    holding = [c for c in deck.cards if any("sanitizer" in p.text for p in c.points)]
    assert len(holding) == 1
    assert any("elbow" in p.text or "touching" in p.text for p in holding[0].points)


def test_bulleted_items_a_paragraph_long_are_a_card_each() -> None:
    """`• Preserving biological systems…` over three sentences: each item is a topic of its own
    (from the hundred-and-forty-eighth round: an NSF announcement)."""
    text = (
        "NSF announces four new engineering research centers\n\n"
        "The U.S. National Science Foundation announced it will invest $104 million in four new "
        "engineering research centers.\n\n"
        "  • Preserving biological systems, including cells, tissues and whole organisms, so that "
        "they can be stored and used later. The center involves four partner universities. It "
        "will train a new generation of cryobiology engineers.\n\n"
        "  • Designing a sustainable infrastructure for electrified vehicles, with charging roads "
        "and wireless power. Utah State University leads the work. Its partners include Purdue "
        "and the University of Texas at El Paso.\n\n"
        "  • Creating new technologies to build the capacity of the quantum internet, with "
        "entangled photons sent between cities. The University of Arizona leads it. Harvard and "
        "MIT are its partners.\n\n"
        "  • Advancing precision agriculture by promoting food, energy and water security with "
        "sensors and robots in the field. The University of Pennsylvania leads it. Purdue and "
        "the University of Florida are its partners.\n"
    )
    deck = build_deck(normalise(parse_source(Path("release.txt"), text.encode())))
    holding = [c for c in deck.cards if any("quantum" in p.text for p in c.points)]
    assert len(holding) == 1
    assert not any("agriculture" in p.text for p in holding[0].points)


def test_english_one_sentence_paragraphs_share_a_card() -> None:
    """A sentence a paragraph, as English news sets it: a sentence of up to about 200
    characters joins the next rather than make a card of one point (from the hundred-and-
    forty-seventh round: a Hong Kong police release)."""
    text = (
        "Police refute media report\n\n"
        "Police today refuted a newspaper report alleging that officers had failed to follow up "
        "on a missing person case reported by the father of one of the people concerned.\n\n"
        "Police said they were notified through the established notification mechanism by the "
        "Mainland authorities that two Hong Kong residents had been detained in Shenzhen.\n\n"
        "Police immediately informed the family members of the two persons concerned and are "
        "closely liaising with the Mainland authorities to follow up on the case with care.\n\n"
        "In today's media report, the father of one of the persons concerned claimed that police "
        "had never told him where his son was being held, which is not the case at all.\n"
    )
    deck = build_deck(normalise(parse_source(Path("release.txt"), text.encode())))
    holding = [c for c in deck.cards if any("notification mechanism" in p.text for p in c.points)]
    assert len(holding) == 1
    assert len(holding[0].points) >= 2
