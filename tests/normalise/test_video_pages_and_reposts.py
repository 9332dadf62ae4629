"""Normalise: pages of the two-hundredth round of unseen pages: a programme's video page (its
player's labels, its edition named date first with no `文字版`), a roundup of a day (`Bernama
news in brief: May 25`), a forum's repost note in the title, a paper's column before `》`, a
section's menu row, a letter's writer marked `◎`, and a page's weather left after its date."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.chrome import find_chrome
from highlights.normalise.headlike import clean_title
from highlights.normalise.headline_at import roundup

_BODY = (
    "為回應國人期待，行政院公布十六人內閣異動名單，宣示「ＡＩ行動內閣二．○」正式啟動。\n\n"
    "筆者是公務員，深知施政要先解除民怨，才能讓民眾實質有感，二○一九年，蘇貞昌接任閣揆才半個月。\n"
)


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


@pytest.mark.parametrize(
    "line",
    [
        "新闻联播直播视频播放",
        "央视网直播,切换兼容方式观看",
        "新闻联播 20230326 19:00直播在线视频播放(回放)",
        "新闻联播直播",
        "新闻联播文字稿完整版",
        "評論首頁 政經 社會 生活 國際 名人 言論 專欄 社群 投書 自由評論網粉絲團",
    ],
)
def test_a_video_pages_labels_and_a_sections_menu_are_chrome(line: str) -> None:
    assert find_chrome(line) is not None
    assert find_chrome("习近平向巴西总统致慰问电，表示深切慰问。") is None
    assert find_chrome("活动吸引了10万网友在线观看直播。") is None  # said, not a label


def test_an_edition_named_date_first_is_the_title_over_the_players_dated_label() -> None:
    page = _article(
        "2023年3月26日央视新闻联播\n\n今天重大新闻\n\n"
        "2023年3月26日今日新闻联播直播视频播放已更新,重播:CCTV13 21:00;CCTV4 22:30\n\n"
        "习近平向中国发展高层论坛2023年年会致贺信。习近平向巴西总统致慰问电，表示深切慰问。\n"
    )
    assert page.meta.title == "央视新闻联播 2023年3月26日"


def test_a_roundup_of_a_day_is_titled_as_one() -> None:
    assert roundup("Bernama news in brief: May 25")
    assert not roundup("Minister briefs: the budget")


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("真实得令人窒息的故事[同样也是转至强国论坛]", "真实得令人窒息的故事"),
        ("某县召开会议（转载）", "某县召开会议"),
        ("自由廣場》基層公務員給新內閣的一封信", "基層公務員給新內閣的一封信"),
        ("《人民日报》评论员文章", "《人民日报》评论员文章"),
    ],
)
def test_a_reposts_note_and_a_columns_name_leave_the_title(title: str, clean: str) -> None:
    assert clean_title(title) == clean


def test_a_pages_weather_after_its_date_opens_no_story_and_the_writer_is_a_credit() -> None:
    page = _article(
        "date 2025-08-29 晴時多雲\n\n自由電子報\n\n評論 > 投書\n\n"
        "自由廣場》基層公務員給新內閣的一封信\n\n2025/08/29 05:30\n\n◎ 葉昱呈\n\n" + _BODY
    )
    assert page.meta.title == "基層公務員給新內閣的一封信"
    assert page.blocks[0].text.startswith("為回應國人期待")
    assert any(r.rule == "boilerplate.byline" and "葉昱呈" in r.text for r in page.report.removed)


def test_the_edition_named_again_as_its_contents_label_leaves_the_text() -> None:
    page = _article(
        "2023年3月26日央视新闻联播\n\n"
        "2023年03月26日今日新闻联播主要内容文字版完整版\n\n"
        "习近平向中国发展高层论坛2023年年会致贺信。习近平向巴西总统致慰问电，表示深切慰问。\n"
    )
    assert page.meta.title == "央视新闻联播 2023年3月26日"
    assert page.blocks[0].text.startswith("习近平向中国发展高层论坛")
    assert any(r.rule == "boilerplate.repeat" for r in page.report.removed)


def test_a_programmes_edition_named_by_its_iso_day_is_the_title_under_a_code_hosts_view() -> None:
    page = _article(
        "Skip to content\n\nLatest commit\n\nHistory\n\n247 lines (123 loc) · 30.6 KB\n\n"
        "2021-12-15.md\n\nFile metadata and controls\n\n247 lines (123 loc) · 30.6 KB\n\n"
        "新闻联播 2021-12-15\n\n习近平同俄罗斯总统举行视频会晤\n\n"
        "央视网消息(新闻联播):国家主席习近平12月15日下午在北京同俄罗斯总统普京举行视频会晤。\n\n"
        "习近平指出，很高兴在岁末之际同你举行今年第二次视频会晤。\n"
    )
    assert page.meta.title == "新闻联播 2021年12月15日"


def test_a_listings_release_stamp_is_chrome() -> None:
    assert find_chrome("Released: 3-Sep-2019 7:00 AM EDT")
    assert find_chrome("Released: the report on school meals") is None
