"""Rules learnt from the fifty-third and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised

from highlights.ingest import parse_source
from highlights.ingest.bbcode import unbbcoded
from highlights.ingest.lost_text import with_lost_subheads
from highlights.ingest.runin import run_in_list
from highlights.model import Block
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.chrome import find_chrome
from highlights.normalise.datelines import dateline
from highlights.normalise.derived import clause_outside_quotes
from highlights.normalise.headlike import is_headline
from highlights.normalise.injected import find_injected
from highlights.normalise.metadata import find_date
from highlights.normalise.openings import unopened
from highlights.normalise.sentences import cut_title, first_sentence
from highlights.normalise.sites import site_title
from highlights.normalise.titlelines import continues
from highlights.normalise.zh_credits import clean_names


@pytest.mark.parametrize(
    "line",
    [
        # a government portal's footer
        "网站标识码：5002350018 网站维护联系电话：023-55128091",
        "ICP备案：渝ICP备12003733号-1 渝公网安备：50023502000110号",
        "主办：云阳县人民政府办公室 版权所有：云阳县人民政府",
        # a forum post's counters, tools and its poster's card (Discuz)
        "查看: 354|回复: 3",
        "[复制链接]",
        "发表于 2019-7-27 20:05 | 显示全部楼层 |阅读模式",
        "积分",
        "Rank: 2",
        "正式会员",
        "新客户广告位",
        # a blog host's widgets and an icon font's names
        "close",
        "arrow",
        "全站熱搜",
        "qs66qsqhai 發表在 痞客邦 留言(0) 人氣()",
        "留言与评论(共有 条评论)",
        # a newspaper portal's greeting, edition and buttons
        "您好!今天是",
        "設為主頁收藏本頁",
        "當前報章為 第12047號",
        "字體: 放大 還原 縮小",
        "日期:2020-05-28 字体:【",
        # a Taiwanese desk's filing line, a portal's stamp with its address first
        "政治中心/綜合報導",
        "http://www.sina.com.cn 2007年03月16日18:54 中国网",
        # English: a PDF's colour plates, a video's link, an archive's record fields, SSI errors
        "CALEDONIAN Black Cyan Magenta Yellow",
        "To view a video of the Address visit this link.",
        "To view Executive Order 20-18, click here.",
        "Transcript ID:",
        "[an error occurred while processing the directive] "
        "[an error occurred while processing the directive]",
    ],
)
def test_the_furniture_of_portals_forums_and_blogs_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Close to 500 people attended the meeting.",
        "Search and rescue teams reached the village",
        "積分制管理辦法正式實施",
        "中心城區/綜合整治工程啟動，預計年底完工",
    ],
)
def test_lines_that_only_look_like_furniture_stay(line: str) -> None:
    assert find_chrome(line) is None


def test_a_site_name_with_its_trademark_is_no_headline() -> None:
    """`滑铁卢华人网™`: the forum's name over a post whose headline is below it."""
    assert site_title("滑铁卢华人网™") == ""
    article = normalised(
        "滑铁卢华人网™",
        "查看: 354|回复: 3",
        "新闻联播:美国污蔑中国的观点荒唐得令人喷饭",
        "[复制链接]",
        "7月25日,《新闻联播》《中国新闻》连续播发国际锐评,题目是《究竟谁在全球到处欺侮恫吓他人?》。",
    )
    assert article.meta.title == "新闻联播：美国污蔑中国的观点荒唐得令人喷饭"


def test_the_original_title_in_brackets_under_a_story_names_it() -> None:
    """`(原標題:…)` under a reprint that lost its headline: the wire's own title."""
    article = normalised(
        "close",
        "湖北日報訊 據新華社北京23日電 在春節即將到來之際,習近平22日下午在人民大會堂同各民主黨派"
        "中央、全國工商聯負責人和無黨派人士代表歡聚一堂,共迎新春。",
        "陳竺代表各民主黨派中央、全國工商聯和無黨派人士致辭。",
        "(原標題:習近平念聯語贈黨外人士)",
    )
    assert article.meta.title == "習近平念聯語贈黨外人士"


def test_a_resolutions_adoption_note_is_no_headline() -> None:
    note = "（2026年2月10日海晏县第十六届人民代表大会第七次会议通过）"
    assert not is_headline(note)
    article = normalised(
        note,
        "海晏县第十六届人民代表大会第七次会议认真审查了县人民政府提出的《海晏县国民经济和社会发展"
        "第十五个五年规划纲要（草案）》，决定批准这个规划纲要。",
    )
    assert article.meta.title != note
    assert article.meta.title.startswith("海晏县第十六届人民代表大会第七次会议")


