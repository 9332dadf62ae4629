"""Rules learnt from the thirty-fourth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest
from tests.text_support import normalised

from highlights.normalise.jammer import strip_jammer

# as a forum's copy of a wire piece carries it (Discuz! hides these runs from its readers)
_JAMMED = (
    "历届中央委员会召开了51次全体会议。现具体介绍如下:) g9 L4 {! K' f K5 W' \\4 ~",
    "- j8 C% E$ |: N, S) F 界定:“公报”适用于“公布重要决定或者重大事项”。- L* Q+ s4 v2 x6 j",
)


def test_anti_copy_noise_comes_out_of_the_text_and_is_reported() -> None:
    article = normalised("中央全会的公报与决定", *_JAMMED)
    text = "\n".join(b.text for b in article.blocks)
    assert "g9" not in text and "C%" not in text and "x6" not in text
    assert "界定：“公报”适用于“公布重要决定或者重大事项”。" in text
    reported = [d for d in article.report.damage if d.reason.startswith("anti-copy noise")]
    assert len(reported) == 3
    assert any("K5 W'" in d.snippet for d in reported)


def test_noise_glued_to_a_word_comes_off_the_word() -> None:
    text, repairs = strip_jammer("决 定7 k& s% }: _( E")
    assert text == "决 定"
    assert [r.before for r in repairs] == ["7 k& s% }: _( E"]


@pytest.mark.parametrize(
    "line",
    [
        "他在微博上写道 :) :( :D ;) 引来网友围观",  # emoticons: punctuation and capitals only
        "代码 a = b + c ; d 的意思是把两数相加",  # short code: small letters and marks only
        "车牌号为 A 1 B 2 C 3 的车辆",  # spaced letters and figures: no marks
        "The U.S. a I 3 x, y! reads as noise but has no Chinese",  # English is left alone
    ],
)
def test_text_that_could_be_writing_is_not_noise(line: str) -> None:
    assert strip_jammer(line) == (line, [])
