"""Cards: rules learnt from the twenty-eighth and later rounds of real pages the project had
never seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.text_support import normalised

from highlights.cards import build_deck
from highlights.cards.english_titles import _en_weak, english_head
from highlights.cards.frames import BARE_FRAME
from highlights.cards.leads import hollow
from highlights.cards.titles import ZH_WEAK_TITLE


@pytest.mark.parametrize("said", ["“Now.”", "Today’s", "Eastern Time—"])
def test_english_with_curly_quotes_or_a_dash_is_counted_in_words(said: str) -> None:
    assert hollow(said)


@pytest.mark.parametrize("said", ["“We will rebuild the bridge.”", "做好", "其中"])
def test_a_sentence_in_curly_quotes_is_not_hollow_and_chinese_counts_characters(
    said: str,
) -> None:
    assert hollow(said) == (said != "“We will rebuild the bridge.”")


def test_an_adoption_note_mid_text_is_no_point() -> None:
    article = normalised(
        "四川省委十届十次全会决定：四川省第十一次党代会本月24日至27日召开",
        "中国共产党四川省第十届委员会第十次全体会议，于2017年5月20日至21日在成都举行。",
        "全会决定中国共产党四川省第十一次代表大会于2017年5月24日至27日在成都召开。",
        "全会公报全文如下：",
        "中国共产党四川省第十届委员会第十次全体会议公报",
        "（2017年5月21日中国共产党四川省第十届委员会第十次全体会议通过）",
        "出席这次全会的有，省委委员73人，候补省委委员15人。",
        "全会讨论并通过了十届省委向中国共产党四川省第十一次代表大会的工作报告。",
    )
    points = [p.text for c in build_deck(article).cards for p in c.points]
    assert points and not any("通过）" in p for p in points)


@pytest.mark.parametrize("title, weak", [("這一表述", True), ("该项目", True), ("攻堅克難", False)])
def test_a_demonstrative_names_no_card(title: str, weak: bool) -> None:
    assert bool(ZH_WEAK_TITLE.search(title)) == weak


@pytest.mark.parametrize(
    "clause, weak",
    [
        ("It's half past the hour", True),
        ("This was back in 2023", True),
        ("Owkin to collaborate with MSD to develop", True),
        ("Companies that manage", True),
        ("Corporate partners to WHO", False),
        ("Funding for WHO programmes", False),
        ("Diagnostics for four types of cancer", False),
    ],
)
def test_talk_and_a_clause_cut_before_its_object_make_no_english_title(
    clause: str, weak: bool
) -> None:
    assert _en_weak(clause) == weak


def test_a_transcripts_chatter_heads_no_card() -> None:
    head = english_head("It's half past the hour. The jury will soon decide the case.")
    assert head.startswith("Jury will soon decide")


def test_whom_a_speaker_addresses_is_no_part_of_a_point() -> None:
    from highlights.cards.shorten import shorten
    from highlights.cards.text import Piece

    said = (
        "各位傳媒朋友、各位香港市民，自從四月十一日起香港每日新增確診個案維持在一個低的單位數"
        "水平，其中有四天，包括過去連續兩日是「零」確診個案。"
    )
    point = shorten(Piece(0, 0, len(said), said), "zh-Hant", 60, set())
    assert point.text.startswith("自從四月十一日起")
    assert BARE_FRAME.match("女士們、先生們")
    assert not BARE_FRAME.match("各位委員提出的意見都很好")


@pytest.mark.parametrize("title", ["這是一個大家要付出的代價", "这就是答案"])
def test_this_is_names_no_card(title: str) -> None:
    assert ZH_WEAK_TITLE.search(title)


@pytest.mark.parametrize(
    "clause", ["他是我的好朋友", "記者從市政府獲悉", "各位委員提出的意見都很好"]
)
def test_a_clause_about_people_is_no_address(clause: str) -> None:
    assert not BARE_FRAME.match(clause)


def test_a_chinese_title_is_not_cut_before_an_ordinals_figure_nor_only_where_it_applies() -> None:
    from highlights.cards.titles import chinese_head

    head = chinese_head("市长王伟主持召开市政府第36次常务会议，传达重要讲话精神", 14)
    assert not head.endswith("第")
    assert ZH_WEAK_TITLE.search("在强化自身建设上")


@pytest.mark.parametrize(
    "text, date",
    [
        ("ended 30 June 2018.", "30 June 2018"),
        ("in June 2018", "June 2018"),
        ("on June 30, 2018", "June 30, 2018"),
    ],
)
def test_an_english_date_is_marked_whole_never_cut_inside_its_year(text: str, date: str) -> None:
    from highlights.cards.terms import EN_FIGURE

    assert [m.group(0) for m in EN_FIGURE.finditer(text)] == [date]


def test_who_sat_on_the_rostrum_is_no_point() -> None:
    from highlights.cards.leads import attendance

    assert attendance("市领导徐雄、王志义、雷建鸣、金秋明在主席台就座。")
    assert not attendance("刘中汉在主席台就座并作总结讲话。")


@pytest.mark.parametrize("title", ["今天下午", "推介会上", "當天"])
def test_when_and_at_which_meeting_name_no_card(title: str) -> None:
    from highlights.cards.titles import ZH_WHEN

    assert ZH_WHEN.search(title)


@pytest.mark.parametrize("clause", ["You know", "We begin with a developing story"])
def test_a_hosts_talk_is_no_english_title(clause: str) -> None:
    assert _en_weak(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "Pursuant to these authorities",
        "In the second half of 2009",
        "@ApacheDrill on Twitter",
        "Among other things",
    ],
)
def test_a_set_off_phrase_a_period_and_a_handle_are_no_english_title(clause: str) -> None:
    assert _en_weak(clause)


def test_who_said_it_heads_no_card() -> None:
    head = english_head("Said Gerry Bell, lead forecaster. Warm waters support more storms.")
    assert not head.startswith("Said")


def test_a_list_items_number_is_no_part_of_a_card_title() -> None:
    from highlights.cards.titles import _bare

    assert _bare("（三）與廣東省政府積極磋商") == "廣東省政府積極磋商"  # `與` opens it
    assert _bare("二、具預備金性質") == "具預備金性質"


def test_an_appositive_that_lists_goes_whole() -> None:
    from highlights.cards.english import english_core

    parts = [
        "Owkin",
        "a French-American biotechnology company that applies AI to drug discovery",
        "development",
        "and diagnostics",
        "on Monday announced that it has entered into a collaboration agreement with MSD",
    ]
    core = english_core(parts, set())
    assert core[0].startswith("Owkin on Monday announced")


def test_a_sentence_that_hands_over_to_a_list_is_no_point() -> None:
    from highlights.cards.points import sentences
    from highlights.cards.text import Piece

    text = "隐私政策未逐一列出收集使用个人信息的目的、方式、范围等。涉及8款App如下："
    got = [p.text for p in sentences(Piece(0, 0, len(text), text), "zh-Hans")]
    assert got == ["隐私政策未逐一列出收集使用个人信息的目的、方式、范围等"]
    lead = "可分為積極歧異、潛在歧異二種情形說明如下。"  # says what follows: a sentence
    assert [p.text for p in sentences(Piece(0, 0, len(lead), lead), "zh-Hant")] == [lead[:-1]]


@pytest.mark.parametrize(
    ("point", "title"),
    [
        ("全会听取和讨论了习近平受中央政治局委托作的工作报告", "听取和讨论工作报告"),
        ("全會聽取和討論了胡錦濤受中央政治局委託作的工作報告", "聽取和討論工作報告"),
    ],
)
def test_a_title_cut_before_who_a_report_was_made_for_names_the_report(
    point: str, title: str
) -> None:
    from highlights.cards.titles import chinese_head

    assert chinese_head(point, 12) == title
