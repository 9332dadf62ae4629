"""Fitting lines to a width: greedy lines, widows, balanced titles, hanging punctuation."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from highlights.typeset import NO_END, NO_START, Metrics, PillowMetrics, balance, break_units, wrap
from highlights.typeset.breaks import phrase_units

ALPHABET = [*"中國共產黨全會提出創新發展", *"，。、；：？！「」“”（）《》", *"0123 ab"]


def visible(text: str) -> int:
    return sum(1 for ch in text if ch not in NO_START and not ch.isspace())


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=ALPHABET, min_size=1, max_size=120), chars=st.integers(8, 30))
def test_lines_obey_the_prohibitions(fake: Metrics, text: str, chars: int) -> None:
    width = chars * fake.em
    assume(all(fake.advance(u) <= width for u in break_units(text)))
    lines = wrap(text, fake, width)
    assert "".join(line.text for line in lines) == text
    for k, line in enumerate(lines):
        assert line.width <= width or line.ink_end <= width
        if k:
            assert line.text[0] not in NO_START, [ln.text for ln in lines]
        if k < len(lines) - 1:
            assert line.text.rstrip()[-1] not in NO_END, [ln.text for ln in lines]


def test_lines_fit_the_width_with_real_font(noto: PillowMetrics) -> None:
    text = ("聚焦高性能氟材料領域，大飛機、高鐵、潛艇等配套產品領域，無人機領域、節能環保裝備領域，"
            "高性能金屬及復合材料領域“五個領域”，集中力量和資源開展核心技術攻關與研發運用。")
    for width in (300, 420, 555, 700, 936):
        lines = wrap(text, noto, width)
        assert "".join(line.text for line in lines) == text
        for k, line in enumerate(lines):
            assert line.ink_end <= width + 0.5
            if k:
                assert line.text[0] not in NO_START
            assert line.text[-1] not in NO_END
        assert visible(lines[-1].text) >= 2


def test_no_widow(fake: object) -> None:
    text = "甲乙丙丁戊己庚辛壬癸" * 2 + "子。"  # greedy at 10 a line leaves "子。" alone
    lines = wrap(text, fake, 100)  # type: ignore[arg-type]
    assert visible(lines[-1].text) >= 2
    plain = wrap(text, fake, 100, widow=False)  # type: ignore[arg-type]
    assert plain[-1].text == "子。"


def test_balanced_title(noto: PillowMetrics) -> None:
    title = "中共自貢市委十二屆十二次全會公報"
    lines = balance(title, noto, 440, units=phrase_units(title, "zh-Hant"))
    assert len(lines) == 2
    widths = [line.width for line in lines]
    assert max(widths) - min(widths) <= 2 * noto.em
    assert lines[0].text.endswith(("市委", "十二屆"))  # ends on a phrase boundary


def test_hanging_punctuation_only_within_the_allowance(fake: object) -> None:
    text = "甲乙丙，丁戊"
    tight = wrap(text, fake, 32)  # type: ignore[arg-type]
    assert tight[0].text == "甲乙"  # "丙，" would put the comma's ink past the edge
    hung = wrap(text, fake, 32, hang=5)  # type: ignore[arg-type]
    assert hung[0].text == "甲乙丙，"
    assert hung[0].ink_end <= 32 + 5


def test_prefer_word_ends_without_adding_lines(fake: object) -> None:
    text = "甲乙丙丁戊己庚辛壬癸子丑"
    plain = wrap(text, fake, 100)  # type: ignore[arg-type]
    nicer = wrap(text, fake, 100, prefer=frozenset({8, 12}))  # type: ignore[arg-type]
    assert [ln.text for ln in plain] == ["甲乙丙丁戊己庚辛壬", "癸子丑"]  # three on the last line
    assert [ln.text for ln in nicer] == ["甲乙丙丁戊己庚辛", "壬癸子丑"]


def test_units_cover_text() -> None:
    assert "".join(break_units("")) == ""
    assert wrap("", None, 10) == []  # type: ignore[arg-type]


def test_last_line_prefers_three_characters_but_keeps_the_line_above(fake: Metrics) -> None:
    lines = wrap("甲乙丙丁戊己庚辛壬癸子丑。", fake, 100)
    assert [ln.text for ln in lines] == ["甲乙丙丁戊己庚辛壬", "癸子丑。"]
    # Never at the price of a line above shorter than half the width.
    assert [ln.text for ln in wrap("甲乙丙丁戊子丑", fake, 50)] == ["甲乙丙丁", "戊子丑"]
    assert [ln.text for ln in wrap("甲乙子丑", fake, 30)] == ["甲乙", "子丑"]


def test_line_start_opening_mark_is_half_width(noto: PillowMetrics) -> None:
    lines = wrap("甲乙丙丁“戊己”庚辛", noto, 4.2 * noto.em)
    second = lines[1]
    assert second.text.startswith("“")
    assert second.pieces[0].x == pytest.approx(-noto.em / 2, abs=0.2 * noto.em)
    ink_left = second.pieces[0].x + noto.ink("“")[0]
    assert 0 <= ink_left <= 0.15 * noto.em  # flush with the margin, not inside the box's edge
