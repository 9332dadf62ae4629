"""Normalise: in a page shown to be mojibake by one stretch, a stretch whose wrong characters
happen to be common ones is tried too, and its marks are read back (UTF-8 read as GBK, from a
report reposted on a boots shop's site, in the hundred-and-eighth round of unseen pages)."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import parse_source
from highlights.normalise import normalise
from highlights.normalise.mojibake import (
    IN_MOJIBAKE,
    SEEMS_CHINESE,
    mojibake_guard,
    repair_mojibake,
)


def _misread(text: str) -> str:
    return text.encode("utf-8").decode("gbk", errors="replace")


_REPORT = "根据公开发布的信息，2023年全球工业硅产能合计约为853.5万吨，同比增长9.7%。"
_COMMONISH = "年中国工业硅产能占全球总产能比重为"  # misread, 0.63 of its characters are common


def test_a_commonish_stretch_is_left_alone_in_a_page_with_no_other_mojibake() -> None:
    text = _misread(_COMMONISH)
    assert repair_mojibake(text)[0] == text  # alone, it could be someone's rare words
    assert mojibake_guard([text, "全会提出，要坚持稳中求进。"]) == SEEMS_CHINESE


def test_a_commonish_stretch_is_repaired_in_a_page_shown_to_be_mojibake() -> None:
    guard = mojibake_guard(["全会提出，要坚持稳中求进。", _misread(_REPORT)])
    assert guard == IN_MOJIBAKE
    fixed, repairs = repair_mojibake(_misread(_COMMONISH), guard)
    assert fixed.startswith("年中国工业")
    assert repairs and repairs[0].reason == "UTF-8 read as GBK"


def test_marks_are_read_back_only_in_a_page_shown_to_be_mojibake() -> None:
    marks = _misread("。，")  # `銆傦紝`
    assert repair_mojibake(f"同比增长9.7%{marks}2023年")[0].endswith(f"{marks}2023年")
    assert repair_mojibake(f"同比增长9.7%{marks}2023年", IN_MOJIBAKE)[0] == "同比增长9.7%。，2023年"
    assert repair_mojibake("同比，。2023年", IN_MOJIBAKE)[0] == "同比，。2023年"  # real marks stay


def test_every_line_of_a_misread_page_is_read_back_and_reported() -> None:
    lines = [
        "工业硅产能及产量",
        _REPORT + "近年来，随着太阳能光伏产业的快速发展，对多晶硅的需求大幅增加。",
        "2023" + _COMMONISH + "82.1%，占比份额进一步提升。",
    ]
    page = "\n\n".join(_misread(line) for line in lines) + "\n"
    article = normalise(parse_source(Path("page.txt"), page.encode()))
    text = "\n".join(b.text for b in article.blocks)
    assert "2023年中国工业" in text
    assert "鍥" not in text
    assert sum("mojibake repaired" in d.reason for d in article.report.damage) >= 3
