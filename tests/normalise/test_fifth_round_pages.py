"""Rules learnt from a fifth round of real pages the project had never seen: an English release
copied from a page without blank lines, a comment widget and a reprint notice under a story,
a lead too long for its card."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.text_support import article, normalised, removed_rules

from highlights.cards import build_deck
from highlights.ingest import read_source
from highlights.model import Language
from highlights.normalise import normalise
from highlights.normalise.boilerplate import find_boilerplate
from highlights.normalise.headlike import clean_title
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
        # a reprint notice, a long copyright line, a contact line of telephone numbers
        "·凡注明来源为“海口网”的所有作品，版权均属海口网所有",
        "Copyright © 2008-2020 【新宝配资】深圳海商汇创新投资有限公司 粤ICP备18158468号-1",
        "(深圳)86-755-83518792 83518734 83518291",
        # a share layer, a page title saying the site's name twice, a news list's label
        "点击右上角微信好友",
        "朋友圈",
        "请使用浏览器分享功能进行分享",
        "正在阅读:彩神88-彩神88",
        "彩神88-彩神88",
        "110年衛生福利部新聞",
        "(Archived Content)",
    ],
)
def test_a_comment_widget_and_a_reprint_notice_are_chrome(line: str) -> None:
    assert removed_rules(line) == ["boilerplate.chrome"]


@pytest.mark.parametrize(
    "text", ["网友评论称此举利民。", "加载中心今年投入使用", "朋友圈里的故事", "上海-北京"]
)
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


def test_a_wires_brand_after_its_site_is_part_of_the_dateline() -> None:
    article = normalised(
        "齊魯網·閃電新聞3月1日訊 今天上午，省委常委會召開會議，傳達學習黨的二十屆二中全會精神。",
        "省委書記林武主持會議并講話。",
    )
    assert article.meta.title == "省委常委會召開會議，傳達學習黨的二十屆二中全會精神"
    assert article.blocks[0].text.startswith("今天上午，省委常委會")


@pytest.mark.parametrize(
    ("first", "title"),
    [
        # what was put forward goes on after the comma, without `是：`
        (
            "新華社北京3月5日電 國務院總理李強5日在政府工作報告中提出，今年發展主要預期目標是："
            "國內生産總值增長5%左右；城鎮新增就業1200萬人以上。",
            # who put them forward names the targets: no figure (twentieth round; a bare
            # label takes its first, fourteenth round)
            "李強在政府工作報告中提出今年發展主要預期目標",
        ),
        # a Taiwanese `今（13）日表示，`: who, then what they said
        (
            "中央流行疫情指揮中心今（13）日表示，網路流傳訊息尚未證實，有關疫情相關資訊，"
            "請民眾以指揮中心公布為主，切勿以訛傳訛。",
            "中央流行疫情指揮中心：網路流傳訊息尚未證實",
        ),
    ],
)
def test_a_drawn_title_says_what_was_said_or_put_forward(first: str, title: str) -> None:
    assert normalised(first, "指揮中心提醒民眾查證最新疫情資訊。").meta.title == title


def test_a_short_film_note_leaves_the_title() -> None:
    assert clean_title("食物及衞生局局長談人類豬流感（附短片）") == "食物及衞生局局長談人類豬流感"


STUDY_POST = """# 【2019年11月学习材料】

# 绍兴市第一中学11月份党员学习推荐材料

# 中共十九届四中全会在京举行

## 中央政治局主持会议 中央委员会总书记习近平作重要讲话 全会审议通过了《中共中央关于\
坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化若干重大问题的决定》

■ 中国特色社会主义制度是党和人民在长期实践探索中形成的科学制度体系。

中国共产党第十九届中央委员会第四次全体会议公报

（2019年10月31日中国共产党第十九届中央委员会第四次全体会议通过）

中国共产党第十九届中央委员会第四次全体会议，于2019年10月28日至31日在北京举行。新华社记者 鞠 鹏摄

