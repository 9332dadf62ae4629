from __future__ import annotations

import pytest

from highlights.errors import GlyphError
from highlights.fonts import missing_glyphs, require_glyphs
from highlights.theme import load_theme

THEME = load_theme("formal")


def test_common_text_needs_nothing_more() -> None:
    require_glyphs("中共自貢市委全會公報，“5553”行動 Key points 2021-07-15", THEME, "zh-Hant")


def test_emoji_and_extension_b_have_a_face() -> None:
    """Colour emoji (with a skin tone, a ZWJ family, a flag) and CJK Extension B characters
    are drawn by the fallback chain: no refusal."""
    for language in ("zh-Hant", "zh-Hans", "en"):
        for style in ("sans", "serif"):
            require_glyphs("測試𠀀𠀁😀🎉👍🏽👨‍👩‍👧🇨🇳❤️", THEME, language, "a.txt", style=style)


def test_missing_characters_are_named() -> None:
    """Only what no installed face has is refused: a private-use and a noncharacter-plane
    code point, each named; the emoji and the Extension B character beside them are not."""
    with pytest.raises(GlyphError) as caught:
        require_glyphs("測試𠀀😀\ue000\U0010fffd", THEME, "zh-Hant", "a.txt")
    line = caught.value.line()
    assert line.startswith("a.txt: ") and "U+E000" in line and "U+10FFFD" in line
    assert "U+20000" not in line and "U+1F600" not in line
    assert "every installed font" in line and "Noto Color Emoji" in line


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


def test_the_chain_follows_the_language() -> None:
    """The theme's CJK face first for Chinese; the Latin face first for English; then colour
    emoji and the rare Han faces."""
    from highlights.fonts import chain

    zh = [face.role for face in chain(THEME, "sans", "zh-Hant")]
    en = [face.family for face in chain(THEME, "serif", "en")]
    assert zh[:3] == ["cjk", "latin", "emoji"] and zh[3] == "rare"
    assert en[:3] == ["Noto Serif", "Noto Serif CJK SC", "Noto Color Emoji"]


def test_face_runs() -> None:
    """Each character goes to the first face that has it; an emoji sequence (joiners, skin
    tones, U+FE0F) stays one run; ❤ asks for the emoji face with U+FE0F; an apostrophe after
    a Latin letter takes the Latin face inside Chinese text."""
    from highlights.fonts import chain, face_runs

    faces = chain(THEME, "sans", "zh-Hant")
    roles = [faces[k].role if k >= 0 else None for k in face_runs("字👨‍👩‍👧❤️𠀀That’s\ue000", faces)]
    assert roles == ["cjk", *["emoji"] * 5, "emoji", "emoji", "rare",
                     "cjk", "cjk", "cjk", "cjk", "latin", "cjk", None]
