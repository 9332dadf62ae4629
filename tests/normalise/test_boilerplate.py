"""Boilerplate patterns in Traditional and Simplified Chinese: what moves, and what stays."""

from __future__ import annotations

import pytest

from highlights.normalise.boilerplate import find_boilerplate


@pytest.mark.parametrize(
    ("line", "rule", "field", "names"),
    [
        ("全會現場。自貢網記者 葉衛東 攝", "caption", "photographers", ["葉衛東"]),
        ("会议现场。新华社记者 李涛 摄", "caption", "photographers", ["李涛"]),
        ("县委书记王明作讲话。新华社发(张三摄)", "caption", "photographers", ["张三"]),
        ("會議現場。(新華社記者 李濤 攝)", "caption", "photographers", ["李濤"]),
        ("攝影:陳大文", "caption", "photographers", ["陳大文"]),
        ("■全媒體記者 王小五", "byline", "reporters", ["王小五"]),
        ("■張三", "byline", "reporters", ["張三"]),
        ("本报记者 赵六", "byline", "reporters", ["赵六"]),
        ("文/李四", "byline", "reporters", ["李四"]),
        ("編輯:舒旭暉", "editor", "editors", ["舒旭暉"]),
        ("責任編輯：吳山冠", "editor", "editors", ["吳山冠"]),
        ("编辑：张三 审核：李四 签发：赵六", "editor", "editors", ["张三", "李四", "赵六"]),
        ("校對:林一 終審:黃二", "editor", "editors", ["林一", "黃二"]),
        ("By Jane Doe and John Roe", "byline", "reporters", ["Jane Doe", "John Roe"]),
        ("The plant opens. (Photo: Jane Doe/Acme)", "caption", "photographers", ["Jane Doe"]),
        ("Photo by Mary Ann Smith", "caption", "photographers", ["Mary Ann Smith"]),
        ("Edited by John Roe", "editor", "editors", ["John Roe"]),
    ],
)
def test_credits_move_to_metadata(line: str, rule: str, field: str, names: list[str]) -> None:
    found = find_boilerplate(line)
    assert found.text == ""
    assert found.removed == [(f"boilerplate.{rule}", line)]
    assert getattr(found, field) == names


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("來源:自貢日報", "自貢日報"),
        ("来源：人民日报 2024-05-06", "人民日报"),
        ("資料來源:市統計局", "市統計局"),
    ],
)
def test_source_lines(line: str, source: str) -> None:
    found = find_boilerplate(line)
    assert found.source == source and found.removed == [("boilerplate.source", line)]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("戳長圖,劃重點!", "teaser"),
        ("戳长图，划重点！", "teaser"),
        ("全會公報新鮮出爐,有哪些重要內容 ?", "teaser"),
        ("一图读懂,划重点!", "teaser"),
        ("↓↓↓", "teaser"),
        ("👇👇👇", "teaser"),
        ("下一篇:示例县召开经济工作会议", "chrome"),
        ("上一篇：示例市舉行大會", "chrome"),
        ("扫一扫在手机打开当前页", "chrome"),
        ("掃一掃在手機打開當前頁", "chrome"),
        ("A+A-", "chrome"),
        ("【字體：大 中 小】", "chrome"),
        ("首页 > 新闻 > 正文", "chrome"),
        ("當前位置：首頁 > 要聞", "chrome"),
        ("1", "chrome"),
    ],
)
def test_teasers_and_chrome(line: str, rule: str) -> None:
    found = find_boilerplate(line)
    assert found.text == "" and found.removed == [(f"boilerplate.{rule}", line)]


def test_inline_byline_leaves_the_paragraph() -> None:
    found = find_boilerplate("5月6日,示例市科技創新大會舉行。(全媒體記者 張小明 通訊員 李華)")
    assert found.text == "5月6日,示例市科技創新大會舉行。"
    assert found.reporters == ["張小明", "李華"]
    assert found.removed == [("boilerplate.byline", "(全媒體記者 張小明 通訊員 李華)")]


@pytest.mark.parametrize(
    "line",
    [
        "全會提出,大力營造良好創新創造環境。",
        "市委書記范波作了講話,要求做好拍攝工作。",
        "全會強調,要點擊量不是目標,要把重點放在落實上,長期堅持、久久為功,不斷取得新成效。",
        "编辑部门要加强审核,确保内容准确。",
        "來源廣泛的資金支持了2021年的項目。",
        "第1季度增長12%",
        "By 2025 the plant will employ 400 people.",
        "The photo by the river won a prize in 2021.",
    ],
)
def test_body_text_stays(line: str) -> None:
    found = find_boilerplate(line)
    assert found.text == line and found.removed == []
