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


REPRINT_NOTICE = (
    "特别声明：本站注明稿件来源为其他媒体的文/图等稿件均为转载稿，并不意味着赞同其观点或者证实其"
    "内容的真实性。如转载稿涉及版权等问题，请作者在两周内速来函联系。"
)
REPRINT_NOTICE_EN = (
    "Notice: The articles / pictures and other manuscripts that this website notes as the source "
    "of manuscripts from other media are reprinted manuscripts, which does not mean that they "
    "agree with their views or confirm the authenticity of their contents. If the reprinted "
    "manuscript involves copyright and other issues, please contact the author by letter within "
    "two weeks."
)


def test_a_portals_reprint_disclaimer_is_chrome_however_long() -> None:
    story = (
        "中国青少年发展基金会25日在北京举行希望工程25年活动。希望工程25年共募集捐款超过100亿元。\n\n"
        "于1989年启动的希望工程，如今已成为我国有影响力的社会公益事业，资助建设希望小学18396所。"
    )
    page = f"希望工程25年获百亿捐款\n\n{story}\n\n{REPRINT_NOTICE}\n\n{REPRINT_NOTICE_EN}\n"
    article = _article(page)
    texts = [b.text for b in article.blocks]
    assert not any("转载稿" in t or "reprinted" in t for t in texts)
    assert any("18396所" in t for t in texts)
    removed = " ".join(r.text for r in article.report.removed)
    assert "转载稿" in removed and "reprinted" in removed  # dropped, and said so


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "World Red Cross Red Crescent Day Celebrated Around The World – And On The Delmarva "
            "Peninsula",
            "World Red Cross Red Crescent Day Celebrated Around The World – And On The Delmarva "
            "Peninsula",
        ),
        ("Prices Fall Again — But Not For Long", "Prices Fall Again — But Not For Long"),
        # a site's name after the dash still goes
        ("Governor Signs Budget Into Law - Daily Herald", "Governor Signs Budget Into Law"),
    ],
)
def test_a_headline_carried_on_after_a_dash_stays_whole(title: str, kept: str) -> None:
    from highlights.normalise.sites import site_title

    assert site_title(title) == kept


def test_a_numbered_session_is_named_without_what_it_conveyed() -> None:
    rest = "\n\n会议指出，各级各部门要深入学习领会习近平总书记的重要讲话。\n"
    numbered = _article(
        "10月23日上午，区委常委会召开第138次（扩大）会议，传达习近平总书记近期重要讲话、重要指示"
        "精神，研究我区贯彻落实意见。" + rest
    )
    assert numbered.meta.title == "区委常委会召开第138次（扩大）会议"
    # a meeting held with no number is named by what it conveyed
    held = "区委常委会近日举行会议，传达学习全市领导干部会议精神，区委书记主持会议。"
    bare = _article(held + rest)
    assert bare.meta.title == "区委常委会举行会议，传达学习全市领导干部会议精神"


def test_an_archives_broadcast_title_outranks_its_sites_page_title() -> None:
    page = (
        "Vimarsana.com\n\n"
        "Latest Breaking News On - Sara kelley - Page 1 : vimarsana.com\n\n"
        "Transcripts For DW DW News - News 20180802 18:00:00\n\n"
        "consciousness on a moment we have an exclusive report on a series of attacks by far right "
        "gangs on the roma community in ukraine what is fueling the violence.\n"
    )
    assert _article(page).meta.title == "DW DW News - News, August 2, 2018"


@pytest.mark.parametrize(
    "line",
    [
        "Support for NPR comes from NPR member stations and Eric and Wendy Schmidt through the "
        "Schmidt Family Foundation.",
        "Support for this podcast and the following message come from Sierra Nevada Brewing "
        "Company, where pure ingredients and sustainable brewing meet a legacy of craft.",
        "Discussion (0)",
        "评论(3)",
        "For Release: February 21, 2001",
        "新聞聯絡人：劉玉華",
        "相关稿件",
        "顯示模式：網格 列表",
        "【CNML格式】【打 印】",
    ],
)
def test_sponsors_comment_counts_release_labels_and_contacts_are_chrome(line: str) -> None:
    from highlights.normalise.chrome import find_chrome

    assert find_chrome(line) is not None


def test_a_story_about_support_is_no_sponsor_message() -> None:
    from highlights.normalise.chrome import find_chrome

    said = "Support for the arts comes from the state budget, the minister said."
    assert find_chrome(said) is None


def test_a_portals_own_name_is_a_label() -> None:
    from highlights.normalise.sitelabel import site_label

    assert site_label("澳門特別行政區政府入口網站")
    assert not site_label("市政府门户网站上线新版本服务群众")  # a story about the site


def test_a_short_form_the_text_defines_leaves_a_drawn_headline() -> None:
    from highlights.normalise.derived import subject_short_form, without_short_forms

    signed = "國機集團與海爾集團公司（以下簡稱“海爾集團”）在集團總部簽署戰略合作框架協議"
    kept = subject_short_form(signed)
    assert kept == signed  # the short form names the last name only, not the pair
    assert without_short_forms(kept) == "國機集團與海爾集團公司在集團總部簽署戰略合作框架協議"
    bare = "新加坡宗乡会馆联合总会（宗乡总会）召开会员大会"
    assert subject_short_form(bare) == "宗乡总会召开会员大会"


def test_who_set_up_what_is_launched_is_no_part_of_its_headline() -> None:
    page = (
        "由香港華潤集團設立的「華潤慈善基金」在港正式啟動。首年將撥款一億元支持社區項目。\n\n"
        "基金會主席表示，基金將重點支援青少年教育和長者服務。\n"
    )
    assert _article(page).meta.title == "「華潤慈善基金」在港正式啟動"


def test_a_sites_dated_label_gives_way_to_the_headline_under_it() -> None:
    page = (
        "Tag Archives: MajaKocijancic\n\n"
        "Daily News 09 /11/ 2017\n\n"
        "Autumn 2017 Economic Forecast: euro area economy on track to grow at fastest pace in a "
        "decade\n\n"
        "The Autumn 2017 Economic Forecast published today shows that the euro area economy is on "
        "track to grow at its fastest pace in a decade this year, with real GDP growth forecast at "
        "2.2%. The economic forecast for the euro area economy shows stronger growth.\n"
    )
    assert _article(page).meta.title.startswith("Autumn 2017 Economic Forecast")


def test_a_programmes_dated_edition_keeps_its_title() -> None:
    page = (
        "NPR News: 12-13-2025 4PM EST\n\n"
        "Live from NPR News in Washington, I'm Windsor Johnston. President Trump is vowing to "
        "retaliate after an ISIS gunman killed two American service members in central Syria "
        "today. The Pentagon says the soldiers were supporting counterterrorism operations.\n"
    )
    assert _article(page).meta.title.startswith("NPR News: 12-13-2025")


def test_a_submission_address_is_chrome() -> None:
    from highlights.normalise.chrome import find_chrome

    assert find_chrome("投稿邮箱：mczfw@163.com") is not None
