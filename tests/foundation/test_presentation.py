"""The shared rules: one wording, one date format, one contrast rule, one way to mark terms,
used by every output."""

from __future__ import annotations

from highlights import presentation as rules
from highlights.render.epub import ast
from highlights.render.pdf import document
from highlights.render.png import paint, text, words


def test_every_output_uses_the_shared_rules() -> None:
    assert paint.contrast is rules.contrast and document.readable is rules.readable
    assert words.date_label is rules.date_label and document.date_label is rules.date_label
    assert text.term_spans is rules.term_spans and ast.mark_segments is rules.mark_segments
    assert words.count_label is rules.count_label and document.count_label is rules.count_label


def test_contrast_one_srgb_threshold() -> None:
    assert round(rules.contrast("#000000", "#FFFFFF"), 2) == 21.0
    assert rules.contrast((255, 255, 255), "#FFFFFF") == 1.0
    # 10/255 is below both thresholds that were in use (0.03928 and 0.04045), 11/255 above:
    # one threshold decides for every channel value, and it is sRGB's.
    assert rules.SRGB_LINEAR_END == 0.04045
    assert rules.luminance((10, 10, 10)) == (10 / 255) / 12.92
    assert rules.readable("#000000", "#111111", "#FFFFFF") == "#FFFFFF"  # first with AA
    assert rules.readable("#FFFFFF", "#EEEEEE", "#DDDDDD") == "#DDDDDD"  # none: the best


def test_dates_and_labels() -> None:
    assert rules.date_label("2021-07-15", "zh-Hans") == "2021年7月15日"
    assert rules.date_label("2021-07-15", "en") == "15 July 2021"
    assert rules.date_label("2021-02-30", "zh-Hant") == "2021-02-30"  # no such day: as given
    assert rules.date_label(None, "en") == ""
    assert rules.iso_date("2021-07-15T08:00:00") == "2021-07-15"
    assert rules.credit_line("editors", ["甲", "乙"], "zh-Hant") == "編輯：甲、乙"
    assert rules.credit_line("editors", ["A", "B"], "en") == "Editors: A, B"
    assert rules.count_label(3, "zh-Hans") == "3 个重点"


def test_marks_longest_first_without_overlap() -> None:
    spans = rules.term_spans("創新驅動引領創新", ["創新", "創新驅動"])
    assert spans == [(0, 4), (6, 8)]
    assert rules.mark_segments("創新驅動引領創新", ["創新", "創新驅動"]) == [
        ("創新驅動", True), ("引領", False), ("創新", True)]
