"""Rules learnt from the forty-fifth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised

from highlights.ingest import parse_source
from highlights.ingest.text import split_lines
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.chrome import find_chrome
from highlights.normalise.cleanup import drop_jammer
from highlights.normalise.datelines import dateline
from highlights.normalise.en_headline import as_headline
from highlights.normalise.headlike import clean_title
from highlights.normalise.sites import site_title
from highlights.normalise.zh_credits import clean_names


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("& e9 H8 h2 W# K作者：刘黎平", "作者：刘黎平"),  # letters paired with digits at random
        ("型号为A1 B2 C3 D4 & E5 F6的产品", "型号为A1 B2 C3 D4 & E5 F6的产品"),  # one mark: a list
    ],
)
def test_noise_of_letters_paired_with_digits_comes_off_a_line(line: str, text: str) -> None:
    assert drop_jammer(line).text == text


_RELEASE_PAGE = """<html><head><title>Medina County Auditor</title></head><body>
<h1 class="PageHeader">2013 CAUV Values Are Increasing</h1>
<div><p>FOR IMMEDIATE RELEASE<br/>JANUARY 6, 2014<br/>CONTACT: Kristen Johnson, 330-725-9762</p>
<p>Many Medina County agricultural landowners may be surprised when they open their 2014 tax
bills. For those on the Current Agricultural Use Values program, property values have increased
several hundred percent over 2010 values, depending on soil type.</p>
<p>Unlike fair market value appraisals, CAUV values are calculated by the State of Ohio by a
formula that is based on five factors. The county auditor has no control over the calculation
performed by the state.</p></div></body></html>"""


def test_lines_a_page_breaks_with_br_are_lines_for_the_rules() -> None:
    """`FOR IMMEDIATE RELEASE<br/>JANUARY 6, 2014<br/>CONTACT: …`: three lines of chrome, not one
    paragraph that takes the headline's place."""
    article = normalise(parse_source(Path("release.html"), _RELEASE_PAGE.encode()))
    assert article.meta.title == "2013 CAUV Values Are Increasing"
    assert article.blocks[0].text.startswith("Many Medina County")
    removed = [r.text for r in article.report.removed]
    assert "FOR IMMEDIATE RELEASE" in removed and "JANUARY 6, 2014" in removed


def test_an_official_title_runs_on_until_its_kind_of_document() -> None:
    """A notice's title set on four lines, each a page's `<br/>`: one title up to `通告`."""
    article = normalise(
        parse_source(
            Path("notice.txt"),
            "\n".join(
                [
                    "吉林省人民政府关于禁止在",
                    "吉林省嫩江干流补充治理工程建设",
                    "征占地范围内新增建设项目",
                    "和迁入人口的通告",
                    "吉政明电〔2022〕1号",
                    "为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作"
                    "顺利进行，现就有关事项通告如下：",
                ]
            ).encode(),
        )
    )
    assert article.meta.title == (
        "吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和"
        "迁入人口的通告"
    )


_REPORT_PAGE = """<html><head><title>万载县2022年国民经济和社会发展统计公报 | 万载县人民政府</title>
</head><body><div class="article"><h1>万载县2022年国民经济和社会发展统计公报</h1>
<p>万载县统计局 国家统计局万载调查队</p><p>（2023年5月）</p>
<p>2022年，万载全县上下坚持稳中求进，积极主动应对经济下行压力和疫情冲击影响，高效统筹做好疫情防控和
经济社会发展工作，全县经济运行呈现稳中向好的良好态势。</p><p>一、综合</p>
<p>全年实现生产总值（GDP）262.6亿元，按可比价格计算，同比增长5.3％。其中：第一产业增加值22.9亿元，
同比增长3.7%；第二产业增加值127.2亿元，同比增长6.9%；第三产业增加值112.5亿元，同比增长4.0%。</p>
<p>年末就业人员20.63万人，其中城镇就业人员1.22万人，占全县就业人员比重为5.91%，比上年末上升0.02个
百分点；全年城镇新增就业3892人，比上年减少1119人。</p></div></body></html>"""


