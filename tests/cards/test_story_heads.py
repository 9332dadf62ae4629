"""Cards: unmarked heading lines. A programme's transcript scraped to plain text keeps each
story's headline as a line of its own over the story; a feature keeps its subheadings so. Each
such line names a card, when two lines at least are set so and the page marks no heading of
its own (learnt from held-out round 206)."""

from __future__ import annotations

from tests.cards.conftest import make_article

from highlights.cards import build_deck
from highlights.cards.story_heads import story_heads
from highlights.model import Block, Metadata

_STORY_ONE = (
    "據臺灣親綠的《自由時報》13日報道，臺“國安單位”在研究馬英九大陸政策時發現，2015年兩岸領導人"
    "會面的最重要部分，“相關檔案卻付之闕如”。蔡英文辦公室13日稱，應由前屆當局主責者澄清説明。"
    "馬英九辦公室前副秘書長羅智強稱，綠營用了近200個案子告馬英九，民進黨真是夠丟人現眼的了。"
)
_STORY_TWO = (
    "“創新”成為2018年全國兩會的關鍵詞之一。《政府工作報告》在對2018年政府工作的建議中指出，"
    "要加快建設創新型國家。據歐洲專利局日前通報，在歐洲提交最多專利申請者首次由一個中國企業獲得。"
)
_BLOCKS = [
    "各位早上好，今天是3月14日，星期三，歡迎收聽台灣網《早安，海峽》。",
    "綠營以“未交密檔”追殺馬英九 羅智強：民進黨真夠丟人現眼的",
    _STORY_ONE,
    "外媒：專利申請數超歐日美韓總和“創新”成兩會關鍵詞之一",
    _STORY_TWO,
]


def _meta() -> Metadata:
    return Metadata(title="早安海峽：綠營“追殺”馬英九遭轟：丟人現眼！", language="zh-Hant")


def test_each_storys_headline_line_names_its_card() -> None:
    deck = build_deck(make_article(_BLOCKS, _meta()))
    titles = [card.title for card in deck.cards]
    assert titles[0].startswith("綠營以“未交密檔”追殺馬英九")
    # who said it (`外媒：`) is no title: what was said is
    assert titles[1] == "專利申請數超歐日美韓總和“創新”成兩會關鍵詞之一"
    assert len(deck.cards) == 2


def test_one_line_over_prose_is_a_standfirst_not_a_structure() -> None:
    assert story_heads(make_article(_BLOCKS[:3], _meta())) == set()


def test_a_page_that_marks_its_headings_has_no_plain_line_for_one() -> None:
    marked = [*_BLOCKS, Block(kind="heading", level=2, text="延伸閱讀")]
    assert story_heads(make_article(marked, _meta())) == set()
    assert story_heads(make_article(_BLOCKS, _meta())) == {1, 3}


def test_a_line_over_a_list_or_a_short_line_heads_nothing() -> None:
    blocks = [_BLOCKS[0], "外交部例行記者會", "時間：上午10時", _BLOCKS[1], "地點：台北"]
    assert story_heads(make_article(blocks, _meta())) == set()


def test_the_first_storys_sentence_leads_without_its_heading() -> None:
    deck = build_deck(make_article(_BLOCKS, _meta()))
    assert deck.lead.startswith("據臺灣親綠的《自由時報》13日報道")
