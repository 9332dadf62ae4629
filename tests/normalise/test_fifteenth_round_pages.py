"""Rules learnt from the twenty-eighth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised

from highlights.ingest import read_source
from highlights.ingest.text import headed, split_lines
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.editions import dated_edition
from highlights.normalise.headlike import clean_title


def test_a_stamp_that_names_its_source_records_it() -> None:
    article = normalised(
        "纪念九一八事变93周年：勿忘国耻",
        "2024-09-18 10:20 来源：人民网",
        "今天是九一八事变爆发93周年纪念日。各地举行纪念活动，沈阳鸣响防空警报。",
    )
    assert article.meta.source == "人民网"
    assert article.meta.date == "2024-09-18"
    assert any("来源：人民网" in r.text for r in article.report.removed)


def test_the_outlet_a_dateline_names_outranks_the_site_that_republished_it() -> None:
    article = normalised(
        "訪華記者團問題多 晚宴成“發布會”",
        "2009年09月27日 22:24 來源:中國新聞網",
        "中新社北京九月二十七日電 訪華的發展中國家記者團成員在晚宴上紛紛提問。",
    )
    assert article.meta.source == "中新社"


def test_a_photo_credit_names_no_source_when_a_dateline_does() -> None:
    article = normalised(
        "國務院新聞辦公室福建主題新聞發布會在北京舉辦",
        "新聞發布會現場。 福建日報記者 張永定 攝",
        "東南網7月19日訊(本網特派記者 盧金福)今日上午10點,"
        "國務院新聞辦公室福建主題新聞發布會在北京舉辦。",
    )
    assert article.meta.source == "東南網"


def test_a_wire_photo_storys_dateline_is_no_headline_and_its_column_comes_off() -> None:
    article = normalised(
        "新华社照片，北京，2024年9月22日",
        "（体育）（1）乒乓球——中国乒乓球公开赛：王楚钦夺冠",
        "9月22日，王楚钦在颁奖仪式上。",
        "当日，在北京举行的2024中国乒乓球公开赛男子单打决赛中，中国选手王楚钦以4比1战胜日本选手"
        "张本智和，获得冠军。",
        "新华社记者 张晨霖 摄",
    )
    assert article.meta.title == "乒乓球——中国乒乓球公开赛：王楚钦夺冠"
    assert (article.meta.source, article.meta.date) == ("新华社", "2024-09-22")
    assert ("boilerplate.dateline", "新华社照片，北京，2024年9月22日") in [
        (r.rule, r.text) for r in article.report.removed
    ]


@pytest.mark.parametrize(
    "title, clean",
    [
        ("（新春走基层）（3）坚守在高铁线上的检修工", "坚守在高铁线上的检修工"),
        ("（受权发布）中华人民共和国国务院令", "中华人民共和国国务院令"),
        ("（1）工信部：加快推进新型工业化", "工信部：加快推进新型工业化"),
        ("（记者 张三）", "（记者 张三）"),  # a credit, no column
    ],
)
def test_a_wire_storys_column_tags_come_off_its_title(title: str, clean: str) -> None:
    assert clean_title(title) == clean


def test_a_portals_account_links_are_no_headline() -> None:
    article = normalised(
        "移动端应用",
        "政务微信",
        "登录个人中心",
        "您当前的位置:首页 >>要闻动态 >>部门动态 >>内容",
        "3月23日上午,市长徐华勤主持召开市政府第二十四次常务会议,市领导周卫中、刘新农出席会议。",
        "会议听取了关于一季度全市安全生产工作情况汇报。",
    )
    assert article.meta.title == "徐华勤主持召开市政府第二十四次常务会议"
    assert "登录个人中心" in [r.text for r in article.report.removed]


def test_a_papers_page_index_is_no_headline() -> None:
    article = normalised(
        "第2版:2023全国两会特别报道",
        "3上一版  下一版4",
        "本版标题导航",
        "2023年3月7日 放大 缩小 默认",
        "十组数据看开局之年中国发展",
        "全面贯彻党的二十大精神的开局之年，中国经济怎样稳中求进？",
        "政府工作报告提出，2023年GDP增长预期目标为5%左右。",
    )
    assert article.meta.title == "十组数据看开局之年中国发展"
    removed = [r.text for r in article.report.removed]
    assert "本版标题导航" in removed and "3上一版 下一版4" in removed


def test_an_adoption_note_broken_inside_its_brackets_is_one_line() -> None:
    lines = split_lines(
        "中国共产党四川省第十届委员会第十次全体会议公报\n(2017年5月21日中国共产党\n"
        "四川省第十届委员会第十次全体会议通过)\n中国共产党四川省第十届委员会第十次全体会议,"
        "于2017年5月20日至21日在成都举行。"
    )
    assert [b.text for b in lines][
        1
    ] == "(2017年5月21日中国共产党四川省第十届委员会第十次全体会议通过)"
    english = split_lines("Ceremony held (Dallas,\nTexas)\nThe mayor spoke.")
    assert english[0].text == "Ceremony held (Dallas, Texas)"


def test_a_long_line_with_an_open_bracket_is_not_joined() -> None:
    long = "全会指出（" + "要" * 60
    assert len(split_lines(f"{long}\n通过）")) == 2


def test_a_spreadsheets_escaped_line_end_parts_paragraphs_and_is_reported(
    tmp_path: Path,
) -> None:
    page = tmp_path / "x000d.txt"
    page.write_text(
        "新常委亮相：习近平定下“工作坐标”\n25日上午，人民大会堂东大厅，习近平率新一届中央政治局常委"
        "与中外记者见面。_x000D_ _x000D_ 500多名中外记者架起摄像机、照相机，"
        "早早等候于此。_x000D_\n",
        encoding="utf-8",
    )
    article = normalise(read_source(page))
    assert [b.text[:6] for b in article.blocks] == ["25日上午，", "500多名中"]
    assert any("_x000D_" in d.snippet for d in article.report.damage)


def test_a_wire_features_own_title_finds_its_headline_under_a_spammed_banner() -> None:
    article = normalised(
        "广州惠临官方网站博客",
        "Good Luck To You!",
        "中共中央新一届常委亮相:习近平定下“工作坐标”",
        "中新社北京10月25日电 题:新常委亮相:习近平定下“工作坐标”",
        "25日上午,人民大会堂东大厅,习近平率新一届中央政治局常委与中外记者见面。",
        "500多名中外记者架起摄像机、照相机,早早等候于此。",
    )
    assert article.meta.title == "中共中央新一届常委亮相：习近平定下“工作坐标”"
    removed = {(r.rule, r.text) for r in article.report.removed}
    assert ("boilerplate.original_title", "题:新常委亮相:习近平定下“工作坐标”") in removed
    assert ("boilerplate.masthead", "广州惠临官方网站博客") in removed


def test_a_column_label_before_the_wire_title_comes_off() -> None:
    article = normalised(
        "首頁 > 兩會觀察 > 世界看兩會 >",
        "兩會現場速遞|“中國為世界經濟注入新動力”——中國兩會吸引世界目光",
        "新華社北京3月10日電 題:“中國為世界經濟注入新動力”——中國兩會吸引世界目光",
        "“成都將從哪些方面增強外國朋友的旅遊體驗感和便利度?”3月10日上午,記者向代表提出這樣一個問題。",
    )
    assert article.meta.title == "“中國為世界經濟注入新動力”——中國兩會吸引世界目光"


def test_an_outlet_in_title_marks_opens_a_dateline() -> None:
    article = normalised(
        " date 2026-01-08 《新華社》1月8日消息，中共中央政治局常務委員會1月8日全天召開會議，"
        "聽取全國人大常委會、國務院黨組工作匯報。中共中央總書記習近平主持會議並發表重要講話。",
        "會議指出，黨中央聽取全國人大常委會、國務院黨組工作匯報，是堅持和完善黨的領導制度體系的重要舉措。",
    )
    assert article.meta.source == "新華社"
    assert not article.meta.title.startswith("《新華社》")
    assert article.blocks[0].text.startswith("中共中央政治局常務委員會")


@pytest.mark.parametrize("line", ["網頁指南主頁", "Archive for March, 2010", "Archives: June 2021"])
def test_a_site_guide_and_a_blogs_archive_heading_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_newswires_day_in_figures_goes_with_its_dateline() -> None:
    article = normalised(
        "Archive for March, 2010",
        "BARRINGTON, IL — (Marketwire) — 03/22/10 — CTI Industries Corporation (NASDAQ: CTIB), "
        "a manufacturer and marketer of novelty balloons, printed and laminated films and flexible "
        "packaging and storage products, today announced its full-year results of operations for "
        "2009, as well as for the three months ended December 31, 2009.",
        "Consolidated net sales for the fourth quarter 2009 were $10,738,000.",
    )
    assert article.blocks[0].text.startswith("CTI Industries Corporation (NASDAQ: CTIB)")
    assert article.meta.title == (
        "CTI Industries Corporation announces its full-year results of operations for 2009"
    )


def test_an_english_headline_in_title_case_is_not_joined_to_the_wrapped_text_under_it() -> None:
    blocks = split_lines(
        "Biopartners Terminates Collaboration with The Medical House\n"
        "Biopartners Holdings AG today announced that it has terminated its\n"
        "supply agreement with The Medical House. In February 2005, The Medical\n"
        "House signed a 10 year supply agreement with Biopartners GmbH for the\n"
        "license and supply of the GH1 reusable, spring powered, needle-free\n"
        "delivery system for the delivery of human growth hormone products.\n"
        "In 2006 Biopartners initiated a comparative study in volunteers to\n"
        "assess the product delivered by the GH1 device.\n"
    )
    assert blocks[0].text == "Biopartners Terminates Collaboration with The Medical House"
    assert blocks[1].text.startswith("Biopartners Holdings AG today announced")
    assert "supply agreement with The Medical House." in blocks[1].text


@pytest.mark.parametrize(
    "line, head",
    [
        ("Biopartners Terminates Collaboration with The Medical House", True),
        ("About Biopartners Holdings AG", True),
        ("In 2006 Biopartners initiated a comparative", False),
        ("Treilles, CEO of Biopartners", False),
        ("Fourth Quarter", False),
    ],
)
def test_what_reads_as_an_english_headline(line: str, head: bool) -> None:
    assert headed(line) == head


def test_a_day_that_is_the_subject_stays_in_a_drawn_title_and_according_to_is_no_outlet() -> None:
    article = normalised(
        "据新华社北京10月1日电10月1日是新中国57岁的生日,在北京的天安门广场,在祖国的各个地方,"
        "各族群众用不同的方式为伟大的祖国献上诚挚的祝福。",
        "据新华社南京10月1日电(记者凌军辉)10月1日,200余名名叫“建国”或“国庆”的南京市民举行见面会。",
    )
    assert article.meta.title == "10月1日是新中国57岁的生日"
    assert article.meta.source == "新华社"


@pytest.mark.parametrize(
    "first, source",
    [
        ("新華社報導,中國共產黨第19屆中央委員會第七次全體會議9至12日在北京舉行。", "新華社"),
        ("據香港特區政府網站消息,香港財政司司長曾俊華15日在立法會大樓會見新聞界。", None),
    ],
)
def test_a_wire_named_without_according_to_and_a_government_site_open_no_title(
    first: str, source: str | None
) -> None:
    article = normalised(first, "會議指出，要堅持穩中求進工作總基調，完整準確全面貫徹新發展理念。")
    assert not article.meta.title.startswith(("新華社", "據"))
    if source:
        assert article.meta.source == source


def test_a_programmes_name_alone_is_completed_by_its_editions_day() -> None:
    article = normalised(
        "每日新闻联播",
        "日期: 2016年07月03日",
        "来源: http://mrxwlb.com/ URL: http://mrxwlb.com/2016/07/03/",
        "20160703今日新闻联播主要内容：",
        "在庆祝中国共产党成立95周年大会上，习近平总书记向全党再次发出了动员令。",
    )
    assert article.meta.title == "每日新闻联播 2016年7月3日"
    assert article.meta.source == "mrxwlb.com"
    assert dated_edition("新闻联播 2016年7月3日", "2016-07-03") == "新闻联播 2016年7月3日"
    assert dated_edition("每日新闻联播", None) == "每日新闻联播"


def test_an_english_programmes_name_alone_is_completed_by_its_day() -> None:
    article = normalised(
        "CNN This Morning",
        "Aired May 06, 2025 - 06:30   ET",
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "KASIE HUNT: Good morning. The president says he will reopen Alcatraz, the old prison.",
    )
    assert article.meta.title == "CNN This Morning, May 6, 2025"
    again = normalised(article.meta.title, *(b.text for b in article.blocks))
    assert again.meta.title == article.meta.title  # `6 May 2025` would read as a stamp
    assert dated_edition("CNN Trump Town Hall Aired", "2025-05-06").endswith("Aired")
    assert dated_edition("PBS NewsHour", "2018-01-10") == "PBS NewsHour, January 10, 2018"


def test_a_dated_teaser_of_another_story_after_related_news_is_dropped() -> None:
    article = normalised(
        "副總統親手捏陶及繪製平安龜 邀請國人體驗澎湖在地文化",
        "副總統今（21）日上午前往澎湖，參訪在地陶藝工作室，並體驗捏陶及繪製平安龜。",
        "副總統表示，澎湖除了漁業外，觀光也非常重要，希望國人多到澎湖走走。",
        "隨後，副總統親手體驗捏陶及繪製平安龜，並與現場小朋友溫馨互動，現場氣氛熱絡。",
        "相關新聞",
        "詳細內容",
        "114年02月12日",
        "總統出席2025台灣燈會開燈典禮 盼不分中央地方、朝野黨派 攜手合作增進人民福祉",
        "賴清德總統今(12)日晚間出席「2025台灣燈會在桃園」開燈典禮時表示,今年台灣燈會以「光聚千塘串桃園」"
        "為主題,打造一場結合科技、文化以及親子互動的觀光盛會。",
    )
    text = "".join(b.text for b in article.blocks)
    assert "台灣燈會" not in text and "現場氣氛熱絡" in text


def test_a_date_in_the_dropped_tail_is_no_stamp_for_the_headline() -> None:
    # the date under `相關新聞` was taken for the page's stamp, then left with the tail
    article = normalised(
        "相關",
        "副總統今（21）日上午前往澎湖，參訪在地陶藝工作室，並體驗捏陶及繪製平安龜。",
        "副總統表示，澎湖除了漁業外，觀光也非常重要，希望國人多到澎湖走走。",
        "相關新聞",
        "114年02月12日",
        "總統出席2025台灣燈會開燈典禮",
    )
    assert "台灣燈會" not in "".join(b.text for b in article.blocks)


def test_a_caption_set_twice_under_the_headline_is_neither_headline_nor_lead() -> None:
    article = normalised(
        "中市市政會議防疫升級 暫緩府外行動市政會議",
        "盧市長與各區區長視訊開會",
        "盧市長與各區區長視訊開會",
        "因應目前桃園新冠肺炎群聚感染情形擴大,為降低傳染風險,台中市政府市政會議自即日起暫緩"
        "每隔週至各區召開之行動市政會議。",
        "研考會表示,市政會議為台中市政府市政之最高決策會議,每週二由市長召開。",
    )
    assert article.meta.title == "中市市政會議防疫升級 暫緩府外行動市政會議"
    assert article.blocks[0].text.startswith("因應目前")
    assert [r.rule for r in article.report.removed].count("boilerplate.caption") == 2


def test_a_listed_companys_name_legal_notice_and_defined_names_are_no_headline() -> None:
    article = normalised(
        "30 August 2018 |",
        "SYMPHONY ENVIRONMENTAL TECHNOLOGIES PLC",
        '("Symphony", the "Company" or the "Group")',
        "The information communicated within this announcement is deemed to constitute inside "
        "information as stipulated under the Market Abuse Regulations (EU) No. 596/2014. Upon the "
        "publication of this announcement, this information is considered to be in the public "
        "domain.",
        "Interim Results",
        "Symphony Environmental Technologies Plc (AIM: SYM), a global specialist in products and "
        "technologies, is pleased to announce its interim financial statements for the six-month "
        "period ended 30 June 2018.",
        "Revenues increased by 11% to £4.1 million with gross profit up by 6% to £2.0 million.",
    )
    assert article.meta.title == "Interim Results"
    text = " ".join(b.text for b in article.blocks)
    assert "inside information" not in text and '"Company"' not in text


@pytest.mark.parametrize(
    "byline, reporter",
    [("半月谈记者 史卫燕", "史卫燕"), ("■ 張士義/ 文", "張士義"), ("(全媒體記者 白萍)", "白萍")],
)
def test_a_magazines_reporter_and_a_signed_writer_are_bylines(byline: str, reporter: str) -> None:
    article = normalised(
        "益阳：“数字”是优长",
        byline,
        "益水之阳，是名益阳。这个洞庭湖区的重要城市，60年前就曾在作家周立波的笔下出现。",
        "无土栽培、立体种植、智能调控、四季生产……在益阳一个智慧农业园里，数字技术处处可见。",
    )
    assert article.meta.title == "益阳：“数字”是优长"
    assert article.meta.reporters == [reporter]
    assert article.meta.source != "全媒體"


def test_a_pages_editor_declared_as_its_author_is_its_editor() -> None:
    from highlights.model import Metadata
    from highlights.normalise.declared import with_page

    meta = with_page(Metadata(title="t"), {"page_author": "责任编辑：孔德明"})
    assert (meta.editors, meta.reporters) == (["孔德明"], [])


def test_a_papers_page_turn_and_font_buttons_are_chrome() -> None:
    assert find_chrome("3 上一篇 下一篇 4 放大 缩小 默认") is not None


def test_a_media_groups_report_names_its_source() -> None:
    article = normalised(
        "大公文匯全媒體報道,今天我們先來關注特首述職。國家主席習近平13日下午在中南海瀛台會見"
        "來京述職的香港特別行政區行政長官李家超。",
        "習近平指出,一年來,李家超行政長官帶領特區政府擔當作為、務實進取。",
    )
    assert article.meta.source == "大公文匯全媒體"
    assert not article.meta.title.startswith("大公文匯")


def test_a_figure_wrapped_onto_the_next_line_goes_on_there() -> None:
    blocks = split_lines(
        "Forecasters say there is a 70 percent chance of having nine to 14 named storms, of\n"
        "which four to seven could become hurricanes, including one to three major\n"
        "hurricanes (Category 3, 4 or\n"
        "5). This outlook is a guide to the overall expected seasonal activity, and\n"
        "preparedness is what counts in every season that comes along the coast.\n"
        "The outlook will be updated in August, before the peak of the season starts.\n"
    )
    assert not any(b.text.startswith("5)") for b in blocks)


@pytest.mark.parametrize(
    "line", ["Subject:", "From:", "FOR IMMEDIATE RELEASE", "202-329-4030 (cell) NOAA"]
)
def test_a_mailed_releases_header_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_table_cells_bar_comes_off_a_title() -> None:
    assert clean_title("NOAA Issues Hurricane Season Outlook |") == (
        "NOAA Issues Hurricane Season Outlook"
    )


def test_a_short_line_over_a_list_is_its_heading() -> None:
    from highlights.model import Block
    from highlights.normalise.listheads import head_lists

    items = [Block(kind="list_item", text=t) for t in ("Revenues up 11%", "Profit fell")]
    heads = head_lists([Block(text="Financial highlights"), *items])
    assert (heads[0].kind, heads[0].level) == ("heading", 2)
    for lead in ("This release includes:", "Revenues rose in every market we serve."):
        assert head_lists([Block(text=lead), *items])[0].kind == "paragraph"
    assert head_lists([Block(text="Financial highlights"), items[0]])[0].kind == "paragraph"


def test_a_video_players_label_comes_off_a_heading() -> None:
    from highlights.normalise.boilerplate import find_heading_chrome

    found = find_heading_chrome("第三届全民阅读大会在昆明举办视频简介")
    assert found.text == "第三届全民阅读大会在昆明举办"
    assert found.removed == [("boilerplate.chrome", "视频简介")]


def test_a_sites_versions_run_together_are_chrome() -> None:
    assert find_chrome("English繁體簡體純文字PDARSS") is not None
    assert find_chrome("English") is None


def test_a_visiting_party_is_named_by_who_leads_it() -> None:
    article = normalised(
        "臺灣《中國時報》新任總編輯張景為、大陸新聞中心主任白德華、大陸新聞中心主任記者王銘義"
        "一行3人25日前來中國新聞社參訪，中新社社長會見了他們。",
        "雙方就兩岸新聞交流進行了會談，並表示將加強合作。",
    )
    assert article.meta.title.startswith("臺灣《中國時報》新任總編輯張景為一行3人")
    assert "白德華" not in article.meta.title


def test_a_programme_is_dated_only_by_a_real_month() -> None:
    assert dated_edition("CNN This Morning", "2025-00-06") == "CNN This Morning"