def test_a_line_of_issuers_is_not_the_report_the_page_titles() -> None:
    article = normalise(parse_source(Path("report.html"), _REPORT_PAGE.encode()))
    assert article.meta.title == "万载县2022年国民经济和社会发展统计公报"
    assert article.blocks[0].text.startswith("2022年，万载全县上下")


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("708008 台南市安平區永華路二段2號", True),  # a letterhead's postcode and address
        ("+886 6 297 6688", True),
        ("Mail this story to a friend.", True),
        ("Note: only a member of this blog may post a comment.", True),
        ("臺南市政府工務局新聞稿", True),  # who issued the release
        ("第六屆第四次定期大會預備會議新聞稿", False),  # the release's own title
        ("2024年台南市新建住宅3000號", False),
    ],
)
def test_a_letterheads_lines_are_chrome_and_a_releases_title_is_not(
    line: str, chrome: bool
) -> None:
    assert (find_chrome(line) is not None) == chrome


def test_a_releases_label_and_its_day_leave_the_headline() -> None:
    title = "Releases: Transcripts of de Blasio on WNYC radio on Friday, July 19 2019."
    assert clean_title(title) == "Transcripts of de Blasio on WNYC radio"


def test_a_city_and_day_glued_to_a_dash_is_a_dateline() -> None:
    line = "Port Moresby, 07 June 2019– Today the UNDP and USAID have agreed to collaborate."
    assert dateline(line) == ("Port Moresby, 07 June 2019– ", None)


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "Today the United Nations Development Programme (UNDP) and the United States Agency "
            "for International Development (USAID) have agreed to collaborate.",
            "UNDP and USAID have agreed to collaborate.",
        ),
        ("The Department of Labor (DOL) announced a grant.", "DOL announced a grant."),
        ("Mr Smith (DOL) said so.", "Mr Smith (DOL) said so."),  # no name of those initials
    ],
)
def test_a_first_sentence_names_an_organisation_by_its_initials(
    sentence: str, headline: str
) -> None:
    assert as_headline(sentence) == headline


def test_who_sent_the_story_in_and_why_it_was_held_leave_its_headline() -> None:
    article = normalised(
        "刘桥镇供稿(周雪龙)为深入贯彻落实上级安全生产决策部署,研判安全形势,明确重点任务,7月9日"
        "下午,刘桥镇召开全镇安全生产(消防)重点工作推进会。会议由镇长李晓东主持。",
        "会议首先组织全体与会人员集中观看了安全生产警示教育片,以案为鉴,敲响安全警钟。",
    )
    assert article.meta.title == "刘桥镇召开全镇安全生产（消防）重点工作推进会"
    assert (article.meta.source, article.meta.reporters) == ("刘桥镇", ["周雪龙"])


