"""Rules learnt from a fifth round of real pages the project had never seen: an English release
copied from a page without blank lines, a comment widget and a reprint notice under a story,
a lead too long for its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import article, normalised

from highlights.cards import build_deck
from highlights.ingest import read_source
from highlights.model import Language
from highlights.normalise.boilerplate import find_boilerplate
from highlights.settings import CardSettings

# An SEC exhibit's text as copied: no blank lines, lines broken where the page's markup was.
EXHIBIT = """China-Biotics
to Build New Facility to Produce Probiotics
and
Related Products for the Animal Feed Industry in Shanxi Province
SHANGHAI, August 16, 2010 - China-Biotics, Inc. (Nasdaq: CHBT), a leading
developer, manufacturer and distributor of probiotics products in China, today
announced that the Company plans to build a new facility.
The new
facility will be located on 126 mu inside the Demonstration Zone.
Mr. Jinan
Song, Chairman and Chief Executive Officer, commented, "We are ready."
About China-Biotics
"""


def test_english_lines_that_stop_mid_sentence_go_on_in_the_next(tmp_path: Path) -> None:
    path = tmp_path / "exhibit.txt"
    path.write_text(EXHIBIT, encoding="utf-8")
    texts = [b.text for b in read_source(path).blocks]
    assert texts == [
        "China-Biotics to Build New Facility to Produce Probiotics and Related Products for the"
        " Animal Feed Industry in Shanxi Province",
        "SHANGHAI, August 16, 2010 - China-Biotics, Inc. (Nasdaq: CHBT), a leading developer,"
        " manufacturer and distributor of probiotics products in China, today announced that the"
        " Company plans to build a new facility.",
        "The new facility will be located on 126 mu inside the Demonstration Zone.",
        'Mr. Jinan Song, Chairman and Chief Executive Officer, commented, "We are ready."',
        "About China-Biotics",  # a heading: the line before it ended its sentence
    ]


def test_lines_that_end_their_sentences_or_open_in_capitals_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("Highlights\nThe plan passed.\nlower case after it\n- one of\n- two\n", "utf-8")
    assert [b.text for b in read_source(path).blocks] == [
        "Highlights",
        "The plan passed.",
        "lower case after it",
        "one of",
        "two",  # a list item is never a continuation
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a comment widget under the story
        "0 条评论",
        "来说两句吧。。。",
        "来说两句吧...",
        "最热评论",
        "最新评论",
        "已有0人参与,点击查看更多精彩评论",
        "加载中。。。。",
        # a reprint notice
        "·凡注明来源为“海口网”的所有作品，版权均属海口网所有",
    ],
)
def test_a_comment_widget_and_a_reprint_notice_are_chrome(line: str) -> None:
    assert [r for r, _ in find_boilerplate(line).removed] == ["boilerplate.chrome"]


@pytest.mark.parametrize("text", ["网友评论称此举利民。", "加载中心今年投入使用"])
def test_sentences_about_comments_stay(text: str) -> None:
    assert find_boilerplate(text).text == text


def test_the_stories_after_a_related_links_label_leave_the_text() -> None:
    story = "温国辉表示，今年经济社会发展主要预期目标是：地区生产总值增长7.5%左右。" * 2
    article = normalised(
        "广州市十五届人大三次会议开幕", story, "相关链接:", "郑永年:中国提高人均GDP必须依靠实体经济"
    )
    assert [b.text for b in article.blocks] == [story]
    assert "boilerplate.related" in {r.rule for r in article.report.removed}


ENGLISH_LEAD = (
    "China-Biotics, Inc., a leading developer of probiotics products in China, today announced"
    " that the Company plans to build a new facility dedicated to the production and sale of"
    " probiotics and related products for the animal feed industry in Yangling Agricultural"
    " High-tech Industries Demonstration Zone in the Shanxi Province of China."
)
CHINESE_LEAD = (
    "今天上午，"
    + "广州市第十五届人民代表大会第三次会议在白云国际会议中心开幕，" * 4
    + "大会由主任主持。"
)


@pytest.mark.parametrize(
    ("language", "text", "stop"),
    [("en", ENGLISH_LEAD, " "), ("zh-Hans", CHINESE_LEAD, "，")],
)
def test_a_lead_too_long_is_cut_after_a_clause_or_between_words(
    language: Language, text: str, stop: str
) -> None:
    """Never `…in Yangling Agricultural High-tech Industr…`."""
    title = "广州市人大会议开幕" if language != "en" else "China-Biotics to Build a New Facility"
    body = "Second paragraph." if language == "en" else "第二段。"
    deck = build_deck(article(title, language, text, body), CardSettings(max_point_chars=40))
    assert deck.lead.endswith("…") and "lead-cut" in deck.notes
    kept = deck.lead[:-1]
    assert text.startswith(kept) and text[len(kept)] == stop


JEKYLL_POST = (
    '---\ntitle: "Ukraine: Statement attributable to the Spokesperson (21 February 2022)"\n'
    'vid_id: "QTyEI6Avx4w"\n---\n'
    "{% raw %}Ukraine: Statement attributable to the Spokesperson.<br /><br />The Secretary-General"
    " is greatly concerned by the decision.<br /><br />He calls for the peaceful settlement of the"
    " conflict.<br /><br />Read by Stéphane<br />Dujarric{{ page.vid_id }}{% endraw %}\n"
)


def test_a_jekyll_posts_template_tags_go_and_its_line_breaks_part_paragraphs(
    tmp_path: Path,
) -> None:
    path = tmp_path / "post.md"
    path.write_text(JEKYLL_POST, encoding="utf-8")
    assert [b.text for b in read_source(path).blocks] == [
        "Ukraine: Statement attributable to the Spokesperson.",
        "The Secretary-General is greatly concerned by the decision.",
        "He calls for the peaceful settlement of the conflict.",
        "Read by Stéphane Dujarric",  # one <br> in English text: a soft break
    ]


def test_the_title_without_its_bracketed_date_is_no_lead_and_no_point() -> None:
    title = "Ukraine: Statement attributable to the Spokesperson (21 February 2022)"
    text = [
        "Ukraine: Statement attributable to the Spokesperson.",
        "The Secretary-General is greatly concerned by the decision of the Russian Federation.",
        "He calls for the peaceful settlement of the conflict in eastern Ukraine.",
        "The Secretary-General urges all relevant actors to focus on a cessation of hostilities.",
    ]
    deck = build_deck(article(title, "en", *text))
    points = [p.text for card in deck.cards for p in card.points]
    assert deck.lead.startswith("The Secretary-General is greatly concerned")
    assert not any(p.startswith("Ukraine: Statement") for p in points)


def test_a_phrase_set_off_between_subject_and_verb_is_left_out_not_the_verb() -> None:
    sentence = (
        "The United Nations, in line with the relevant General Assembly resolutions, remains"
        " fully supportive of the sovereignty, independence and territorial integrity of"
        " Ukraine, within its internationally recognized borders."
    )
    deck = build_deck(article("UN statement on Ukraine", "en", "Lead sentence here.", sentence))
    points = [p.text for card in deck.cards for p in card.points]
    assert any(p.startswith("The United Nations remains fully supportive") for p in points)
