"""Points learnt from a twelfth round of real pages the project had never seen: a long
sentence of short parallel phrases (`把握工作方向，理清發展思路，明確工作重點`) keeps them
together as statements, never a card of bare phrases."""

from __future__ import annotations

import re

import pytest
from tests.text_support import article, normalised

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.cards.points import _phrases_joined
from highlights.cards.text import Piece, display_len
from highlights.cards.titles import phrase_title

_LONG = (
    "陸衛東強調，要進一步統一思想，振奮精神，把握工作方向，理清發展思路，明確工作重點，提出科學要求，"
    "落實中央、省委和市委有關重大部署，開拓創新，真抓實幹，全面完成今年既定目標任務，"
    "努力開創我縣經濟社會發展新局面。"
)


def _points(*paragraphs: str) -> list[str]:
    deck = build_deck(article("海安縣委常委會討論全會工作報告稿", "zh-Hant", *paragraphs))
    return [p.text for card in deck.cards for p in card.points]


_OPENING = (
    "在認真聽取了題為《踐行五大發展理念，弘揚創新爭先精神，為全面建成更高水平小康社會而努力奮鬥》的縣委十二屆九次全體會議工作"
    "報告(討論稿)後，與會人員積極發言，緊緊圍繞報告(討論稿)基本框架、主要內容和特點等方面提出了具體的意見和建議。大家一致"
    "認為，報告(討論稿)思路清晰，內容翔實，全面客觀總結了今年全縣的各項工作，客觀分析了當前形勢，科學研究部署了明年的重點任務。"
)
_SECOND = (
    "在聽取發言後，陸衛東指出，這些建議和意見很細緻、很中肯、很理性、很實際。下一步，要將討論修改意見和建議進行認真梳理，整理"
    "歸納，同時對文字進行推敲，努力做到精益求精，使報告真正成為集中智慧、指導工作、推動發展的高質量報告。"
)


def test_short_parallel_phrases_stay_together_as_a_statement() -> None:
    points = _points(_OPENING, _SECOND, _LONG)
    assert "把握工作方向" not in points and "明確工作重點" not in points
    assert any("把握工作方向，理清發展思路" in p for p in points), points
    assert all(display_len(p) > 8 for p in points), points


def test_who_speaks_goes_with_what_they_said() -> None:
    text = "比賽伊始，吳玉華副院長作了賽前動員，她指出，習近平總書記曾多次對中醫藥工作作出重要指示"
    unit = Piece(0, 0, len(text), text)
    parts = [unit.sub(m.start(), m.end()) for m in re.finditer(r"[^，]+", unit.text)]
    joined = [p.text for p in _phrases_joined(unit, parts, 60)]
    assert joined == [
        "比賽伊始，吳玉華副院長作了賽前動員",
        "她指出，習近平總書記曾多次對中醫藥工作作出重要指示",
    ]


def test_a_list_mark_run_into_the_text_never_opens_a_card_title() -> None:
    text = "* 接種季節性流感疫苗，保障個人健康"
    title = phrase_title([Piece(0, 0, len(text), text)], "zh-Hant", 14)
    assert not title.startswith("*"), title


def test_english_that_lost_a_quote_or_a_dash_here_and_there_still_makes_a_deck() -> None:
    page = normalised(
        "$4 million in Recovery Act grants to aid rural communities statewide",
        "OLYMPIA \ufffd The Washington State Department of Commerce has awarded nearly $4 million "
        "in recovery grants to six rural communities across the state. The projects will create "
        "or support 75 jobs and help improve the foundation for stronger local economies.",
        "The town\ufffds new water main will provide reliable water to residents and businesses, "
        "and construction is expected to create or retain 3.5 jobs.",
    )
    assert page.report.damage  # the lost marks are reported
    points = [p.text for card in build_deck(page).cards for p in card.points]
    assert any("75 jobs" in p for p in points), points


def test_latin1_mojibake_of_chinese_still_says_nothing() -> None:
    page = normalised(
        "立法會將於星期三上午十一時舉行會議",
        "¡@¡@¥ßªk·|±N©ó¬P´Á¤T¡]¤T¤ë¥|¤é¡^¤W¤È¤Q¤@®É¦b¥ßªk·|¤j¼Ó·|ijÆUÁ|¦æ·|ij¡C\ufffd",
    )
    points = [p.text for card in build_deck(page).cards for p in card.points]
    assert not any("¥" in p for p in points), points


def test_an_english_lead_is_never_cut_inside_its_subject() -> None:
    deck = build_deck(
        article(
            "$10 million in federal development grants awarded to 22 rural communities",
            "en",
            "OLYMPIA, Wash. – The Washington State Department of Commerce announced that 22 "
            "cities and counties will receive a total of more than $10 million in Community "
            "Development Block Grants (CDBG) for 2016. The 22 projects were selected from 28 "
            "grant applications requesting over $14 million.",
            "These grants will help rural areas in every corner of Washington to innovate, Gov. "
            "Jay Inslee said.",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert not any(p.endswith("22 cities") for p in points), points


@pytest.mark.parametrize(
    "said", ["多謝主席。", "蔣麗芸議員。", "行政長官。", "立法會主席曾鈺成議員：多謝主席。"]
)
def test_a_councils_courtesies_and_roll_calls_are_no_points(said: str) -> None:
    assert courtesy(said)


def test_what_a_member_asks_is_a_point() -> None:
    assert not courtesy("近期製造業、貿易很多生意都在萎縮，零售、旅遊、餐飲等生意亦步入寒冬。")


def test_an_ordinal_list_keeps_its_ordinals_whole() -> None:
    deck = build_deck(
        article(
            "李家超提香港2024兩大目標",
            "zh-Hant",
            "展望2024年，李家超提出特區政府推展兩大目標，第一是增強發展動能，搞活香港經濟；"
            "第二是改善民生，尤其在完善地區治理體系後，更好凝聚社區力量，搞好民生。",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert not any(p.endswith("第") for p in points), points
