"""Points learnt from the twenty-second and later rounds of real pages the project had never
seen (measured before any rule was written for them): a programme host's hand-offs are no
points."""

from __future__ import annotations

import pytest
from tests.text_support import article

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.cards.english_titles import english_head
from highlights.cards.leads import PARAGRAPH_NUMBER, attendance, hollow
from highlights.cards.text import Piece
from highlights.cards.titles import phrase_title
from highlights.settings import CardSettings


@pytest.mark.parametrize(
    "said",
    [
        'AMNA NAWAZ: Welcome to the "NewsHour."',
        "Welcome to Newsnight.",
        "GEOFF BENNETT: And William Brangham joins us now.",
        "Joining us now is Lisa Desjardins.",
        "Our correspondent Anna Holligan joins us from The Hague.",
    ],
)
def test_a_hosts_welcome_and_hand_off_are_courtesies(said: str) -> None:
    assert courtesy(said)


@pytest.mark.parametrize(
    "said",
    [
        "Welcome to the new era of artificial intelligence.",
        "The President joins us now to discuss the plan for health care.",
        "Hong Kong joins the scheme from next year.",
    ],
)
def test_news_that_reads_like_a_welcome_stays(said: str) -> None:
    assert not courtesy(said)


@pytest.mark.parametrize(
    "said",
    [
        "县人大主任张阅农、县政协主席张萍列席会议",
        "县委副书记、政府县长刘世庆，县委副书记高鹏，县政协主席史小军等四大班子领导参加会议",
        "中國科學院副院長施爾畏等出席了會議。",
        "市委副书记、市长摆向阳，市委副书记、政法委书记吕娜出席",
    ],
)
def test_who_else_attended_a_local_meeting_is_no_point(said: str) -> None:
    assert attendance(said)


@pytest.mark.parametrize(
    "said",
    [
        "中共中央政治局常委李克強、栗戰書、汪洋、趙樂際、韓正，國家副主席王岐山出席會議",
        "習近平等黨和國家領導人出席",
        "市委书记高屹讲话，市委副书记徐张艳、徐良平出席",
        "各機關首長除因重大或緊急事務須親自處理外，均應親自出席",
        "於瑞芳產業園區服務中心召開廠商座談會，近半數瑞芳園區廠商出席",
        "出席會議的有省委委員47人，省委候補委員5人",
    ],
)
def test_attendance_that_is_news_or_says_more_stays(said: str) -> None:
    assert not attendance(said)


def test_a_meeting_decks_points_leave_out_who_else_attended() -> None:
    deck = build_deck(
        article(
            "区委常委会召开第138次（扩大）会议",
            "zh-Hans",
            "10月23日上午，区委常委会召开第138次（扩大）会议，传达习近平总书记近期重要讲话精神。",
            "会议强调，要抓实新质生产力培育，抓牢产业项目建设。要毫不放松抓安全、守底线。"
            "孙军、孙青松等列席会议。",
        ),
        CardSettings(),
    )
    points = [p.text for c in deck.cards for p in c.points]
    assert any("新质生产力" in p for p in points)
    assert not any("列席" in p for p in points)


def _piece(text: str) -> Piece:
    return Piece(0, 0, len(text), text)


def test_an_english_card_title_is_a_phrase_before_it_is_a_name() -> None:
    text = (
        "The suit was filed by attorneys Philip Ellison and Matthew Gronda, "
        "seeking damages for unpaid overtime."
    )
    title = phrase_title([_piece(text)], "en", 48)
    assert title not in ("Philip Ellison and Matthew Gronda", "Philip Ellison")
    assert "damages" in title.lower() or "suit" in title.lower()


def test_an_english_card_of_only_a_name_keeps_the_name_over_a_label() -> None:
    assert phrase_title([_piece("Governor Wes Moore.")], "en", 48) != "Key points"


def test_an_english_card_title_does_not_cut_a_name_at_its_and() -> None:
    text = (
        '"We have alerted the Food and Environmental Hygiene Department to the incident," '
        "a spokesman said."
    )
    assert phrase_title([_piece(text)], "en", 80) != "We have alerted the Food"


@pytest.mark.parametrize("junk", ["˲Ʊ Dental School opens new clinic", "\ufffdThese grants help"])
def test_an_english_card_title_carries_no_mojibake(junk: str) -> None:
    title = phrase_title([_piece(junk + " in rural counties across the state.")], "en", 48)
    assert "˲" not in title and "\ufffd" not in title


def test_a_courtesy_is_no_english_card_title() -> None:
    title = phrase_title([_piece("Thanks for having me.")], "en", 48)
    assert title == "Key points"


@pytest.mark.parametrize(
    ("item", "point"),
    [
        ("3.习近平举行仪式欢迎马来西亚最高元首访华", "习近平举行仪式欢迎马来西亚最高元首访华"),
        ("（2）钱塘江迎来近三年最大潮", "钱塘江迎来近三年最大潮"),
    ],
)
def test_a_rundowns_item_number_is_no_part_of_its_point(item: str, point: str) -> None:
    numbered = PARAGRAPH_NUMBER.match(item)
    assert numbered and item[numbered.end() :] == point


def test_a_figure_opening_a_point_is_no_item_number() -> None:
    assert not PARAGRAPH_NUMBER.match("1.5萬人參加活動")


def _points(*paragraphs: str) -> list[str]:
    deck = build_deck(article("Sam Houston State gets a grant", "en", *paragraphs), CardSettings())
    return [p.text for c in deck.cards for p in c.points]


