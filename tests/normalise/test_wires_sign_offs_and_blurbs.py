"""Normalise: English wire stories of held-out round 218–223: a wire in brackets opening the
story with no place before it (`(AP) — `) or after a long one (`…, Nov. 12, 2020 (GLOBE
NEWSWIRE) — `), an agency's sign-off (`-- BERNAMA`) and its blurb under it; a briefing's
headings set in bold alone, their closing marks lost (`**Climate Ambition Summit`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.ingest.text import split_lines
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.datelines import dateline


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("(AP) — Severe storms with probable tornadoes tore through", "AP"),
        (
            "WINCHESTER, Virginia and BOISE, Idaho, Nov 12, 2020, Nov. 12, 2020 (GLOBE NEWSWIRE) "
            "— Trex Company and Albertsons are",
            "GLOBE NEWSWIRE",
        ),
        ("-- BERNAMA", "BERNAMA"),
    ],
)
def test_a_wire_in_brackets_or_signing_off_names_the_outlet(line: str, outlet: str) -> None:
    found = dateline(line)
    assert found is not None and found[1] == outlet


def test_a_sentence_naming_a_wire_in_brackets_is_no_dateline() -> None:
    assert dateline("The company told the agency (AP) - that it would") is None


def test_an_agencys_sign_off_and_its_blurb_leave_the_story() -> None:
    article = _article(
        "DBKL to act on potholes within 24 hours\n\n"
        "KUALA LUMPUR, Oct 7 -- Dewan Bandaraya Kuala Lumpur (DBKL) will take quick action within "
        "24 hours to complaints on potholes in the federal capital.\n\n"
        "Federal Territories Minister Shahidan Kassim said he had discussed the matter with DBKL "
        "and ordered it to take immediate action.\n\n"
        "He said this when winding up the debate on the 12th Malaysia Plan in the Dewan Rakyat.\n\n"
        "-- BERNAMA\n\n"
        "BERNAMA provides up-to-date authentic and comprehensive news and information which are "
        "disseminated via BERNAMA Wires; www.bernama.com.\n"
    )
    text = " ".join(b.text for b in article.blocks)
    assert "BERNAMA" not in text and "Dewan Rakyat" in text
    assert article.meta.source == "BERNAMA"


@pytest.mark.parametrize("marked", ["**Climate Ambition Summit", "**Climate Ambition Summit**"])
def test_a_line_set_in_bold_alone_heads_what_follows(marked: str) -> None:
    blocks = split_lines(
        f"{marked}\n\nAs you know, tomorrow we have the official opening of the high-level segment "
        "of the General Assembly.\n\n**Tomorrow, the Secretary-General will speak.**\n"
    )
    assert (blocks[0].kind, blocks[0].text) == ("heading", "Climate Ambition Summit")
    assert blocks[-1].kind == "paragraph"  # a sentence in bold is no heading


def test_a_datelines_day_outranks_a_blog_archives() -> None:
    article = _article(
        "Wednesday, November 22, 2023\n\n"
        "Biden-Harris Administration to Invest $30 Million to Protect Tucson Residents\n\n"
        "TUCSON, AZ (Nov. 16, 2023) – Today, the U.S. Environmental Protection Agency announced "
        "Tucson Water's investment of $30 million to protect residents from PFAS.\n\n"
        "With this funding, Tucson Water will build a second drinking water treatment facility.\n"
    )
    assert article.meta.date == "2023-11-16"


def test_a_sections_name_before_the_headline_leaves_it() -> None:
    article = _article(
        "Weather Updates | Storm blamed for at least 12 deaths\n\n"
        "MONTPELIER, Vt. — The massive, wild winter storm that has gripped much of the U.S. has "
        "been blamed for deaths in Vermont, New York, Colorado, Missouri and Kansas.\n"
    )
    assert article.meta.title == "Storm blamed for at least 12 deaths"


def test_a_byline_of_many_names_under_the_headline_is_no_part_of_it() -> None:
    blocks = split_lines(
        "1.77 billion children aged 0–18 lack access to a child or family cash benefit\n"
        "by UNICEF, ILO, WHO, WVI, Save the Children\n12:50pm 31st Aug, 2023\n"
    )
    assert blocks[0].text.endswith("cash benefit")
