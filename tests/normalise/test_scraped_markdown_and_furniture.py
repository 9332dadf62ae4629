"""Rules learnt from a third round of real pages the project had never seen: Markdown exports
that carry the scraped page's HTML, a site's accessibility and language switches, a
newspaper's page label, a breadcrumb and publish line set as wrapped text."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised

from highlights.cards import build_deck
from highlights.ingest import read_source
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.headlike import clean_title
from highlights.normalise.sites import site_title

HEXO_POST = """
---
title: '"十四五"节能减排综合工作方案出炉 部署十大重点工程'
categories:
 - 金融
date: Mon, 24 Jan 2022 23:40:04 GMT
---

<div>
<p>　　1月24日，国务院发布《“十四五”节能减排综合工作方案》。</p>
<p>　　《方案》提出到2025年，全国单位国内生产总值能源消耗比2020年下降13.5%。</p>
<style>
.app-kaihu-qr

&#123;text-align: center;&#125;
</style>
</div>

            <!-- 文末二维码 start -->
            <style>
            .appendQr_wrap&#123;border:1px solid #E6E6E6;&#125;
            </style>
<p class="article-editor">责任编辑：尹悦 </p>
"""


def test_a_markdown_export_of_a_page_reads_its_front_matter_and_paragraphs(
    tmp_path: Path,
) -> None:
    """A blank line before the front matter, the page's <p> kept as paragraphs, its <style>
    and comments (indented or split by blank lines) no text."""
    path = tmp_path / "post.md"
    path.write_text(HEXO_POST, encoding="utf-8")
    article = normalise(read_source(path))
    assert article.meta.title.endswith("节能减排综合工作方案出炉 部署十大重点工程")
    assert [b.text[:6] for b in article.blocks] == ["1月24日，", "《方案》提出"]  # no `<!--`
    assert article.meta.editors == ["尹悦"]


@pytest.mark.parametrize(
    "line",
    [
        # accessibility and language switches, a paper's page label, a release's furniture
        "网站无障碍 适老版",
        "簡體版 寄給朋友 政府新聞網",
        "第一版:要闻",
        "本文字数:516",
        "DATELINE March 29, 2006",
        "date 2018-01 News Releases from Region 03",
        # keyboard instructions for printing and zooming, a search form, bare labels
        "請利用鍵盤按住Ctrl + P開啟列印功能",
        "IE6請利用鍵盤按住ALT鍵 + V → X → (G)最大(L)較大(M)中(S)較小(A)小,來選擇適合您的文字大小,",
        "而IE7或Firefox瀏覽器則可利用鍵盤 Ctrl + (+)放大 (-)縮小來改變字型大小。",
        "Search Form",
        "First, enter a politician or zip code",
        "Now, choose a category",
        "Location: Washington, DC",
        "Press Release",
        "日期：105-08-04",
        "链接",  # `- [链接](https://tv.cctv.com/…)`: a link's label under a story
        "央国际 www.cctv.com 2007年03月05日 20:18 来源：CCTV.com",  # a site's stamp
    ],
)
def test_page_furniture_found_on_unseen_pages_is_chrome(line: str) -> None:
    assert [r for r, _ in find_boilerplate(line).removed] == ["boilerplate.chrome"]


@pytest.mark.parametrize(
    "title", ["推进适老化改造 让老人住得更舒心", "簡體版教材今秋起在全港小學試用"]
)
def test_a_title_naming_such_a_thing_is_no_chrome(title: str) -> None:
    assert find_boilerplate(title).text == title


def test_a_breadcrumb_and_a_publish_line_are_never_joined_to_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "网站无障碍 适老版\n \n首页 > 政府信息公开 > 法定主动公开内容 > 重大会议\n"
        "市委副书记、市长王华杰主持召开市政府第11次常务会议\n来源:    时间:2022年03月15日    \n\n"
        "  3月3日,市委副书记、市长王华杰主持召开市政府第11次常务会议,传达学习省有关会议精神。\n\n"
        "会议审议并原则通过《海东市“十四五”生态环境保护规划》等文件。\n",
        encoding="utf-8",
    )
    article = normalise(read_source(path))
    assert article.meta.title == "市委副书记、市长王华杰主持召开市政府第11次常务会议"
    assert article.blocks[0].text.startswith("3月3日")


def test_a_dateline_that_leaves_only_its_colon_leaves_no_paragraph() -> None:
    article = normalised(
        "十四届全国人大二次会议在京开幕",
        "央视网消息（新闻联播）：",
        "第十四届全国人民代表大会第二次会议5日上午在北京人民大会堂开幕。",
    )
    assert [b.text[:4] for b in article.blocks] == ["第十四届"]


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("法国全国大罢工再次严重影响交通-新华网", "法国全国大罢工再次严重影响交通"),
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"),
        ("COVID-19疫苗接种超过30亿剂", "COVID-19疫苗接种超过30亿剂"),
        ("A-share市场成交额连续破万亿", "A-share市场成交额连续破万亿"),
    ],
)
def test_a_site_name_after_a_bare_hyphen_leaves_the_page_title(title: str, kept: str) -> None:
    assert site_title(title) == kept


@pytest.mark.parametrize(
    ("title", "cleaned"),
    [
        # a note of its pictures and video
        ("行政長官會見傳媒答問內容（附圖/短片）", "行政長官會見傳媒答問內容"),
        ("CE meets the media (with photos/video)", "CE meets the media"),
        ("李白（图）诗", "李白（图）诗"),
        # the programme it ran in; a programme's edition keeps its date, a page's stamp goes
        ("[陕西新闻联播]刘国中主持召开省政府第五次常务会议", "刘国中主持召开省政府第五次常务会议"),
        ("新闻联播 2013-06-12", "新闻联播 2013年6月12日"),
        ("習近平會見拜登 2021-07-15", "習近平會見拜登"),
        # a column's name before 丨, a date label
        ("政务服务丨济宁市人民政府关于持续深化“市县同权”改革的实施意见",
         "济宁市人民政府关于持续深化“市县同权”改革的实施意见"),
        ("date 2024-03-13 Chinese premier chairs State Council executive meeting",
         "Chinese premier chairs State Council executive meeting"),
        ("两会丨代表", "两会丨代表"),  # too short a title to be anything but whole
    ],
)
def test_what_a_page_wraps_a_title_in_leaves_it(title: str, cleaned: str) -> None:
    assert clean_title(title) == cleaned


def test_an_english_headline_repeated_on_two_lines_stays_whole() -> None:
    article = normalised(
        "Virginia receives $1.175 Million EPA Grant for Environmental Projects, Priorities",
        "Virginia receives $1.175 Million EPA Grant",
        "for Environmental Projects, Priorities",
        "PHILADELPHIA (January 18, 2018) The U.S. Environmental Protection Agency today "
        "announced a $1,175,091 performance partnership grant to the Virginia Department of "
        "Environmental Quality.",
    )
    assert article.meta.title.endswith("Grant for Environmental Projects, Priorities")
    assert len(article.blocks) == 1


def test_numbered_lines_at_the_end_of_a_story_are_no_structure_for_its_cards() -> None:
    """`一、人口净流入的大城市` over a list of cities closes a long story: its cards come from the
    story, not from the two lines."""
    story = [
        "落实“房住不炒”的浙江方案出来了。",
        "9月10日，浙江省住房和城乡建设厅网站公布《关于加快发展保障性租赁住房的指导意见》。",
        "此次意见征求期间为2021年9月10日至2021年9月21日。",
        "《指导意见》提出，人口净流入的大城市，新增保障性租赁住房供应套数占新增住房供应套数的比例力争达到30%以上。",
        "其他重点发展城市，新增保障性租赁住房供应套数占新增住房供应套数的比例力争达到15%以上。",
        "到2025年，以公租房、保障性租赁住房和共有产权住房为主体的住房保障体系基本完善。",
        "租金低于同地段同品质市场租赁住房租金，由第三方专业机构定期评估确定。",
        "新开工建设的保障性租赁住房，以建筑面积不超过70平方米的小户型为主。",
        "一、人口净流入的大城市",
        "杭州市区、宁波市区、余姚市、慈溪市、温州市区。",
        "二、其他重点发展城市",
        "象山县、宁海县、永嘉县。",
    ]
    deck = build_deck(normalised("浙江发布保障性租赁住房指导意见", *story))
    points = " ".join(p.text for card in deck.cards for p in card.points)
    assert "30%" in points
    assert [c.title for c in deck.cards] != ["人口净流入的大城市", "其他重点发展城市"]


def test_a_story_heading_repeated_as_its_first_line_or_a_bracketed_note_is_no_point() -> None:
    from tests.text_support import SOURCE

    from highlights.model import Article, Block, Metadata

    def story(title: str, *lines: str) -> list[Block]:
        return [Block(kind="heading", text=title, level=2)] + [Block(text=t) for t in lines]

    blocks = story(
        "中国共产党第十九届中央委员会第七次全体会议公报",
        "中国共产党第十九届中央委员会第七次全体会议公报",
        "（2022年10月12日中国共产党第十九届中央委员会第七次全体会议通过）",
        "中国共产党第十九届中央委员会第七次全体会议，于2022年10月9日至12日在北京举行。",
    ) + story("天宫课堂第三课开讲", "今天16时01分，“天宫课堂”第三课在中国空间站开讲。")
    meta = Metadata(title="新闻联播", language="zh-Hans")
    deck = build_deck(Article(source=SOURCE, meta=meta, blocks=blocks))
    first = [p.text for p in deck.cards[0].points]
    assert first[0].startswith("中国共产党第十九届中央委员会第七次全体会议，于")
    assert not any(p.startswith("（") or p.endswith("公报") for p in first)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ('"十四五"节能减排综合工作方案出炉', "“十四五”节能减排综合工作方案出炉"),
        ('踏上"进京赶考"之路，做永远的"四大队"队员', "踏上“进京赶考”之路，做永远的“四大队”队员"),
        ('一个"引号不成对', '一个"引号不成对'),  # which one is lost cannot be told
        ('He said "hi" to the press.', 'He said "hi" to the press.'),
    ],
)
def test_straight_double_quotes_in_chinese_are_paired_as_chinese_quotes(
    text: str, fixed: str
) -> None:
    from highlights.normalise.punctuation import fix_punctuation

    assert fix_punctuation(text)[0] == fixed
    assert fix_punctuation(fixed)[0] == fixed


def test_a_markdown_heading_is_never_continued_by_the_line_under_it(tmp_path: Path) -> None:
    path = tmp_path / "news.md"
    path.write_text(
        "## 国内要闻\n\n**最高法发布贯彻落实民营经济促进法指导意见**\n\n"
        "最高人民法院今天发布指导意见，提出25条具体举措。\n",
        encoding="utf-8",
    )
    assert normalise(read_source(path)).meta.title == "国内要闻"


def test_a_short_line_under_the_headline_over_the_story_is_its_subtitle() -> None:
    story = (
        "3月12日，省长王伟中主持召开省政府常务会议，认真学习贯彻习近平总书记重要讲话精神和"
        "全国两会精神，按照全省干部大会的部署要求，研究贯彻落实工作。"
    )
    article = normalised(
        "王伟中主持召开省政府常务会议", "学习贯彻习近平总书记重要讲话精神和全国两会精神", story
    )
    assert article.meta.subtitle == "学习贯彻习近平总书记重要讲话精神和全国两会精神"
    assert build_deck(article).lead.startswith("3月12日")
    # another line like it further down: the first of the story's own headings
    article = normalised(
        "王伟中主持召开省政府常务会议", "学习贯彻全国两会精神", story, "部署春季农业生产", story
    )
    assert article.meta.subtitle is None
    assert article.blocks[0].text == "学习贯彻全国两会精神"


@pytest.mark.parametrize(
    ("line", "story"),
    [
        ("RIVERSIDE, Calif.-- May 13, 2003 -- UC Riverside biologists have received a grant.",
         "UC Riverside"),
        ("PHILADELPHIA – (January 18, 2018) -- The U.S. Environmental Protection Agency today "
         "announced a grant.", "The U.S."),
        ("南海网、南海网客户端海口5月14日消息5月14日上午，海南建省办经济特区30周年成就展开幕。",
         "5月14日上"),
    ],
)
def test_a_dated_english_dateline_and_a_site_with_its_app_leave_the_text(
    line: str, story: str
) -> None:
    from highlights.normalise.datelines import dateline

    found = dateline(line)
    assert found is not None and line[len(found[0]) :].startswith(story)


def test_a_writer_and_photographer_credit_closing_the_story_leaves_it() -> None:
    found = find_boilerplate("让金融的发展更好地满足人民的需要。(文/图 刘玺东 易赛楠)")
    assert found.text.endswith("需要。") and found.reporters == ["刘玺东", "易赛楠"]
    assert find_boilerplate("（文/图 刘玺东 易赛楠）").reporters == ["刘玺东", "易赛楠"]


def test_a_label_ending_in_a_colon_is_no_lead() -> None:
    article = normalised(
        "外交部例行新聞說明會紀要",
        "※單位主管新聞說明會紀要：",
        "外交部訂於2月18日下午4時在外交部5樓大禮堂舉行賑災記者會。截至昨日，各界共捐款15萬筆。",
        "民眾捐至土耳其代表處的物資共計252公噸，將於本周分批運出。",
    )
    assert build_deck(article).lead.startswith("外交部訂於")
    # a sentence that ends in a colon still leads: `以下是…答問內容：`
    article = normalised(
        "行政長官會見傳媒答問內容",
        "以下是行政長官林鄭月娥今日下午會見傳媒的答問內容：",
        "記者：特首，你好。請問決定的影響為何？",
        "行政長官：多謝你的問題。今次決定是依法作出的。",
    )
    assert build_deck(article).lead.startswith("以下是")


def test_question_marks_that_were_an_indent_and_a_boxed_byline_leave_the_text() -> None:
    article = normalised(
        "??? □記者 趙霞 報道",
        "??? 5月6日，縣政府第三次常務會議召開，縣委副書記、縣長齊永軍主持會議。",
        "??? 會議聽取了第一次書記辦公會議落實情況的匯報，研究討論了五大類二十二個具體問題。",
    )
    assert article.meta.reporters == ["趙霞"]
    assert article.meta.title.startswith("縣政府第三次常務會議召開")
    assert not any("?" in b.text for b in article.blocks)


def test_a_drawn_title_leaves_the_occasion_and_the_day() -> None:
    article = normalised(
        "在2026年全国两会即将召开之际，设在北京梅地亚中心的全国两会新闻中心27日正式启用。"
        "十四届全国人大四次会议将于3月5日在北京开幕。",
        "记者在全国两会新闻中心现场看到，新闻发布厅、新闻中心采访室已准备就绪。",
    )
    assert article.meta.title == "设在北京梅地亚中心的全国两会新闻中心正式启用"


def test_a_government_pages_declared_article_title_beats_the_sites_name() -> None:
    from highlights.ingest.html import page_metadata

    page = (
        "<html><head><title>山西省人民政府网站</title>"
        '<meta name="ArticleTitle" content="山西品牌丝路行（南美站）正式启动">'
        '<meta property="og:title" content="山西省人民政府网站"></head>'
        "<body><p>跨越千山万水，行程近两万公里，山西品牌丝路行首次登陆巴西。</p></body></html>"
    )
    assert page_metadata(page)["page_title"] == "山西品牌丝路行（南美站）正式启动"


def test_the_decks_title_is_no_point() -> None:
    from tests.text_support import article

    title = "新一届国务院开始全面履职"
    text = [
        "国务院总理李强3月14日主持召开新一届国务院第一次常务会议，研究国务院机构设置有关事项，"
        f"讨论《国务院工作规则（修订稿）》。{title}。",
        "会议强调，新一届政府要以习近平新时代中国特色社会主义思想为指导，深入学习领会重要讲话精神。",
        "要增强“一盘棋”意识，团结共事、合力干事，相互支持、相互配合，协同高效开展工作。",
        "要坚持守正创新，系统学习掌握党中央决策部署，大力弘扬求真务实、真抓实干的作风。",
    ]
    deck = build_deck(article(title, "zh-Hans", *text))
    assert title not in [p.text for card in deck.cards for p in card.points]


def test_a_caption_line_ending_in_its_credit_is_not_joined_to_the_story(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    caption = "“陵水活动日”现场的特装实物展区，展示陵水特色热带水果。南海网记者徐静涵摄"
    story = "海南日报报业集团党委书记、社长、总编辑郭志民致辞时表示，活动将持续一个月，各市县"
    path.write_text(
        "海南建省30周年成就展“市县活动日”启动\n\n"
        "5月14日上午，海南建省办经济特区30周年成就展“市县活动日”在海南省博物馆启动，首场活动由陵水"
        "黎族自治县承办，现场举办了专场推介会及图片展。\n\n"
        f"{caption}\n{story}\n依次举办专场推介活动。\n",
        encoding="utf-8",
    )
    article = normalise(read_source(path))
    assert any(r.text == caption for r in article.report.removed)
    assert not any("徐静涵" in b.text for b in article.blocks)


@pytest.mark.parametrize(
    ("text", "courtesy"),
    [
        ("記者：特首，你好", True),
        ("行政長官：多謝你兩個問題", True),
        ("記者：請問決定的影響為何？", False),
        ("行政長官：今次決定並沒有賦權行政長官", False),
    ],
)
def test_a_speakers_greeting_or_thanks_is_no_point(text: str, courtesy: bool) -> None:
    from highlights.cards.courtesies import COURTESY

    assert bool(COURTESY.match(text)) is courtesy


def test_a_channels_dateline_leaves_the_text() -> None:
    from highlights.normalise.datelines import dateline

    line = "四川在线资阳频道消息2月27日下午3点，在庄严的国歌声中，资阳市第三届人民代表大会开幕。"
    assert dateline(line) == ("四川在线资阳频道消息", "四川在线资阳频道")
    assert dateline("新闻频道今天播出了节目") is None


def test_a_speechs_paragraph_numbers_are_no_part_of_its_lead_or_points() -> None:
    from tests.text_support import article

    text = [
        "220. 大家仍記得，在疫情期間，政府推出了多輪大規模的逆周期和防疫抗疫措施，開支大幅增加。",
        "221. 基本工程的開支由過去五年平均每年約七百六十億元，增加至二零二三年度的九百億元。",
        "222. 應對疫情和外圍環境挑戰，幾年下來令財政儲備下降至現時約七千三百三十二億元。",
        "223. 我們不應只聚焦短期的政府收支情況，而是看整個經濟周期內的財政狀況，確保可持續。",
    ]
    deck = build_deck(article("財政司司長財政預算案演辭", "zh-Hant", *text))
    assert deck.lead.startswith("大家仍記得")
    points = [p.text for card in deck.cards for p in card.points]
    assert points and not any(p[:1].isdigit() and p[3:4] == "." for p in points)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("陳良宇代表上海市人民政府向大會作《政府工作報告》丁志平攝", True),
        ("这部电影在香港拍攝", False),
        ("他们正在拍摄", False),
    ],
)
def test_a_photographers_name_after_a_closing_mark_ends_a_caption(
    line: str, caption: bool
) -> None:
    rules = [r for r, _ in find_boilerplate(line).removed]
    assert (rules == ["boilerplate.caption"]) is caption


def test_a_roundup_columns_heading_is_no_headline(tmp_path: Path) -> None:
    path = tmp_path / "news.md"
    path.write_text(
        "## 国内联播快讯\n\n**最高法发布贯彻落实民营经济促进法指导意见**\n\n"
        "最高人民法院今天发布指导意见，提出25条具体举措。\n\n"
        "## 我国秋粮面积稳中略增 长势总体正常\n\n农业农村部最新农情调度显示，秋粮长势总体正常。\n",
        encoding="utf-8",
    )
    assert normalise(read_source(path)).meta.title == "最高法发布贯彻落实民营经济促进法指导意见"


def test_a_long_heading_loses_its_column_tag_before_its_own_words() -> None:
    from highlights.cards.sections import _fit_title
    from highlights.settings import CardSettings

    notes: set[str] = set()
    title = "【筑梦现代化 共绘新图景——代表委员议国是】肩负职责献良策 奋楫扬帆启新程"
    assert _fit_title(title, CardSettings(), notes) == "肩负职责献良策 奋楫扬帆启新程"
    fits = "【喜迎二十大】满怀信心迎盛会"
    assert _fit_title(fits, CardSettings(), notes) == fits


def test_a_papers_bracketed_dateline_leaves_the_text() -> None:
    from highlights.normalise.datelines import dateline

    line = "【大紀元2月23日報導】(中央社記者林淑媛台北23日電)大型百貨公司開幕與新年假期帶動。"
    found = dateline(line)
    assert found is not None and found[0] == "【大紀元2月23日報導】"


def test_a_drawn_title_leaves_a_range_of_days() -> None:
    article = normalised(
        "10月24日至25日，国务院总理温家宝在天津滨海新区调研，考察了多家企业和科研机构。"
        "他强调，宏观经济政策要适时适度进行预调微调。",
        "温家宝首先来到天津港，详细了解港口吞吐量和外贸进出口情况。",
    )
    assert not article.meta.title.startswith(("10月", "至25日"))
