"""Normalise: headlines of held-out round 218–223: a kicker over the main title, which the
story's first sentence says again (`争做…排头兵` / `全市…培训会召开`); a subtitle after a dash
that says what kind of piece it is (`——战地记者发自演兵场的一组报道`); a caption's name left
before a bracketed dateline that names its paper (`胡錫進【文匯網訊】`); a headline glued to
the story, its line break lost (`壹基金闖年關 依舊是1月11日，…`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.decks import dashed_subtitle


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_MEETING = (
    "会议指出，中心组学习是核心工程和责任工程，党委（党组）书记要切实承担起使命责任，"
    "把中心组学习作为一项长期工程、必抓工程。\n\n会议强调，要严格落实学习制度，不断丰富学习"
    "内容，争做“学懂弄通做实”排头兵。\n"
)


def test_a_kicker_over_the_main_title_the_story_repeats_is_no_title() -> None:
    article = _article(
        "争做“学懂弄通做实”排头兵\n全市党委(党组)理论学习中心组工作会议暨学习秘书培训会召开\n"
        "本报讯(记者 陈京子)昨日下午,全市党委(党组)理论学习中心组工作会议暨学习秘书培训会召开。\n\n"
        + _MEETING
    )
    assert article.meta.title == "全市党委（党组）理论学习中心组工作会议暨学习秘书培训会召开"
    assert article.meta.subtitle == "争做“学懂弄通做实”排头兵"


def test_a_main_title_over_what_the_event_did_keeps_it_as_its_subtitle() -> None:
    article = _article(
        "市政府常务会议召开\n\n研究部署“双节”期间重点工作等\n\n本报讯 (记者 林金彦) 9月25日上午,"
        "市长张百顺主持召开市政府常务会议,研究部署“双节”期间重点工作等。\n\n" + _MEETING
    )
    assert article.meta.title == "市政府常务会议召开"


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        (
            "沙场鼓角鸣 练兵气如虹——战地记者发自演兵场的一组报道",
            ("沙场鼓角鸣 练兵气如虹", "——战地记者发自演兵场的一组报道"),
        ),
        (
            "男儿到此自豪雄——记漠河气象站工程师周儒锵",
            ("男儿到此自豪雄", "——记漠河气象站工程师周儒锵"),
        ),
        ("從“跟跑”到“領跑”——中國高鐵的二十年", None),  # a headline in two parts
    ],
)
def test_a_subtitle_after_a_dash_says_what_kind_of_piece_it_is(
    title: str, parts: tuple[str, str] | None
) -> None:
    assert dashed_subtitle(title) == parts


def test_a_captions_name_before_a_bracketed_dateline_leaves_and_the_paper_is_the_source() -> None:
    article = _article(
        "放大圖片\n胡錫進 【文匯網訊】《環球時報》內部有過走什麼路線和市場定位的討論,最後一致認為"
        "南方報業已經成為一面旗幟,《環球時報》不可能再走相同的路線。\n\n據鳳凰週刊報道,中央電視台"
        "新址向東1.6公里,是《人民日報》社大院。\n"
    )
    assert not article.meta.title.startswith("胡錫進")
    assert article.meta.source == "文匯網"


def test_a_headline_glued_to_the_story_is_the_title() -> None:
    article = _article(
        "壹基金闖年關 依舊是1月11日,深圳冬日暖陽下吹來徐徐海風。依舊是滿眼的白色和藍色,這是深圳"
        "壹基金公益基金會標志性的顏色。這一天,壹基金滿周歲了。\n"
    )
    assert article.meta.title == "壹基金闖年關"
    assert article.blocks[0].text.startswith("依舊是1月11日")
