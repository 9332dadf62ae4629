"""Cards: rules learnt from the forty-fifth and later rounds of real pages the project had
never seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.cards.conftest import MakeArticle
from tests.text_support import normalised

from highlights.cards import build_deck
from highlights.cards.repeats import without_repeats
from highlights.model import Block, Card, Metadata, Point


def test_a_point_cut_from_another_is_the_same_point() -> None:
    """A caption printed twice, once cut off by the page: the second copy is no new point."""
    said = "With warmer weather on the way, anglers are encouraged to check in with bait shops"
    cards = [
        Card(number=1, title="Walleye", points=[Point(text=said + " to…")]),
        Card(number=2, title="Again", points=[Point(text=said), Point(text="Pike are hungry")]),
    ]
    notes: set[str] = set()
    kept = without_repeats(cards, notes)
    assert [[p.text for p in c.points] for c in kept] == [[said + " to…"], ["Pike are hungry"]]


def test_a_short_point_that_begins_another_is_its_own() -> None:
    """`會議指出` opens many sentences: a prefix too short to be a statement is no repeat."""
    cards = [
        Card(number=1, title="會議", points=[Point(text="會議指出"), Point(text="會議指出要穩")])
    ]
    assert len(without_repeats(cards, set())[0].points) == 2


def test_a_condition_that_opens_a_long_english_sentence_is_not_its_point() -> None:
    """`No matter where you spend your opening day fishing,` says when, not what."""
    deck = build_deck(
        normalised(
            "2018 fishing opener to feature hungry walleye",
            "MADISON - Opening day of the 2018 fishing season follows the coldest April on record.",
            '"No matter where you spend your opening day fishing, anglers should find the '
            "northern pike and walleye are hungry and if you prefer to set your tackle at panfish "
            'focus on shallow waters that warm early and stay there for the rest of the day."',
        )
    )
    points = [p.text for c in deck.cards for p in c.points]
    assert points and not any(p.startswith(("No matter", '"No matter')) for p in points)


@pytest.mark.parametrize(
    "opener",
    [
        "Unlike fair market value appraisals",
        "For those on the Current Agricultural Use Values program",
        "Even with the significantly increased values",
    ],
)
def test_a_comparison_or_whom_it_concerns_is_no_point_of_its_own(opener: str) -> None:
    sentence = (
        f"{opener}, farmers are paying taxes on values significantly less than those not on the "
        "program, and the county auditor has no control over the calculation performed by the "
        "state at any point of the year."
    )
    deck = build_deck(
        normalised(
            "CAUV Values Are Increasing",
            "MEDINA - Many landowners may be surprised when they open their 2014 tax bills.",
            sentence,
            "Ohio has approximately 3,500 soil types, and values depend on the soil type.",
        )
    )
    points = [p.text for c in deck.cards for p in c.points]
    assert points and not any(p.startswith(opener) for p in points)


def test_a_captions_card_is_titled_by_what_was_done_not_where() -> None:
    from highlights.cards.text import Piece
    from highlights.cards.titles import phrase_title

    text = "10月31日，村民在贵州省铜仁市玉屏侗族自治县亚鱼乡沙子坳村给桃树施肥。"
    assert phrase_title([Piece(0, 0, len(text), text)], "zh-Hans", 14) == "村民给桃树施肥"
    text = "审议通过《关于在建设四省边际中心城市中争当示范窗口的决定》。"  # no place, a task
    assert "中争当" not in phrase_title([Piece(0, 0, len(text), text)], "zh-Hans", 14)


def test_a_story_a_portal_set_in_one_bullet_still_leads(article_of: MakeArticle) -> None:
    story = (
        "高雄市鹽埕區「北斗抽水站」於今（114）年5月正式啟用，林欽榮副市長與水利局長一同見證這項"
        "重要的里程碑，現場也同步進行試抽水操作，抽水系統及控制介面皆運作正常。"
    ) * 5
    meta = Metadata(title="北斗抽水站正式啟用", language="zh-Hant")
    more = "水利局表示，鹽埕區地勢低窪，壽山山區的雨水逕流量高達6CMS，其中有3CMS會流入鹽埕地區。"
    article = article_of([Block(kind="list_item", text=story), Block(text=more * 2)], meta)
    assert build_deck(article).lead.startswith("高雄市鹽埕區")


def test_what_a_dash_names_at_length_leaves_a_point_too_long_for_it() -> None:
    from highlights.cards.shorten import shorten
    from highlights.cards.text import Piece

    text = (
        "县卫生健康局以图文解读的方式于县人民政府门户网站上公开发布了政策文件——《沧源佤族自治县"
        "人民政府办公室关于印发《沧源佤族自治县突发公共卫生事件应急预案（2025年修订）》的通知》"
    )
    notes: set[str] = set()
    short = shorten(Piece(0, 0, len(text), text), "zh-Hans", 40, notes)
    assert short.text == "县卫生健康局以图文解读的方式于县人民政府门户网站上公开发布了政策文件"


def test_a_sentence_drawn_as_the_title_is_set_without_its_full_stop() -> None:
    deck = build_deck(
        normalised(
            "深秋时节，田间地头依然是一派忙碌的景象。",
            "10月31日，在湖南省双峰县荷叶镇长塘村，农民驾驶农机收割晚稻，当地村民在晾晒稻谷。",
            "11月1日，在河南内乡县王店镇河东村的郦都中草药基地，药农在挑选晾晒金丝皇菊。",
        )
    )
    assert deck.title == "深秋时节，田间地头依然是一派忙碌的景象"


@pytest.mark.parametrize(
    ("sentence", "point"),
    [
        (
            "The signing today of a Memorandum of Understanding will give communities greater "
            "access to expertise to enhance the quality of submissions seeking funding to address "
            "climate change impacts across the region",
            "The signing today of a Memorandum of Understanding will give communities greater "
            "access to expertise",
        ),
        (  # no verb before the purpose: no cut there
            "Trump, critical of Yellen during the campaign and considered likely to replace her "
            "when her term ends in early 2018, has praised her handling of the economy in recent "
            "interviews",
            "",
        ),
    ],
)
def test_a_long_english_sentence_is_cut_before_what_it_is_for(sentence: str, point: str) -> None:
    from highlights.cards.english_cuts import before_and

    assert before_and(sentence, 60, 1.5) == point


@pytest.mark.parametrize("title", ["自本通告发布之日起", "從那時起"])
def test_from_when_it_holds_is_a_time_not_a_topic(title: str) -> None:
    from highlights.cards.titles import ZH_WHEN

    assert ZH_WHEN.search(title)


@pytest.mark.parametrize("title", ["在國際奧委會的指導幫助下", "在乡村振兴背景下"])
def test_under_whose_guidance_is_no_card_title(title: str) -> None:
    from highlights.cards.titles import ZH_WEAK_TITLE

    assert ZH_WEAK_TITLE.search(title)
