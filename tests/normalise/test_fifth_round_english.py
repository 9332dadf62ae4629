"""Rules learnt from the fifth round's English pages: a wire story, a feed's page, a news
database's transcript, a W3C release, a PR Newswire page exported to Markdown, an old city site
with GBK punctuation read as Latin-1."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised, removed_rules

from highlights.cards.english import balanced_quotes
from highlights.cards.points import sentences
from highlights.cards.text import Piece
from highlights.ingest import read_source
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.datelines import dateline
from highlights.normalise.headlike import clean_title
from highlights.normalise.mojibake import repair_mojibake


def test_a_drawn_title_runs_past_an_initial() -> None:
    article = normalised(
        "WASHINGTON (Reuters) - The U.S. State Department said on Tuesday it offered new dates.",
        "State Department spokesman Mark Toner also told reporters during a conference call.",
    )
    assert article.meta.title.startswith("The U.S. State Department said")


@pytest.mark.parametrize(
    "line",
    [
        # a news database's export
        "26 of 1000 DOCUMENTS",
        "Page 1",
        "<<",
        "BYLINE: , Don Teague, , ,",
        "LENGTH: 2451 words",
        # a feed's page, a release's embargo, a search box
        "Subscribe to MIT Latest News feed",
        "Wed, 11/05/2025 - 10:00am",
        "Under embargo until 2021-10-14",
        "Search When typing in this field, a list of search results will appear and be updated.",
        "No results found. Please change your search terms and try again.",
        "News provided by",
        "Home About Yingkou Welcome to YK Government Investment Guide Business Education & Culture",
        # stage directions and a release's header
        "(END VIDEO)",
        "(BEGIN VIDEO CLIP)",
        "(COMMERCIAL BREAK)",
        "陸委會的聲明 新聞稿編號第014號 中華民國111年(2022年)8月10日 发布机关:大陸委員會 |",
    ],
)
def test_english_page_furniture_is_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


@pytest.mark.parametrize(
    "line", ["Page 1 of the report sets out the plan.", "Home sales rose 5% in March."]
)
def test_sentences_like_furniture_stay(line: str) -> None:
    assert find_boilerplate(line).text == line


def test_a_database_field_and_the_programmes_hour_leave_a_title() -> None:
    assert clean_title("SHOW: CBS EVENING NEWS, SUNDAY EDITION 6:00 PM EST") == (
        "CBS EVENING NEWS, SUNDAY EDITION"
    )


@pytest.mark.parametrize(
    ("line", "outlet", "rest"),
    [
        (
            "https://www.w3.org/, and https://www.yubico.com — 14 October 2021 — Amid growing…",
            None,
            "Amid growing…",
        ),
        (
            "STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ -- Visible Assets, Inc. develops…",
            "PRNewswire",
            "Visible Assets, Inc. develops…",
        ),
    ],
)
def test_an_issuers_sites_or_a_newswire_make_a_dateline(
    line: str, outlet: str | None, rest: str
) -> None:
    found = dateline(line)
    assert found is not None and found[1] == outlet and line[len(found[0]) :] == rest


PRN_EXPORT = """Visible Assets Adds Richard A. Clarke to Board

