"""Damage of held-out round 218–223: a Big5 page read one byte off, each broken character's
second byte left as an ASCII sign next to a character no one writes (`背景鴾H都`, `為鱄輕翵}
政`); a scan read by OCR that sets a kana for a stroke (`进ー步`). Neither fires on everyday
Traditional text (`為主,讓`, `A股`) nor on Japanese quoted in Chinese."""

from __future__ import annotations

import pytest

from highlights.normalise.damage import find_damage


@pytest.mark.parametrize(
    "text",
    [
        "無論任何政治立場和背景鴾H都可參與，為鱄輕翵}政善治出一分力。",
        "他們希望在實事鴷萿k會議員的協助下，推動有效嚙嬼|委員會的工作。",
        "马来西亚KK超市创办人兼执行主席蔡志权表示，将进ー步加强员工培训，避免类似事件发生。",
    ],
)
def test_a_split_character_or_a_stray_kana_is_reported(text: str) -> None:
    assert find_damage(text)


@pytest.mark.parametrize(
    "text",
    [
        "北市推九大短期紓困措施，柯文哲表示E化便民為主,讓企業能營運、勞工能就業。",
        "今年以來，滬深A股市場成交活躍，投資者信心逐步恢復，監管部門表示將繼續完善制度。",
        "日本首相在記者會上說「ありがとうございます」，隨後離開會場，前往下一個行程。",
    ],
)
def test_everyday_traditional_text_and_quoted_japanese_are_not(text: str) -> None:
    assert not find_damage(text)
