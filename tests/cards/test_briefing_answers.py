"""Cards: a press conference's record (held-out rounds 230–241): the answer's label (`答：`)
is no part of a point nor of the lead; its announcements (`第一條消息`) are its cards; the
briefer's greetings, welcome and small talk, who chaired it and a reporter's turn named by the
outlet are no points."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.cards import build_deck
from highlights.cards.courtesies import courtesy
from highlights.ingest import parse_source
from highlights.normalise import normalise

_BRIEFING = (
    "外交部發言人就朝韓熱線答問\n\n"
    "2018年1月3日外交部發言人耿爽主持例行記者會\n\n"
    "問：據報道，朝鮮宣布將從今日下午起重啟板門店熱線，同韓方討論派團參加平昌冬奧會事宜。中方對此有何評論？\n\n"
    "答：我們看到了有關報道。中方歡迎并支持朝韓雙方以平昌冬奧會為契機，為改善相互關系、推動緩和半島局勢作出努力。\n\n"
    "問：美國總統特朗普表示，他也有一個核按鈕。中方對此有何評論？\n\n"
    "答：我昨天回答了類似問題。當前，朝鮮半島局勢復雜敏感，希望所有有關各方都能保持克制，多說有利于促進局勢緩和的話。\n\n"
    "問：印度媒體報道稱，中方在邊境地區修建道路。你能否證實？\n\n"
    "答：中方在邊境地區的建設是正常的。我們希望印方同中方相向而行，共同維護邊境地區的和平與安寧。\n"
)


def test_an_answers_label_leaves_its_points_and_the_lead() -> None:
    deck = build_deck(normalise(parse_source(Path("briefing.txt"), _BRIEFING.encode())))
    points = [p.text for card in deck.cards for p in card.points]
    assert points
    assert not any(p.startswith(("答", "問")) for p in points)
    assert not deck.lead.startswith("答")


_ANNOUNCED = (
    "2024年8月國防部例行記者會文字實錄\n\n"
    "發布人：國防部新聞局局長、國防部新聞發言人吳謙大校\n\n"
    "8月29日下午，國防部舉行例行記者會，國防部新聞發言人吳謙大校答記者問。呂哲 攝\n\n"
    "吳謙：各位記者朋友，大家下午好！歡迎出席本月的國防部記者會。我有兩條消息需要發布。\n\n"
    "第一條消息\n\n"
    "第十一屆北京香山論壇將于9月12日至14日舉行，各項籌備工作現已基本就緒。截至8月28日，已有90余個"
    "國家、國際組織官方代表團確認出席。\n\n"
    "第二條消息\n\n"
    "根據年度計劃，中國與新加坡兩國軍隊將于8月30日至9月5日在湛江及附近海空域舉行聯合演習。這是兩軍"
    "第3次舉辦該系列演習。\n"
)


def test_a_briefings_announcements_are_its_cards() -> None:
    article = normalise(parse_source(Path("briefing.txt"), _ANNOUNCED.encode()))
    deck = build_deck(article)
    assert [card.title for card in deck.cards] == ["第一條消息", "第二條消息"]
    assert article.meta.photographers == ["呂哲"]  # the caption's credit, the caption with it
    said = [deck.lead, *(p.text for card in deck.cards for p in card.points)]
    assert not any("呂哲" in t or "發布人" in t or "下午好" in t for t in said)


def test_a_briefings_opening_record_and_a_reporter_named_by_outlet_are_no_points() -> None:
    text = (
        "國臺辦2020年12月16日新聞發布會文字實錄\n\n"
        "國務院臺灣事務辦公室今天上午10時在國臺辦新聞發布廳舉行例行新聞發布會。"
        "本次新聞發布會由國臺辦新聞局副局長、新聞發言人朱鳳蓮主持。以下為發布會全文實錄。\n\n"
        "朱鳳蓮：大家早上好，歡迎大家參加今天的發布會，現在開始提問。\n\n"
        "福建東南衛視記者：2020兩岸企業家峰會年會日前以視頻連線的方式在臺北和廈門舉行，請問有何評價？\n\n"
        "朱鳳蓮：12月9號，2020兩岸企業家峰會年會以視頻連線方式在廈門和臺北同步舉行。700多位兩岸"
        "工商界人士參加了峰會年會。\n\n"
        "中共中央政治局常委、全國政協主席汪洋向兩岸企業家峰會理事會發來賀信。汪洋主席在賀信中充分"
        "肯定兩岸經濟合作對兩岸關系發展和兩岸同胞利益的重要意義。\n"
    )
    deck = build_deck(normalise(parse_source(Path("briefing.txt"), text.encode())))
    points = [p.text for card in deck.cards for p in card.points]
    assert points
    assert not any(
        p.startswith(("以下為", "本次新聞發布會", "福建東南衛視記者")) or "早上好" in p
        for p in points
    )


def test_a_sites_squared_report_mark_leaves_the_text_and_names_the_source() -> None:
    text = (
        "王毅回应中国是否是“战狼外交”\n\n"
        "[环球网综合报道]十三届全国人大三次会议24日下午3时在人民大会堂新闻发布厅举行记者会，"
        "邀请国务委员兼外交部长王毅回答中外记者提问。\n"
    )
    article = normalise(parse_source(Path("page.txt"), text.encode()))
    assert article.blocks[0].text.startswith("十三届全国人大三次会议")
    assert article.meta.source == "环球网"


@pytest.mark.parametrize(
    "said",
    [
        "Thank you all for being here.",
        "I know it's a busy news day.",
        "It's always a busy news day around here.",
        "I'm going to lay out --",
        "With that, I will turn it over to [senior administration official].",
        "I know there's a lot going on, so I'll try to be as brief as I can.",
        "各位記者朋友，大家下午好！",
        "吳謙：歡迎出席本月的國防部記者會。",
    ],
)
def test_a_briefers_small_talk_is_a_courtesy(said: str) -> None:
    assert courtesy(said)


def test_what_a_briefer_says_is_no_courtesy() -> None:
    assert not courtesy("The briefing is embargoed until the conclusion of the speech.")
    assert not courtesy("歡迎出席本月的國防部記者會，今天我們發布三條消息并回答問題")


def test_the_floor_opened_and_a_question_praised_are_courtesies() -> None:
    from highlights.cards.courtesies import courtesy

    assert courtesy("杨宇军：各位记者朋友，大家下午好，欢迎出席本月国防部例行记者会")
    assert courtesy("下面请各位提问")
    assert courtesy("你提了一个非常好的问题")
    assert not courtesy("下面请各位提问题目是什么")
