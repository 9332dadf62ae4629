"""Normalise: a site's label over its own blurb gives way to the headline the page's story
sits under (rules from the hundred-and-twelfth round of unseen pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.sitelabel import site_label


def _article(text: str, name: str = "page.txt") -> Article:
    return normalise(parse_source(Path(name), text.encode()))


@pytest.mark.parametrize(
    "label",
    [
        "Media office archive",
        "News and events",
        "Online Press Release Service for New Zealand",
        "Macao SAR Government Portal",
        "You are here",
        "媒體",
        "乡镇（街道）分站",
        "Office of College Advancement",  # a body's name alone: the issuer over its release
        "Bethesda Hospital Foundation",
        "United States Department of Defense",  # the country's name before the body's
        "New York State Department of Health",
    ],
)
def test_a_sites_words_for_its_own_parts_make_a_label(label: str) -> None:
    assert site_label(label)


@pytest.mark.parametrize(
    "headline",
    [
        "Executive Council membership announced",
        "The Future is Equal",
        "East Africa Crisis Appeal",
        "庙岗乡第九届人民代表大会第四次会议胜利召开",
        "新闻中心",  # a centre's name: one word more than a site's part
        "NEWS",  # one word: no headline anyway, and no label to judge
        "Harvard Launches New School of Public Health",
        "Office of College Advancement announces awards",
        "United States Names Secretary of Defense",
    ],
)
def test_a_storys_words_make_no_label(headline: str) -> None:
    assert not site_label(headline)


_CHARITY = (
    "Media office archive\n\n"
    "CAF is one of Europe’s largest charitable foundations. We produce research on charities "
    "and charitable giving, develop policy ideas and work with people, companies and charities "
    "to help good causes thrive.\n\n"
    "Our Media team provides journalists with comments, interviews and information.\n\n"
    "Press releases\n\nContact our Media team\n\n"
    "Government must support businesses that invest in their communities\n\n31 March 2015\n\n"
    'John Low, Chief Executive of the Charities Aid Foundation, said: "While political leaders '
    "are wooing business, they need to remember that long term economic growth is based on "
    "sustainable businesses that support the communities that buy their products.\n\n"
    '"Our research shows that fewer than a quarter of FTSE 100 companies donated one per cent or '
    "more of their pre-tax profits to charity - we need political leaders to show how they can "
    "support businesses that invest in their communities and help them to grow.\n\n"
    '"Business policy should reward firms that give back to their communities, and government '
    'must support businesses that invest in them," he said.\n'
)


def test_a_headline_under_the_sites_blurb_is_the_pages_headline() -> None:
    article = _article(_CHARITY)
    assert (
        article.meta.title == "Government must support businesses that invest in their communities"
    )
    assert article.blocks[0].text.startswith("John Low")  # the blurb is no lead
    dropped = [r.text for r in article.report.removed if r.rule == "boilerplate.masthead"]
    assert "Media office archive" in dropped  # reported, never silent


def test_a_story_that_is_no_bulk_of_the_page_does_not_take_the_title() -> None:
    # the page's own text is most of it: a line over its last short paragraph is no headline
    text = _CHARITY.split("Government must")[0] + "Government must support them\n\nThey said so.\n"
    assert _article(text).meta.title != "Government must support them"


def test_a_portals_menu_over_the_story_gives_way_to_the_story_headline() -> None:
    page = (
        "乡镇(街道)分站: 苏湾镇 栏杆集镇 柘皋镇 庙岗镇 夏阁镇 中垾镇 黄麓镇 烔炀镇 银屏镇 散兵镇 "
        "槐林镇 坝镇 中庙街道 卧牛山街道 凤凰山街道 天河街道 亚父街道\n当前位置: 首页巢湖快讯\n\n"
        "庙岗乡第九届人民代表大会第四次会议胜利召开[图]\n\n"
        "发布时间:2017-10-26 11:46:39 来源:本站 阅读次数:1407\n\n"
        "3月28日,庙岗乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会。这次会议的"
        "议程为:听取和审议政府工作报告,听取和审议财政预决算报告,听取和审议人大主席报告。此次会议为"
        "全乡经济和各项事业的发展指明了方向,明确了任务,是一次鼓舞人心和催人奋进的大会。\n"
    )
    assert _article(page).meta.title == "庙岗乡第九届人民代表大会第四次会议胜利召开"


def test_a_title_about_the_first_story_keeps_its_place_over_a_second_story() -> None:
    page = (
        "梁振英会见中新社负责人\n\n"
        "中新网北京11月8日电 全国政协副主席梁振英8日下午在北京会见了中新社社长陈陆军一行。"
        "梁振英感谢中新社对香港发展的大力支持和报道。\n\n"
        "西藏林芝派墨公路雪崩已致8人遇难 应急管理部派工作组赴西藏指导处置\n\n"
        "西藏林芝派墨公路多布发生雪崩,已致8人遇难。应急管理部派出工作组赶赴西藏,指导雪崩处置"
        "工作。工作组要求全力搜救被困人员,严防次生灾害,妥善做好遇难者家属安抚工作。\n"
    )
    assert _article(page).meta.title == "梁振英会见中新社负责人"


def test_a_source_field_and_an_office_over_a_release_give_way_to_its_headline() -> None:
    page = (
        "SOURCE: Bethesda Hospital Foundation\n\nJanuary 17, 2008 07:00 ET\n\n"
        "Bethesda Hospital Foundation Surpasses $100 Million Community Challenge Campaign Goal\n\n"
        "BOYNTON BEACH, FL--(Marketwire - January 17, 2008) - As the final touches are being made "
        "to Bethesda Memorial Hospital's latest Center of Excellence, the Bethesda Hospital "
        "Foundation announced it has surpassed its $100 million Community Challenge goal.\n"
    )
    article = _article(page)
    assert article.meta.title.startswith("Bethesda Hospital Foundation Surpasses $100 Million")
    assert article.meta.source == "Bethesda Hospital Foundation"
    release = (
        "Press Release - Office of College Advancement\n\nFriday, May 6, 2011\n"
        "Office of College Advancement\nOhlone College\n\n"
        "Over Fifty Ohlone College Students Commended for Excellence at Annual Awards Ceremony\n\n"
        "Fremont, CA—Students at Ohlone College have extraordinary stories to tell; stories of "
        "overcoming challenges, of exceeding their expectations, and of rising to excellence.\n\n"
        "More than fifty students will be commended at the college's annual awards ceremony.\n"
    )
    assert _article(release).meta.title.startswith("Over Fifty Ohlone College Students")
