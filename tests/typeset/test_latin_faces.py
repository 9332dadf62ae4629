"""The images' metrics follow the fallback chain: Latin runs of English in Noto Sans (a
proportional apostrophe, not the CJK face's full-width ’ of "That’ s"), colour emoji scaled from
their bitmaps, the CJK face for everything Chinese as before."""

from __future__ import annotations

import pytest

from highlights.render.png.paint import metrics
from highlights.theme import load_theme

NEUTRAL = load_theme("neutral")


def test_english_runs_are_set_in_the_latin_face() -> None:
    m = metrics(NEUTRAL, "en", 40)
    runs = m.runs("NASA’s logo turns 65")
    assert [r.font.getname()[0] for r in runs] == ["Noto Sans"]
    assert m.advance("’") < 0.4 * m.em
    # no air around the apostrophe: the word is as wide as its letters and a thin mark
    assert m.advance("That’s") < m.advance("Thats") + 0.35 * m.em


@pytest.mark.parametrize("bold", [False, True])
def test_an_apostrophe_in_a_latin_word_inside_chinese(bold: bool) -> None:
    m = metrics(NEUTRAL, "zh-Hant", 40)
    runs = m.runs("他說That’s", bold)
    assert [r.text for r in runs] == ["他說That", "’", "s"]
    assert runs[1].font.getname()[0] == "Noto Sans"
    assert m.advance("’", bold) > 0.9 * m.em  # alone, a Chinese text's ’ stays full-width


def test_chinese_text_is_one_run_in_the_cjk_face() -> None:
    """What the CJK face draws stays one run in it: the images of Chinese decks unchanged."""
    m = metrics(NEUTRAL, "zh-Hant", 40)
    text = "全會審議通過了《決定》，“5553”行動 Key points 2021"
    assert [(r.text, r.font) for r in m.runs(text)] == [(text, m.regular)]


def test_emoji_are_measured_at_the_size_of_the_text() -> None:
    m = metrics(NEUTRAL, "zh-Hant", 40)
    runs = m.runs("開幕🎉👍🏽")
    assert [r.colour for r in runs] == [False, True]
    assert runs[1].text == "🎉👍🏽"
    assert 1.0 * m.em < m.advance("🎉") < 1.4 * m.em
    left, right = m.ink("🎉")
    assert 0.9 * m.em < right - left < 1.4 * m.em


def test_rare_han_is_thickened_among_bold_glyphs() -> None:
    """HanaMin has no bold: in a bold title its 𠀀 is drawn with a stroke, so it carries about
    as much ink as the bold CJK glyphs beside it instead of a hairline Mincho."""
    from PIL import Image, ImageDraw

    from highlights.render.png.glyphs import draw_runs

    m = metrics(NEUTRAL, "zh-Hant", 80)
    assert m.runs("𠀀", True)[0].embolden > 0 and m.runs("𠀀", False)[0].embolden == 0

    def ink(text: str, bold: bool) -> int:
        img = Image.new("RGB", (200, 140), (255, 255, 255))
        draw_runs(ImageDraw.Draw(img), (20, 100), text, m, bold, (0, 0, 0))
        return img.convert("L").point(lambda v: 255 if v < 128 else 0).histogram()[255]

    assert ink("𠀀", True) > 1.3 * ink("𠀀", False)
