"""Rules learnt from a ninth round of real pages the project had never seen (measured before
any rule was written for them): a programme page's labels, a disclosure table's title field,
image file names left in the text, an English language switch over an underlined headline,
titles drawn past whose behalf, what countdown and which weekdays, and points that keep the
task an official sentence's frames lead to."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import normalised, removed_rules

from highlights.cards.shorten import shorten
from highlights.cards.text import Piece
from highlights.ingest import read_source
from highlights.normalise import normalise


@pytest.mark.parametrize(
    "line",
    [
        "视频回看>>",
        "更多»",
        "信息名称: 明山区召开区政府党组(扩大)学习会议暨第8次常务会议 主题分类: 政府常务会议",
        "2eba8e0d337d49868a4aa42818e4b06a.png",
        "1118240947_1457141021039_title0h",
        "Traditional Chinese Simplified Chinese Email this article news.gov.hk",
    ],
)
def test_link_labels_table_fields_and_image_names_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


@pytest.mark.parametrize(
    "line",
    ["English", "2025年经济增长目标为5%左右", "GDP_2024 rose 5.0% in the year", "README.md"],
)
def test_a_word_a_sentence_and_a_file_named_in_prose_stay(line: str) -> None:
    assert removed_rules(line) != ["boilerplate.chrome"]


def test_a_programme_pages_labels_leave_its_rundown_and_a_title_drawn_from_it() -> None:
    article = normalised(
        "视频简介:本期节目主要内容: 全国政协十二届二次会议3日在北京开幕,台湾媒体高度关注,"
        "关注之一是俞正声首份工作报告。台湾方面大陆委员会日前公布民调。",
    )
    assert article.meta.title == "全国政协十二届二次会议在北京开幕"
    assert article.blocks[0].text.startswith("全国政协十二届二次会议3日在北京开幕")


def test_a_pages_date_field_run_into_the_text_leaves_it() -> None:
    article = normalised(
        " date 2025-10-23 中共二十大四中全會從周一（20日）至周四（23日）於北京舉行，"
        "全會由中央政治局主持，總書記習近平作出重要講話。",
    )
    assert article.blocks[0].text.startswith("中共二十大四中全會")
    assert article.meta.title == "中共二十大四中全會於北京舉行"  # the weekdays are the text's


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "7月31日,受区委副书记、区长罗成委托,区委常委、常务副区长龚锐主持召开区政府第39次常务会议,"
            "学习贯彻习近平总书记重要讲话精神,通报我区上半年经济报表。",
            "龚锐主持召开区政府第39次常务会议",
        ),
        (
            "还有不到三个月,北京冬奥会即将拉开大幕,全世界的目光将再度聚焦中国,聚焦北京。",
            "北京冬奥会即将拉开大幕",
        ),
        (
            "中共中央政治局常委、国务院总理温家宝在天津市委书记张高丽等陪同下在天津滨海新区调研。",
            "温家宝在天津滨海新区调研",
        ),
    ],
)
def test_a_drawn_title_says_who_did_what(paragraph: str, title: str) -> None:
    assert normalised(paragraph, "会议强调,要全力抓好下半年各项重点工作。").meta.title == title


def test_a_headline_underlined_by_a_rule_is_never_joined_to_the_line_above(
    tmp_path: Path,
) -> None:
    path = tmp_path / "release.txt"
    path.write_text(
        "Traditional Chinese Simplified Chinese Email this article news.gov.hk\n"
        "Ceremony to commemorate those who died in the defence of Hong Kong\n"
        "***************************************************************\n\n"
        "    The Government of the HKSAR held an annual official ceremony this morning.\n",
        encoding="utf-8",
    )
    title = normalise(read_source(path)).meta.title
    assert title == "Ceremony to commemorate those who died in the defence of Hong Kong"


def test_an_official_sentences_frames_lead_to_its_task() -> None:
    from tests.text_support import article

    from highlights.cards import build_deck

    deck = build_deck(
        article(
            "中共中央政治局召开会议",
            "zh-Hans",
            "中共中央政治局2月28日召开会议，讨论政府工作报告稿。",
            "会议强调，今年是规划收官之年，做好政府工作，要在以习近平同志为核心的党中央坚强领导下，"
            "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，"
            "按照中央经济工作会议部署，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，"
            "加快构建新发展格局，扎实推动高质量发展，稳住楼市股市，防范化解重点领域风险。",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert points
    assert not any(p in ("做好政府工作", "按照中央经济工作会议部署") for p in points)
    assert not any(p.endswith(("领导下", "为指导")) for p in points)


def test_a_cut_point_keeps_its_clause_not_the_frames_before_it() -> None:
    text = (
        "新中国成立后，在废除国民党反动政府一切压迫人民的法律、法令的基础上，"
        "开始制定保护人民的法律，制定了婚姻法、土地改革法、惩治反革命条例、惩治贪污条例等法律"
    )
    cut = shorten(Piece(0, 0, len(text), text), "zh-Hans", 40, set()).text
    assert cut.startswith("开始制定保护人民的法律")
