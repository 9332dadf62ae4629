"""One Han and width predicate set: Script=Han everywhere, U+20000 included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from highlights import chars, slug
from highlights.cards import override
from highlights.cards.text import display_len
from highlights.ingest import markdown
from highlights.normalise import fix
from highlights.typeset import breaks

SRC = Path(__file__).resolve().parents[2] / "src" / "highlights"
EXT_B = "\U00020000"  # 𠀀, CJK Extension B: rare names and place names live out here
# Hand-written Han ranges left, each with its reason: jieba's own tokenizer patterns.
ALLOWED = {"cards/tfidf.py"}
RANGE = re.compile(r"\\u4e00|\\u3400|\\u9fff|0x4e00|0x3400|0x2e80|0x1100|\\U00020000", re.I)


@pytest.mark.parametrize("ch", [EXT_B, "\u4e00", "\u3400", "\uf900", "\U0002a700", "〇", "々"])
def test_han(ch: str) -> None:
    assert chars.is_han(ch) and chars.has_han(f"a{ch}b") and chars.count_han(ch * 2) == 2


@pytest.mark.parametrize("ch", ["A", "。", "\u3000", "１", "가", "ア", "\u4dc0"])
def test_not_han(ch: str) -> None:
    assert not chars.is_han(ch)


def test_every_stage_asks_the_same_predicate() -> None:
    assert fix.is_han is chars.is_han
    assert breaks.is_han is chars.is_han
    assert slug.has_han is chars.has_han
    assert fix.is_chinese(EXT_B)


def test_ext_b_is_han_where_it_shows() -> None:
    assert override._language(None, None, EXT_B * 3) != "en"  # was read as English
    assert chars.is_cjk(EXT_B) and markdown._wide(EXT_B)
    assert display_len(EXT_B + "a") == chars.display_width(EXT_B + "a") == 1.5
    assert breaks.break_units(EXT_B * 2 + "。") == [EXT_B, EXT_B + "。"]


def test_width() -> None:
    assert chars.display_width("中文ab") == 3.0
    assert chars.is_wide("“") and chars.is_wide("…") and chars.is_wide("，")
    assert not chars.is_wide("a") and not chars.is_wide("é")


def test_no_hand_written_han_range_is_left() -> None:
    found = [
        f"{path.relative_to(SRC)}:{number}"
        for path in sorted(SRC.rglob("*.py"))
        if path.name != "chars.py" and path.relative_to(SRC).as_posix() not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RANGE.search(line)
    ]
    assert not found, found
