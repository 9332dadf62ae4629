"""Rules learnt from the forty-fifth and later rounds of real pages the project had never
seen (measured before any rule was written for them)."""

from __future__ import annotations

import pytest

from highlights.normalise.cleanup import drop_jammer


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("& e9 H8 h2 W# K作者：刘黎平", "作者：刘黎平"),  # letters paired with digits at random
        ("型号为A1 B2 C3 D4 & E5 F6的产品", "型号为A1 B2 C3 D4 & E5 F6的产品"),  # one mark: a list
    ],
)
def test_noise_of_letters_paired_with_digits_comes_off_a_line(line: str, text: str) -> None:
    assert drop_jammer(line).text == text
