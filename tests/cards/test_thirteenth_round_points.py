"""Points learnt from the fifteenth and later rounds of real pages the project had never seen
(measured before any rule was written for them): an English sentence that opens with why it
was done (`To commemorate …,`) is a point for what was done; a list of one sentence ends with
it, and the items a text announces are kept over its closing hope; a record's numbered
decisions are a card each; an English card title is no speaker's label, never parts a figure
from its unit nor ends at an abbreviation."""

from __future__ import annotations

import re

import pytest
from tests.text_support import article

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.cards.english import english_core
from highlights.cards.english_titles import english_head
from highlights.cards.leads import PARAGRAPH_NUMBER
from highlights.cards.numbered import find_numbered
from highlights.cards.points import enumeration, joints
from highlights.cards.text import Piece
from highlights.cards.titles import phrase_title
from highlights.settings import CardSettings


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


def test_a_list_of_one_sentence_ends_with_it() -> None:
    text = (
        "李家超提出兩大目標，第一是增強發展動能，搞活香港經濟；第二是改善民生，搞好民生。"
        "他相信香港更勝從前。"
    )
    pre, items, after = enumeration(Piece(0, 0, len(text), text))
    assert pre is not None and pre.text == "李家超提出兩大目標"
    assert [i.text for i in items] == ["增強發展動能，搞活香港經濟", "改善民生，搞好民生"]
    assert after is not None and after.text == "他相信香港更勝從前"