def test_the_time_phrase_with_a_bracketed_day_and_a_clock_opens_no_title() -> None:
    """`今天（1月21日）下午2:00，在…举行…`: a drawn title starts at where it was held."""
    opened = unopened("今天（1月21日）下午2：00，在上海市疾控中心举行新闻发布会。")
    assert opened.startswith("在上海市疾控中心")
    article = normalised(
        "今天(1月21日)下午2:00,在上海市疾控中心举行本市防控工作第90场新闻发布会,邀请市卫生健康委"
        "主任邬惊雷、市新冠肺炎临床救治专家组组长张文宏介绍有关情况。",
        "张文宏说,昨晚病例仅仅有检测数据,其他临床表现尚在待排查。",
    )
    assert article.meta.title == "上海市疾控中心举行本市防控工作第90场新闻发布会"


def test_a_lunar_day_opens_no_title() -> None:
    assert unopened("臘月二十六中午，在商水縣郝崗鄉舉行年貨大集。").startswith("在商水縣")


def test_a_reporter_of_a_press_group_is_a_byline() -> None:
    article = normalised(
        "中華龍都網訊(周口報業全媒體記者 張勁松 通訊員 王銀華)臘月二十六中午,商水縣迎回村辦起了"
        "自己的報紙,村民們圍在宣傳櫥窗前仔細端詳。",
        "筆者看到,眼前這張報紙的版面比普通報紙還要大一倍。",
    )
    assert article.meta.reporters == ["張勁松", "王銀華"]
    assert "記者" not in article.meta.title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("2022年07月07日新闻联播主要内容文字版完整版", "新闻联播 2022年7月7日"),
        ("20171121今日新闻联播主要内容:", "新闻联播 2017年11月21日"),
    ],
)
def test_a_programmes_dated_contents_line_is_its_editions_title(text: str, title: str) -> None:
    article = normalised(
        text,
        "1.李克强主持召开东南沿海省份政府主要负责人经济形势座谈会;",
        "2.纪念全民族抗战爆发85周年仪式在京举行;",
    )
    assert article.meta.title == title


def test_an_english_headline_goes_on_with_a_line_that_opens_with_its_phrase() -> None:
    assert continues("DEP Announces Toll-Free Hotline", "For Reporting Threats to Water Quality")
    assert continues("X For Reporting Threats to Water Quality", "Throughout the Watershed")
    assert not continues("DEP Announces Toll-Free Hotline", "For immediate release")
    assert not continues("DEP Announces Toll-Free Hotline", "From the desk of the Commissioner.")


_BBCODE = (
    "[align=center][color=rgb(51, 51, 51)][font=宋体][size=3] [b]20[/b][b]2[/b][b]2[/b][b]年[/b]"
    "[b]闻喜县[/b][b]国民经济和社会发展统计公报[/b][/size][/font][/color][/align]"
    "[align=center][size=3]  闻喜县统计局[/size][/align]"
    "[align=left][size=3]  2022年，全县地区生产总值完成2252248万元，同比增长6.4%。"
    "[url=http://example.com/a]详见附表[/url][img]http://example.com/a.png[/img][/size][/align]"
)


def test_forum_markup_is_read_as_the_paragraphs_it_marks() -> None:
    text = unbbcoded(_BBCODE)
    assert text.split("\n")[0].strip() == "2022年闻喜县国民经济和社会发展统计公报"
    assert "[" not in text and "example.com/a.png" not in text and "详见附表" in text
    article = parse_source(Path("post.txt"), _BBCODE.encode())
    assert [b.text for b in article.blocks][:2] == [
        "2022年闻喜县国民经济和社会发展统计公报",
        "闻喜县统计局",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "見[1]與[2]，另見[b]。",  # footnote marks and a bracketed letter: no markup
        "数组写作 a[i]，结束于 [/b] 一处",  # one closing tag: quoted, not markup
    ],
)
def test_a_text_that_quotes_brackets_keeps_them(text: str) -> None:
    assert unbbcoded(text) == text


