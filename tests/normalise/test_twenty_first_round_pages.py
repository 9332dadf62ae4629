"""Normalise: rules learnt from the seventy-fourth and later rounds of real pages the project
had never seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.ingest.html import page_metadata
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.captions import says_what_the_picture_shows
from highlights.normalise.chrome import find_chrome
from highlights.normalise.chrome_patterns import CHROME
from highlights.normalise.damage import find_damage
from highlights.normalise.furniture_patterns import FURNITURE
from highlights.normalise.headlike import clean_title, is_headline
from highlights.normalise.metadata import find_date


@pytest.mark.parametrize("patterns", [CHROME, FURNITURE])
def test_no_pattern_of_page_chrome_matches_nothing(patterns: object) -> None:
    # an alternative left empty (`…$|` closing one pattern of the list) would match every line
    assert patterns.search("") is None  # type: ignore[attr-defined]
    assert patterns.search("全会听取和讨论了工作报告") is None  # type: ignore[attr-defined]


def test_a_menu_whose_links_carry_the_site_name_is_chrome() -> None:
    line = "Newsletter|星洲网 Newsletter 联络我们|星洲网 联络我们 登广告|星洲网 登广告 关于|星洲网"
    assert find_chrome(line)
    assert find_chrome("香港政情|立法會下周三舉行首次會議 李慧琼|討論大埔火災善後工作") is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("发布: 3:25pm 14/03/2025", "2025-03-14"),  # a Malaysian paper's stamp, day first
        ("Date: 10/17/2012", "2012-10-17"),  # an American release's, month first
        ("03/04/2025", None),  # March or April: nobody can tell
    ],
)
def test_a_slashed_date_is_read_only_where_it_is_unambiguous(text: str, date: str | None) -> None:
    assert find_date([text]) == date


def test_a_malaysian_papers_stamp_is_chrome() -> None:
    assert find_chrome("发布: 3:25pm 14/03/2025")


def _read(text: str, name: str = "page.txt") -> Article:
    return normalise(parse_source(Path(name), text.encode()))


_WIRE_COPY = (
    "Make Chiangmai Mail | Bookmark\n\nChiangmai 's First English Language Newspaper\n\n"
    "Pattaya Blatt | Pattaya Mail | Pattaya Mail TV\n\n"
    "Copyright 2018 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.\n\nWorld News\n\n"
    "Update September 08-09, 2018\n\n"
    "Iran, Russia, Turkey presidents meet in high-stakes summit\n\n"
    "Iran's President Hassan Rouhani, centre, flanked by Russia's President Vladimir Putin, "
    "pose for photographs in Tehran, Iran, Friday, Sept. 7, 2018. The three leaders began a "
    "meeting to discuss the war in Syria.(Presidential Press Service via AP, Pool)\n\n"
    "By Jon Gambrell and Nasser Karimi, Associated Press\n\n"
    "Tehran, Iran (AP) — The presidents of Iran and Russia on Friday backed a military "
    "offensive to retake the last rebel-held area of Syria.\n\n"
    "The trilateral summit in Tehran was held as the war in Syria goes on into its eighth year.\n"
)


def test_a_wire_story_copied_under_a_sites_slogan_keeps_its_own_headline() -> None:
    article = _read(_WIRE_COPY)
    assert article.meta.title == "Iran, Russia, Turkey presidents meet in high-stakes summit"
    removed = {r.rule: r.text for r in article.report.removed}
    assert removed["boilerplate.dateline"] == "Tehran, Iran (AP) —"  # in mixed case: its wire
    assert removed["boilerplate.caption"].startswith("Iran's President")  # `(… via AP, Pool)`
    chrome = [r.text for r in article.report.removed if r.rule == "boilerplate.chrome"]
    assert "Pattaya Blatt | Pattaya Mail | Pattaya Mail TV" in chrome
    assert any(t.startswith("Copyright 2018 The Associated Press") for t in chrome)
    assert article.blocks[0].text.startswith("The presidents of Iran and Russia")


@pytest.mark.parametrize(
    "line",
    [
        "檢索: 帳戶 密碼",  # a login box
        "【打印】 【投稿】 【推薦】 【關閉】",  # a page's tools
        "http://paper.wenweipo.com   [2007-06-16]",
        "放大圖片",
        "南加社區新聞 吃遍南加 玩遍南加 南加人物 華商大全 FB好友 LINE好友",  # a portal's menu
        "中國共產黨新聞 >> 資料中心 >> 歷次黨代會 >> 第八次(1956年9月15日至27日 北京) >> 七中全會",
        "信息分类: 通知   发布机构: 太湖县人民政府办公室",  # a disclosure table's rows
        "信息来源: 关键词:",
        "组配分类: 其他文件",  # the table set one field per line
        "字号变大 | 字号变小",
        "影片來源：衛生福利部疾病管制署。",
        "（中央社檔案照片）",
        "Weekday mornings 3:00 a.m. till 9:00 a.m.",
        "- Captioning sponsored by - NEWSHOUR PRODUCTIONS, LLC",
        "FOR RELEASE February 5, 2016.",
        "【香港政情】李慧琼擊敗陳振英當選立法會主席 08/01/2026 12:17",  # a related story's link
    ],
)
def test_page_furniture_of_portals_and_e_papers_is_chrome(line: str) -> None:
    assert find_chrome(line)


@pytest.mark.parametrize("line", ["港回歸10年圖片 大馬展出", "市政府召開常務會議 傳達國務院報告"])
def test_a_headline_in_groups_is_no_menu(line: str) -> None:
    assert find_chrome(line) is None


@pytest.mark.parametrize("line", ["華人今日網 chinesedaily.com", "（二OO八年二月二十六日）"])
def test_a_sites_name_and_domain_and_a_date_in_numerals_are_no_headline(line: str) -> None:
    assert not is_headline(line)


def test_a_sites_list_of_editions_leaves_the_text() -> None:
    editions = "".join(
        f"中國共產黨第{n}次全國代表大會\n" for n in ["十九", "十八", "十七", "十六", "十五"]
    )
    article = _read(
        f"{editions}\n中國共產黨八屆七中全會公報\n\n"
        "中國共產黨第八屆中央委員會第七次全體會議四月二日至五日在上海舉行。\n\n"
        "全會討論和通過了一九五九年國民經濟計劃草案。\n"
    )
    assert article.meta.title == "中國共產黨八屆七中全會公報"
    links = [r.text for r in article.report.removed if r.rule == "boilerplate.links"]
    assert len(links) == 5


def test_a_presidium_is_one_body_not_an_office_and_a_name() -> None:
    article = _read(
        "本报北京7月22日电 (记者易舒冉)全总十八届四次主席团会议22日在北京召开，"
        "会议传达学习贯彻党的二十届三中全会精神，部署下一阶段工作任务。\n"
    )
    assert article.meta.title == "全总十八届四次主席团会议在北京召开"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("（二OO八年二月二十六日）", "2008-02-26"),  # letters for the zeros
        ("（二〇二四年七月十八日中国共产党第二十届中央委员会第三次全体会议通过）", "2024-07-18"),
        ("二〇二四年十二月三十一日", "2024-12-31"),
        ("二〇二四年十三月一日", None),
        ("二〇二四年十十月一日", None),
    ],
)
def test_a_date_in_chinese_numerals_is_read(text: str, date: str | None) -> None:
    assert find_date([text]) == date


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "PBS NewsHour; November 5, 2021, 3:00pm-4:00pm PDT (2024)",
            "PBS NewsHour; November 5, 2021",
        ),
        (
            "每周一学（2024年1月15日-1月21日）第二十届中央纪委第三次全体会议公报",
            "第二十届中央纪委第三次全体会议公报",
        ),
        ("每周一学（2021年12月27日—1月2日）", "每周一学（2021年12月27日—1月2日）"),
    ],
)
def test_a_programmes_hours_and_a_study_columns_name_leave_the_title(line: str, title: str) -> None:
    assert clean_title(line) == title


def test_a_page_named_for_its_study_column_is_titled_by_its_story() -> None:
    article = _read(
        "<html><head><title>每周一学（2021年12月27日—1月2日）--学习专栏</title></head><body>"
        "<p>每周一学（2021年12月27日—1月2日）</p><p>中共中央政治局召开专题民主生活会强调</p>"
        "<p>弘扬伟大建党精神坚持党的百年奋斗历史经验</p>"
        "<p>中共中央政治局于12月27日至28日召开党史学习教育专题民主生活会，联系中央政治局工作。"
        "</p></body></html>",
        "page.html",
    )
    assert article.meta.title.startswith("中共中央政治局召开专题民主生活会强调")


def test_a_markdown_picture_left_in_a_text_file_is_removed() -> None:
    article = _read(
        "![]() 行政長官岑浩輝迎接夏寶龍\n\n![圖](https://x.example/a.jpg)夏寶龍昨日抵澳。\n"
    )
    assert "![" not in " ".join(b.text for b in article.blocks) + article.meta.title


@pytest.mark.parametrize(
    "line",
    ["For release of the hostages, see below.", "Weekday mornings are busy in the city."],
)
def test_sentences_like_furniture_stay(line: str) -> None:
    assert find_chrome(line) is None


def _page(body: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>“厕所革命”改善农牧区人居环境</title>{head}</head>"
        f"<body><div class='nav'>{body}</div><article><h1>“厕所革命”改善农牧区人居环境</h1>"
        "<p>记者近日从西藏自治区农业农村厅召开的全区农牧业工作会议上了解到，西藏改造户用卫生"
        "厕所4.66万座，农牧区人居环境明显改善。</p></article>"
        "<footer>Copyright © 2021 西藏日报</footer></body></html>"
    )


def test_a_pages_year_alone_is_no_date_but_its_publish_stamp_is() -> None:
    guessed = page_metadata(_page(""))
    assert "page_date" not in guessed  # trafilatura's `2021-01-01` from the copyright line
    stamped = page_metadata(_page("<span>发布时间：2017年05月24日</span><span>来源：本站</span>"))
    assert stamped["page_date"] == "2017-05-24"
    new_year = page_metadata(_page("<span>发布时间：2021-01-01</span>"))
    assert new_year["page_date"] == "2021-01-01"


def test_a_mirrored_wechat_post_is_titled_by_the_line_over_its_original_mark() -> None:
    menu = "首页\n下载应用\n提交文章\n关于我们\n🔥 热搜 🔥\n" + "".join(
        f"{n}\n上海\n" for n in range(1, 9)
    )
    hot = "洗牌电商圈！阿哲放话全网：挑战抖音所有机制！爆全品类大牌！\n" * 3
    article = _read(
        f"{menu}{hot}查看原文\n专访郭嘉铨：无惧抹黑 让市民知道守护香港的决心\n"
        "Original\n秦玥\n直新闻\n"
        "2021-06-26\n修例风波以来，香港警方遭到各种恶意起底和抹黑，原本良好的警民关系也受到严重"
        "破坏。面对各种中伤，警队如何争取民意。\n"
    )
    assert article.meta.title == "专访郭嘉铨：无惧抹黑 让市民知道守护香港的决心"
    assert "Original" not in [b.text for b in article.blocks]


@pytest.mark.parametrize(
    "line", ["首页", "Home", "下载应用", "关于我们", "🔥 热搜 🔥", "收录于话题"]
)
def test_a_sites_menu_set_one_link_a_line_is_chrome(line: str) -> None:
    assert find_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "To view Executive Order 20-18, click here.",
        "Learn Moreabout PBS online sponsorshipAM",
        "联系我时，请说明是从哪儿看到的，谢谢。",
        "Transcript provided by NPR, Copyright NPR.",
        "Links have been removed from this email.",
    ],
)
def test_calls_sponsors_and_footers_of_releases_and_stations_are_chrome(line: str) -> None:
    assert find_chrome(line)


def test_a_sentence_that_asks_to_click_is_text() -> None:
    assert (
        find_chrome("If you cannot attend, click here to watch the stream live on our site.")
        is None
    )


def test_a_day_no_month_has_and_a_left_picture_are_reported_where_they_were() -> None:
    article = _read(
        "区政府召开第2次区长办公会议\n\n33日，区长赵玉勋主持召开区政府第2次区长办公会议。\n\n"
        "![]() 夏寶龍與行政長官及主要負責人合影。會議研究了有關事項。\n"
    )
    snippets = " ".join(d.snippet for d in article.report.damage)
    assert "33日" in snippets
    assert "![]()" in snippets
    assert find_damage("历时45日，完成改造") == []


def test_the_line_over_an_adoption_note_is_the_documents_own_title() -> None:
    article = _read(
        "第二十届中央纪委第三次全体会议公报\n\n中国共产党第二十届中央纪律检查委员会第三次全体会议公报\n\n"
        "（2024年1月10日中国共产党第二十届中央纪律检查委员会第三次全体会议通过）\n\n"
        "中国共产党第二十届中央纪律检查委员会第三次全体会议，于2024年1月8日至10日在北京举行。\n"
    )
    assert article.meta.title == "中国共产党第二十届中央纪律检查委员会第三次全体会议公报"


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        (  # the short form the text gives its subject, no day, no 了
            "新加坡宗乡会馆联合总会（宗乡总会）于9月16日上午召开了第三十八届常年会员大会。",
            "宗乡总会召开第三十八届常年会员大会",
        ),
        (  # `定于` is when it will be: it stays
            "中国共产党梅州市第七届委员会第七次全体会议定于8月1日在梅城召开。",
            None,
        ),
    ],
)
def test_a_lead_made_headline_names_its_subject_short_and_drops_its_day(
    lead: str, title: str | None
) -> None:
    got = _read(f"{lead}\n\n会议听取和讨论了有关工作报告。\n").meta.title
    if title:
        assert got == title
    else:
        assert "定于" in got or "8月1日" in got


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("左到右：副财政郑桂发、财政洪宝兴、副会长钟声坚、秘书长吴绍均、副秘书长潘家海", True),
        ("宗乡总会会长蔡其生（左四）与宗乡总会理事合照", True),
        ("从左至右依次为张三、李四", True),
        ("左边是民众会堂，右边是礼堂。", False),
    ],
)
def test_who_stands_where_in_a_group_photo_is_a_caption(line: str, caption: bool) -> None:
    assert says_what_the_picture_shows(line) is caption


def test_an_interns_byline_in_brackets_names_every_reporter() -> None:
    article = _read(
        "各界新聞網訊(實習記者 韓璋 通訊員 黃建偉 記者 樊星)1月22日,澄城縣政協十屆三次會議召開。"
        "縣委書記高成文等出席會議。\n\n報告指出，2023年是全面貫徹落實中共二十大精神的開局之年。\n"
    )
    assert article.meta.title == "澄城縣政協十屆三次會議召開"
    assert article.meta.reporters == ["韓璋", "黃建偉", "樊星"]


@pytest.mark.parametrize("line", ["EXHIBIT 99.1", "Exhibit 99", "新華網 正文", "正文"])
def test_a_filings_exhibit_label_and_a_portals_body_mark_are_chrome(line: str) -> None:
    assert find_chrome(line)
