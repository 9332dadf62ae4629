"""Normalise: pages of the hundred-and-eighty-eighth to ninety-third rounds of unseen pages: a
skip link cut short and a menu's label, a site's sign-up wall, a portal's footer naming who runs
it, a digest's compilation credit, a podcast page's title of pipe-separated parts; a newswire's
dateline glued to its story, commas that lost their space, a company named with its form."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.cards.english import unlabelled
from highlights.cards.frames import FRAME_CLAUSE
from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.en_headline import english_headline


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))

_LETTER = (
    "Dear Colleagues,\n\n"
    "As previously communicated, Dean Jennifer Greer has accepted the role of acting vice "
    "provost and dean liaison. It will be necessary to appoint an acting dean.\n\n"
    "I am confident in Dr. Greer's ability to aid in this transition.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main",
        "Go to Contents Go to Navigation",
        "University-wide Navigation",
        "Main Navigation",
        "Have you registered with us yet?",
        "Already registered?",
        "Register",
        "Register now to enjoy more articles and free email bulletins",
        "大连市西岗区人民政府门户网站 网站主办单位:大连市西岗区人民政府",
        "Compiled from wire service reports by Monitor staff.",
        "Langsam Gesprochene Nachrichten | Audios | DW Deutsch lernen - A podcast by DW.COM | "
        "Deutsche Welle",
    ],
)
def test_page_furniture_of_these_rounds_is_chrome(line: str) -> None:
    assert find_chrome(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Skip Lawrence, the county's clerk, said the count would finish on Friday.",
        "Voters who have not registered yet can register until October 9.",
        "Register now for the workshop, the council said, as places are limited to 40 people.",
        "The navigation season on the river opens in April.",
        "The report was compiled from wire service reports, the editor said, and then checked.",
        "网站主办单位的负责人在会上介绍了平台的建设情况。",
        "News at Ten | Storm Bert hits UK with snow",
    ],
)
def test_sentences_about_such_things_stay(line: str) -> None:
    assert find_chrome(line) is None


def test_a_skip_link_cut_short_is_never_the_headline() -> None:
    page = "Skip to main\nUniversity-wide Navigation\n\n" + _LETTER
    article = _article(page)
    assert "Skip" not in article.meta.title
    assert all("Navigation" not in b.text for b in article.blocks)


_RELEASE = (
    "DALLAS and NEW YORK, April 13, 2011 /PRNewswire/ --ACCESS PHARMACEUTICALS, INC.(OTCBB: "
    "ACCP),a biopharmaceutical company leveraging its drug-delivery platforms,announced it has "
    "entered into an agreement with a major pharmaceutical company. Access will provide the "
    "company with formulations for evaluation.\n\n"
    "The terms of the agreement have not been disclosed, the company said in its statement.\n"
)


def test_a_newswire_dateline_glued_to_the_story_leaves_the_headline() -> None:
    article = _article(_RELEASE)
    assert article.meta.title.startswith("ACCESS PHARMACEUTICALS, INC. announces it has entered")
    assert "DALLAS" not in article.meta.title


def test_commas_that_lost_their_space_get_it_back_in_english_only() -> None:
    article = _article(_RELEASE)
    assert "ACCP), a biopharmaceutical company" in article.blocks[0].text
    assert "platforms, announced" in article.blocks[0].text
    assert article.report.counts["glued_commas"] == 2
    kept = _article(
        "Acme's index\n\nThe index rose to 1,000,5 points (A,B and C) on Monday, it said.\n\n"
        "中国,美国和日本的代表出席了会议。\n"
    )
    assert "1,000,5 points (A,B and C)" in kept.blocks[0].text
    assert "glued_commas" not in kept.report.counts


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("Acme, Inc. (NYSE: ACM), a maker of tools,", "Acme, Inc. announces"),
        ("Acme Pharmaceuticals, Ltd., a maker of tools,", "Acme Pharmaceuticals, Ltd. announces"),
    ],
)
def test_a_company_named_with_its_form_keeps_it_in_the_headline(opening: str, title: str) -> None:
    text = f"{opening} announced it has entered into an agreement with a major company.\n\nMore."
    assert _article(text).meta.title.startswith(title + " it has entered into an agreement")


def test_an_honorific_abbreviation_ends_no_sentence() -> None:
    text = (
        "The Hon. Greg Hunt MP said the grants of $5 million would be open from mid-September.\n"
    )
    assert _article(text).meta.title.startswith("Greg Hunt MP said the grants of $5 million")


def test_a_company_in_capitals_before_its_ticker_is_no_speaker() -> None:
    opening = "ACCESS PHARMACEUTICALS, INC.(OTCBB: ACCP), a biopharmaceutical company, announced…"
    assert unlabelled(opening) == opening
    assert unlabelled("NEAL CONAN, host: Welcome back.") == "Welcome back."


def test_last_years_day_opening_the_story_is_no_headline() -> None:
    text = (
        "去年11月30日,周山镇经省创卫工作检查组现场验收,成功创成省级卫生镇。"
        "今年该镇明确了创建国家卫生镇的目标。\n会议要求,全镇上下要统一思想。\n"
    )
    assert _article(text).meta.title == "周山镇经省创卫工作检查组现场验收，成功创成省级卫生镇"


def test_who_said_it_and_what_make_the_drawn_headline() -> None:
    text = (
        "行政院长陈建仁(左)表示,台湾一直释出善意,愿对等进行两岸经济会谈。\n\n"
        "立法院今天继续陈建仁施政总质询。\n"
    )
    assert _article(text).meta.title == "行政院长陈建仁：台湾一直释出善意"


def test_a_local_outlets_day_and_bracketed_name_open_no_headline() -> None:
    text = (
        "2023/04/13(三星傳媒報導)彰基醫學中心繼去年9月首次到馬祖東西莒義診,由院長陳穆寬率領"
        "醫、護、行政共11人團隊,15、16日將再度前往連江縣,為南北竿居民義診。\n"
        "彰基在2022年9月疫情期間,首次到馬祖東西莒義診,服務近300人次。\n"
    )
    article = _article(text)
    assert article.meta.title == "彰基醫學中心繼去年9月首次到馬祖東西莒義診"
    assert article.blocks[0].text.startswith("彰基醫學中心")


def test_a_short_lead_of_two_sentences_stays_the_text_and_gives_its_first_clause() -> None:
    text = (
        "13 日,我市開展“創文”迎省檢衛生大掃除活動,市區各機關單位1 萬多名干部職工,"
        "走上街頭清掃垃圾。活動持續一天。\n"
    )
    article = _article(text)
    assert article.meta.title == "我市開展“創文”迎省檢衛生大掃除活動"
    assert "走上街頭清掃垃圾" in article.blocks[0].text


def test_an_appositive_that_lists_runs_to_the_releases_verb() -> None:
    sentence = (
        "Acme, Inc. (NYSE: ACM), a company developing treatments in oncology, cancer care and "
        "diabetes, announced it has entered into an agreement with a major company."
    )
    assert english_headline(sentence).startswith("Acme, Inc. announces it has entered")


def test_last_years_day_joins_its_clause_in_a_point() -> None:
    assert FRAME_CLAUSE.match("去年11月30日")
    assert FRAME_CLAUSE.match("13 日")
