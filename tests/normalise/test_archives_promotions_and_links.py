"""Normalise: pages of held-out round 206–211: a municipal site's news module and an archive's
labels, a picture's file name, a newsletter's promotion of its sister letters, a lottery app's
keyword lines, a ministry's note that only its French text is official, a story's `(看完整報導`
link, a site's list of related stories each under its day, and a headline that names its day
after a dash (`… - November 16 & 17`), which is no site's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.headlike import is_headline
from highlights.normalise.sites import site_title
from highlights.normalise.spam import is_spam


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


@pytest.mark.parametrize(
    "line",
    [
        "News Flash Home",
        "News Archive",
        "The original item was published from 11/15/2022 5:45:48 PM to 11/16/2022 5:05:02 PM.",
        "MAIN201803030932000373849943881",
        "Read the statement (in English)",
        "[Please note that only the original French text issued by the French Ministry of "
        "Foreign Affairs may be considered official.]",
        "想知道國內外財經重要議題及影響力人物的經營思維?快跟著【遠見電子報】一起掌握知識與延伸全球視野!",
    ],
)
def test_a_sites_labels_notes_and_promotions_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None


def test_a_stamp_labelled_only_published_gives_its_day_and_source() -> None:
    stamp = find_chrome("发布 : 2018-7-12  来源 : 明报新闻网")
    assert stamp is not None and stamp.fields == {"date": "2018-7-12", "source": "明报新闻网"}
    assert find_chrome("国家统计局今天发布：10月CPI同比上涨") is None


def test_a_lottery_apps_keyword_lines_are_spam() -> None:
    assert is_spam("购彩快3平台充值")
    assert is_spam("购彩快3平台充值-购彩快3平台客户端下载")
    assert not is_spam("体育彩票平台上线")  # two words of the trade are news


def test_a_headline_names_who_then_exclaims_what_they_did() -> None:
    assert is_headline("中新社70年丨張明新：從“矇查查”到“中國新聞獎”！")
    assert not is_headline("他說：我們一定要贏得這場比賽！")


def test_a_headline_ending_in_its_day_keeps_it() -> None:
    title = "Road Construction Advisory - Intersection of County Rd and Back River Rd - November 16"
    assert site_title(title) == title
    assert site_title("Council adopts budget - Town of Bedford") == "Council adopts budget"


def test_an_archived_items_mark_and_its_sites_labels_leave_the_title() -> None:
    page = _article(
        "News Flash Home\nThe original item was published from 11/15/2022 5:45:48 PM.\n\n"
        "News Flash\n\nPosted on: November 15, 2022\n\n"
        "[ARCHIVED] Road Construction Advisory - County Rd and Back River Rd - November 16 & 17\n\n"
        "Please be advised that there will be on-going road work on County Road at the "
        "intersection of Back River Road on Wednesday, November 16, 2022 from 7:00 am.\n"
    )
    assert page.meta.title.startswith("Road Construction Advisory - County Rd")
    assert page.meta.title.endswith("- November 16 & 17")


def test_a_link_to_the_full_report_leaves_the_paragraph() -> None:
    page = _article(
        "早安世界：春節北返\n\n"
        "春節連續假期進入尾聲，高速公路局估計，5日國道有9大易塞路段，建議北返用路人趁上午出發。"
        "公路總局則表示，西部國道客運仍有8成以上空位。(看完整報導\n"
    )
    assert page.body_text().endswith("8成以上空位。")


def test_related_stories_each_under_its_day_leave_the_page() -> None:
    page = _article(
        "48 humanitarian NGOs adopt a joint statement\n\n"
        "02/27/2015. Faced with growing threats to the safety of humanitarian workers, 48 NGOs "
        "reaffirm their commitment to humanitarian principles.\n\n"
        "This statement calls for humanitarian actors, donors and States to protect the access "
        "of affected populations to humanitarian aid.\n\n"
        "Related Articles\n\n"
        "Someday Disposable Drones May Deliver A Payload, Then Vanish\n\n"
        "03/02/2017. DARPA is working with several companies in the field of ephemeral materials "
        "to achieve a prototype.\n\n"
        "Malteser International : Over five million people face starvation in South Sudan\n\n"
        "06/21/2017. President of Malteser International Europe announced increased funding for "
        "the stricken populations of the region.\n"
    )
    assert page.meta.date == "2015-02-27"
    assert page.body_text().startswith("Faced with growing threats")
    assert "DARPA" not in page.body_text() and "Malteser" not in page.body_text()
