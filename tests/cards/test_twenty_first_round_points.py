"""Cards: rules learnt from the ninety-second and later rounds of real pages the project had
never seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.cards.figures import find_figures
from highlights.cards.rundown import rundown_drafts
from highlights.ingest import parse_source
from highlights.normalise import normalise

_ROUND_UP = [
    "工作假期：勞工及福利局局長張建宗與奧地利駐香港及澳門總領事1月12日簽署意向書，設立雙邊工作假期計劃。",
    "拓展商機：商務及經濟發展局局長蘇錦樑1月12日參觀第41屆香港玩具展，並向玩具參展商了解銷售情況。",
    "民主基石：律政司司長袁國強1月12日在2015年法律年度開啟典禮上表示，法治是民主和普選的基石。",
    "增加供應：行政長官梁振英1月13日對傳媒說，政府會想方設法、多管齊下增加資助出售房屋供應。",
]


def test_a_round_ups_labelled_items_are_a_card_each() -> None:
    text = "# 2015年1月12日至1月18日政府主要活動圖片\n\n" + "\n\n".join(_ROUND_UP) + "\n"
    deck = build_deck(normalise(parse_source(Path("roundup.md"), text.encode())))
    assert [c.title for c in deck.cards] == ["工作假期", "拓展商機", "民主基石", "增加供應"]


def test_a_label_said_twice_is_a_speakers_turn_not_a_round_up() -> None:
    turns = [*_ROUND_UP[:2], "工作假期：" + _ROUND_UP[2].split("：", 1)[1], _ROUND_UP[3]]
    text = "# 政府主要活動\n\n" + "\n\n".join(turns) + "\n"
    deck = build_deck(normalise(parse_source(Path("turns.md"), text.encode())))
    assert "拓展商機" not in [c.title for c in deck.cards]


def test_a_lead_cards_point_leaves_the_scene_its_lead_set() -> None:
    """The lead card does not print the lead again: the clause that says who was where goes
    from a point that would be most of the lead."""
    text = (
        "# 視察花蓮玉里高中受損情形 總統：跟時間賽跑\n\n"
        "蔡英文總統今（21）日下午視察花蓮「國立玉里高級中學受損情形」時表示，我們在跟時間賽跑，"
        "要在最短的時間內針對災損進行補強，希望在下一次遭遇地震時，能夠確保安全無虞。\n\n"
        "總統抵達後，首先聽取玉里高中鄭志明校長沿途說明校園受損情形，隨後致詞表示，年輕人上課及生活的地方，"
        "也是我們最關心的地方。\n\n"
        "總統說，這一次0918的地震，在地學校的災損部分，教育部已經做了第一階段的了解，也安排營建署、"
        "建築師和土木技師陸續會勘。\n"
    )
    deck = build_deck(normalise(parse_source(Path("visit.md"), text.encode())))
    points = [p.text for c in deck.cards for p in c.points]
    assert not any(p.startswith("蔡英文總統今") for p in points)
    assert any(p.startswith("我們在跟時間賽跑") for p in points)


_PODCAST = (
    "Hello, this is the Global News Podcast from the BBC World Service. I'm Charlotte Gallagher "
    "and at 13 hours GMT on Monday, these are our main stories. The EU says it's committed to "
    "supporting Kyiv as US funding for Ukraine's war effort comes under threat. Emergency workers "
    "in Mexico search for survivors after a church roof collapses. Two scientists are awarded the "
    "Nobel Prize for medicine for their efforts to develop COVID-19 vaccines. Also in this "
    "podcast, a new high-speed train in Indonesia.\n\n"
    "But first, many billions of dollars have been donated in military aid to Ukraine. Foreign "
    "ministers from the EU are meeting in Kyiv to discuss continued funding for Ukraine's war.\n\n"
    "Emergency services in Mexico have worked through the night after a church roof collapsed "
    "in the coastal town. The Red Cross said about 80 people were in the church.\n\n"
    "Two scientists who played a key role in developing COVID-19 vaccines have been awarded the "
    "Nobel Prize. Their work on messenger RNA made the vaccines possible.\n"
)


def test_a_newscasts_rundown_gives_a_card_to_each_story_it_names() -> None:
    text = "# Global News Podcast\n\n" + _PODCAST
    deck = build_deck(normalise(parse_source(Path("podcast.md"), text.encode())))
    firsts = [c.points[0].text for c in deck.cards]
    assert len(deck.cards) == 3
    assert firsts[1].startswith("Emergency workers in Mexico search for survivors")
    told = " ".join(p.text for p in deck.cards[1].points[1:])
    assert "church roof collapsed" in told  # the story's own telling under its rundown line


def test_a_teaser_of_one_story_is_no_rundown() -> None:
    text = (
        "# Evening News\n\nGood evening, these are our main stories. The EU says it's committed "
        "to supporting Kyiv as US funding for Ukraine's war effort comes under threat.\n\n"
        "But first, many billions of dollars have been donated in military aid to Ukraine.\n"
    )
    assert rundown_drafts(normalise(parse_source(Path("teaser.md"), text.encode()))) == []
    podcast = normalise(parse_source(Path("podcast.md"), ("# News\n\n" + _PODCAST).encode()))
    assert len(rundown_drafts(podcast)) == 3


def test_an_ordinal_is_no_figure_to_call_out() -> None:
    text = "商務及經濟發展局局長蘇錦樑1月12日參觀第41屆香港玩具展，並向玩具參展商了解銷售情況"
    assert find_figures(text, "zh-Hant") == []
    assert [f.text for f in find_figures("新增幼儿园学位1500个", "zh-Hans")] == ["1500个"]
