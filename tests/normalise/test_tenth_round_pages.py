"""Rules learnt from a tenth round of real pages the project had never seen (measured before
any rule was written for them): a letter-spaced page, a release's dateline and wire on lines
of their own, a headline set in two parts, a page title that names the headline below a list
of ministers, a transcript's airtime, a stamp under an English headline."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised, removed_rules

from highlights.ingest import read_source
from highlights.normalise import normalise
from highlights.normalise.headlike import clean_title


def test_a_letter_spaced_page_closes_up() -> None:
    article = normalised(
        "回 應 鄭 家 富 議 員 的 評 論",
        "回 應 傳 媒 查 詢 , 就 鄭 家 富 議 員 今 天 ( 四 月 二 十 一 日 ) 在 立 法 會 的 評 論 , "
        "政 制 事 務 局 發 言 人 表 示 :",
        "「 政 制 發 展 專 責 小 組 的 成 立 反 映 特 區 政 府 對 這 議 程 的 重 視 。",
    )
    assert article.meta.title == "回應鄭家富議員的評論"
    assert article.blocks[0].text.startswith("回應傳媒查詢，就鄭家富議員今天（四月二十一日）")
    assert article.report.counts["letter_spacing"] == 1


def test_a_credits_space_leaves_a_page_as_it_is() -> None:
    article = normalised(
        "市政府召開常務會議",
        "記者 王偉 報道：會議聽取了全市經濟運行情況的匯報，研究部署下一步重點工作。",
    )
    assert "letter_spacing" not in article.report.counts


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("BAAR, SWITZERLAND", "boilerplate.dateline"),
        ("Business Wire", "boilerplate.chrome"),
        ("JOINT MEDIA RELEASE", "boilerplate.chrome"),
        ("10 9월 2021 - 12:14AM", "boilerplate.chrome"),
    ],
)
def test_a_releases_dateline_wire_and_stamp_on_lines_of_their_own_leave(
    line: str, rule: str
) -> None:
    assert removed_rules(line) == [rule]


def test_a_transcripts_airtime_leaves_its_title() -> None:
    assert clean_title("CNN Joe Biden Town Hall. Aired 8-9p ET") == "CNN Joe Biden Town Hall"


def test_a_headline_set_in_two_parts_is_one_title() -> None:
    article = normalised(
        "习近平主持召开深入推进长三角一体化发展座谈会强调",
        "推动长三角一体化发展取得新的重大突破",
        "新华社上海11月30日电 中共中央总书记习近平30日上午在上海主持召开"
        "深入推进长三角一体化发展座谈会并发表重要讲话。",
    )
    assert article.meta.title == (
        "习近平主持召开深入推进长三角一体化发展座谈会强调 推动长三角一体化发展取得新的重大突破"
    )


def test_the_line_a_page_title_names_is_the_headline() -> None:
    article = normalised(
        "PRIME MINISTER – JOINT MEDIA RELEASE – $1.1 BILLION TO SUPPORT MORE MENTAL HEALTH "
        "SERVICES – 29 SUNDAY 29 MARCH 2020",
        "The Hon. Scott Morrison MP",
        "Prime Minister",
        "The Hon. Greg Hunt MP",
        "Minister for Health",
        "JOINT MEDIA RELEASE",
        "Sunday 29 March 2020",
        "$1.1 BILLION TO SUPPORT MORE MENTAL HEALTH SERVICES",
        "More help will be given to millions of Australians battling the impacts of coronavirus.",
    )
    assert article.meta.title == "$1.1 BILLION TO SUPPORT MORE MENTAL HEALTH SERVICES"


def test_a_stamp_under_an_english_headline_is_never_joined_to_it(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "Ferro Shareholders Approve Acquisition by an Affiliate of Prince\n"
        "10 9월 2021 - 12:14AM\nBusiness Wire\n"
        "Ferro Corporation (NYSE: FOE), a leading global supplier of\n"
        "technology-based functional coatings and color solutions, today\n"
        "announced that its shareholders voted overwhelmingly to approve its\n"
        "acquisition by an affiliate of Prince International Corporation at\n"
        "a special meeting of Ferro shareholders held today.\n\n"
        "Under the terms of the proposed merger, Ferro shareholders will\n"
        "have the right to receive $22.00 in cash for each share.\n",
        encoding="utf-8",
    )
    title = normalise(read_source(path)).meta.title
    assert title == "Ferro Shareholders Approve Acquisition by an Affiliate of Prince"


def test_a_drawn_title_never_cuts_a_bracket_open() -> None:
    article = normalised(
        "Ferro Corporation (NYSE: FOE), a leading global supplier of technology-based functional "
        "coatings and color solutions, today announced that its shareholders voted to approve "
        "its acquisition by an affiliate of Prince International Corporation at a meeting.",
    )
    assert "(" not in article.meta.title
