"""Headlines the corpus got wrong: a newspaper's kicker / main title / subtitle, `<br/>` left in
a plain-text page, a title in a table cell, an English kicker, a record's label, and titles
drawn from a report's first sentence."""

from __future__ import annotations

import pytest
from tests.text_support import document
from tests.text_support import normalised as _normalise

from highlights.model import Block
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.headline import find_head


def _blocks(*texts: str) -> list[Block]:
    return document(*texts).blocks


def test_a_kicker_above_the_main_title_is_no_part_of_it() -> None:
    lines = [
        "出席中印领导人第二次非正式会晤并对尼泊尔进行国事访问 习近平抵达金奈 "
        "与印度总理莫迪举行会见",
        "出席中印领导人第二次非正式会晤",
        "并对尼泊尔进行国事访问",
        "习近平抵达金奈",
        "与印度总理莫迪举行会见",
        "( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻",
        "新华社印度金奈10月11日电(记者孙勇、霍小光、骆珺)国家主席习近平11日在金奈会见印度总理莫迪。",
    ]
    article = _normalise(*lines)
    assert article.meta.title == "习近平抵达金奈 与印度总理莫迪举行会见"
    assert article.blocks[0].text.startswith("国家主席习近平11日")


def test_the_line_under_the_main_title_is_its_subtitle() -> None:
    lines = [
        "射击田径健儿顶风冒雨创纪录 神枪手大比武鸣金收兵 田径场金牌战接近尾声",
        "射击田径健儿顶风冒雨创纪录",
        "神枪手大比武鸣金收兵 田径场金牌战接近尾声",
        "第六届全运会射击比赛，今天下午在风雨中结束。又有3人3次超过亚洲纪录。",
    ]
    head = find_head(_blocks(*lines))
    assert (head.title, head.subtitle) == (lines[1], lines[2])
    assert [b.text for b in head.body] == [lines[3]]


def test_a_spaced_title_without_its_lines_stays_whole() -> None:
    """A Taiwanese headline set with spaces, not repeated line by line: nothing says where a
    main title would end."""
    lines = ["總統接見鳳凰獎楷模 盼共同打造更具韌性的防救災體系", "總統今天上午接見鳳凰獎楷模。"]
    assert find_head(_blocks(*lines)).title == lines[0]


def test_line_breaks_left_as_markup_are_the_pages_lines() -> None:
    title = "射击田径健儿顶风冒雨创纪录 神枪手大比武鸣金收兵"
    text = (
        "第4版(体育)<br/>专栏:<br/><br/> 射击田径健儿顶风冒雨创纪录<br/> 神枪手大比武鸣金收兵<br/> "
        "本报广州11月28日电 记者缪鲁报道:第六届全运会射击比赛,今天下午在风雨中结束。"
    )
    article = _normalise(title, text)
    assert article.meta.title == "射击田径健儿顶风冒雨创纪录"
    assert article.meta.subtitle == "神枪手大比武鸣金收兵"
    assert [b.text for b in article.blocks] == ["第六届全运会射击比赛，今天下午在风雨中结束。"]
    assert article.meta.reporters == ["缪鲁"]
    removed = {r.rule for r in article.report.removed}
    assert {"boilerplate.chrome", "boilerplate.byline", "boilerplate.dateline"} <= removed
    assert any("<br/>" in spot.snippet for spot in article.report.damage)  # still reported


@pytest.mark.parametrize("line", ["第4版(体育)", "第 12 版", "专栏：", "責任編輯:"])
def test_a_newspaper_page_or_an_empty_field_is_chrome(line: str) -> None:
    assert [rule for rule, _ in find_boilerplate(line).removed] == ["boilerplate.chrome"]


@pytest.mark.parametrize("line", ["各位代表：", "第4版面设计今年焕然一新。"])
def test_a_salutation_or_a_sentence_is_no_chrome(line: str) -> None:
    assert find_boilerplate(line).removed == []