def test_the_goals_a_text_announces_are_kept_over_its_closing_hope() -> None:
    deck = build_deck(
        article(
            "李家超提香港2024兩大目標：搞活經濟改善民生",
            "zh-Hant",
            "香港特區行政長官李家超1月1日在社交平台發布短片表示，2023年的目標都已做到，"
            "2024年特區政府會推展兩大目標，搞活經濟和改善民生。李家超指出，2023年，香港走上"
            "“由亂到治”邁向“由治及興”新征程，有很多好的轉變。去年今日，提出兩個目標，包括帶領"
            "香港走出疫情困擾和全力落實施政報告措施，都已經做到。展望2024年，李家超提出特區政府"
            "推展兩大目標，第一是增強發展動能，搞活香港經濟；第二是改善民生，尤其在完善地區治理"
            "體系後，第七屆區議會開始投入服務，更好凝聚社區力量，搞好民生。他相信，只要社會各界"
            "同心合力，2024年的香港一定更勝從前，在國際舞台上變得更耀眼奪目。",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert any(p.startswith("增強發展動能") for p in points), points
    assert any(p.startswith("改善民生") for p in points), points


@pytest.mark.parametrize(
    "said",
    [
        "各位好，歡迎您收看中央電視臺國際頻道，由魯健為您主持的《與總編面對面》欄目",
        "還有一位是《中國新聞週刊》的總編輯彭偉祥先生，兩位好",
    ],
)
def test_a_hosts_welcome_and_the_guests_greeted_are_no_points(said: str) -> None:
    assert courtesy(said)


def test_an_english_card_title_never_parts_a_figure_from_its_unit() -> None:
    text = "Governor DeSantis is awarding nearly $3 million to Panama City through the fund."
    title = phrase_title([Piece(0, 0, len(text), text)], "en", 48)
    assert not title.endswith("$3"), title


def test_a_subject_keeps_its_verb_past_a_relative_clause_that_ends_on_this_month() -> None:
    parts = [
        "Democrats",
        "who took over the U.S. House Representatives this month",
        "have rejected his demands",
        "saying there are cheaper",
        "more effective ways of enhancing border security.",
    ]
    assert english_core(parts, set())[0] == "Democrats have rejected his demands"


def test_what_someone_is_as_a_quotes_opener_is_no_point() -> None:
    parts = [
        "“As a national security agency",
        "it is imperative that the Department of State carries out its mission,” Todd said.",
    ]
    assert english_core(parts, set())[0].startswith("“It is imperative")


def test_why_it_is_done_goes_with_what_is_done() -> None:
    text = (
        "105年和108年曾發生外牆壁面大規模剝落的情況，產生安全顧慮，為保障洽公民眾及市府同仁安全，"
        "今（110）年6月起將進行北側外牆的修復工程"
    )
    parts = [p.text for p in joints(Piece(0, 0, len(text), text), "zh-Hant")]
    assert "為保障洽公民眾及市府同仁安全，今（110）年6月起將進行北側外牆的修復工程" in parts, parts


@pytest.mark.parametrize("said", ["各位傳媒朋友、各位香港市民，早晨", "各位傳媒界朋友，大家好"])
def test_whom_a_speaker_greets_and_the_greeting_are_no_point(said: str) -> None:
    assert courtesy(said)


def test_a_records_numbered_decisions_are_a_card_each() -> None:
    deck = build_deck(
        article(
            "行政院第3640次院會決議",
            "zh-Hant",
            "院長提示：",
            "一、有關桃園市鄭市長、新北市侯市長、臺中市盧市長及臺南市黃市長就地方警力及經費負擔等"
            "相關問題所提意見，請內政部會同人事總處及主計總處研議解決。",
            "二、立法院第9屆第7會期即將於明（15）日開議。為表示對立法院之尊重，總質詢期間，各機關"
            "首長均應親自出席。",
            "請各部會首長時時秉持「簡政便民」之施政理念，對所負責之政策、法案，一定要從人民需求之"
            "角度思考。",
            "三、如何維持供電之穩定，提高廠商投資意願，以及減少空污，不僅是政府之責任，也是未來應"
            "持續努力之目標。",
            "報告事項",
            "一、國家發展委員會陳報「亞洲·矽谷推動方案進度及成果」報告，請鑒核案。",
            "決定：",
            "（一）准予備查。",
        )
    )
    cards = [(c.title, [p.text for p in c.points]) for c in deck.cards]
    # the first decision, one sentence, leads the deck and is no card of its own
    assert deck.lead.startswith("有關桃園市鄭市長"), deck.lead
    assert len(cards) == 3, cards
    assert any("簡政便民" in p for p in cards[0][1]), cards  # a paragraph goes with its item
    assert any("准予備查" in p for p in cards[2][1]), cards  # under `決定：`, still the item's


def test_a_title_never_cuts_an_item_of_a_list_in_two() -> None:
    text = (
        "有關桃園市鄭市長、新北市侯市長、臺中市盧市長及臺南市黃市長就地方警力及經費負擔等"
        "相關問題所提意見"
    )
    title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14)
    assert not title.endswith(("侯", "新北市")), title


def test_a_codes_articles_numbered_across_its_chapters_are_no_record() -> None:
    text = "中央政府各機關單位預算之執行，依本要點之規定辦理，並應切實遵守各項法令規定。"
    assert (
        find_numbered(
            article(
                "預算執行要點",
                "zh-Hant",
                "壹、總則",
                "一、" + text,
                "二、" + text,
                "貳、分配",
                "三、" + text,
            ),
            CardSettings(),
        )
        == []
    )


def test_a_records_sub_item_number_is_no_part_of_its_point() -> None:
    assert PARAGRAPH_NUMBER.sub("", "（一）准予備查。") == "准予備查。"
    assert PARAGRAPH_NUMBER.sub("", "1.5萬人參加") == "1.5萬人參加"


@pytest.mark.parametrize("said", ["Tonight on Reporting Scotland.", "Also on the programme..."])
def test_a_programmes_signposts_are_no_points(said: str) -> None:
    assert courtesy(said)


@pytest.mark.parametrize(
    "text",
    [
        "JUDY WOODRUFF: In the day's other news, the Kremlin said it must approve any release.",
        "Democratic incumbents in Pa. face challenges from the tea party in Tuesday's primaries.",
        "The award went to Terry L. Smith, who studies insect cells at the university.",
    ],
)
def test_an_english_card_title_is_no_speakers_label_nor_cut_at_an_abbreviation(text: str) -> None:
    title = phrase_title([Piece(0, 0, len(text), text)], "en", 48)
    assert title not in ("JUDY WOODRUFF", "Democratic incumbents in Pa", "Went to Terry L"), title
    assert not re.search(r"\b(?:Pa|L)$", title), title


def test_the_opening_of_a_speakers_turn_is_no_card_title() -> None:
    assert english_head("AMNA NAWAZ: Vice President Kamala Harris calls for a cease-fire.") == ""
    assert english_head("Vice President Kamala Harris calls for a cease-fire.").startswith("Vice")
