"""Normalise: pages of the hundred-and-fifty-eighth to sixty-third rounds of unseen pages: a
share bar spaced out (`Facebook Twitter`), a video page's view count, a press contact's number
under its label (`Out of hours: 07500 577620`), a breadcrumb set with `›` or `>>`, a font-size
button; and a title drawn from a meeting's first sentence without who chaired it."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_STORY = (
    "Global wildlife is in freefall, warned WWF today, as its flagship Living Planet Report "
    "reveals that population sizes have fallen by two thirds since 1970.\n\n"
    "Nature is being destroyed by humans at a rate never seen before, the report says.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Twitter",
        "Share Tweet Email",
        "Published about 1 year ago 400 views",
        "Out of hours: 07500 577620",
        "News Releases from Headquarters›Enforcement and Compliance Assurance (OECA)",
        "Length: 7s",
        "Good episode? Give it some love!",
        "Request Podcast",
        "Captioning sponsored by - NEWSHOUR PRODUCTIONS, LLC",
        "Chapter 1: What is the main topic discussed in this episode?",
        "Create an account or log in to save stories.",
        "Transcripts are displayed as originally observed. Some content may have changed.",
    ],
)
def test_english_page_furniture_is_no_headline(line: str) -> None:
    article = _article(f"{line}\n\n{_STORY}")
    assert article.meta.title.startswith("Global wildlife is in freefall")
    assert line not in article.body_text()


@pytest.mark.parametrize(
    "line",
    [
        "Chapter 3 of the report sets out the new rules for the sector.",
        "The library opens a new branch in May. It will have 40,000 books and a cafe. "
        "Residents can join the reading club online. Subscribe to our newsletter.",
    ],
)
def test_a_paragraph_that_names_a_chapter_or_a_newsletter_stays(line: str) -> None:
    assert line in _article(f"Rules set out\n\n{_STORY}\n\n{line}\n").body_text()


def test_a_sentence_that_names_its_share_of_facebook_stays() -> None:
    line = "Facebook and Twitter removed the accounts on Monday."
    article = _article(f"Accounts removed\n\n{line}\n\n{_STORY}")
    assert line in article.body_text()


_PEOPLE = (
    "人民網\n人民網>>經濟·科技\n\n組圖:豐收繪美景 喜悅入畫來\n\n"
    "2021年09月23日08:43 | 來源:人民網\n小字號\n"
    "金秋時節,湖北省十堰市竹山縣進入玉米收獲期,農民們忙著將成熟的玉米收割晾晒。(章磊 攝)\n"
    "金秋時節,湖北省十堰市竹山縣進入玉米收獲期,農民們忙著將成熟的玉米收割晾晒。(章磊 攝)\n\n"
    "人民網北京9月23日電 (記者李棟)9月23日,農歷秋分,我們迎來第四個中國農民豐收節。"
    "豐收節是億萬農民自己的節日,這一天處處是一派收獲的場景。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "只看楼主 倒序阅读 使用道具 楼主 发表于：2015-02-19",
        "新浪简介 | About Sina | 广告服务 | 招聘信息 | 网站律师",
    ],
)
def test_a_forum_bar_and_a_footer_menu_are_chrome(line: str) -> None:
    story = "县长今天前往市场了解物价情况，与摊贩亲切交谈，听取意见建议，要求确保供应稳定。\n\n"
    article = _article(f"县长逛市场\n\n{line}\n\n{story}{story}")
    assert line[:6] not in article.body_text()


def test_a_breadcrumb_of_one_step_and_a_font_button_are_chrome() -> None:
    article = _article(_PEOPLE)
    assert article.meta.title == "組圖：豐收繪美景 喜悅入畫來"
    assert "經濟·科技" not in article.body_text()
    assert "小字號" not in article.body_text()


@pytest.mark.parametrize(
    ("first", "title"),
    [
        (
            "二道江区政府召开2025年第15次常务会议，区委副书记、区长班兆龙主持会议并讲话。",
            "二道江区政府召开2025年第15次常务会议",
        ),
        (
            "市五届人大常委会党组会议暨第67次主任会议召开，市人大常委会党组书记、主任李高兴主持并讲话。",
            "市五届人大常委会党组会议暨第67次主任会议召开",
        ),
    ],
)
def test_who_chaired_is_no_part_of_the_title_drawn(first: str, title: str) -> None:
    body = "会议传达学习了省委全会精神，研究部署了下一步重点工作。会议强调，要抓好各项任务落实。"
    article = _article(f"12月16日,{first} {body}\n\n{body}\n")
    assert article.meta.title == title


_CNA = (
    "蘭嶼海邊現大型海漂物 疑火箭外殼\n\n"
    "（中央社記者盧太城台東26日電）蘭嶼民眾今天上午在朗島村五孔洞海邊發現2塊大型海漂物，"
    "走近查看後，發現疑似是火箭或飛行器外殼，長寬均超過1公尺，重量沉重。\n\n"
    "google news透過 Google News追蹤中央社\n\n"
    "海巡署東部分署指出，中午有派員到現場了解，並拍照傳給軍方及海保署處理。（編輯：黃世雅）1141226\n\n"
    "蘭嶼海邊26日發現2塊大型複合材料片，部分是簡體字。"
    "（民眾提供）中央社記者盧太城台東傳真 114年12月26日\n"
)


def test_a_wire_story_s_editor_and_filing_day_its_follow_button_and_sent_picture_go() -> None:
    article = _article(_CNA)
    body = article.body_text()
    assert body.rstrip().endswith("並拍照傳給軍方及海保署處理。")
    assert "Google News" not in body and "1141226" not in body and "傳真" not in body
    assert "黃世雅" in article.meta.editors
