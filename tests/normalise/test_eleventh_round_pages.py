"""Rules learnt from an eleventh round of real pages the project had never seen (measured
before any rule was written for them: titles usable as they were 10 of 16): an inlined image,
a regulatory notice's legends, a mailing's lines, a site's bracketed label, an excerpt that
opens at a numbered section, spaced-out dates, and a State Department briefing's courtesies."""

from __future__ import annotations

import pytest
from tests.text_support import article, normalised, removed_rules

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.normalise.datelines import dateline
from highlights.normalise.headlike import clean_title


@pytest.mark.parametrize(
    "line",
    [
        '<image>data:image/s3,"s3://crabby-images/d3488/d3488684beb3a40a720913cc6152b95e6d719b02" '
        'alt=""</image>',
        "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, DIRECTLY OR INDIRECTLY",
        "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION",
        "(AGENPARL) – mer 12 ottobre 2022 You are subscribed to Department Press Briefings "
        "for U.S. Department of State.",
        "【香港政府新聞網】",
        "(Laughter.)",
        "10/11/2022 07:54 PM EDT",
    ],
)
def test_an_inlined_image_legends_and_a_mailings_lines_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


def test_an_image_named_in_a_sentence_stays() -> None:
    line = (
        "The page shows the logo as data:image/png inlined in the story, which readers never see."
    )
    assert removed_rules(line) == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("【點新聞報道】廣東省十四屆人大二次會議今日(23日)上午開幕。", "【點新聞報道】"),
        ("Washington, D.C.", "Washington, D.C."),
    ],
)
def test_a_sites_bracketed_report_and_a_capital_on_its_own_line_are_datelines(
    line: str, found: str
) -> None:
    opening = dateline(line)
    assert opening is not None and opening[0].strip() == found


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "现代快报讯(记者 张晓培)1 月 17 日上午,徐州市第十七届人民代表大会第三次会议隆重开幕。"
            "市长王剑锋代表徐州市人民政府向大会作政府工作报告。",
            "徐州市第十七届人民代表大会第三次会议隆重开幕",
        ),
        (
            "廣東省十四屆人大二次會議今日(23日)上午開幕。廣東省省長王偉中作省政府工作報告。",
            "廣東省十四屆人大二次會議開幕",
        ),
    ],
)
def test_a_drawn_title_drops_spaced_dates_and_the_day(paragraph: str, title: str) -> None:
    assert normalised(paragraph, "會議聽取了政府工作報告。").meta.title == title


def test_an_excerpt_opening_at_a_numbered_section_is_titled_without_its_number() -> None:
    assert clean_title("二、2024年國民經濟和社會發展主要預期目標和任務") == (
        "2024年國民經濟和社會發展主要預期目標和任務"
    )
    assert clean_title("一、總體要求") == "一、總體要求"  # too short to stand for the piece


def test_a_briefings_courtesies_are_no_lead_and_no_point() -> None:
    assert courtesy("MR PRICE: Hello.") and courtesy("(Laughter.)")
    deck = build_deck(
        article(
            "Department Press Briefing",
            "en",
            "MR PRICE: Hello.",
            "MR PRICE: Good afternoon. Happy Tuesday. Let the transcript reflect the applause. "
            "(Laughter.)",
            "[] Yesterday and today’s horrific strikes against Ukraine again demonstrate the lows "
            "to which President Putin and his enablers will sink.",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert deck.lead != "Hello."
    assert "(Laughter.)" not in points
    assert not any(card.title.startswith(("Good afternoon", "Happy")) for card in deck.cards)


def test_a_bullets_empty_link_leaves_the_text() -> None:
    article = normalised(
        "Department Press Briefing",
        "[] Yesterday and today’s horrific strikes against Ukraine again demonstrate the lows.",
    )
    assert article.blocks[0].text.startswith("Yesterday")


def test_a_wires_sign_off_is_chrome() -> None:
    assert removed_rules("kokobj@yna.co.kr(END)") == ["boilerplate.chrome"]


def test_an_english_bullet_stands_alone_and_opens_with_a_capital() -> None:
    deck = build_deck(
        article(
            "Thai cannabis groups urge government to rethink plan",
            "en",
            "Thai cannabis groups urged the government on Tuesday to drop a plan to re-list the "
            "plant as a narcotic.",
            "But many cannabis businesses say the problem is not recreational use of cannabis. "
            "And they want rules on sales instead of a ban.",
            "The groups said the plan would hurt farmers; it would also close thousands of shops; "
            "and it would push sales underground.",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert points and not any(p.startswith(("But ", "And ", "and ")) for p in points)
    assert all(p[:1].isupper() or not p[:1].isalpha() for p in points)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        (
            "But what happened today, what’s truly important, is that these actors were "
            "acknowledged by fellow peers as the best ensemble cast of this year.",
            "is",
        ),
        (
            "The simpler nature of their approach, coupled with the speed and quality of the 3D "
            "reconstructions, would make it easier to scale up for real-world applications.",
            "would",
        ),
    ],
)
def test_an_english_point_is_never_a_subject_cut_from_its_predicate(
    sentence: str, verb: str
) -> None:
    from highlights.cards.shorten import shorten
    from highlights.cards.text import Piece

    cut = shorten(Piece(0, 0, len(sentence), sentence), "en", 60, set()).text
    assert f", {verb} " in cut  # the predicate stays with its subject


def test_a_title_cut_inside_its_bracket_and_a_bracketed_dateline_come_off() -> None:
    assert clean_title("《行政長官2019年施政報告》記者會答問全文（二") == (
        "《行政長官2019年施政報告》記者會答問全文"
    )
    opening = dateline("【臺北訊】臺北市政府發布小內閣異動")
    assert opening is not None and opening[0] == "【臺北訊】"