@pytest.mark.parametrize(
    "line",
    [
        "中原区建设路街道办事处 乡级",  # a disclosure portal's issuer and its level
        "中原区基层政务公开",
        "| 2015年7月12日 | 文库 | 评论已关闭 | 1114",  # a blog post's meta row
        "防災資訊專區-天兔颱風",  # a portal's link to a topic page
        "新冠肺炎專區 市政行程",
        "Please enter your comment!",  # a comment form's prompts
        "Learn how your comment data is processed.",
        "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03",  # a disclosure table, spaced out
        "分   类 政务公开 有 效 性 有效",
        "未能播放Youtube視頻",  # a video player's fallback
        "目录",  # a contents page and its entries with their page numbers
        "關閉此視窗 請至Edge官網下載 請至FireFox官網下載 請至Google官網下載",  # a browser prompt
        "為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
        "財富自由 財經 娛樂 藝文 汽車 時尚 體育 3 C 評論 玩咖 食譜 地產 專區 服務",  # a menu row
        "自由電子報 APP 自由電子報粉絲團 自由電子報 Line 熱門新訊",
        "您即將進入之新聞內容 需滿18歲 方可瀏覽。",  # an adults-only notice
        "空氣品質指標",  # a portal's air-quality and weather widget
        "對敏感族群不健康",
        "今日氣溫",
        "Available On Air Stations",  # a radio site's player
        "分類：• 澳聞",  # a page's category field
        "Don’t miss any breaking news!",  # a newsletter's call
        "4.2023“两会”解读政府工作报告要点之四：2023年重点工作——以转型升级为方向，"
        "全面构建要素集聚的现代化产业体系 11",
    ],
)
def test_a_portals_fields_and_a_blogs_meta_row_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_list_of_other_stories_ends_the_page_though_one_trails_off() -> None:
    article = normalised(
        "梁君彥化身導遊 向新任官員介紹立法會大樓設施",
        "立法會主席梁君彥在社交平台發文，指昨日聯同秘書長為七位問責官員介紹立法會綜合大樓的設施。",
        "他又指，縱然立法會休會期間，議員仍會繼續馬不停蹄，就不同政策事宜與官員交換意見。",
        "【編輯:李冉】",
        "周潤發率“百歲”港星團跑馬拉松：重在完成，重在和觀眾打個招呼",
        "【你不知道的香港】高樓林立的香港正悄然進行一項“移山計劃”......",
    )
    assert article.blocks[-1].text.startswith("他又指")


def test_a_photo_story_is_what_its_pictures_show_under_its_line_of_text() -> None:
    captions = [
        f"10月31日,在湖南省{place}村,{done}。新华社发({name}摄)"
        for place, done, name in [
            ("双峰县荷叶镇长塘", "农民驾驶农机收割晚稻", "李建新"),
            ("衡阳市南岳区南岳镇红星", "当地村民在晾晒稻谷", "曹正平"),
            ("永州市道县寿雁镇水源头", "村民在搬运木耳菌棒", "蒋克青"),
        ]
    ]
    article = normalised(
        captions[0],
        "深秋时节,田间地头依然是一派忙碌的景象。",
        *captions[1:],
        "来源 新华社",
        "编辑 徐微微",
        "二审 杨韬",
        "三审 闵捷",
        "推荐内容",
    )
    assert article.meta.title.startswith("深秋时节")
    ends = [b.text.split("，")[-1] for b in article.blocks]
    assert ends == ["农民驾驶农机收割晚稻。", "当地村民在晾晒稻谷。", "村民在搬运木耳菌棒。"]
    assert article.meta.editors == ["徐微微", "杨韬", "闵捷"] and article.meta.source == "新华社"


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "金門縣政府於春節前召開114年第1次縣務會議,由縣長陳福海主持。陳福海感謝縣府團隊過去兩年的努力。",
            "金門縣政府於春節前召開114年第1次縣務會議",  # who chaired it is the text's business
        ),
        (
            "2月2日下午,区人大常委会党组召开2017年度民主生活会。区人大常委会党组书记、主任傅明山主持会议。",
            "区人大常委会党组召开2017年度民主生活会",  # a body's name, no office and a name
        ),
        (
            "香港海关与内地及澳门海关于二○二五年十二月三十一日至二○二六年一月十二日采取执法行动,"
            "加强检查转口货物,打击跨境转运冒牌货物的活动。",
            "香港海关与内地及澳门海关采取执法行动",  # when it ran
        ),
        (
            "昨晚(21日),我县召开乡镇党政主要负责同志座谈会,听取换届以来各乡镇落实重点工作的情况"
            "和下半年工作思路,推进重点工作落地落实。",
            "我县召开乡镇党政主要负责同志座谈会",  # last night, with its day in brackets
        ),
        (
            "中新網8月8日電 北京奧運會開幕式8月8日晚在中國國家體育場“鳥巢”舉行。劉淇致辭。",
            "北京奧運會開幕式在中國國家體育場“鳥巢”舉行",  # the evening of a day
        ),
        (
            "7月13日下午,辽城乡组织召开会议,重点传达全市推进“转提比作”活动暨重点工作会议精神,"
            "并就全乡重点工作进行安排部署。",
            "辽城乡组织召开会议，重点传达全市推进“转提比作”活动暨重点工作会议精神",  # what for
        ),
    ],
)
def test_a_title_drawn_from_the_first_sentence_leaves_its_details(
    paragraph: str, title: str
) -> None:
    article = normalised(
        paragraph, "会议还研究了其他事项，并对下一阶段的工作作出了具体安排和部署。"
    )
    assert article.meta.title == title


