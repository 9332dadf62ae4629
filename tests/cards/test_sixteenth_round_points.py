"""Cards: rules learnt from the fortieth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.text_support import normalised

from highlights.cards import build_deck
from highlights.cards.figures import find_figures
from highlights.cards.leads import attendance
from highlights.cards.titles import ZH_WEAK_TITLE, ZH_WHEN, _bare


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


_MEETING = (
    "四川巴中巴州区召开第三次国土调查工作推进会",
    "3月5日，巴州区召开第三次全国国土调查工作推进会，副区长张岚出席会议。",
    "会议通报了巴州区“三调”工作开展情况，并安排部署了当前工作。",
    "会议强调，一要统一思想认识，深刻认识“三调”工作的重大意义，做好全区国土调查工作。"
    "二要突出工作重点，明确调查任务，找准工作重点，抓住关键环节，按时保质完成任务。"
    "三要强化组织保障，主动协作配合，加大宣传力度，为全区“三调”工作开展奠定坚实基础。",
)


def test_a_meetings_numbered_demands_are_a_card_each_titled_by_their_heads() -> None:
    titles = [c.title for c in build_deck(normalised(*_MEETING)).cards]
    assert titles[-3:] == ["统一思想认识", "突出工作重点", "强化组织保障"]


def test_demands_said_of_someone_are_titled_by_what_they_must_do() -> None:
    lines = [
        *_MEETING[:3],
        "会议要求，一是全体干部职工要提高政治站位，认真学习领会会议精神，切实增强行动自觉。"
        "二是要坚持问题导向，对标对表上级要求，全力推进耕地划定成果核实处置工作。"
        "三是要建立长效机制，分析研判耕地保护工作中存在的问题，牢牢守住耕地红线。",
    ]
    titles = [c.title for c in build_deck(normalised(*lines)).cards]
    assert titles[-3:] == ["提高政治站位", "坚持问题导向", "建立长效机制"]


def test_a_topics_numbered_parts_stay_the_points_of_its_card() -> None:
    article = normalised(
        "中共清源市委十三届五次全会公报",
        "全会提出，加快建设现代化产业体系。一是做强先进制造业，实施“链长制”，推动三大产业集群"
        "规模突破1000亿元；二是做优现代服务业，培育生产性服务业新业态，推动现代物流加快发展；"
        "三是做实数字经济，建设城市算力中心，力争数字经济核心产业增加值占比达到12%。",
        "全会提出，全面深化改革扩大开放。深化国资国企改革，优化营商环境，推动外贸提质增效。",
    )
    cards = build_deck(article).cards
    assert cards[0].title == "加快建设现代化产业体系" and len(cards[0].points) == 3


def test_a_verb_that_could_open_a_clause_stays_when_its_particle_follows() -> None:
    assert _bare("大會通過了關于區委工作報告的決議") != "了關于區委工作報告的決議"
    assert _bare("通過了關于區委工作報告的決議").startswith("通過了")
    assert _bare("通過調研了解情況") == "調研了解情況"


def test_a_standards_or_a_models_number_is_no_figure() -> None:
    said = "根据国家标准（GBT 2881-2014），工业硅按3种主要杂质的含量分为不同牌号"
    assert [f.number for f in find_figures(said, "zh-Hans")] == []
    assert [f.number for f in find_figures("通过ISO 9001认证", "zh-Hans")] == []
    assert [f.number + f.unit for f in find_figures("新增2881家企业", "zh-Hans")] == ["2881家"]
