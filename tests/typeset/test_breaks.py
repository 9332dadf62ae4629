"""Break opportunities: UAX #14 from uniseg plus the clreq prohibitions."""

from __future__ import annotations

import itertools

import pytest

from highlights.typeset import NO_END, NO_START, break_units, phrase_units, wrap
from highlights.typeset.breaks import keep_together, word_ends

LINE_START_BANNED = list("，。、；：？！）」』》〉】〕”’…·%")
LINE_END_BANNED = list("（「『《〈【〔“‘")


@pytest.mark.parametrize("mark", LINE_START_BANNED)
def test_mark_never_starts_a_line(mark: str, fake: object) -> None:
    text = f"甲乙丙{mark}丁戊己庚辛"
    assert mark in NO_START
    for width in range(20, 100, 10):  # 2 to 9 Han characters a line
        lines = wrap(text, fake, width)  # type: ignore[arg-type]
        assert "".join(line.text for line in lines) == text
        assert all(not line.text.startswith(mark) for line in lines), (width, lines)


@pytest.mark.parametrize("mark", LINE_END_BANNED)
def test_mark_never_ends_a_line(mark: str, fake: object) -> None:
    text = f"甲乙丙{mark}丁戊己庚辛"
    assert mark in NO_END
    for width in range(20, 100, 10):
        lines = wrap(text, fake, width)  # type: ignore[arg-type]
        assert all(not line.text.endswith(mark) for line in lines), (width, lines)


def test_units_reassemble_the_text() -> None:
    text = "全會提出，促進「創新鏈」產業鏈深度融合。2021年7月15日Hello world——好……的。"
    assert "".join(break_units(text)) == text


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("研發經費增長12345678元以上", "12345678"),
        ("價格上漲100.5%左右", "100.5%"),
        ("聚焦Python語言", "Python"),
        ("推進state-of-the-art技術", "state-of-the-art"),
        ("網址example.com/a-b可訪問", "example.com/a-b"),
        ("他說——這是對的", "——"),
        ("還有很多……等等", "……"),
        ("實施“5553”行動", "“5553”"),
    ],
)
def test_numbers_words_dashes_and_ellipses_stay_whole(text: str, whole: str, fake: object) -> None:
    assert any(whole in unit for unit in break_units(text))
    # Any width that can hold the word at all (narrower ones must cut it: see the token test).
    for width in range(80, 200, 5):
        lines = wrap(text, fake, width)  # type: ignore[arg-type]
        assert any(whole in line.text for line in lines), (width, [ln.text for ln in lines])


def test_closing_quote_and_comma_travel_together() -> None:
    assert "域”，" in break_units("領域“五個領域”，集中")
    assert "“五" in break_units("領域“五個領域”，集中")


@pytest.mark.parametrize("token", ["x" * 5000, "7" * 5000, "中" * 5000, "ab-" * 1700])
def test_five_thousand_character_token(token: str, fake: object) -> None:
    width = 300.0
    lines = wrap(token, fake, width)  # type: ignore[arg-type]
    assert "".join(line.text for line in lines) == token
    assert all(line.width <= width for line in lines)
    assert len(lines) >= len(token) * 5 // 300


def test_phrase_units_for_titles() -> None:
    units = phrase_units("中共自貢市委十二屆十二次全會公報", "zh-Hant")
    assert "".join(units) == "中共自貢市委十二屆十二次全會公報"
    assert not any(u.endswith("十二") for u in units)  # a numeral keeps its measure word
    assert "十二次" in units
    assert "創新" in phrase_units("促進創新鏈產業鏈深度融合", "zh-Hant")
    assert phrase_units("City Launches Drive", "en") == ["City ", "Launches ", "Drive"]


def test_word_ends_keep_unknown_words_whole() -> None:
    text = "推广应用减污降碳技术"
    ends = word_ends(text, "zh-Hans")
    assert 4 in ends and 8 in ends  # 推广应用|减污降碳|技术
    assert 5 not in ends and 6 not in ends and 7 not in ends


def test_keep_together_merges_a_span() -> None:
    units = keep_together(["甲", "乙", "丙", "丁"], [(1, 3)])
    assert units == ["甲", "乙丙", "丁"]


def _starts(text: str, width: float, fake: object) -> list[str]:
    from highlights.typeset.breaks import word_units

    lines = wrap(text, fake, width, units=word_units(text, "zh-Hans"))  # type: ignore[arg-type]
    assert "".join(line.text for line in lines) == text
    return [line.text for line in lines]


@pytest.mark.parametrize("width", range(50, 200, 10))
def test_body_lines_break_between_words(width: int, fake: object) -> None:
    """Whatever the measure, 进一步, 目的地 and the name 杨德强 stay whole, no line starts
    with 的 or 了, and 737万人 keeps its unit (each fails with word_units → break_units)."""
    text = "会议强调要进一步完善目标任务的67%指标，国务委员杨德强出席了737万人的目的地大会。"
    lines = _starts(text, width, fake)
    for word in ("进一步", "目的地", "杨德强", "737万人", "67%"):
        assert all(word not in a + b or word in a or word in b
                   for a, b in itertools.pairwise(lines)), (word, lines)
    assert not any(line[0] in "的了" for line in lines[1:]), lines


def test_particles_and_figures_are_no_break() -> None:
    from highlights.typeset.breaks import line_breaks

    text = "已完成全年目标任务的67%，新增就业737万人"
    cuts = line_breaks(text, "zh-Hans")
    assert text.index("的") not in cuts  # 任务|的: no line starts with 的
    assert text.index("的") + 1 in cuts  # 的|67%: fine
    assert text.index("万") not in cuts  # 737|万人: the figure keeps its unit
