"""Normalise: a page's publish stamp is chrome however it is set: a date field that opens the
line with a counter's label left behind (`发表日期：2011-02-12 点击`), or a day with its clock
time beside a source field after a comment link (rules from the hundred-and-fourteenth and
fifteenth rounds of unseen pages)."""

from __future__ import annotations

import pytest

from highlights.normalise.boilerplate import find_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "发表日期：2011-02-12 点击",
        "發表日期:2011-02-12 點擊",
        "我有话说 2020-10-10 09:44:25来源：新华网",
    ],
)
def test_a_stamp_is_chrome(line: str) -> None:
    assert find_boilerplate(line).text == ""


@pytest.mark.parametrize(
    "line",
    [
        "发表日期：2011-02-12 记者在会上说明了情况和原因，会议要求各方落实",  # a sentence follows
        "2024年全年完成2024-10-10 09:44成交",  # a day and time, no field: text
        "2月5日14:30，会议在市行政中心召开，来源：本报记者现场采访整理",
    ],
)
def test_text_with_a_date_is_no_stamp(line: str) -> None:
    assert find_boilerplate(line).text != ""