def test_what_was_stressed_runs_to_a_third_line_of_the_headline() -> None:
    article = normalised(
        "习近平主持召开深入推进长三角一体化发展座谈会强调",
        "推动长三角一体化发展取得新的重大突破",
        "在中国式现代化中更好发挥引领示范作用",
        "李强蔡奇出席",
        "新华社上海11月30日电 中共中央总书记、国家主席、中央军委主席习近平30日上午在上海主持召开"
        "深入推进长三角一体化发展座谈会并发表重要讲话。",
    )
    assert article.meta.title == (
        "习近平主持召开深入推进长三角一体化发展座谈会强调 推动长三角一体化发展取得新的重大突破"
        " 在中国式现代化中更好发挥引领示范作用"
    )
    assert article.blocks[0].text.startswith("中共中央总书记")


def test_a_breadcrumb_and_a_stamp_run_into_the_headline_leave_it() -> None:
    line = (
        "您当前的位置：中国张掖网 >> 新闻中心 >> 甘肃 如意甘肃 乐享非遗——甘肃非物质文化遗产展厅"
        "正式开展 来源：人民网-甘肃频道 0 人参与互动 2022年09月16日 20:08"
    )
    assert clean_title(line) == "如意甘肃 乐享非遗——甘肃非物质文化遗产展厅正式开展"
    assert clean_title("数据来源：国家统计局") == "数据来源：国家统计局"
    assert clean_title("黃敏惠市長率團赴美同慶雙十國慶再締友誼新章114.10.11.") == (
        "黃敏惠市長率團赴美同慶雙十國慶再締友誼新章"  # Taiwan's day, run into the headline
    )


def test_a_gallerys_captions_set_twice_are_no_headline() -> None:
    caption = "行政長官賀一誠在政府總部禮賓樓與到訪的家庭合影留念"
    article = normalise(
        parse_source(
            Path("gallery.txt"),
            "\n".join(
                [
                    "政府總部今明開放兩天 行政長官歡迎公眾參觀",
                    "新聞局",
                    "2020-10-17 14:21",
                    f"• {caption}",
                    "• 政府總部首天對公眾開放，行政長官賀一誠在場歡迎前來參觀的人士。",
                    f"• {caption}",
                    "政府總部今明兩天開放予公眾參觀，行政長官賀一誠今早在場歡迎市民，並與到訪家庭合影。",
                ]
            ).encode(),
        )
    )
    assert article.meta.title == "政府總部今明開放兩天 行政長官歡迎公眾參觀"


def test_english_wrapped_like_captions_one_line_a_paragraph_is_joined() -> None:
    text = "\n\n".join(
        [
            "The Vice President: Good afternoon.",
            "We just completed today's lengthy meeting of the",
            "White House Coronavirus Task Force and, at the",
            "President's direction, have continued to",
            "implement his whole-of-government",
            "approach to bring the full resources of the federal",
            "government to bear to confront the spread of the",
            "coronavirus in the United States.",
        ]
    )
    lines = [b.text for b in split_lines(text)]
    assert lines == [
        "The Vice President: Good afternoon.",
        "We just completed today's lengthy meeting of the White House Coronavirus Task Force and,"
        " at the President's direction, have continued to implement his whole-of-government"
        " approach to bring the full resources of the federal government to bear to confront the"
        " spread of the coronavirus in the United States.",
    ]