@pytest.mark.parametrize(
    ("line", "names"),
    [("责编：张丽", ["张丽"]), ("（责编：刘亮、王静）", ["刘亮", "王静"])],
)
def test_the_short_form_of_editor_in_charge_credits_an_editor(line: str, names: list[str]) -> None:
    assert find_boilerplate(line).editors == names


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("TNW中文站 10月14日报道", "TNW中文站"),  # a site named in Latin letters, its edition
        ("中新网10月14日报道 据外媒报道，", "中新网"),
    ],
)
def test_a_sites_day_and_report_is_a_dateline(line: str, outlet: str) -> None:
    found = dateline(line)
    assert found is not None and found[1] == outlet


def test_the_offices_a_notice_is_sent_from_are_no_headline() -> None:
    article = normalised(
        "中共庄浪县委办公室 庄浪县人民政府办公室",
        "关于印发《庄浪县创建省级文明县标兵",
        "集中落实活动实施方案》的通知",
        "各乡镇党委、人民政府,县直及省、市驻庄各单位:",
        "《庄浪县创建省级文明县标兵集中落实活动实施方案》已经县委、县政府同意,现印发给你们,请结合"
        "各自实际,认真抓好贯彻落实。",
    )
    assert article.meta.title == "关于印发《庄浪县创建省级文明县标兵集中落实活动实施方案》的通知"


@pytest.mark.parametrize(
    ("texts", "date"),
    [(["14th February 2012"], "2012-02-14"), (["Tuesday, February 14th, 2012"], "2012-02-14")],
)
def test_an_english_date_with_an_ordinal_day_is_a_date(texts: list[str], date: str) -> None:
    assert find_date(texts) == date
    assert find_chrome(texts[0]) is not None  # alone on its line: the release's stamp


def test_an_english_release_named_by_its_first_sentence() -> None:
    """The dateline in one bracket comes off; a clause set off by a spaced dash, a time of day
    (`2:30`, `p.m.`) end no clause or sentence."""
    found = dateline("(MANHATTAN, Kan. – February 3, 2023) — Residents are invited to…")
    assert found is not None and found[0].endswith("— ")
    assert clause_outside_quotes("CAF has welcomed the campaign - as research shows") == (
        "CAF has welcomed the campaign"
    )
    assert clause_outside_quotes("from 2:30 to 4:30 p.m. Friday, February 10") == (
        "from 2:30 to 4:30 p.m. Friday"
    )
    assert (
        first_sentence("It opens at 4:30 p.m. Friday. Call us.") == "It opens at 4:30 p.m. Friday."
    )
    assert clause_outside_quotes("北京 - 上海，两地") == "北京 - 上海"  # Chinese sets no such dash


@pytest.mark.parametrize(
    ("names", "clean"),
    [
        (["吳婧", "陳倩兒", "發自香港", "成都"], ["吳婧", "陳倩兒"]),  # where they filed from
        (["林雪娟攝"], ["林雪娟"]),
        (["陈智", "整合"], ["陈智"]),  # what the reporter did with others' reports
        (["广德新闻网", "杨帆"], ["杨帆"]),  # the outlet in the author's field
    ],
)
def test_a_credits_places_roles_and_outlets_are_no_names(
    names: list[str], clean: list[str]
) -> None:
    assert clean_names(names) == clean


@pytest.mark.parametrize(
    "line",
    [
        "本頁位置首頁新聞中心國內新聞",  # a breadcrumb with no marks between its steps
        "本文鏈接：http://www.contacsealstone.com/content/12.html",
        "直接点击图片或者使用键盘'←' '→'键翻页。",
        "Posted by: Media Relations",
        "Sign In Search Podcasts Charts People & Topics Add Podcast API Pricing",
    ],
)
def test_more_furniture_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line", ["Home News Sport Weather", "Search Warrant Served at Home on Main Street"]
)
def test_a_headline_that_names_a_menus_words_stays(line: str) -> None:
    assert find_chrome(line) is None


def test_a_papers_pointer_to_its_other_page_comes_off_the_paragraph() -> None:
    found = find_boilerplate("質詢時間為今日下午四時三十分至五時。(相關新聞刊二版)")
    assert found.text == "質詢時間為今日下午四時三十分至五時。"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("NPR News: 12-13-2025 4PM EST", True),  # figures and no Han: English all the same
        ("(604) 214-9722 ext. 238", False),  # a telephone number
        ("NEWS", False),  # one word: a label
    ],
)
def test_english_headlines_are_measured_as_english(text: str, headline: bool) -> None:
    assert is_headline(text) is headline


