"""Normalise: pages of the hundred-and-seventieth to seventy-fifth rounds of unseen pages: a
picture's file name alone on a line, a mailed newsletter's banner and its subscribe box's
thanks, a permalink, a gambling site's entry, a site's footer and contact cards, a title with
the day it was filed in brackets, a picture from a paper's files, a page's month-only date
field run into the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_ZH = (
    "清流县领导看望慰问新闻工作者\n\n"
    "11月8日，第22个中国记者节，县委书记吴钟民来到县融媒体中心，看望慰问新闻工作者。\n\n"
    "吴钟民指出，县融媒体中心要坚持正确政治方向和舆论导向，弘扬主旋律。\n"
)
_EN = (
    "CNN 10 is a daily news show for viewers who want to learn about current events.\n\n"
    "We begin today with the release of the last American hostage held in Gaza.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "★ 無法正常瀏覽內容,請按這裡線上閱讀",
        "感謝您的訂閱!",
        "√js3777登录入口",
        "0401_090623_285.jpg",
        "主管单位:清流县融媒体中心 地址:清流县龙津镇北大路519号",
        "电话:0598-5329559 业务合作QQ:1476150670 投稿信箱:1476150670@qq.com",
    ],
)
def test_chinese_page_furniture_leaves_the_story(line: str) -> None:
    for at_top in (True, False):
        text = f"{line}\n\n{_ZH}" if at_top else f"{_ZH}\n{line}\n"
        article = _article(text)
        assert article.meta.title == "清流县领导看望慰问新闻工作者"
        assert line.rstrip("!") not in article.body_text()


@pytest.mark.parametrize(
    "line",
    [
        "whiteCNN 10_Final Logo.png",
        "News Article(permalink)",
        "Having trouble viewing this email? View it in your browser.",
        "Thanks for subscribing!",
    ],
)
def test_english_page_furniture_is_no_headline(line: str) -> None:
    article = _article(f"{line}\n\n{_EN}")
    assert article.meta.title.startswith("CNN 10 is a daily news show")
    assert line.rstrip("!.") not in article.body_text()


@pytest.mark.parametrize(
    "line",
    [
        "如需咨询，请拨打电话：0598-5329559，或发送邮件至投稿信箱。",
        "The picture, file name IMG_2031.jpg, was taken at dawn. It shows the harbour.",
        "Hotel: GrandHyatt Motel: SeaView",  # (no label of a contact card inside a word)
    ],
)
def test_a_sentence_that_names_a_number_or_a_file_stays(line: str) -> None:
    assert line in _article(f"{_ZH}\n{line}\n").body_text()


def test_a_title_loses_the_day_it_was_filed_but_a_record_keeps_its_day() -> None:
    story = _ZH.split("\n\n", 1)[1]
    filed = _article("区委书记曹立强赴商业集团调研 ( 2020年03月23日 )\n\n" + story)
    assert filed.meta.title == "区委书记曹立强赴商业集团调研"
    record = _article("国台办新闻发布会辑录(2023-04-26)\n\n" + story)
    assert record.meta.title == "国台办新闻发布会辑录（2023-04-26）"


def test_a_picture_from_the_papers_files_is_a_caption() -> None:
    text = (
        "外交部深表遺憾\n\n中華民國外交部。記者張文馨攝影／聯合報系資料照\n\n"
        "針對《鏡週刊》引述特定人士未經查證的說法，外交部深表遺憾。\n"
    )
    article = _article(text)
    assert "資料照" not in article.body_text()
    assert article.body_text().startswith("針對《鏡週刊》")


def test_a_month_only_date_field_leaves_the_first_sentence() -> None:
    text = "明報65各界到賀\n\n date 2024-05 李家超說，今年3月出席查良鏞百年誕辰紀念活動開幕禮。\n"
    assert _article(text).body_text().startswith("李家超說")