_APPLE_PAGE = """<html><head><title>Apple Expands Capital Return Program</title></head>
<body><div id="main"><div id="content"><h1 class="title">Apple Expands Capital Return Program to
$200 Billion</h1>
CUPERTINO, California&mdash;April 27, 2015&mdash;Apple&reg; today announced that its Board of
Directors has authorized an increase of more than 50 percent to the Company&rsquo;s program to
return capital to shareholders.
<p>As part of the revised program, the Board has increased its share repurchase authorization to
$140 billion from the $90 billion level announced last year.</p>
<p>The Board has also approved an increase of 11 percent to the Company&rsquo;s quarterly
dividend, and has declared a dividend of $.52 per common share, payable on May 14, 2015.</p>
<p>This press release contains forward-looking statements including without limitation those
regarding future business outlook and plans for dividends. These statements involve risks.</p>
<p>Apple designs Macs, the best personal computers in the world, along with OS X, iLife, iWork
and professional software.</p></div></div></body></html>"""


def test_a_releases_opening_set_bare_under_its_headline_leads_and_its_notices_go() -> None:
    article = normalise(parse_source(Path("apple.html"), _APPLE_PAGE.encode()))
    text = [b.text for b in article.blocks]
    assert text[0].startswith("Apple® today announced that its Board of Directors")
    assert article.meta.date == "2015-04-27"
    assert not any("forward-looking" in t or t.startswith("Apple designs") for t in text)


@pytest.mark.parametrize("line", ["1.地区生产总值增长 6%", "2. Revenue rose to 5"])
def test_a_numbered_line_ending_in_a_figure_is_no_contents_entry(line: str) -> None:
    assert find_chrome(line) is None


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            [
                "中共下陆区委十一届五次全体会议举行",
                "中共下陆区委十一届五次全体会议决议",  # the document's own title under the news
                "（2024年9月6日中共下陆区委十一届五次全体会议通过）",
            ],
            "中共下陆区委十一届五次全体会议举行",
        ),
        (
            [
                "子洲县二〇二三年国民经济和社会发展统计公报",
                "子洲县统计局",  # who issued it, over the stamp
                "2024年4月15日",
            ],
            "子洲县二〇二三年国民经济和社会发展统计公报",
        ),
    ],
)
def test_the_news_headline_stands_over_the_documents_title_and_issuer(
    lines: list[str], title: str
) -> None:
    body = "2023年是全面贯彻党的二十大精神的开局之年，全县上下坚持稳中求进，经济运行稳中向好。"
    assert normalised(*lines, body, body.replace("2023年", "全年")).meta.title == title


def test_a_portals_widget_of_tiny_lines_does_not_hide_the_headline_below_it() -> None:
    widget = [
        line
        for place in ["臺南", "新營", "善化", "安南", "麻豆", "佳里", "新化"]
        for line in (f"• {place}", "AQI", "93", "空氣品質指標", "普通")
    ]
    article = normalise(
        parse_source(
            Path("tainan.txt"),
            "\n".join(
                [
                    "跳到主要內容區塊",
                    "晴天",
                    *widget,
                    "迎台南400元旦升旗 黃偉哲感恩各界共創宜居城市",
                    "迎接113年元旦新年到來，台南市政府今（1）日一早在永華市政中心西拉雅廣場舉行升旗典禮。",
                    "由台南市長黃偉哲率領市府團隊各局處首長參與，與市民朋友一同為新的一年揭開序幕。",
                ]
            ).encode(),
        )
    )
    assert article.meta.title == "迎台南400元旦升旗 黃偉哲感恩各界共創宜居城市"


