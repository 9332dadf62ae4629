"""Normalise: pages of the hundred-and-twenty-eighth to thirty-ninth rounds and a second
editor's decks: a portal's reprint disclaimer, a broadcast's sponsor message, comment counts,
release labels and contacts, view switches; a dashed headline that goes on; a numbered session;
an archive's broadcast title; a body named with its jurisdiction, a portal's own name, a site's
dated label; short forms a text defines; who set up what is launched."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


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


def test_a_local_portal_named_information_port_opens_a_dateline() -> None:
    from highlights.normalise.datelines import dateline

    line = "麻城信息港讯(记者来文涛)2月26日上午,市八届人大五次会议计划审查委员会召开会议。"
    assert dateline(line) == ("麻城信息港讯", "麻城信息港")
