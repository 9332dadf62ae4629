"""Cards: the story a page tells before its subheadings, past the lead, is its first card; and
a record's last numbered item, cut off mid-sentence by the page, is an item all the same once
two whole ones have set the list up (held-out rounds 206–217)."""

from __future__ import annotations

from tests.cards.conftest import make_article

from highlights.cards import build_deck
from highlights.cards.numbered import find_numbered
from highlights.model import Metadata
from highlights.settings import CardSettings

_OPENING = [
    "行政長官李家超在出席行會前見記者，他稱周三（21日）將啟程前往北京述職，周六（24日）下午返港。"
    "他說會向國家領導人詳細報告香港現時的情況，包括經濟狀況、政治環境。",
    "被問到會否向中央爭取恢復免檢疫通關。李家超表示，香港市民關心與內地通關，正常往來，相信是"
    "普遍的聲音，將會如實向領導人反映。中央亦非常了解本港實際情況及市民的長期希望。",
    "香港區旗不正確涉外交事務",
    "烏克蘭國防部日前在網上發布影片感謝52個「國家」時，出現一面黑色底紫荊花旗幟。李家超指，有關"
    "區旗不正確涉外交事務，已向外交部駐港特派員公署溝通。",
    "期望Google找方法確保傳達正確訊息",
    "李家超又表示，移除「香港國歌」錯誤搜尋結果，符合Google公司政策，會接觸Google要求跟進，"
    "顯示錯誤國歌涉及侮辱國歌行為。",
]


def test_the_story_before_the_subheadings_is_the_first_card() -> None:
    meta = Metadata(title="李家超：明日起赴京述職 將反映市民冀與內地通關", language="zh-Hant")
    deck = build_deck(make_article(_OPENING, meta))
    assert deck.lead.startswith("行政長官李家超在出席行會前見記者")
    first = " ".join(p.text for p in deck.cards[0].points)
    assert "香港市民關心與內地通關" in first
    assert [c.title for c in deck.cards[1:]] == [
        "香港區旗不正確涉外交事務",
        "期望Google找方法確保傳達正確訊息",
    ]


_RECORD = [
    "民國107年4月12日第3595次會議",
    "一、近來我國民眾有幾起麻疹確定病例，由於麻疹易於國際間傳播，不能等閒視之，請衛福部等相關部會"
    "務必全盤掌握疫情防治相關情形。",
    "二、核二廠二號機再運轉日前已順利通過原能會安全查核，深澳電廠亦已通過環境影響差異分析審查，"
    "請經濟部及台電公司務必掌握所有情況。",
    "三、本人擔任行政院院長職務迄今已逾7個月，而再過7個月，執政團隊也將首次面對地方選舉之挑戰，"
    "先前蔡總統接受專訪時特別說明近二年來之執",
]


def test_a_cut_off_last_item_is_an_item_once_the_list_is_set_up() -> None:
    meta = Metadata(title="行政院第3595次院會決議", language="zh-Hant")
    assert len(find_numbered(make_article(_RECORD, meta), CardSettings())) == 3
    # one whole item and a cut-off one are no list yet
    assert find_numbered(make_article(_RECORD[:2] + _RECORD[3:], meta), CardSettings()) == []


def test_a_short_texts_long_paragraphs_give_more_than_a_card_each() -> None:
    """Two paragraphs of four sentences each under the lead: more cards than paragraphs, as an
    editor sets them, within the English budget of a card per 350 characters (three for this
    text of 675); a long text's paragraph of four sentences stays one card (its deck has
    room)."""
    lead = "The Ministry organised a conference of State Government Ministers on statistics today."
    first = (
        "The Minister chaired the conference at Vigyan Bhawan in New Delhi. "
        "He appreciated the participation of the States in the conference. "
        "He underscored the indispensable role of reliable data in shaping policies. "
        "He invited cooperation from all the States to strengthen the statistical system."
    )
    second = (
        "The Secretary emphasized the importance of a robust statistical system. "
        "He highlighted the key initiatives of the Ministry, including its surveys. "
        "He stressed the need for sub-state level estimates for more granularity. "
        "He urged greater use of administrative data and modern technology in data collection."
    )
    meta = Metadata(title="Conference on Strengthening of Statistical Systems", language="en")
    deck = build_deck(make_article([lead, first, second], meta))
    assert len(deck.cards) == 3
