"""Cards: rules learnt from the fifty-third and later rounds of real pages the project had
never seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.text_support import normalised

from highlights.cards import build_deck
from highlights.cards.english_cuts import before_phrase
from highlights.cards.frames import FRAME_CLAUSE
from highlights.cards.points import clauses
from highlights.cards.shorten import shorten
from highlights.cards.terms import find_terms
from highlights.cards.text import Piece
from highlights.cards.titles import _without_chinese, phrase_title
from highlights.chars import has_han


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "Researchers conducted nearly 10,000 measurements in nearly 20 types of tissues to "
            "uncover the effect of eight weeks of endurance exercise in laboratory rats trained to "
            "run on rodent-sized treadmills",
            "Researchers conducted nearly 10,000 measurements in nearly 20 types of tissues to "
            "uncover the effect of eight weeks of endurance exercise in laboratory rats trained to "
            "run",
        ),
        (
            "Without genomic sequencing, hospital infection preventionists have no way of knowing "
            "if two hospitalized patients coincidentally have the same infection or if one of them "
            "was infected by the other",
            "Without genomic sequencing, hospital infection preventionists have no way of knowing",
        ),
    ],
)
def test_a_long_english_clause_is_cut_before_a_phrase_not_inside_a_word(
    sentence: str, point: str
) -> None:
    assert before_phrase(sentence, 60, 1.5) == point
    notes: set[str] = set()
    cut = shorten(Piece(0, 0, len(sentence), sentence), "en", 60, notes)
    assert not cut.text.endswith("…") and "hard-cut" not in notes


def test_no_phrase_cut_leaves_a_word_that_needs_the_rest_or_an_open_bracket() -> None:
    # the only joint in the room leaves `…the money of the`: no cut at all
    assert (
        before_phrase("Officials said the money of the in the town hall was spent", 25, 1.5) == ""
    )
    text = "The Enhanced Detection System (EDS-HAT at the hospital) takes advantage of sequencing"
    assert "(" not in before_phrase(text, 20, 1.5)


def test_a_rundowns_items_are_its_stories_not_labels() -> None:
    """`1. 习近平就…致慰问电` … : five or more listed headlines are each a story the deck keeps,
    though each is short and ends in no full stop, as a menu's label does."""
    from tests.text_support import SOURCE

    from highlights.cards import build_deck
    from highlights.model import Article, Block, Metadata

    items = [
        "习近平就印尼海军潜艇失事沉没向印尼总统致慰问电",
        "习近平就伊拉克发生医院火灾事故向伊拉克总统致慰问电",
        "李克强主持召开国务院常务会议",
        "栗战书同委内瑞拉全国代表大会主席举行会谈",
        "庆祝“五一”国际劳动节大会在京举行",
        "香港中联办举办香港各界青年座谈会",
        "国家卫生健康委通报最新疫情",
    ]
    article = Article(
        source=SOURCE,
        meta=Metadata(title="新闻联播 2021年4月27日", language="zh-Hans"),
        blocks=[Block(kind="list_item", text=t) for t in items],
    )
    said = [p.text for c in build_deck(article).cards for p in c.points]
    assert sum(any(item in p for p in said) for item in items) >= 5


def test_a_title_in_book_marks_is_never_cut_at_its_comma() -> None:
    text = "认真研读了《夯实制度基础，全面提高机关党建质量》理论文章，研究讨论了贯彻落实的方法"
    piece = Piece(0, 0, len(text), text)
    texts = [p.text for p in clauses(piece, "zh-Hans")]
    assert texts[0] == "认真研读了《夯实制度基础，全面提高机关党建质量》理论文章"


def test_a_basis_and_a_theme_are_frames_joined_to_what_was_done() -> None:
    assert FRAME_CLAUSE.match("根据区直机关工委部署要求")
    assert FRAME_CLAUSE.match("会议围绕“保先争优我当先，善作善成践初心”主题")
    assert not FRAME_CLAUSE.match("会议组织开展了“周一夜学”")


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("满是新采摘的红辣椒、胡萝卜、绿豆、红豆……", "满是新采摘的红辣椒、胡萝卜、绿豆、红豆等"),
        ("幾乎家家都摔死過家畜……", "幾乎家家都摔死過家畜"),
        ("就是對縣政的瞭解，更打趣說 .....", "就是對縣政的瞭解，更打趣說"),
    ],
)
def test_a_writers_trailing_off_is_no_cut_on_a_card(text: str, point: str) -> None:
    notes: set[str] = set()
    assert shorten(Piece(0, 0, len(text), text), "zh-Hans", 60, notes).text == point
    assert "trailing-off" in notes


