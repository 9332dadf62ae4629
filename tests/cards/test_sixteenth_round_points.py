"""Cards: rules learnt from the fortieth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest

from highlights.cards.figures import find_figures
from highlights.cards.leads import attendance
from highlights.cards.titles import ZH_WEAK_TITLE, ZH_WHEN


@pytest.mark.parametrize(
    "title", ["随着场地中央的倒计时数字", "作为一种检验三观的方式", "針對今年較長的寒假"]
)
def test_a_clause_that_sets_the_scene_is_no_card_title(title: str) -> None:
    assert ZH_WEAK_TITLE.search(title)


@pytest.mark.parametrize(("title", "when"), [("开幕式开始前", True), ("勇往直前", False)])
def test_before_an_event_is_a_time_not_a_topic(title: str, when: bool) -> None:
    assert bool(ZH_WHEN.search(title)) == when


@pytest.mark.parametrize(
    ("sentence", "only"),
    [
        ("蔡奇、丁薛祥，以及来自亚洲各地的领导人和贵宾等出席开幕式。", True),
        ("副市长王强等出席仪式。", True),
        ("国家主席习近平出席开幕式并宣布本届亚运会开幕。", False),
    ],
)
def test_who_attended_a_ceremony_is_a_record_not_a_point(sentence: str, only: bool) -> None:
    assert attendance(sentence) == only


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("辦理「115年度大專青年學生公部門暑期工讀計畫」，本年度名額共397名", ["397名"]),
        ("就業職訓服務處訂於115年5月19日下午2時辦理公開抽籤會", []),
        ("2022年石门自然村共接待游客30余万人次", ["30余万人次"]),
        ("全市共有200余家企业参展", ["200余家"]),
    ],
)
def test_a_year_of_taiwans_calendar_is_no_figure_and_a_rough_count_keeps_its_unit(
    text: str, figures: list[str]
) -> None:
    assert [f.text for f in find_figures(text, "zh-Hant")] == figures