_PODCAST = (
    "*00:00.060- 00:05.560* :  Hello, this is the Global News Podcast from the BBC World "
    "Service, with reports and analysis\n"
    "*00:05.560- 00:12.560* :  from across the world, the latest news 7 days a week.\n"
    "*00:16.900- 00:23.620* :  Five American prisoners who've been detained for years in Iran "
    "are now flying home.\n"
    "*00:24.560- 00:27.600* :  The deal was mediated by Qatar.\n"
)


def test_a_podcasts_timed_transcript_in_markdown_is_read_as_its_turns() -> None:
    """Each cue's span comes off; the host's greeting names the programme."""
    article = normalise(parse_source(Path("podcast.md"), _PODCAST.encode()))
    assert article.meta.title == "Global News Podcast"
    assert not any("00:" in b.text for b in article.blocks)


def test_a_listicles_numbered_subheads_trafilatura_drops_are_headings() -> None:
    """`<div class="subhead">1. Finally close Guantanamo</div>` between two paragraphs the
    extractor kept: each item's heading goes back in; a lone numbered line does not."""
    texts = ["Obama's legacy time.", "Shuttering Guantanamo is a moral issue.", "The TPP is next."]
    best = [Block(text=t) for t in texts]
    walked = [
        Block(text=texts[0]),
        Block(text="1. Finally close Guantanamo"),
        Block(text=texts[1]),
        Block(text="Here's what's in the deal. (AP)"),  # a caption: no subhead
        Block(text="2. Get the TPP through Congress"),
        Block(text=texts[2]),
    ]
    kept = with_lost_subheads(best, walked)
    assert [(b.kind, b.text) for b in kept] == [
        ("paragraph", texts[0]),
        ("heading", "1. Finally close Guantanamo"),
        ("paragraph", texts[1]),
        ("heading", "2. Get the TPP through Congress"),
        ("paragraph", texts[2]),
    ]
    assert with_lost_subheads(best, walked[:3] + walked[5:]) == best  # one alone: no run


_RUNDOWN = (
    "本期节目主要内容: 1.习近平在广西考察时强调 解放思想深化改革; 2.习近平就印尼海军潜艇失事沉没"
    "向印尼总统致慰问电; 3.李克强主持召开国务院常务会议; "
    "4.栗战书同委内瑞拉全国代表大会主席举行会谈; "
    "5.庆祝“五一”国际劳动节大会在京举行; 6.国家卫生健康委通报最新疫情。"
    " (《新闻联播》 20210427 19:00)"
)


def test_a_rundown_run_into_one_line_is_read_an_item_a_line() -> None:
    lines = run_in_list(_RUNDOWN)
    assert lines[0] == "本期节目主要内容:"
    assert lines[1] == "1. 习近平在广西考察时强调 解放思想深化改革"
    assert lines[6] == "6. 国家卫生健康委通报最新疫情。"
    assert lines[7] == "(《新闻联播》 20210427 19:00)"  # the paragraph goes on after the last
    assert find_chrome("（《新闻联播》 20210427 19:00）") is not None  # the programme's airtime
    doc = parse_source(Path("rundown.txt"), _RUNDOWN.encode())
    assert sum(b.kind == "list_item" for b in doc.blocks) == 6


@pytest.mark.parametrize(
    "line",
    [
        # three items inside a sentence are the sentence's
        "他表示有3項領會：1. 香港維護國安的鬥爭從未停止，風險仍存，要時刻警惕；2. 國安是中央事權，"
        "支持國家層面實行國安法；3. 以高水平安全護航一國兩制事業的發展。他又認為，白皮書意義重大。",
        # figures, not items: `1.5%` is no number `1.`
        "增长率分别为：1.5%；2.3%；3.1%；4.2%；5.6%，这是一个比较长的句子，用来说明小数不是列表的编号，"
        "确实如此，各项指标稳中有进。",
    ],
)
def test_numbers_inside_a_sentence_are_no_run_in_list(line: str) -> None:
    assert run_in_list(line) == []


@pytest.mark.parametrize(
    ("text", "spam"),
    [
        ("m88明升体育网址-海曙区教育局2023年初中招生工作实施意见", "m88明升体育网址"),
        ("據《教育部办公厅明升ms88注册 进一步做好招生入学工作的通知》", "明升ms88注册"),
        ("一行人来到尊龙凯时大厦会议室", "尊龙凯时"),
        ("体育在线365_be365备用网址_365", "be365备用网址"),
    ],
)
def test_a_betting_sites_name_injected_into_the_text_is_reported(text: str, spam: str) -> None:
    assert [text[a:b] for a, b in find_injected(text)] == [spam]
    article = normalised("海曙区教育局关于做好招生工作的通知", text + "。")
    assert any("injected spam" in d.reason for d in article.report.damage)


