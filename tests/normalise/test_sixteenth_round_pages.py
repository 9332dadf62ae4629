"""Rules learnt from the thirty-fourth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.text_support import normalised

from highlights.normalise.jammer import strip_jammer

# as a forum's copy of a wire piece carries it (Discuz! hides these runs from its readers)
_JAMMED = (
    "历届中央委员会召开了51次全体会议。现具体介绍如下:) g9 L4 {! K' f K5 W' \\4 ~",
    "- j8 C% E$ |: N, S) F 界定:“公报”适用于“公布重要决定或者重大事项”。- L* Q+ s4 v2 x6 j",
)


def test_anti_copy_noise_comes_out_of_the_text_and_is_reported() -> None:
    article = normalised("中央全会的公报与决定", *_JAMMED)
    text = "\n".join(b.text for b in article.blocks)
    assert "g9" not in text and "C%" not in text and "x6" not in text
    assert "界定：“公报”适用于“公布重要决定或者重大事项”。" in text
    reported = [d for d in article.report.damage if d.reason.startswith("anti-copy noise")]
    assert len(reported) == 3
    assert any("K5 W'" in d.snippet for d in reported)


def test_noise_glued_to_a_word_comes_off_the_word() -> None:
    text, repairs = strip_jammer("决 定7 k& s% }: _( E")
    assert text == "决 定"
    assert [r.before for r in repairs] == ["7 k& s% }: _( E"]


@pytest.mark.parametrize(
    "line",
    [
        "他在微博上写道 :) :( :D ;) 引来网友围观",  # emoticons: punctuation and capitals only
        "代码 a = b + c ; d 的意思是把两数相加",  # short code: small letters and marks only
        "车牌号为 A 1 B 2 C 3 的车辆",  # spaced letters and figures: no marks
        "The U.S. a I 3 x, y! reads as noise but has no Chinese",  # English is left alone
    ],
)
def test_text_that_could_be_writing_is_not_noise(line: str) -> None:
    assert strip_jammer(line) == (line, [])


def test_a_caption_glued_to_its_alt_text_leaves_the_text() -> None:
    article = normalised(
        "向鄉親報告 雲林好政縣政座談會崙背登場",
        "縣府規劃在各鄉鎮開辦縣政座談會，第7場於今（28）日晚間在崙背國小登場。",
        "李縣長與鄉親面對面互動李縣長與鄉親面對面互動",
        "李縣長指出，縣府以1.7億的經費改善崙背鄉內的農水路。",
    )
    assert [b.text for b in article.blocks][1].startswith("李縣長指出")
    assert ("boilerplate.caption", "李縣長與鄉親面對面互動李縣長與鄉親面對面互動") in [
        (r.rule, r.text) for r in article.report.removed
    ]


@pytest.mark.parametrize("line", ["加油加油加油加油加油加油", "New York New York"])
def test_a_chant_or_a_name_said_twice_is_no_caption(line: str) -> None:
    article = normalised(
        "市民在廣場上為選手加油助威",
        "昨日，數千名市民聚集在廣場上，觀看比賽直播，為選手加油助威。",
        line,
        "比賽結束後，市民們久久不願離去，紛紛合影留念。",
    )
    assert line in [b.text for b in article.blocks]


def test_a_release_header_dated_in_minguo_with_dots_dates_the_article() -> None:
    article = normalised(
        "向鄉親報告 雲林好政縣政座談會崙背登場",
        "發布單位:新聞處-公共關係科",
        "雲林縣政府新聞參考資料106.12.28",
        "縣府規劃在各鄉鎮開辦縣政座談會，第7場於今（28）日晚間在崙背國小登場。",
    )
    assert article.meta.date == "2017-12-28"
    assert article.meta.source == "新聞處-公共關係科"  # the issuing unit the page names
    assert all("發布單位" not in b.text for b in article.blocks)


@pytest.mark.parametrize("text", ["IP 192.168.10.28", "100.10.20.30", "版本 106.12.28.1"])
def test_dotted_figures_that_are_no_minguo_date_date_nothing(text: str) -> None:
    from highlights.normalise.metadata import find_date

    assert find_date([text]) is None
