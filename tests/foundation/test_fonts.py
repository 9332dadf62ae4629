from __future__ import annotations

import pytest

from highlights.errors import GlyphError
from highlights.fonts import missing_glyphs, require_glyphs
from highlights.theme import load_theme

THEME = load_theme("formal")


def test_common_text_needs_nothing_more() -> None:
    require_glyphs("中共自貢市委全會公報，“5553”行動 Key points 2021-07-15", THEME, "zh-Hant")


def test_missing_characters_are_named() -> None:
    with pytest.raises(GlyphError) as caught:
        require_glyphs("測試𠀀😀", THEME, "zh-Hant", "a.txt")
    line = caught.value.line()
    assert line.startswith("a.txt: ") and "U+20000" in line and "U+1F600" in line


def test_undecodable_bytes_blame_the_file_not_the_font() -> None:
    with pytest.raises(GlyphError) as caught:
        require_glyphs("測試\ufffd", THEME, "zh-Hant", "a.txt")
    assert "undecodable" in caught.value.reason and "UTF-8" in caught.value.hint


def test_missing_glyphs_lists_each_character_once() -> None:
    from highlights.fonts import face_index, font_file

    path = font_file(THEME, "sans", False)
    assert missing_glyphs("😀a😀", path, face_index("zh-Hant")) == ["😀"]


def test_coverage_agrees_with_the_font_tables() -> None:
    """HarfBuzz's set of mapped characters is the face's cmap, as fontTools reads it."""
    from fontTools.ttLib import TTFont

    from highlights.fonts import _cmap, face_index, font_file

    path, index = font_file(THEME, "serif", False), face_index("zh-Hans")
    with TTFont(path, fontNumber=index, lazy=True) as font:
        cmap = set(font.getBestCmap())
    coverage = _cmap(path, index)
    assert len(coverage) == len(cmap)
    assert all(cp in coverage for cp in sorted(cmap)[::97])
    assert 0x20000 not in coverage and 0x1F600 not in coverage