def test_a_title_in_the_first_table_cell_keeps_its_line() -> None:
    article = _normalise(
        "习近平在央视体验《新闻联播》演播室 |",
        "新闻频道 - 中国要闻 |",
        "2016-02-19 11:37 |",
        "2月19日上午11时15分，中共中央总书记习近平来到中央电视台调研。",
    )
    assert article.meta.title == "习近平在央视体验《新闻联播》演播室"
    assert [b.text for b in article.blocks] == [
        "2月19日上午11时15分，中共中央总书记习近平来到中央电视台调研。"
    ]


def test_a_title_in_a_markdown_tables_first_cell_keeps_its_line() -> None:
    article = _normalise(
        "| 11家爱心企业助力关爱基金成长 |",
        "| 深圳晚报爱基金获荣誉牌匾 |",
        "| 李瑶娜 |",
        "深圳晚报讯 (记者 李瑶娜) 昨日上午,在慈展会企业社会责任与基金会展区,"
        "市关爱行动公益基金会慈展会签约成果展示顺利举行。",
    )
    assert article.meta.title == "11家爱心企业助力关爱基金成长"


def test_an_english_kicker_is_not_the_headline() -> None:
    lines = [
        "From the Decline of Arctic Sea Ice to Trends in Energy Use",
        "New UNEP Report Tracks the Changing Global Environment over the Past Two Decades",
        "NAIROBI, 1 November - The environmental changes that have swept the planet over the "
        "last twenty years are spotlighted in a new compilation of statistical data.",
    ]
    head = find_head(_blocks(*lines))
    assert head.title == lines[1]
    assert head.masthead == [lines[0]]


def test_an_english_headline_opening_with_from_stays() -> None:
    lines = [
        "From Farm to Table: New Rules for Food Labels",
        "WASHINGTON - The agency published new rules on Tuesday for the labels of packaged food.",
    ]
    assert find_head(_blocks(*lines)).title == lines[0]


def test_a_records_label_over_its_date_is_the_title() -> None:
    lines = [
        "院長提示：",
        "民國113年6月6日第3907次會議",
        "一、為了回應賴總統向國人所宣示「行動創新AI內閣」的成立，我在新內閣第一次院會上期許全體公務人員。",
    ]
    head = find_head(_blocks(*lines))
    assert (head.title, head.subtitle) == ("院長提示", lines[1])
    assert [b.text for b in head.body] == [lines[2]]


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "新華社受權于22日全文播發李克強總理代表國務院在十三屆全國人大一次會議上所作的"
            "《政府工作報告》。3月20日，大會表決通過了關於政府工作報告的決議。",
            "新華社受權全文播發《政府工作報告》",
        ),
    ],
)
def test_a_title_drawn_from_a_report_names_the_report(paragraph: str, title: str) -> None:
    assert find_head(_blocks(paragraph)).title == title


def test_a_breadcrumb_above_the_headline_is_not_its_deck() -> None:
    lines = [
        "Accueil > Actualités et humeurs > Décisions de l’AG Éducation IDF du mardi 10 septembre",
        "Décisions de l’AG Éducation IDF du mardi 10 septembre",
        "L’AG Éducation Île-de-France inter-degrés a réuni le mardi 10 septembre 80 collègues.",
    ]
    assert find_head(_blocks(*lines), stamp=2).title == lines[1]


def test_a_damaged_quoted_name_leaves_a_drawn_title() -> None:
    paragraph = (
        "日前，臨汾市規劃展覽館“大美臨汾?我的家鄉”全市征文大賽頒獎儀式如期舉行，"
        "3位市民獲得了優勝獎，4名小記者獲得優秀獎。"
    )
    head = find_head(_blocks(paragraph, "此次征文大賽，旨在號召全體市民抒發熱愛臨汾的情感。"))
    assert head.title == "臨汾市規劃展覽館全市征文大賽頒獎儀式如期舉行"
    assert head.body[0].text == paragraph  # the lead stays in the text