def test_people_named_with_their_posts_keep_what_they_are() -> None:
    points = _points(
        "The latest award is $599,980 for a four-year program. Brian Loft, assistant professor "
        "in mathematics and statistics, is the principal investigator.",
        "Melinda Holt, associate professor in mathematics and statistics, and Anne Gaillard, "
        "assistant professor in biological sciences, are co-principal investigators.",
    )
    assert not any(p.endswith("and Anne Gaillard") for p in points)
    assert any(p.endswith("are co-principal investigators") for p in points)


def test_what_the_writer_makes_of_it_is_no_point() -> None:
    points = _points(
        "The latest award is $599,980 for a four-year program.",
        "It is no wonder then, that officials at Sam Houston State University are especially "
        "proud that SHSU now has seven National Science Foundation Awards totaling almost "
        "$2 million, including one announced this semester.",
    )
    assert "It is no wonder then" not in points
    assert any(p.startswith("Officials at Sam Houston State University are") for p in points)


def test_who_attended_names_no_card() -> None:
    text = (
        "12月24日下午，县长刘鹏飞主持召开县政府常务会议，审议通过《2023年政府工作报告》等多项议题。"
        "县委常委、副县长冯大庆，副县长李可可、曹静竹出席会议。"
    )
    title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hans", 14)
    assert "冯大庆" not in title and "出席" not in title


def test_a_briefings_labels_are_no_points_nor_titles() -> None:
    deck = build_deck(
        article(
            "Press Briefing by Press Secretary Josh Earnest, 1/11/2017",
            "en",
            "MR. EARNEST:  After last night’s late arrival, we're moving a little slower than "
            "usual today.  So appreciate your patience.",
            "Q    Sure, thanks, Josh.  Let me start with the summary that was provided to the "
            "President-elect last week.  Was President Obama also briefed by the IC about that "
            "report?",
            "MR. EARNEST:  Josh, what I can tell you is that as a general matter I've not been in "
            "a position to read out publicly the details of the intelligence briefings.",
        ),
        CardSettings(),
    )
    points = [p.text for c in deck.cards for p in c.points]
    titles = [c.title for c in deck.cards]
    assert "MR" not in points and not any(p.startswith("Q ") for p in points)
    assert not any(t.startswith(("Q ", "MR")) for t in titles)
    assert "Sure, thanks, Josh" not in points


def test_an_english_title_is_never_only_little_words() -> None:
    text = "IAN CAMPBELL: I am very proud of what the school has done for the town."
    assert english_head(text) != "I am very"
    assert english_head("I am very") == ""


def test_a_name_set_off_after_a_phrase_keeps_the_subjects_verb() -> None:
    points = _points(
        "The Director of the Hong Kong Observatory spoke at a press briefing today.",
        "Mr Shun, together with the Controller (TV) of Radio Television Hong Kong (RTHK), Miss "
        'Chan Man-kuen, also announced the launch of "Meteorology Series IV" to raise public '
        "awareness of the weather and of climate change across the territory.",
    )
    assert not any(p.endswith("Miss Chan Man-kuen") for p in points)
    assert any(p.startswith("Mr Shun also announced the launch") for p in points)


def test_a_phrase_set_off_is_no_english_title() -> None:
    text = "Together with the Controller, the Director opened the new weather gallery."
    assert phrase_title([Piece(0, 0, len(text), text)], "en", 48) != "Together with the Controller"


@pytest.mark.parametrize(
    "said", ["Now", "And", "Eastern Time", "BURKE: Burke", "做好", "其中", "（参见下表）", "原文"]
)
def test_two_english_words_without_a_figure_are_hollow(said: str) -> None:
    assert hollow(said)


@pytest.mark.parametrize(
    "said", ["Who is right?", "Up 20%", "Prices rose 3%", "增長6%", "全面建成小康社會"]
)
def test_a_statement_or_a_figure_is_not_hollow(said: str) -> None:
    assert not hollow(said)


@pytest.mark.parametrize(
    "said", ["Happy Wednesday, everyone.", "So appreciate your patience.", "Special thanks to"]
)
def test_more_courtesies(said: str) -> None:
    assert courtesy(said)


def test_an_english_deck_has_no_hollow_points() -> None:
    points = _points(
        "The latest award is $599,980 for a four-year program run by the mathematics department.",
        "Now. The program will fund 22 undergraduate and 10 graduate students for four years.",
    )
    assert "Now" not in points
    assert any("22 undergraduate" in p for p in points)


def test_an_english_head_cuts_no_name_in_two_and_leaves_no_quote_open() -> None:
    head = english_head("Chairman Medine has notified the White House of his plans to resign.")
    assert not head.endswith("White")
    assert "‘" not in english_head("The US even often abuses ‘long-arm jurisdiction’ to act.")


def test_a_card_opening_on_a_quote_takes_a_later_paragraphs_head() -> None:
    pieces = [
        Piece(0, 0, 9, "“Thanks.”"),
        Piece(1, 0, 70, "BP agreed today to set aside at least $20 billion to pay for damages."),
    ]
    assert phrase_title(pieces, "en", 48) != "Key points"


def test_a_later_paragraph_that_opens_on_we_gives_no_head() -> None:
    pieces = [Piece(0, 0, 9, "“Thanks.”"), Piece(1, 0, 40, "We hope this is the start of it all.")]
    assert phrase_title(pieces, "en", 48) == "Key points"