* [Resources](/resources/)
* [Blog](/resources/articles/)
* [Journalists](https://prnmedia.prnewswire.com/)

[Skip Navigation](#main) | [Accessibility Statement](/about/)

# [Visible Assets Adds Richard A. Clarke to Board](/news/visible-clarke/)

Share this article
------------------

News provided by
----------------

STRATHAM, N.H., Feb. 27, 2020 /PRNewswire/ -- Visible Assets, Inc. announced today the
appointment of Richard A. Clarke to its Board of Directors.

## 2020 in review

This board addition increases the number of directors from six to seven.
"""


def test_a_pages_menus_and_widgets_exported_to_markdown_are_no_text(tmp_path: Path) -> None:
    """Lines whose words are all links are its menus; a heading that links stays, and so does
    a heading with a figure; `Share this article` set as a heading is chrome."""
    path = tmp_path / "release.md"
    path.write_text(PRN_EXPORT, encoding="utf-8")
    article = normalise(read_source(path))
    assert article.meta.title == "Visible Assets Adds Richard A. Clarke to Board"
    assert [b.text[:22] for b in article.blocks] == [
        "Visible Assets, Inc. a",
        "2020 in review",
        "This board addition in",
    ]
    assert article.meta.source == "PRNewswire"


def test_gbk_punctuation_read_as_latin_1_in_english_is_repaired_and_reported() -> None:
    text, repairs = repair_mojibake("It serves people¡¯s needs. ¡°In this way,¡± he said.")
    assert text == "It serves people’s needs. “In this way,” he said."
    assert [r.reason for r in repairs] == ["GBK punctuation read as Latin-1"] * 3
    assert repair_mojibake("¡Hola! ¿Qué tal?")[0] == "¡Hola! ¿Qué tal?"  # Spanish stays


OLD_CITY_SITE = """Home    About Yingkou     Welcome to YK    Government      Investment Guide

-About Yingkou
-Welcome to Yingkou
-Friendly Cooperative Relationship Cities

point.gif (302 bytes) Premier pledges favorable policies concerning people's livelihoods
Premier Li Keqiang pledged to continuously improve people's well-being in the process of \
developing the Chinese economy and to put focus on the key areas faced by the people.
"""


def test_an_old_sites_menus_and_picture_name_leave_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(OLD_CITY_SITE, encoding="utf-8")
    article = normalise(read_source(path))
    title = "Premier pledges favorable policies concerning people's livelihoods"
    assert article.meta.title == title


def test_an_english_title_is_not_joined_to_the_dateline_under_it(tmp_path: Path) -> None:
    path = tmp_path / "transcript.txt"
    path.write_text(
        "CNN Student News Transcript: November 13, 2009\n(CNN Student News) -- November 13, 2009"
        "\n\nCARL AZUZ, CNN STUDENT NEWS ANCHOR: What happens when history comes together?\n",
        encoding="utf-8",
    )
    assert read_source(path).blocks[0].text == "CNN Student News Transcript: November 13, 2009"


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # cut from its opening mark: who said it goes with the closing one
        (
            'We are truly honored that he has agreed to join the board," said Stevens',
            "We are truly honored that he has agreed to join the board",
        ),
        # a whole quotation keeps who said it
        (
            '“We are truly honored to welcome him," said Stevens',
            '“We are truly honored to welcome him," said Stevens',
        ),
    ],
)
def test_a_speaker_named_after_the_verb_goes_with_a_cut_quotation(text: str, point: str) -> None:
    assert balanced_quotes(text) == point


def test_phrases_set_off_before_the_verb_all_go() -> None:
    from highlights.cards.english import english_core

    parts = [
        "A notice",
        "released by four ministerial-level departments",
        "including the State Administration for Industry and Commerce",
        "targeted pyramid schemes that pretend to be recruitment agencies",
    ]
    assert english_core(parts, set()) == [
        "A notice targeted pyramid schemes that pretend to be recruitment agencies"
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("STEVENS: This is one of the busiest shipping channels.", "This is one of the busiest"),
        ("CARL AZUZ, CNN STUDENT NEWS ANCHOR: What happens on a field trip?", "What happens on"),
        ("HIGHLIGHT: On day 104 of the Gulf oil spill, news came.", "On day 104 of the Gulf"),
        ("NASA's logo turns 65 on Monday.", "NASA's logo turns 65"),  # no label
    ],
)
def test_a_speakers_label_or_a_field_name_is_no_part_of_a_point(text: str, said: str) -> None:
    from highlights.cards.english import unlabelled

    assert unlabelled(text).startswith(said)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Visible Assets develops RuBee (IEEE 1902.1) networks", []),
        ("On 9/11, Clarke was the national crisis manager", []),
        ("During the Bush (43) administration he wrote the strategy", []),
        (
            "The plan costs $15 million and covers 300 homes (about 12%)",
            ["$15 million", "300", "12%"],
        ),
    ],
)
def test_a_number_that_names_is_not_marked_as_a_figure(text: str, marked: list[str]) -> None:
    from highlights.cards.terms import find_terms

    assert find_terms(text, "en", lead_object=False) == marked


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "After leaving the government following a thirty-year public service career, "
            "President Obama asked Clarke to serve on the five-person Review Group.",
            "President Obama asked Clarke to serve on the five-person Review Group",
        ),
        (
            "Also, after his government career, Clarke taught national security management at"
            " Harvard's Kennedy School of Government for five years.",
            "Clarke taught national security management at Harvard's Kennedy School of"
            " Government for five years",
        ),
    ],
)
def test_a_linking_adverb_and_a_gerund_opener_go_before_what_is_said(
    sentence: str, point: str
) -> None:
    from highlights.cards.shorten import shorten
    from highlights.cards.text import Piece

    assert shorten(Piece(0, 0, len(sentence), sentence), "en", 60, set()).text == point


def test_a_place_opener_or_a_clause_after_the_comma_is_no_appositive() -> None:
    from highlights.cards.english import english_core

    parts = [
        "In Brazil",
        "the president of the Senate has tested positive for COVID-19",
        "along with two Cabinet ministers",
    ]
    assert english_core(parts, set())[0] != "In Brazil along with two Cabinet ministers"


def test_an_officials_label_and_a_transcripts_notes_are_no_part_of_the_deck() -> None:

    from highlights.cards import build_deck

    deck = build_deck(
        normalised(
            "SDEV speaks to the media",
            "Following is the transcript of remarks by the Secretary for Development, Mr Eric Ma,"
            " after attending a meeting of the Legislative Council today (May 18):",
            "Reporter: Why is the Housing Society doing the study, not the Government?",
            "Secretary for Development: As I mentioned earlier, the Housing Society has identified"
            " two potential sites that suit the criteria. This is mainly a prima facie situation.",
            "(Please also refer to the Chinese portion of the transcript.)",
        )
    )
    said = [deck.lead] + [p.text for card in deck.cards for p in card.points]
    assert deck.lead.startswith("As I mentioned earlier")
    assert not any(s.startswith(("Following is", "(Please", "Reporter")) for s in said)


def test_the_drawn_title_is_not_said_again_as_the_lead() -> None:
    from tests.text_support import document

    from highlights.cards import build_deck
    from highlights.normalise import normalise as run

    article = run(
        document(
            "People must be afforded safe access to essential supplies like food and water."
            " Essential humanitarian supplies must also be allowed to enter the Gazan enclave.",
            "Some 2.2 million people are currently trapped in the Gaza strip.",
        )
    )
    deck = build_deck(article)
    assert deck.title.startswith("People must be afforded")
    assert deck.lead.startswith("Essential humanitarian supplies")


def test_a_link_too_long_to_fit_goes_whole_never_cut_inside() -> None:
    from highlights.cards.cuts import cut_between_words

    text = (
        "Developers unable to attend the event are invited to visit "
        "http://www.sierrawireless.com/productsandservices/AirVantage/Application_Framework/"
        "Developer_Program/Registration_and_Downloads"
    )
    said = "Developers unable to attend the event are invited to visit…"
    assert cut_between_words(text, 70, "en") == said  # the words before it fill under half


@pytest.mark.parametrize(
    ("clause", "weak"),
    [
        ("Of encouraging study participants to meet", True),
        ("Also known as switches", True),
        ("Unfortunately though", True),
        ("Thank you very much", True),
        ("Ghost guns", False),
        ("Thanks to this grant", False),
        ("Seek relevant opinions from enterprises", False),
    ],
)
def test_a_clause_that_leans_on_another_is_no_english_card_title(clause: str, weak: bool) -> None:
    from highlights.cards.english_titles import _en_weak

    assert _en_weak(clause) is weak


def test_a_headline_opening_on_home_is_no_menu() -> None:
    line = "Home Sales Rise In March As Rates Fall"
    assert find_boilerplate(line).text == line


def test_a_relative_clause_set_off_after_the_subject_still_goes() -> None:
    from highlights.cards.english import english_core

    parts = ["Fischer", "who was a colonel in the U.S. Air Force", "was selected for the mission"]
    assert english_core(parts, set()) == ["Fischer was selected for the mission"]


@pytest.mark.parametrize(
    "text",
    ["I'm Judy Woodruff", "I`m Russ Mitchell", "Don, good evening", "Good evening, Russ"],
)
def test_a_presenters_greeting_and_name_are_no_point(text: str) -> None:
    from highlights.cards.courtesies import COURTESY

    assert COURTESY.match(text)


def test_an_items_letter_and_a_list_intro_are_no_sentences() -> None:
    text = "8. The Bill strengthens safeguards. Key proposals include:"
    assert [p.text for p in sentences(Piece(0, 0, len(text), text), "en")] == [
        "The Bill strengthens safeguards."
    ]
    item = "a. Raising the threshold to initiate a collective sale attempt."
    assert [p.text for p in sentences(Piece(0, 0, len(item), item), "en")] == [item[3:]]


def test_a_line_of_many_links_is_read_once_not_every_way() -> None:
    """The issuers'-sites dateline let a link keep or give up its comma: 24 links took 6 s, and
    each one more doubled it. A line of links with no date is no dateline, at once."""
    assert dateline(" ".join(["https://a.org/x,"] * 200) + " hello") is None