@pytest.mark.parametrize(
    "text", ["K12教育平台建设", "G20峰会在杭州举行", "明升暗降", "NBA2K体育游戏"]
)
def test_letters_and_digits_in_news_are_no_spam(text: str) -> None:
    assert find_injected(text) == []


def test_a_hong_kong_releases_end_lines_are_chrome_and_date_it() -> None:
    article = normalised(
        "Sixth Legislative Council to hold its first meeting",
        "The Sixth Legislative Council (LegCo) will hold its first meeting next Wednesday "
        "(October 12) at 11am in the Chamber of the LegCo Complex.",
        "The meeting will start with Members taking the LegCo Oath one by one, to be followed "
        "by the election of the President.",
        "Ends/Friday, October 7, 2016",
        "Issued at HKT 15:55",
        "NNNN",
        "Today's Press Releases",
    )
    assert article.meta.date == "2016-10-07"
    assert article.blocks[-1].text.startswith("The meeting will start")
    assert find_chrome("香港時間15時55分") is not None


@pytest.mark.parametrize(
    "line",
    [
        '<ins id="aazt7"><big id="aazt7"><button id="aazt7"></button></big></ins>',
        '1. <video id="aazt7"><input id="aazt7"></input></video>',
        "<acronym <label <menu",  # as the clean-up leaves tags: attributes and brackets gone
        "(screen.width*0.8-70)) this.width=(screen.width*0.8-70)'>",
        "location.href = 'http://www.chinanews.com/'; } else { if (navigator.appName.indexOf"
        "(\"Explorer\") > -1) { document.getElementById('totalSecond').innerText = second--; } }",
    ],
)
def test_markup_alone_and_a_pages_script_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("觀天下／記者陳郁薇／貢寮報導", ["陳郁薇"]),  # a column's name, then where it was filed
        ("新重庆-重庆日报原创 记者 佘振芳 何赛格 见习记者 侯月", ["佘振芳", "何赛格", "侯月"]),
        ("記者 常亮 通訊員李世釗報道：8月20日，龍華區委召開常委會", ["常亮", "李世釗"]),
    ],
)
def test_bylines_with_their_columns_apps_and_roles_credit_the_names(
    line: str, names: list[str]
) -> None:
    found = find_boilerplate(line)
    assert found.removed and found.removed[0][0] == "boilerplate.byline"
    assert clean_names(found.reporters) == names


@pytest.mark.parametrize(
    "line",
    [
        "看門女子意圖搶走記者相機，還阻攔拍攝。記者邱偉榮 實習生盧弈城 攝",  # an intern's credit
        "左上圖：陳茂波乘搭免費電車，與市民同樂",  # where the picture sits on the page
    ],
)
def test_captions_with_an_interns_credit_or_the_pictures_place_are_captions(line: str) -> None:
    assert [rule for rule, _ in find_boilerplate(line).removed] == ["boilerplate.caption"]


@pytest.mark.parametrize(
    "line",
    [
        "Connect with us",
        "🌍 Translate——文章翻譯成各國文字",
        "3上一期 版面导航",
        "中国国务院总理李克强 © 中国政府网",
        "exports.getOriginData = async id => {",
        "var t0=+new Date()",
    ],
)
def test_widgets_pagers_credits_and_scripts_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line", ["上一期节目我们讲到了春节", "Follow us on Twitter for updates", "var 是一个关键词"]
)
def test_sentences_that_name_a_widgets_words_stay(line: str) -> None:
    assert find_chrome(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "日期：Sat, 13 Jun 2020 08:38:34 +0000",  # a feed's date field
        "字号：[ ] 【下载Word】【下载PDF】",
        "[bsa_pro_ad_space id=12]",  # a WordPress shortcode left bare
        "請輸入你的評論！",
        "Learn Moreabout PBS online sponsorshipAM",
        "http://www.sina.com.cn 2006年08月18日16:59 央视《新闻会客厅》 | |||||||||",
    ],
)
def test_feed_fields_buttons_shortcodes_and_forms_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_an_addressed_stamp_still_names_its_source() -> None:
    found = find_chrome("http://www.gxrd.gov.cn 2018年01月27日 08:09 来源:广西新闻网-广西日报")
    assert found is not None and found.fields.get("source") == "广西新闻网-广西日报"


