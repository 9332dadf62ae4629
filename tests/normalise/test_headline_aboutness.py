"""Normalise: a headline is about its text; a site's label standing where a headline would is not
(rules from the hundred-and-fourth round of unseen pages, measured before any rule)."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.aboutness import shared


def _article(text: str, name: str = "page.txt") -> Article:
    return normalise(parse_source(Path(name), text.encode()))


def test_shared_counts_the_headlines_words_found_in_the_lead() -> None:
    lead = "香港新聞界慶祝國慶籌備委員會8月25日舉行會議，決定9月28日在港舉辦酒會。"
    assert shared("香港新聞界慶祝國慶酒會", lead) == 0.9  # 9 of its 10 bigrams
    assert shared("所屬教程：新詞熱詞", lead) == 0.0
    assert shared("Aid agencies launch a campaign", "Aid agencies have launched a campaign.") == 1.0
    assert shared("要聞", lead) is None  # one bigram: too short to tell


def test_a_tutorial_sites_label_over_the_stamp_gives_way_to_the_headline_above_it() -> None:
    page = (
        "英語詞匯 學英語,練聽力,上聽力課堂! 注冊 登錄\n\n"
        "十九大將在人民大會堂設“黨代表通道”\n\n所屬教程:新詞熱詞\n\n瀏覽:\n\n2017年10月14日\n\n"
        "設在北京梅地亞賓館的十九大新聞中心11日正式啟動對外接待服務,當天對媒體發放的"
        "《記者采訪服務指南》顯示,十九大期間,新聞中心將在人民大會堂開設“黨代表通道”。\n\n"
        "中國共產黨第十九次全國代表大會即將召開。為提高大會透明度,人民大會堂將首次特別開設"
        "“黨代表通道”,境內外記者將有機會采訪十九大代表。\n"
    )
    article = _article(page)
    assert article.meta.title == "十九大將在人民大會堂設“黨代表通道”"
    assert article.blocks[0].text.startswith("設在北京梅地亞賓館")


def test_an_apps_banner_gives_way_to_the_headline_under_it() -> None:
    page = (
        "點新聞 | 每日點新聞 點解香港事\n\n每日點新聞 點解香港事\n下載APP\n標籤\n\n"
        "香港新聞界慶祝國慶74周年酒會9月28日舉行\n\n"
        "香港新聞界慶祝國慶籌委會會議,籌委會執委會主席李大宏在會上發言。\n\n"
        "香港新聞界慶祝國慶籌備委員會(下稱籌委會)8月25日舉行會議,決定9月28日在港舉辦慶祝"
        "中華人民共和國成立74周年酒會,與新聞傳媒界同行共迎祖國華誕。\n\n"
        "據悉,國慶酒會將於9月28日下午在香港君悅酒店舉行,香港特別行政區行政長官李家超將出席"
        "主禮並致詞。\n"
    )
    assert _article(page).meta.title == "香港新聞界慶祝國慶74周年酒會9月28日舉行"


def test_a_collections_title_keeps_its_place_over_its_stories() -> None:
    # a photo week: its title names none of the stories' words, each story has its own line
    stories = [
        (
            "沈阳举行“勿忘九一八”撞钟鸣警仪式",
            "9月18日上午，“勿忘九一八”撞钟鸣警仪式在沈阳“九·一八”历史博物馆残历碑广场举行。",
        ),
        (
            "广东鹤山：隔朗村的舞火龙",
            "9月18日，在广东省鹤山市雅瑶镇隔朗村，火龙在“龙珠”的引领下开始环村巡游。",
        ),
        ("广西南宁：洪水渐退清淤忙", "9月15日，工作人员在南宁市邕江边清理淤泥（无人机照片）。"),
    ]
    page = "镜观中国·新华社国内新闻照片一周精选\n\n" + "".join(
        f"{head}\n\n{text}\n\n" for head, text in stories
    )
    assert _article(page).meta.title == "镜观中国·新华社国内新闻照片一周精选"


def test_a_programmes_heading_keeps_its_place_over_its_rundown() -> None:
    page = (
        "# 《新闻联播》 (20221012)\n\n本期节目主要内容：\n\n"
        "中国共产党第十九届中央委员会第七次全体会议公报\n\n"
        "中国共产党第十九届中央委员会第七次全体会议公报。中国共产党第十九届中央委员会第七次全体"
        "会议，于2022年10月9日至12日在北京举行。\n"
    )
    assert "新闻联播" in _article(page, "page.md").meta.title


def test_a_headline_of_other_words_than_its_lead_stays_when_no_line_is_closer() -> None:
    page = (
        "糧豐農穩天下安\n\n"
        "新華社北京9月22日電 今年以來，各地區各部門全力抓好糧食生產，夏糧、早稻增產，秋糧長勢總體"
        "良好。\n"
    )
    assert _article(page).meta.title == "糧豐農穩天下安"


def test_an_english_print_widget_gives_way_to_the_headline_under_it() -> None:
    page = (
        "Print Friendly Version Convert to PDF Convert to RTF\nJune 21, 2011\n\n"
        "PRServing America Will Draw Attention to Philanthropic Efforts of PRSA Members\n\n"
        "NEW YORK (June 21, 2011) — The Public Relations Society of America (PRSA) is encouraging "
        "and celebrating the philanthropic work of its members through a new awards program.\n\n"
        "PRServing America will highlight the pro bono work undertaken by PRSA’s professional and "
        "student Chapters to strengthen the local communities in which they live and work.\n"
    )
    assert _article(page).meta.title.startswith("PRServing America Will Draw Attention")

