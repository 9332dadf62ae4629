"""Normalise: pages of the hundred-and-seventy-sixth to eighty-first rounds of unseen pages: a
page's full date field run into its headline, a caption credited to a picture's source, a web
editor's credit after the page's stamp, another story's headline over a page of several; an
ad blocker's wall, a page's error and account widgets, a comment box, a content farm's note, a
record's formula that names no matter, a photographer's credit with the picture's agency."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_HEAD = "高虹安就職三週年 新竹市平均每2天就有一項公共工程完成或啟動"
_HSINCHU = (
    "新竹市長高虹安12月25日上任滿三週年。新竹市政府秉持「安居科技城」施政願景，"
    "持續推動城市轉型與建設升級。\n"
    "市府表示，三年來，新竹市平均每2天就有一項公共工程完成或啟動。\n"
)


def test_a_full_date_field_run_into_the_headline_leaves_the_headline() -> None:
    article = _article(" date 2025-12-26 " + _HEAD + "\n" + _HSINCHU)
    assert article.meta.title == _HEAD


def test_a_month_only_date_field_still_marks_a_listing_line() -> None:
    assert find_chrome("date 2018-01 News Releases from Region 03") is not None


def test_a_caption_credited_to_its_picture_source_leaves_the_text() -> None:
    caption = "高虹安市長上任3週年，打造「安居科技城」，政見兌現逾八成（圖片來源／新竹市政府））"
    article = _article(_HEAD + "\n" + caption + "\n" + _HSINCHU)
    assert all("圖片來源" not in block.text for block in article.blocks)
    removed = article.report.removed
    assert any(r.rule == "boilerplate.caption" and "圖片來源" in r.text for r in removed)


def test_a_sentence_ending_in_a_picture_source_stays() -> None:
    line = "市府表示，政見落實率達8成。另有多項工程啟動，市民可上網查詢（圖片來源／新竹市政府）"
    article = _article(_HEAD + "\n" + _HSINCHU + line + "\n")
    assert any("多項工程啟動" in block.text for block in article.blocks)


def test_a_web_editors_credit_after_the_stamp_is_no_headline() -> None:
    article = _article(
        "2017-09-04 NEWS Plus Special English\n"
        "   2017-09-01 13:13:14    CRIENGLISH.com      Web Editor: Du Lijun\n\n"
        "This is Special English. I'm Mark Griffiths in Beijing. Here is the news.\n"
        "China says its investment in Britain is mutually beneficial and win-win for both "
        "sides, rebuffing the investment threat allegation.\n"
    )
    assert article.meta.title == "2017-09-04 NEWS Plus Special English"
    assert "Du Lijun" in article.meta.editors


_STORIES = (
    "西班牙巴利亞利群島外海 12名移民跳船失蹤\n"
    "（法新社馬德里23日電） 西班牙當局今天表示，有12名移民在前往巴利亞利群島途中跳船失蹤。\n"
    "西國官員說，同一艘船上的另外14名移民在卡布瑞拉島東南方58公里處獲救。\n"
    "巴基斯坦外長訪孟加拉\n"
    "（法新社達卡23日電） 巴基斯坦外交部長達爾今天飛抵孟加拉，展開為期兩天的訪問。\n"
    "李在明與石破茂會談 同意加強安保和經濟方面聯繫\n"
    "南韓總統李在明訪問日本，與日本首相石破茂會談，同意加強安保和經濟方面聯繫。\n"
)


def test_another_storys_headline_over_a_page_of_stories_gives_way_to_the_first_story() -> None:
    article = _article("外國記者會：彭博記者鍾碧琪簽證被拒\n" + _STORIES)
    assert article.meta.title == "西班牙巴利亞利群島外海 12名移民跳船失蹤"


def test_a_title_naming_a_collection_stays_over_its_stories() -> None:
    article = _article("法新社國際新聞摘要\n" + _STORIES)
    assert article.meta.title == "法新社國際新聞摘要"


@pytest.mark.parametrize(
    "line",
    [
        "Something went wrong",
        "We are unable to fully display the content of this page.",
        "The most likely cause of this is a content blocker on your computer or network.",
        "Please allow access to our site, and then refresh this page.",
        "Account: (login)",
        "You have Gifts for Good in your basket.",
        "Are you the publisher? Claim or contact us about this channel",
        "0 0 reaction icon 0 reaction icon 0 reaction icon 0 沒有留言",
        "登入留言有機會獲得旺幣哦！",
        "NO MESSAGE 無任何留言，趕緊搶頭香！",
        "Read full text",
        "... read full story",
        "Download the full statement",
        "下面是小编收集整理的2017年广州市政府工作报告，欢迎阅读参考！",
        "会议还研究了其他事项。",
    ],
)
def test_widgets_walls_and_formulas_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "没有留言的人也可以参加。",
        "会议还研究了其他事项，决定由县政府办牵头落实。",
        "Read full text of the agreement, which runs to 40 pages, was released on Monday.",
    ],
)
def test_sentences_about_comments_and_matters_stay(line: str) -> None:
    assert find_chrome(line) is None


def test_a_photographers_credit_with_the_agency_selling_the_picture_is_a_caption() -> None:
    article = _article(_HEAD + "\n王 哲攝（人民視覺）\n" + _HSINCHU)
    assert all("人民視覺" not in block.text for block in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "Showing posts with label news broadcast. Show all posts",
        "Show all posts",
        "All News Releases By Date",
        "US EUROPE AFRICA ASIA",
    ],
)
def test_a_blog_hosts_label_page_and_a_listings_index_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_wires_headline_in_capitals_is_the_headline_not_a_menu() -> None:
    article = _article(
        "POLEMICS OVER MEDIA BOYCOTT THREAT\n\n By Andi Abdussalam\n\n"
        "Jakarta, Feb 24 (ANTARA) - Two press bodies have offered mediation efforts to settle "
        "the polemics over the cabinet secretary's threat to boycott two media groups.\n"
    )
    assert article.meta.title == "POLEMICS OVER MEDIA BOYCOTT THREAT"


@pytest.mark.parametrize(
    "line",
    [
        "对此，外交部没有评论，但表示将密切关注事态发展。",
        "市民可登录留言板反映问题，相关部门将及时回复",
        "Users were told to refresh the page and try again later, the company said.",
    ],
)
def test_sentences_that_speak_of_comments_or_pages_stay(line: str) -> None:
    assert find_chrome(line) is None