def test_a_caption_that_credits_who_supplied_the_picture_is_a_caption() -> None:
    line = "貢寮區行動治理，走到第一線傾聽民意，真切掌握地方實際需求。圖／觀天下有線電視提供"
    assert [rule for rule, _ in find_boilerplate(line).removed] == ["boilerplate.caption"]


def test_bold_stars_commonmark_leaves_between_cjk_marks_go() -> None:
    """`。**加快…水平。**加快`: CommonMark closes no bold there; its stars are no text."""
    text = "开展强链补链行动。**加快传统产业数字化转型，提升智能化水平。**加快前沿技术研发。"
    doc = parse_source(Path("post.md"), text.encode())
    assert "*" not in doc.blocks[0].text


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("BUFFALO, N.Y. -- The University at Buffalo will honor", "BUFFALO, N.Y. -- "),
        ("ALBANY, N.Y. — Governor Cuomo said", "ALBANY, N.Y. — "),
        # the day after the dash belongs to the dateline too: not cut before it
        ("RIVERSIDE, Calif.-- May 13, 2003 -- UC Riverside biologists", None),
    ],
)
def test_a_city_and_its_states_abbreviation_open_a_dateline(line: str, found: str | None) -> None:
    opening = dateline(line)
    if found is None:
        assert opening is None or "May 13" in opening[0]
    else:
        assert opening is not None and opening[0] == found


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("按照中央、省委和市委部署要求，市政府党组召开主题教育专题民主生活会。", "市政府党组召开"),
        ("今年“兩會”期間，徐視融媒專訪了王昕朋。", "徐視融媒專訪"),
        ("春节期间，全市接待游客100万人次。", "全市接待游客"),
    ],
)
def test_what_it_was_done_by_and_during_opens_no_title(text: str, opened: str) -> None:
    assert unopened(text).startswith(opened)


def test_a_logos_alt_and_a_mail_widget_are_chrome() -> None:
    assert find_chrome("University of Cincinnati logo and link") is not None
    assert find_chrome("E-mail this information to a friend") is not None


@pytest.mark.parametrize(
    ("clause", "title"),
    [
        (
            "The University at Buffalo will honor faculty members who have received the largest "
            "amounts of federal grant dollars with a reception",
            "The University at Buffalo will honor faculty members",
        ),
        (
            "The CSO Collective held a meeting to discuss the deteriorating conditions in the "
            "country in which the people of Sri Lanka live today",
            "The CSO Collective held a meeting to discuss the deteriorating conditions in the "
            "country",
        ),
    ],
)
def test_a_long_english_title_stops_before_a_phrase_not_with_an_ellipsis(
    clause: str, title: str
) -> None:
    assert cut_title(clause) == title


def test_an_economic_reviews_verdict_for_its_period_names_it() -> None:
    """`今年以来，在…领导下，…，全县经济运行总体平稳。` over `…上半年全县实现…`: the verdict."""
    article = normalised(
        "今年以来,在县委、县政府的坚强领导下,全县统筹疫情防控和经济社会发展,坚持稳字当头、稳中求进的"
        "工作总基调,全县经济运行总体平稳,主要经济指标保持在合理区间。",
        "根据地区生产总值统一核算结果,上半年全县实现地区生产总值235.79亿元,按可比价格计算,同比增长6.1%。",
    )
    assert article.meta.title == "上半年全县经济运行总体平稳"


def test_the_hosts_now_we_begin_is_no_part_of_a_drawn_title() -> None:
    article = normalised(
        "十四屆全國人大二次會議第二場“部長通道”采訪活動現在開始。",
        "工業和信息化部部長金壯龍表示，要大力推進新型工業化，加快建設製造強國。",
    )
    assert article.meta.title == "十四屆全國人大二次會議第二場“部長通道”"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # no closing bracket: an attribute's value is read one way only, and the line is text
        ("<a" + ' b="x"' * 5000, False),
        ("<a" + " b=x" * 5000 + " c", False),
        ("Sign In Search Home " * 12, True),  # a menu, as long as a notice may be
    ],
)
def test_the_markup_and_menu_patterns_answer_a_hostile_line(line: str, chrome: bool) -> None:
    """Written so that no line can make them backtrack without end (a quoted value was once
    also an unquoted one: 22 attributes took seconds, 40 would take a day)."""
    assert (find_chrome(line) is not None) is chrome
