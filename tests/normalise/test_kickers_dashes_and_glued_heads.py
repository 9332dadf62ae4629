"""Normalise: headlines of held-out round 218–223: a kicker over the main title, which the
story's first sentence says again (`争做…排头兵` / `全市…培训会召开`); a subtitle after a dash
that says what kind of piece it is (`——战地记者发自演兵场的一组报道`); a caption's name left
before a bracketed dateline that names its paper (`胡錫進【文匯網訊】`); a headline glued to
the story, its line break lost (`壹基金闖年關 依舊是1月11日，…`); a Chinese page flattened to
one line, a space after a sentence where a paragraph ended."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import parse_source
from highlights.ingest.text import split_lines
from highlights.model import Article
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
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


def test_a_chinese_page_flattened_to_one_line_keeps_its_paragraphs() -> None:
    paragraphs = [
        "1月26日，州人民政府代理州长张卫东主持召开州十三届人民政府第92次常务会议，研究审议了"
        "2022年度政府工作报告送审稿等三个报告。",
        "会议指出，起草好三个报告对于总结成绩、鼓舞人心、科学谋划、凝聚人心具有重要意义，要认真"
        "贯彻落实党中央、国务院决策部署，精心修改打磨报告。",
        "会议强调，要高度重视政府工作报告的起草，进一步提高报告的政治性、思想性，要精准总结成绩，"
        "做到实事求是、全面客观，提振发展信心。",
        "会议要求，产业园区规划要进一步加强科学性和指导性，交通项目建设要以高度的责任感抓项目"
        "实施，防震减灾工作要修订应急预案。",
    ]
    assert [b.text for b in split_lines(" ".join(paragraphs))] == paragraphs
    # a page that sets a space after every sentence keeps its one paragraph
    sentences = [
        "今年以来，全市经济运行总体平稳，主要指标保持在合理区间。",
        "一季度全市地区生产总值同比增长百分之五点二，高于全省平均水平。",
        "规模以上工业增加值增长百分之六点一，制造业投资明显回升。",
        "社会消费品零售总额稳步增长，居民收入与经济增长基本同步。",
    ]
    assert len(split_lines(" ".join(sentences * 3))) == 1


def test_a_papers_byline_filed_live_and_a_caption_credited_with_a_slash() -> None:
    byline = find_boilerplate("聯合報／ 記者余采瀅／台中即時報導")
    assert (byline.reporters, byline.outlet) == (["余采瀅"], "聯合報")
    caption = find_boilerplate(
        "台灣國立大學系統今天舉辦「15校跨域共榮合作典禮」，副總統蕭美琴出席活動。記者余采瀅／攝影"
    )
    assert caption.text == "" and caption.photographers == ["余采瀅"]


def test_a_videos_mark_before_the_headline_leaves_it() -> None:
    article = _article(
        "影／出席15校跨域共榮合作典禮 蕭美琴曝自身經歷「有時後悔走錯行」\n\n"
        "台灣國立大學系統今天舉辦「15校跨域共榮合作典禮」，宣布系統擴大至15所國立大學，"
        "副總統蕭美琴出席活動。\n"
    )
    assert article.meta.title.startswith("出席15校跨域共榮合作典禮")


def test_a_credit_in_any_script_a_reposts_note_and_japanese_related_stories() -> None:
    caption = find_boilerplate(
        "2021年1月31日武漢，世界衛生組織調查人員訪問華南海鮮市場。"
        "攝：Thomas Peter /Reuters/達志影像"
    )
    assert caption.text == ""
    article = _article(
        "宮殿呼籲民眾保持警惕\n\n馬拉坎南宮週日呼籲民眾保持警惕，向當局報告任何可疑活動。\n\n"
        "總統府發言人表示，當局正在調查爆炸事件的起因，並將嚴懲肇事者。\n\n"
        "本文原刊於《華爾街日報》，端傳媒獲授權轉載。目前全部內容僅向付費會員開放。\n\n"
        "おすすめ記事\n\n颱風造成25人死亡，其中9人在首都區。\n\n捷運三號線啟用感應支付。\n"
    )
    text = " ".join(b.text for b in article.blocks)
    assert "原刊於" not in text and "颱風" not in text and "嚴懲肇事者" in text
