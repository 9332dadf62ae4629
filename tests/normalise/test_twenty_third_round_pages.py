"""Normalise: rules learnt from the ninety-second and later rounds of real pages the project had
never seen (measured before any rule was written for them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.ingest.html import page_metadata
from highlights.model import Article, Metadata
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.damage import find_damage
from highlights.normalise.datelines import dateline
from highlights.normalise.declared import with_page
from highlights.normalise.derived import without_venue
from highlights.normalise.en_headline import english_headline
from highlights.normalise.headlike import clean_title, is_headline
from highlights.normalise.sites import site_title


def _article(text: str, name: str = "page.txt") -> Article:
    return normalise(parse_source(Path(name), text.encode()))


@pytest.mark.parametrize(
    "line",
    [
        "Jun 18, 2019, 10:30 ET",  # a newswire's stamp, its hour and zone after the day
        "Wednesday, June 3, 2009 4:15 pm EST",
        "Rank: 7Rank: 7Rank: 7Rank: 7",  # a forum poster's rank, once per star
        "跳轉到指定樓層",
        "打印 上一主題 下一主題",
        "發表人 內容",
        "1#",  # the post's floor
        "查看：1161|引用：0",
        "US EUROPE AFRICA ASIA",  # a site's section menu in capitals is still chrome
    ],
)
def test_furniture_of_this_round_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "EASTERN BONGO BORN AT ZOO ATLANTA",  # a release's headline in capitals, no menu
        "2015年1月12日至1月18日政府主要活動圖片",  # a span of days, what the page shows of it
    ],
)
def test_a_headline_in_capitals_or_over_a_span_of_days_is_no_chrome(line: str) -> None:
    assert find_chrome(line) is None
    assert is_headline(line)


def test_a_caption_credited_to_its_photographer_is_no_headline() -> None:
    article = _article(
        "參會領導對2022年度梅州共青團工作先進單位進行表彰。（圖片來源：掌上梅州 賴露宇 攝）\n\n"
        "昨日上午，共青團梅州市第七屆委員會第四次全體（擴大）會議在梅城召開。市委副書記王慶利出席會議。\n\n"
        "會議深入學習貫徹有關重要講話精神，總結梅州共青團2022年工作情況，研究部署2023年重點工作。\n"
    )
    assert article.meta.title == "共青團梅州市第七屆委員會第四次全體（擴大）會議在梅城召開"
    assert not any("表彰" in b.text for b in article.blocks)


def test_a_forum_threads_title_is_the_line_its_copy_link_button_follows() -> None:
    article = _article(
        "沿著菊島旅行-澎湖自助旅行論壇\n\n發表人 內容\n查看：1161|引用：0\n"
        "打印 上一主題 下一主題\n\n王縣長主持第805次縣務會議 [複製鏈接]\n\n"
        "Rank: 7Rank: 7Rank: 7\n\n跳轉到指定樓層\n1#\n\n"
        "縣府第805次縣務會議9日上午9時於第1會議室召開，由縣長王乾發親自主持，會中討論相關提案。\n\n"
        "會議一開始，王縣長首先歡迎新任警察局長周幼偉加入縣府團隊，期許發揮所長。\n"
    )
    assert article.meta.title == "王縣長主持第805次縣務會議"
    assert article.blocks[0].text.startswith("縣府第805次縣務會議")


def test_a_meetings_office_building_is_no_part_of_a_drawn_title() -> None:
    held = "市政协十三届十八次常委会会议在市党政机关办公中心召开"
    assert without_venue(held) == "市政协十三届十八次常委会会议召开"


def test_after_which_meeting_is_no_drawn_title() -> None:
    article = _article(
        "2月18日上午，中国共产党凤阳县第十三届委员会第六次全体（扩大）会议后，第三小组在县人防中心"
        "会议室召开小组讨论会，讨论了县委工作报告。\n\n"
        "讨论会上，与会人员热议了县委工作报告，一致认为报告主题鲜明、求真务实。\n"
    )
    assert not article.meta.title.endswith("会议后")
    assert article.meta.title.startswith("第三小组召开小组讨论会")


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (
            "The Honourable Pablo Rodriguez, Minister of Canadian Heritage and Multiculturalism, "
            "announces a $1.7-million investment in festivals in Nova Scotia",
            "Pablo Rodriguez announces a $1.7-million investment in festivals in Nova Scotia",
        ),
        (
            "John Smith, President and CEO of Acme, said the results were strong.",
            "John Smith said the results were strong.",
        ),
    ],
)
def test_a_persons_office_and_honorific_are_no_headlines(sentence: str, headline: str) -> None:
    assert english_headline(sentence) == headline


def test_a_page_title_in_two_long_parts_is_one_title() -> None:
    title = "二○二三年財政年度施政報告---二○二三年施政總體方向和施政重點 (1)"
    assert site_title(title) == title
    assert site_title("首份青年發展藍圖公布 - 香港政府新聞網") == "首份青年發展藍圖公布"


def test_a_span_of_days_stays_in_the_title() -> None:
    title = "2015年1月12日至1月18日政府主要活動圖片"
    assert clean_title(title) == title


@pytest.mark.parametrize("author", ["字号", "字號", "打印", "分享"])
def test_a_pages_font_size_control_is_no_author(author: str) -> None:
    meta = with_page(Metadata(title="x"), {"page_author": author})
    assert meta.reporters == []


_STORY = (
    "在新桥派出所，民警向杨某详细了解了事情的经过，并打开纸团查看纸上的字迹。由于事发突然，"
    "民警担心求救者的安危，了解情况后便立即赶往事发地进行查看。"
)


def test_a_heading_over_other_stories_ends_the_story_and_the_channels_over_it_go() -> None:
    page = (
        "<html><body><h1>男孩写“救命啊”纸团抛出引来警察</h1>"
        f"<p>{_STORY}</p><p>{_STORY.replace('杨某', '张某')}</p>"
        "<ul><li>推荐</li><li>娱乐</li><li>体育</li><li>财经</li><li>时尚</li></ul>"
        "<p>+加载更多新闻</p><h2>热点新闻</h2>"
        "<ul><li>164952殴打老师当事人服刑：暴瘦四五十斤 希望以后读MBA</li>"
        "<li>243437舟山海域漂来28只集装箱内有大量冻肉 政府：快销毁</li></ul>"
        "</body></html>"
    )
    article = _article(page, "page.html")
    texts = [b.text for b in article.blocks]
    assert texts[-1].startswith("在新桥派出所，民警向张某")
    assert not any(t in ("推荐", "热点新闻") for t in texts)


@pytest.mark.parametrize(
    "line",
    [
        "“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网",  # a supplied picture's caption
        "天降“救命啊SOS”纸团。沙坪坝区公安分局供图",
    ],
)
def test_a_supplied_pictures_caption_is_no_text(line: str) -> None:
    article = _article(f"# 男孩写纸团求救\n\n{_STORY}\n\n{line}\n\n{_STORY}\n", "page.md")
    assert all(b.text != line for b in article.blocks)


def test_subheads_a_page_sets_in_bold_are_headings() -> None:
    body = "".join(
        f"<p>{_STORY}</p><div><strong>{head}</strong></div><p>{_STORY}</p>"
        for head in ("快速赶到现场 排查可疑线索", "再读“救命”纸团 民警找到突破口")
    )
    page = f"<html><body><article><h1>男孩写纸团求救</h1>{body}</article></body></html>"
    article = _article(page, "page.html")
    heads = [b.text for b in article.blocks if b.kind == "heading"]
    assert "快速赶到现场 排查可疑线索" in heads
    assert "再读“救命”纸团 民警找到突破口" in heads


def test_one_bold_line_over_the_text_is_no_subhead() -> None:
    page = (
        "<html><body><article><h1>男孩写纸团求救</h1><p><strong>半月谈记者 史卫燕</strong></p>"
        f"<p>{_STORY}</p><p>{_STORY}</p></article></body></html>"
    )
    article = _article(page, "page.html")
    assert not any(b.kind == "heading" and "史卫燕" in b.text for b in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "工人日报 2010年05月24日 星期一",  # the paper's name and the day over its page
        "联系电话：67360553",  # a company site's contact card
        "传真号码：021-67360550",
        "QQ:457460249",
        "N E W S R E L E A S E",
        "关于中工网 | 版权声明 | 违法和不良信息举报电话:010-84151598",
        "+加载更多新闻",
    ],
)
def test_furniture_of_the_ninety_fifth_round_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_big5s_dash_between_chinese_is_no_mojibake() -> None:
    assert is_headline("發行特別郵票─「歲次壬辰（龍年）」")
    assert find_damage("中文╗英文")  # other box-drawing marks still are


def test_a_wires_bracketed_dateline_leaves_the_title() -> None:
    article = _article(
        "(中央社記者楊明珠東京2日專電)烏克蘭局勢緊張,日本政府關注聯合國安全理事會研議的動向,"
        "並打算要求俄羅斯等相關國家自我節制。\n"
        "日本防衛大臣小野寺五典今天下鄉視察長崎縣佐世保市時對記者們表示,烏克蘭目前局勢緊張。\n"
    )
    assert article.meta.title == "烏克蘭局勢緊張"


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("第46次擴大主管會報縣長裁示事項/連江縣政府提供", "第46次擴大主管會報縣長裁示事項"),
        (
            "市議會第10屆第4次大會施政報告[郝市長龍斌]（書面報告Pdf檔/5082KB）",
            "市議會第10屆第4次大會施政報告",
        ),
    ],
)
def test_who_supplied_a_title_and_its_files_size_leave_it(title: str, clean: str) -> None:
    assert clean_title(title) == clean


def test_who_came_to_a_meeting_is_no_part_of_a_drawn_title() -> None:
    article = _article(
        "3月5日，高巍主持召开县长办公会，县领导张海军、郭杰、索剑峰、刘忠良、李燕参加会议。\n\n"
        "会议听取了全县重点项目建设情况汇报，研究部署了下一阶段重点工作。\n"
    )
    assert article.meta.title == "高巍主持召开县长办公会"


def test_a_sites_tagline_as_og_title_gives_way_to_the_pages_title() -> None:
    story = "".join(f"<p>{_STORY}</p>" for _ in range(3))
    page = (
        "<html><head><title>Invisible Oil from BP Spill May Threaten Gulf Aquatic Life - TIME"
        '</title><meta property="og:title" content="Breaking News, Analysis, Politics, Blogs,'
        f' News Photos - TIME.com"></head><body><article>{story}</article></body></html>'
    )
    declared = page_metadata(page)
    assert declared["page_title"].startswith("Invisible Oil from BP Spill")


def test_a_relays_day_and_name_between_slashes_is_a_dateline() -> None:
    found = dateline("2012-12-05 — /travelprnews.com/ — The holiday season brings a new calf")
    assert found == ("2012-12-05 — /travelprnews.com/ — ", None)


def test_a_release_call_to_its_website_is_chrome() -> None:
    line = (
        "For more information on the Digistat Patient Watch solution, as well as on Ascom’s "
        "innovative clinical care solutions, please visit: www.ascom.com"
    )
    assert find_chrome(line) is not None


def test_a_company_described_by_its_seat_and_subsidiaries_is_boilerplate() -> None:
    story = (
        "Ascom announces a strategic distribution partnership with GE Healthcare for its "
        "Digistat Patient Watch solution, which hospitals use to watch patients' alarms."
    )
    article = _article(
        "# Ascom announces a partnership\n\n"
        + "\n\n".join([story] * 3)
        + "\n\nAscom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and "
        "employs around 1,300 people worldwide. Ascom registered shares (ASCN) are listed on the "
        "SIX Swiss Exchange in Zurich.\n",
        "release.md",
    )
    assert not any(b.text.startswith("Ascom is headquartered") for b in article.blocks)


@pytest.mark.parametrize(
    "line",
    [
        "Major corporate funding for the PBS News Hour is provided by BDO, BNSF, Consumer "
        "Cellular, American Cruise Lines, and Raymond James.",
        "How to Watch PBS News Hour",
        "Providing Support for PBS.org",
    ],
)
def test_a_stations_funders_and_boxes_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "返回目录 放大缩小全文复制 上一篇 下一篇",  # an e-paper's tools
        "人民日报图文数据库（1946-2021）",  # its database's name
        "徐驭尧《人民日报》（2022年01月05日 第 07 版）",  # the writer, paper, day and page
        "查看所有結果",  # a search box's answers
        "The shortlink copeid",
        "[ 索引号 ] | 11500229759293419E/2025-00009 | [ 发文字号 ] | 城发改委发〔2025〕4号",
        "一分快3登录",  # a lottery's spam over a reposted wire
        "全民彩平台登录_全民彩平台官网",
        "全麪解決方案 電話：15920738611",  # a trader's phone
    ],
)
def test_chrome_of_the_ninety_eighth_round_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_papers_column_and_instalment_leave_the_title() -> None:
    assert clean_title("把合作社办得更红火（图说·乡村振兴新画卷⑥)") == "把合作社办得更红火"
    assert clean_title("新春走基层（1）") == "新春走基层（1）"


def test_a_release_relayed_by_pr_newswires_chinese_wire_leaves_its_dateline() -> None:
    found = dateline("喬治亞州卡爾霍恩2013年1月28日電 /美通社/ -- 莫霍克工業公司今天宣布")
    assert found == ("喬治亞州卡爾霍恩2013年1月28日電 /美通社/ -- ", "美通社")


def test_a_companys_latin_name_in_brackets_leaves_a_drawn_title() -> None:
    article = _article(
        "喬治亞州卡爾霍恩2013年1月28日電 /美通社/ -- 莫霍克工業公司 (Mohawk Industries, Inc.) "
        "(NYSE: MHK) 今天宣布，該公司已經達成了以1.25億歐元現金收購 Spano Invest NV 的協議。\n\n"
        "Spano 是比利時板材制造商，其2012年營收約為1.8億歐元。\n"
    )
    assert "Mohawk" not in article.meta.title
    assert article.meta.title.startswith("莫霍克工業公司")


def test_a_portals_channels_by_country_are_chrome() -> None:
    line = "国际时讯 新加坡新闻 马来西亚新闻 菲律宾新闻 越南新闻 泰国新闻 柬埔寨新闻 美国新闻"
    assert find_chrome(line) is not None
