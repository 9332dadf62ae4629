"""A law or a set of rules: its chapters (第一章 總則) are the cards, not the items inside them."""

from __future__ import annotations

from collections.abc import Callable

from highlights.cards import build_deck
from highlights.model import Article, Metadata

MakeArticle = Callable[..., Article]

LAW = [
    "《示例法》是為了推進依法治理而制定的法律，自公布之日起施行。",
    "第一章 總　則",
    "第一條 為了加強監督，實現全面覆蓋，根據憲法，制定本法。",
    "第二條 監察機關對下列人員進行監察：",
    "（一）國有企業管理人員；",
    "（二）基層群眾性自治組織中從事管理的人員；",
    "第二章 監察機關及其職責",
    "第三條 國家監察委員會是最高監察機關。",
    "第四條 地方各級監察委員會由本級人民代表大會產生，負責本行政區域內的監察工作。",
    "第三章 附　則",
    "第五條 本法自公布之日起施行。",
]


def test_chapters_are_the_cards(article_of: MakeArticle) -> None:
    meta = Metadata(title="示例法", language="zh-Hant")
    deck = build_deck(article_of(LAW, meta))
    assert [c.title for c in deck.cards] == [
        "第一章 總　則",
        "第二章 監察機關及其職責",
        "第三章 附　則",
    ]
    points = [p.text for p in deck.cards[0].points]
    assert any(p.startswith("第一條") for p in points)


def test_an_item_ending_in_a_semicolon_is_no_heading(article_of: MakeArticle) -> None:
    blocks = [
        "示例市召開會議，研究部署下一階段工作，會議指出要抓好以下幾項工作。",
        "（一）國有企業管理人員；",
        "（二）基層群眾性自治組織中從事管理的人員；",
        "（三）其他依法履行公職的人員。",
    ]
    deck = build_deck(article_of(blocks, Metadata(title="示例", language="zh-Hant")))
    assert all(not c.title.endswith("；") for c in deck.cards)
