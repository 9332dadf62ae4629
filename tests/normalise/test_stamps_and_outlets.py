"""Normalise: page furniture and wording seen on unseen pages of the hundred-and-fourteenth to
twenty-seventh rounds: stamps however set (`首次上稿 09-28 22:58`, `发表日期：2011-02-12 点击`), a
reading time, a script's timings, a page's own address and placeholders, an outlet named `…在线`
in a dateline; and headlines that exclaim, that a site's section trails, that a standing
meeting's first sentence or a Hong Kong venue would lengthen."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.derived import without_venue
from highlights.normalise.headlike import clean_title
from highlights.normalise.marks import drop_script_timings


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


@pytest.mark.parametrize(
    "line",
    [
        "首次上稿 09-28 22:58",
        "更新時間 09-29 06:21",
        "本篇文章256字，读完约1分钟",
        "阅读时间约3分钟",
        "发表日期：2011-02-12 点击",  # a date field opens it, a counter's label is left behind
        "發表日期:2011-02-12 點擊",
        "我有话说 2020-10-10 09:44:25来源：新华网",  # a day with its time beside a source field
    ],
)
def test_a_stamp_or_reading_time_is_chrome(line: str) -> None:
    assert find_boilerplate(line).text == ""


@pytest.mark.parametrize(
    "line",
    [
        "会议于09-28 22:58召开",
        "全文共分三个部分，阅读时注意要点",
        "发表日期：2011-02-12 记者在会上说明了情况和原因，会议要求各方落实",  # a sentence follows
        "2024年全年完成2024-10-10 09:44成交",  # a day and time, no field: text
        "2月5日14:30，会议在市行政中心召开，来源：本报记者现场采访整理",
    ],
)
def test_a_sentence_with_a_time_is_text(line: str) -> None:
    assert find_boilerplate(line).text == line


def test_an_outlet_online_opens_a_dateline() -> None:
    hit = find_boilerplate(
        "浙江在线杭州01月16日讯 今天上午9时，浙江省十一届人大四次会议在省人民大会堂隆重开幕。"
    )
    assert hit.text.startswith("今天上午9时")
    assert ("boilerplate.dateline", "浙江在线杭州01月16日讯") in hit.removed


def test_a_headline_that_exclaims_is_the_headline() -> None:
    page = (
        "首頁 > 政治\n\n"
        "徐榛蔚縣府太脫線！記者忍不住電爆官員影片掀熱議 網直呼解氣！\n\n"
        "2025/09/29 06:21 即時新聞／綜合報導\n\n"
        "花蓮馬太鞍溪堰塞湖溢流重創下游的光復鄉，花蓮縣府不僅挨轟災前未做好撤離工作，災後物資分配"
        "也頻出包，洪災發生多日後花蓮縣府27日終於召開首次公開記者會，但縣長徐榛蔚卻神隱。\n\n"
        "花蓮馬太鞍溪堰塞湖23日溢流釀災，花蓮縣府直到27日才召開記者會，引發外界批評。\n"
    )
    article = _article(page)
    assert article.meta.title == "徐榛蔚縣府太脫線！記者忍不住電爆官員影片掀熱議 網直呼解氣！"
    assert article.blocks[0].text.startswith("花蓮馬太鞍溪")


@pytest.mark.parametrize(
    "line",
    [
        "(25 seconds)",
        "地址：http://www.aqj6.com/aszx/15841.html",
        "新聞稿聯絡人：許股長世盛07-7995678#2513 廖科長杰睿07-7995678#2510",
    ],
)
def test_a_scripts_timing_a_pages_own_address_and_a_releases_contact_are_chrome(
    line: str,
) -> None:
    assert find_boilerplate(line).text == ""


@pytest.mark.parametrize(
    "line", ["地址：北京市东城区东长安街1号", "媒体联系人说，这件事很快解决了，大家都很高兴。"]
)
def test_an_address_and_a_sentence_about_a_contact_are_text(line: str) -> None:
    assert find_boilerplate(line).text == line


def test_a_bulletin_scripts_timings_leave_what_is_said() -> None:
    line = "BELINDA (REPORTER): Thanks Jen. I spoke with the Minister. (5 seconds)"
    assert drop_script_timings(line).text == line.removesuffix(" (5 seconds)")
    assert drop_script_timings("The clip runs (5 seconds) long.").changes == 0


def test_a_forums_subject_field_is_no_part_of_the_title() -> None:
    assert (
        clean_title("帖子主题：郴州宜章县：高标准农田建设正酣") == "郴州宜章县：高标准农田建设正酣"
    )


def test_a_titles_site_section_and_agency_after_bars_come_off() -> None:
    title = "盧秀燕指合併逾10年勿分化 蔡其昌：原縣區邊緣化 | 政治 | 中央社"
    assert clean_title(title) == "盧秀燕指合併逾10年勿分化 蔡其昌：原縣區邊緣化"
    # parts that both say something stay: a title set in two parts
    two = "二○二三年財政年度施政報告 | 二○二三年施政總體方向與重點工作安排"
    assert clean_title(two) == two


def test_a_standing_meetings_session_is_its_headline_without_what_it_conveyed() -> None:
    page = (
        "1月12日上午，受县委书记许红兵委托，县委副书记、县长王代强主持召开十三届县委第32次常委会"
        "会议，传达学习1月6日中共中央政治局常务委员会会议精神。县委副书记郭杰等县委常委会组成人员"
        "出席会议。\n\n"
        "会议强调，习近平总书记的重要讲话充分肯定了各党组和中央书记处的工作，也对做好下步工作提出"
        "了具体要求。\n"
    )
    assert _article(page).meta.title == "王代强主持召开十三届县委第32次常委会会议"


def test_a_hong_kong_venue_and_a_recent_day_leave_a_drawn_headline() -> None:
    assert without_venue("公益金假港麗酒店舉行45周年酒會") == "公益金舉行45周年酒會"
    held = "阳光课堂项目第二次发放仪式在金华市浦江县曙光民工子弟学校举行"
    assert without_venue(held) == "阳光课堂项目第二次发放仪式举行"  # a school's name, a venue
    assert without_venue("中国足球协会在北京举行发布会") == "中国足球协会在北京举行发布会"  # a city
    page = (
        "公益金日前假港麗酒店舉行45周年酒會，感謝各界多年來的支持，行政長官出席並致辭。\n\n"
        "公益金會長表示，過去一年共籌得善款逾三億元，將資助一百五十多間社福機構。\n"
    )
    assert _article(page).meta.title == "公益金舉行45周年酒會"


@pytest.mark.parametrize(
    "line",
    [
        "Card image cap",
        "No media available for this record",
        "Other available languages: none",
        "Page content transcription",
        "图片默认标题_fororder_1",
        "上一主题 下一主题",
        "WhatsApp Image 2018-11-12 at 14.25.23.jpeg",
        "建议使用IE5.0,800*600分辨率浏览",
    ],
)
def test_a_pages_placeholders_file_names_and_empty_fields_are_chrome(line: str) -> None:
    assert find_boilerplate(line).text == ""


@pytest.mark.parametrize(
    "line", ["The card image shows the winners.", "No media were allowed in the room."]
)
def test_sentences_near_those_words_are_text(line: str) -> None:
    assert find_boilerplate(line).text == line
