"""Normalise: pages of held-out round 218–223: a stamp in English words (`| Fri, Mar 15, 2024`)
and a menu run together (`Global EngagementUC HomeAbout…`) are no headline; a picture's source
in brackets (`（澳門特別行政區政府入口網站圖片）`) makes its line a caption; `往下看更多文章` /
`其他人也在看` open the page's other stories, teasers and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.chrome import find_chrome
from highlights.normalise.headlike import clean_title, is_headline


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


@pytest.mark.parametrize(
    "line", ["| Fri, Mar 15, 2024", "Monday 16 March 2020 - 2:27 PM", "March 15, 2024"]
)
def test_a_stamp_in_english_words_is_no_headline(line: str) -> None:
    assert not is_headline(line)
    assert is_headline("Severe storms with tornadoes kill at least three in Ohio")
    assert is_headline("May Day marches draw thousands")
    assert is_headline("Sunset 2024 ends in fireworks")  # no weekday: words that begin like one


def test_a_menu_run_together_is_no_headline() -> None:
    menu = "Global EngagementUC HomeAbout UCUC AcademicsUC AdmissionsUC AthleticsUC Research"
    assert not is_headline(menu)
    assert is_headline("McDonald's puts iPhone ordering on YouTube")  # two or three are words


_STORY = (
    "澳門行政長官岑浩輝表示，澳門新聞自由受《基本法》和《出版法》充分保證，政府將一如以往依法施政，"
    "亦會支持新聞界提升專業水平和創新技能。"
)
_MORE = (
    "岑浩輝在與中文傳媒晚宴上致辭說，新一屆政府就職26日以來，政府各範疇和各部門正有序推進工作，"
    "開局良好。"
)


def test_a_line_over_its_pictures_source_is_a_caption() -> None:
    article = _article(
        f"岑浩輝稱澳門新聞自由受充分保障\n\n{_STORY}\n\n岑浩輝。 (澳門特別行政區政府入口網站圖片)"
        f"\n\n{_MORE}\n"
    )
    assert "入口網站圖片" not in " ".join(b.text for b in article.blocks)
    assert any(r.rule == "boilerplate.caption" for r in article.report.removed)


@pytest.mark.parametrize("marker", ["往下看更多文章", "其他人也在看"])
def test_the_pages_other_stories_after_their_marker_leave_the_text(marker: str) -> None:
    other = (
        "澳門行政長官岑浩輝發表上任後的第一份新春賀辭，表示前路雖存在各種不確定因素，"
        "國際形勢瞬息萬變。"
    )
    article = _article(
        f"岑浩輝稱澳門新聞自由受充分保障\n\n{_STORY}\n\n{_MORE}\n\n{marker}\n\n"
        f"岑浩輝首份新春賀辭 稱以靈活創新思維面對挑戰\n\n{other}\n"
    )
    text = " ".join(b.text for b in article.blocks)
    assert "新春賀辭" not in text and "開局良好" in text


def test_a_caption_opening_a_page_set_on_one_line_leaves_it() -> None:
    article = _article(
        " date 2025-11-28 國防部新聞局副局長、國防部新聞發言人蔣斌大校（中評社 海涵攝） "
        "中評社北京11月28日電（記者 海涵）11月27日下午，國防部舉行例行記者會。國防部新聞發言人"
        "蔣斌大校就台海局勢等熱點議題答記者問。\n\n蔣斌：大家下午好！歡迎出席今天的國防部例行記者會。\n"
    )
    assert article.meta.title == "國防部舉行例行記者會"
    assert (
        "boilerplate.caption",
        "國防部新聞局副局長、國防部新聞發言人蔣斌大校（中評社 海涵攝）",
    ) in {(r.rule, r.text) for r in article.report.removed}


@pytest.mark.parametrize(
    "label", ["News and events", "Latest staff news", "News Highlights", "Media Centre"]
)
def test_a_sites_news_section_is_no_headline(label: str) -> None:
    article = _article(
        f"{label}\n\nUniversity suspends teaching for the week\n\n"
        "The University Executive Group has decided to suspend all teaching for this week "
        "and begin online teaching from Monday.\n"
    )
    assert article.meta.title == "University suspends teaching for the week"


def test_a_players_and_share_bars_buttons_after_a_segments_title_leave_it() -> None:
    found = find_boilerplate("跨境中學生今起可回港上課 有學生稱心情緊張  收聽facebook")
    assert found.text == "跨境中學生今起可回港上課 有學生稱心情緊張"
    assert ("boilerplate.chrome", "收聽facebook") in found.removed
    # a headline about the network keeps its name
    assert find_boilerplate("Man arrested after threats posted on Facebook").removed == []


@pytest.mark.parametrize(
    "line", ["成交量 42億6639萬7900股", "1美元兌馬幣 4.7545 1", "富時100 11221.82(-59.11)"]
)
def test_a_markets_ticker_is_no_headline(line: str) -> None:
    assert not is_headline(line)
    assert is_headline("前三季度全市GDP增長5.2% 高於全省平均")
    assert is_headline("全年發放消費券1億元 惠及30萬戶家庭")


@pytest.mark.parametrize(
    "line", ["表1 2019年玉环市生产总值", "圖1 近8年各年度1—10月份工業收入及同口徑增速"]
)
def test_a_tables_or_figures_caption_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None
    assert find_chrome("表1显示，全市生产总值比上年增长5.2%，高于全省平均水平。") is None


@pytest.mark.parametrize(
    "line",
    [
        "The White House Skip Main Navigation In Focus",
        "中国教育在线> 高等继续教育> 学术交流> 分类评价：摆脱同质化，促进高校特色化发展 > 正文",
        "中華民國91年3月19日星期二",
        "新闻中心 > 综合",
    ],
)
def test_a_skip_link_a_breadcrumb_and_a_roc_day_are_no_headline(line: str) -> None:
    assert not is_headline(line)


def test_a_columns_label_and_an_uploaders_handle_leave_the_title() -> None:
    assert clean_title("英语文摘：Chinese vice premier calls for efforts") == (
        "Chinese vice premier calls for efforts"
    )
    handled = clean_title("外交部发言人耿爽主持例行记者会@鬼谷一喵")
    assert handled == "外交部发言人耿爽主持例行记者会"


def test_a_labelled_link_and_a_live_pages_stamp_are_chrome() -> None:
    assert find_chrome("重溫直播:https://www.facebook.com/hk01.news/videos/207600503992159/")
    found = find_boilerplate("十二届全国人大五次会议新闻中心举行记者会。 [ 2017-03-08 10:05 ]")
    assert found.text.rstrip() == "十二届全国人大五次会议新闻中心举行记者会。"


@pytest.mark.parametrize(
    "line",
    [
        "……（新文秘网https://www.wm114.cn省略833字,正式会员可完整阅读）",
        "★好房網HouseFun，加我好友，房產最新消息每天整理給你→點我",
        "To activate the text-to-speech service, please first agree to the privacy policy below.",
        "[点击收看视频]",
    ],
)
def test_a_paywall_a_promotion_and_a_players_label_are_chrome(line: str) -> None:
    assert find_boilerplate(line).text == ""


def test_where_a_picture_came_from_leaves_the_sentence() -> None:
    found = find_boilerplate(
        "陸委會也向陸方喊話，期許兩岸建構良性互動的新模式（圖/翻攝自google map）。"
    )
    assert "翻攝" not in found.text and found.text.startswith("陸委會也向陸方喊話")


@pytest.mark.parametrize("line", ["端 × 華爾街日報廣場", "搜狐 ChinaRen 17173 焦点房地产 搜狗"])
def test_a_joint_columns_banner_and_a_portals_links_are_no_headline(line: str) -> None:
    assert not is_headline(line)
    assert is_headline("Storm blamed for at least 12 deaths")  # short English words: a headline


def test_a_foreign_papers_reporters_in_their_own_script_are_a_byline() -> None:
    found = find_boilerplate("華爾街日報記者 Jeremy Page / Betsy McKay / Drew Hinshaw")
    assert found.text == "" and found.reporters == ["Jeremy Page", "Betsy McKay", "Drew Hinshaw"]
