"""WCAG contrast of every text-on-background pair the images use: at least 4.5:1."""

from __future__ import annotations

import pytest

from highlights.render.png.paint import Palette, blend, contrast, rgb
from highlights.render.png.sections import ribbon_ink
from highlights.theme import available_themes, load_theme


def pairs(p: Palette) -> dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]]:
    deep = blend((0, 0, 0), p.primary, 0.10)  # the darker backdrop discs under titles
    return {
        "title on primary": (p.on_primary, p.primary),
        "title on disc": (p.on_primary, deep),
        "text on background": (p.text, p.background),
        "footer on background": (p.muted, p.background),
        "term on background": (p.term, p.background),
        "term on highlighter": (p.term, p.band_on_background),
        "text on highlighter": (p.text, p.band_on_background),
        "lead on panel": (p.text, p.panel),
        "term on panel highlighter": (p.term, p.band_on_panel),
        "date on ribbon": (p.on_ribbon, p.ribbon),
        "badge number": (p.on_primary, p.primary),
        "count on white": (p.primary, p.background),
        # the long image's sections: cream by turns, the numbered ribbon, the call-outs
        "term on panel": (p.term, p.panel),
        "phrase on panel": (p.muted, p.panel),
        "section title on ribbon": (p.on_primary, p.primary),
        "figure on panel": (p.primary, p.panel),
    }


@pytest.mark.parametrize("name", available_themes())
def test_contrast_at_least_4_5(name: str) -> None:
    theme = load_theme(name)
    p = Palette.of(theme)
    found = pairs(p) | {"section numeral on its tab": (ribbon_ink(p, theme), p.accent)}
    low = {k: round(contrast(a, b), 2) for k, (a, b) in found.items() if contrast(a, b) < 4.5}
    assert not low, f"{name}: {low}"


def test_contrast_formula() -> None:
    assert contrast(rgb("#000000"), rgb("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(rgb("#777777"), rgb("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