def test_a_stamp_before_the_byline_and_a_picture_taken_from_facebook_leave_the_text() -> None:
    lines = [
        b.text
        for b in split_lines(
            "2025/12/11 16:25 記者王善嬿／嘉義報導\n新港鄉長葉孟龍。（擷取自新港鄉公所臉書）\n\n"
            "中央普發1萬元現金加碼效應擴大，嘉義縣新港鄉公所今向鄉民代表會提出自治條例草案。"
        )
    ]
    assert lines[0] == "2025/12/11 16:25 記者王善嬿／嘉義報導"
    assert find_boilerplate("新港鄉長葉孟龍。（擷取自新港鄉公所臉書）").text == ""


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("光影瞬间 记录中国（新时代画卷）", "光影瞬间 记录中国"),  # a paper's column
        ("关于修改某某条例的决定（草案）", "关于修改某某条例的决定（草案）"),  # part of the title
        ("政府工作报告（摘要）", "政府工作报告（摘要）"),
        ("某某市公共数据管理办法（试行）", "某某市公共数据管理办法（试行）"),
    ],
)
def test_a_papers_column_in_brackets_leaves_the_headline(title: str, headline: str) -> None:
    assert clean_title(title) == headline


def test_a_broadcasters_name_after_the_headline_is_the_site() -> None:
    assert site_title("泰国巴士与火车相撞 至少17死29伤 – 法国国际广播电台 - RFI") == (
        "泰国巴士与火车相撞 至少17死29伤"
    )


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "San Jose, Calif., March 31, 2022 (GLOBE NEWSWIRE) -- In celebration of its 135th "
            "anniversary, the University of Silicon Valley (USV) announced expanded curriculum "
            "around the Metaverse.",
            "USV announces expanded curriculum around the Metaverse",  # the occasion goes
        ),
        (
            "大家上午好，十四屆全國人大二次會議第二場“部長通道”采訪活動現在開始。大會新聞中心邀請了"
            "五位部長接受大家的采訪，回應社會各界的關切。",
            "十四屆全國人大二次會議第二場“部長通道”",  # the host's greeting and "now we begin"
        ),
        (
            "【臺南訊】台南市長黃偉哲今(13)日與日本熊本縣宇城地域(宇土市、宇城市、美里町)3位首長"
            "共同簽署友好交流協定,這亦為台南首次跳脫一對一城市交流的框架,與三個城市所組成的地域締盟。",
            "台南市長黃偉哲與日本熊本縣宇城地域3位首長共同簽署友好交流協定",  # what it takes in
        ),
    ],
)
def test_an_occasion_or_a_greeting_leaves_a_title_drawn_from_the_first_sentence(
    paragraph: str, title: str
) -> None:
    more = "Chartered in 1887, the university began in San Francisco as a high school offering "
    assert normalised(paragraph, more + "technical education.").meta.title == title


def test_the_site_after_a_links_headline_goes() -> None:
    line = "泰国巴士与火车相撞 至少17死29伤 – 法国国际广播电台 - RFI"
    assert clean_title(line) == "泰国巴士与火车相撞 至少17死29伤"
    assert clean_title("LRP - Licenses") == "LRP - Licenses"  # a menu's entry stays whole


@pytest.mark.parametrize(
    ("names", "clean"),
    [
        (["丨吴璇,张孙川"], ["吴璇", "张孙川"]),  # a bar before them, a comma between them
        (["吉翔】"], ["吉翔"]),  # the editor line's closing bracket
        (["記者吳婉英"], ["吳婉英"]),  # the role before the name
        (["Zhang Liyun, Li Yibo"], ["Zhang Liyun", "Li Yibo"]),
    ],
)
def test_each_name_comes_alone_without_marks_or_role(names: list[str], clean: list[str]) -> None:
    assert clean_names(names) == clean


def test_a_wires_dateline_may_end_in_a_report_of_foreign_wires() -> None:
    line = "(中央社東京16日綜合外電報導)法國總統馬克宏日前有關台灣發言惹議。"
    assert dateline(line) == ("(中央社東京16日綜合外電報導)", "中央社")
