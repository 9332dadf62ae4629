"""Held-out round 230–235: a digest's numbered headlines (`1. 世界银行向印度提供贷款` over its
story) and a briefing's section heads in capitals (`NEW DEPUTY SECRETARY-GENERAL SWORN IN`)
each name a card; a release's bullets before its first heading are its first card."""

from __future__ import annotations

from pathlib import Path

from highlights.cards import build_deck
from highlights.ingest import parse_source
from highlights.model import Article, Deck
from highlights.normalise import normalise


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


def _deck(text: str) -> Deck:
    return build_deck(_article(text))


_DIGEST = (
    "1997-10-27\n"
    "1. 萨苏恩格索二十五日宣誓就任刚果总统\n"
    "他说,新政府将在几天内组成,并将邀请反对派人士参加这个新的政府。(美联社)\n"
    "2. 英联邦为南亚设立两亿美元投资基金\n"
    "在爱丁堡举行的英联邦首脑会议二十五日宣布设立该项基金,以资助孟加拉、马尔代夫、巴基斯坦和斯里兰卡的企业。"
    "(法新社)\n"
    "3. 世界银行向印度提供二十亿美元贷款\n"
    "印政府二十五日宣布,世界银行决定把这笔贷款用来帮助其在南部兴建道路和改善灌溉系统。(美联社)\n"
    "4. 印巴总理举行会谈\n"
    "古杰拉尔和谢里夫二十五日在英国的爱丁堡就有争议的克什米尔问题举行会谈,双方没有取得多大进展。(路透社)\n"
)


def test_a_digests_numbered_headlines_title_its_cards() -> None:
    titles = [c.title for c in _deck(_DIGEST).cards]
    assert "世界银行向印度提供二十亿美元贷款" in titles
    assert "印巴总理举行会谈" in titles


def test_numbered_lines_one_after_another_stay_a_list() -> None:
    text = (
        "某市召开会议部署全年工作\n"
        "会议指出，今年要抓好以下几项工作，确保全年目标任务顺利完成，各部门要切实负起责任。\n"
        "1. 扎实推进经济量质齐升\n2. 扎实落实民生实事\n3. 扎实抓好安全生产\n"
        "会议要求，各级各部门要对照任务清单，逐项抓好落实，确保各项工作取得实效，按时完成。\n"
    )
    titles = [c.title for c in _deck(text).cards]
    assert "扎实落实民生实事" not in titles


_BRIEFING = (
    "HIGHLIGHTS OF THE NOON BRIEFING\n"
    "BY MARTIN NESIRKY, SPOKESPERSON FOR SECRETARY-GENERAL BAN KI-MOON\n"
    "MONDAY, 2 JULY 2012\n"
    "NEW DEPUTY SECRETARY-GENERAL SWORN IN\n-\n"
    "The swearing-in of the new Deputy Secretary-General of the United Nations, "
    "Mr. Jan Eliasson, has taken place.\n-\n"
    "Mr. Eliasson said he was deeply honoured and proud to be serving as Deputy "
    "Secretary-General.\n"
    "SECRETARY-GENERAL SAYS DEVELOPMENT REPORT OFFERS REASON FOR ENCOURAGEMENT\n-\n"
    "On Monday morning, the Secretary-General spoke at the high-level opening of the Economic "
    "and Social Council.\n-\n"
    "He said that the Millennium Development Goals Report 2012 offers considerable reason "
    "for encouragement.\n"
    "SIGNIFICANCE OF DECISION ON SYRIA SHOULD NOT BE UNDERESTIMATED\n-\n"
    "The Secretary-General welcomed the agreement reached in Geneva on Saturday by the Action "
    "Group for Syria.\n"
)


def test_section_heads_in_capitals_are_headings_not_the_title() -> None:
    article = _article(_BRIEFING)
    assert "BY MARTIN" not in article.meta.title  # a byline in capitals joins no headline
    assert "SWORN IN" not in article.meta.title or article.meta.title.startswith("NEW")
    heads = [b.text for b in article.blocks if b.kind == "heading"]
    assert "SECRETARY-GENERAL SAYS DEVELOPMENT REPORT OFFERS REASON FOR ENCOURAGEMENT" in heads
    assert not any(h.startswith("BY ") for h in heads)


def test_one_line_in_capitals_is_no_section_head() -> None:
    text = (
        "Acme Opens New Plant in Ohio\n"
        "FOR THE PEOPLE OF OHIO\n"
        "Acme Corp. opened a new plant in Dayton, Ohio, on Monday, creating 300 jobs.\n"
        "The plant will make parts for electric cars and trucks sold across the country.\n"
    )
    assert not any(b.kind == "heading" for b in _article(text).blocks)


_RELEASE = (
    "Wiley Reports First Quarter Fiscal 2020 Results\n\n"
    "John Wiley & Sons, Inc., a global research and education company, today announced "
    "results for the first quarter ended July 31, 2019.\n\n"
    "  • GAAP results: Revenue of $424 million, higher by $13 million\n"
    "  • Free Cash Flow improvement of $45 million driven by the timing of journal collections\n"
    "  • Acquisition of Zyante further positions Wiley as a leader in digital courseware\n\n"
    "MANAGEMENT COMMENTARY\n\n"
    '"Our Research and Education Services segments demonstrated strong momentum in the first '
    "quarter,\" said Brian Napack, Wiley's President and CEO.\n\n"
    "NEW SEGMENT REPORTING\n\n"
    "To reflect shifts in its management structure, the Company has implemented a new "
    "reporting structure comprised of three reportable segments.\n"
)


def test_bullets_before_the_first_heading_are_a_card() -> None:
    points = [p.text for c in _deck(_RELEASE).cards for p in c.points]
    assert any("Free Cash Flow improvement of $45 million" in p for p in points)


def test_posts_each_with_its_holders_name_are_a_roll_call() -> None:
    from highlights.cards.extractive import roll_call

    assert roll_call("市委常委、常务副市长朱朝霞，宣传部部长、副市长满昌学，副市长许建忠、李勇")
    assert not roll_call("市委书记强调，要抓好落实；市长指出，要稳增长；主任表示，要保民生。")


def test_a_numbered_lead_in_with_an_aside_before_its_colon_heads_a_card() -> None:
    from highlights.cards.sections import RUN_IN

    m = RUN_IN.match("(二)安遷賑助(設籍並實際居住):因災致住屋毀損達不堪居住程度者，每人發給2萬元。")
    assert m is not None and m["lead"] == "安遷賑助"
