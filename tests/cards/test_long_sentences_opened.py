"""A sentence too long for one point keeps what it says as its clauses, packed into points while
the card has room, rather than its first clause alone (learnt from a second editor's decks of
36 unseen articles: editors cut at clauses, they drop no clause that carries the news)."""

from __future__ import annotations

from tests.text_support import article as _article

from highlights.cards import build_deck
from highlights.cards.points import split_units
from highlights.cards.text import Piece
from highlights.settings import CardSettings

PLENUM = (
    "全会由市委常委会主持，全会听取和讨论了市委书记刘中汉受市委常委会委托作的关于上半年工作总结"
    "和下半年工作部署的讲话和市委常委、副市长章周中作《桐城市贯彻长江三角洲区域一体化发展规划纲要"
    "实施方案》的说明，全会结束时，刘中汉作了总结讲话。市委委员、市委候补委员出席会议。"
)


def _units(text: str) -> list[str]:
    piece = Piece(0, 0, len(text), text)
    return [u.text for u in split_units([piece], "zh-Hans", CardSettings(), set())]


def test_a_long_sentence_keeps_each_clause_that_tells() -> None:
    units = _units(PLENUM)
    assert units[0] == "全会由市委常委会主持"
    assert units[1].startswith("全会听取和讨论了市委书记刘中汉")  # (it was cut away)
    assert any(u.startswith("全会结束时") for u in units)
    limit = CardSettings().max_point_chars
    assert all(len(u) <= 2 * limit for u in units)


def test_a_list_named_in_a_word_is_never_opened_up() -> None:
    listed = (
        "聚焦高性能氟材料領域，大飛機、高鐵、潛艇等配套產品領域，無人機領域、節能環保裝備領域、"
        "高性能金屬及復合材料領域“五個領域”，集中力量和資源開展核心技術攻關與研發運用，服務國家"
        "科技自立自強。打造“五個平臺”，加快建設西部科學城自貢科創園。"
    )
    units = _units(listed)
    assert not any(u.startswith("高性能金屬") for u in units)  # the list is not cut in two


def test_the_deck_of_a_plenum_paragraph_keeps_what_it_heard() -> None:
    lead = "9月5日至6日，市委十四届八次全体（扩大）会议召开。会议总结我市上半年经济社会发展工作。"
    deck = build_deck(_article("市委十四届八次全体会议召开", "zh-Hans", lead, PLENUM))
    said = [p.text for c in deck.cards for p in c.points]
    assert any(p.startswith("全会听取和讨论了") for p in said)
