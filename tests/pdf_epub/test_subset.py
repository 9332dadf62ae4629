"""The EPUB's embedded fonts: cut by HarfBuzz (uharfbuzz) to the text's characters."""

from __future__ import annotations

import io

from fontTools.ttLib import TTFont

from highlights.fonts import face_index, font_file
from highlights.render.epub.subset import _subset_fonttools, subset_font
from highlights.theme import load_theme

TEXT = "中共自貢市委全會公報，“5553”行動 Key points"


def _cmap(data: bytes) -> set[int]:
    return set(TTFont(io.BytesIO(data)).getBestCmap())


def test_subset_holds_exactly_the_text_and_is_reproducible() -> None:
    path, index = font_file(load_theme("formal"), "serif", False), face_index("zh-Hant")
    data = subset_font(path, index, TEXT)
    assert _cmap(data) == {ord(ch) for ch in TEXT} | {0x20}
    assert TTFont(io.BytesIO(data))["name"].getDebugName(1) == "Noto Serif CJK TC"
    assert len(data) < 50_000  # a few glyphs, not the 20 MB collection
    assert subset_font(path, index, TEXT) == data


def test_harfbuzz_and_fonttools_keep_the_same_characters() -> None:
    path, index = font_file(load_theme("formal"), "sans", True), face_index("zh-Hans")
    codepoints = sorted({ord(ch) for ch in TEXT} | {0x20})
    assert _cmap(subset_font(path, index, TEXT)) == _cmap(
        _subset_fonttools(path, index, codepoints))


def _advance(data: bytes, text: str, features: dict[str, bool]) -> float:
    """Advance of `text` shaped by HarfBuzz with `features`, in ems."""
    import uharfbuzz as hb

    face = hb.Face(data)
    font = hb.Font(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf, features)
    return sum(p.x_advance for p in buf.glyph_positions) / face.upem


def test_subsets_keep_proportional_quotes_for_english() -> None:
    """The EPUB asks for proportional widths in English (pwid): the cut fonts must still have
    them, or an apostrophe takes a full em ("That’ s"). Both subsetters."""
    path, index = font_file(load_theme("neutral"), "serif", False), face_index("en")
    text = "That’s the nation’s plan"
    for data in (subset_font(path, index, text), _subset_fonttools(path, index, [ord(c) for c in
                                                                               set(text)])):
        assert _advance(data, "’", {"pwid": False}) == 1.0
        assert _advance(data, "’", {"pwid": True}) < 0.5