def test_a_link_or_half_a_quotation_opening_a_point_is_no_key_term() -> None:
    assert find_terms("与此同时，他还表示，国务院大督查将地方稳经济工作纳入督查", "zh-Hans") == []
    assert find_terms("他要求“抓住当前紧要关口，及时果断施策", "zh-Hans") == []
    assert find_terms("綜合創新能力加快提升，研發投入增長", "zh-Hant") == ["綜合創新能力加快提升"]


def test_an_english_clause_with_no_joint_stays_whole_rather_than_cut_after_a() -> None:
    text = (
        "As a result, patients who seek care at hospitals receiving the 2024 Patient Safety "
        "Excellence Award have a lower risk of experiencing one of the patient safety "
        "indicators tracked by the organisation in its annual review of hospitals nationwide"
    )
    notes: set[str] = set()
    out = shorten(Piece(0, 0, len(text), text), "en", 60, notes).text
    assert not out.endswith("…") and not out.endswith(" a")


def test_a_bilingual_texts_chinese_point_is_cut_at_its_clause_as_chinese() -> None:
    article = normalised(
        "Communiqué of the Fifth Plenary Session of the 18th CPC Central Committee",
        "The plenary session was held in Beijing from October 26 to 29 and was attended by "
        "members and alternate members of the Central Committee.",
        "全會聽取和討論了習近平受中央政治局委托作的工作報告，審議通過了《中共中央關于制定國民經濟"
        "和社會發展第十三個五年規劃的建議》。",
        "Participants deliberated on the report, delivered by Xi Jinping on behalf of the "
        "Political Bureau, and approved the proposal for the 13th Five-Year Plan.",
        "全會充分肯定了十八屆四中全會以來中央政治局的工作。",
        "The plenum fully affirmed the work of the Political Bureau since the fourth session.",
    )
    points = [p.text for c in build_deck(article).cards for p in c.points]
    assert "全會聽取和討論了習近平受中央政治局委托作的工作報告" in points


def test_a_bilingual_cards_title_is_english_words_or_chinese_never_both() -> None:
    pieces = [
        Piece(
            0,
            0,
            60,
            "中國共產黨第十八屆中央委員會第五次全體會議，于2015年10月26日至29日在北京舉行。"
            "The Fifth Plenary Session of the 18th CPC Central Committee was held in Beijing.",
        ),
    ]
    title = phrase_title(pieces, "en", 12)
    assert not has_han(title) and title
    chinese = [Piece(0, 0, 30, "全會充分肯定了十八屆四中全會以來中央政治局的工作。Good.")]
    assert has_han(phrase_title(chinese, "en", 12))
    mostly_english = [Piece(0, 0, 30, "Hello there 中。")]
    assert phrase_title(mostly_english, "en", 12)  # (no endless turn between the two)


def test_a_link_ending_a_point_goes_a_card_cannot_be_clicked() -> None:
    text = "柯文哲臉書推出「記者懶人包」：http://goo.gl/yvHqeU"
    notes: set[str] = set()
    assert shorten(Piece(0, 0, len(text), text), "zh-Hant", 60, notes).text == (
        "柯文哲臉書推出「記者懶人包」"
    )
    english = "Details of the programme are online at https://example.org/fund"
    assert shorten(Piece(0, 0, len(english), english), "en", 60, set()).text == english
    labelled = "Read the full report: https://example.org/report"
    assert shorten(Piece(0, 0, len(labelled), labelled), "en", 60, set()).text == (
        "Read the full report"
    )


def test_a_bilingual_cards_chinese_sentences_go_whole_and_a_long_card_is_read_once() -> None:
    text = "中國共產黨第十八屆中央委員會第五次全會于北京舉行。The Fifth Session rose 3.5% today."
    assert _without_chinese(text) == "The Fifth Session rose 3.5% today."
    # a card of Chinese with no full stop, or English with none: once read a sentence at a time
    # with backtracking, 8,000 characters took minutes
    assert _without_chinese("中" * 50_000 + " word" * 10_000) == ""
    assert _without_chinese("word " * 50_000) == ("word " * 50_000).strip()