出席这次全会的有，中央委员202人，候补中央委员169人。

## 学习纲要
"""


def test_a_study_post_is_titled_by_the_pasted_articles_headline_and_deck(
    tmp_path: Path,
) -> None:
    """The collection's labels are no headline; the long <h2> under the <h1> is its deck, no
    section; `■` opens a summary's bullet; a caption's credit may space a two-character name;
    the communique's title line and adoption note are no lead."""
    path = tmp_path / "post.md"
    path.write_text(STUDY_POST, encoding="utf-8")
    article = normalise(read_source(path))
    assert article.meta.title == "中共十九届四中全会在京举行"
    assert (article.meta.subtitle or "").startswith("中央政治局主持会议")
    assert article.blocks[0].kind == "list_item"
    assert article.blocks[0].text.startswith("中国特色社会主义制度")
    assert "boilerplate.caption" in {r.rule for r in article.report.removed}
    assert build_deck(article).lead.startswith("出席这次全会的有")


def test_a_cut_off_sentence_leaves_no_subject_without_its_predicate() -> None:
    """`會議指出，習近平總書記…的重要講話，具有很強的政治性` (the page stops there): what the
    meeting said of the speech is lost, so the speech alone is no point."""
    article = normalised(
        "省委常委會召開會議",
        "今天上午，省委常委會召開會議，傳達學習黨的二十屆二中全會精神。",
        "會議強調，要認真組織學習領會，推動各領域各層面的學習貫徹走深走實。",
        "會議要求，要集中精力開好大會，引導代表、委員履職盡責，完成好大會各項任務。",
        "會議指出，習近平總書記在中共中央民主協商會上的重要講話，具有很強的政治性",
    )
    points = [p.text for card in build_deck(article).cards for p in card.points]
    assert points and not any("民主協商會" in p for p in points)


def test_a_press_conferences_answers_are_the_points_not_the_questions() -> None:
    from tests.text_support import article

    deck = build_deck(
        article(
            "食物及衞生局局長談人類豬流感",
            "zh-Hant",
            "以下為食物及衞生局局長今日與傳媒談話的內容。",
            "記者：現在內地已出現確診個案，萬一香港有的話，會有甚麼應變措施？",
            "食物及衞生局局長：關於類似內地一例的病人，我們會進行隔離和醫治，並盡量找尋病人的接觸者。",
            "記者：會否轉介往私家醫院？",
            "食物及衞生局局長：我們已和私家醫院談過，我們不建議私家醫院醫治這些病人，應該轉介到公立醫院。",
        )
    )
    points = [p.text for card in deck.cards for p in card.points]
    assert points and not any(
        "？" in p or p.startswith(("記者", "食物及衞生局局長")) for p in points
    )


def test_a_long_english_lead_first_loses_the_companys_ticker_and_description() -> None:
    lead = (
        "Gilat Satellite Networks Ltd. (NASDAQ: GILT, TASE: GILT), a worldwide leader in"
        " satellite networking technology, solutions and services, announced today that its"
        " defense division, Gilat Defense, has been awarded a contract valued at over $8 million"
        " by Israel's Ministry of Defense for the delivery of satellite communication systems."
    )
    deck = build_deck(
        article("Gilat Wins $8 Million Defense Contract", "en", lead, "Deliveries start soon."),
        CardSettings(max_point_chars=50),  # the lead is over three points' room
    )
    assert deck.lead.startswith("Gilat Satellite Networks Ltd. announced today that its defense")
    assert deck.lead.endswith("satellite communication systems.")


def test_a_year_in_reviews_headline_is_no_news_lists_label() -> None:
    assert find_boilerplate("2024年十大新闻").text == "2024年十大新闻"


def test_a_headline_that_mentions_study_materials_is_still_a_headline() -> None:
    from highlights.normalise.headlike import names_collection

    assert not names_collection("教育部发布新学习材料供各地使用")
    assert names_collection("【2019年11月学习材料】")
