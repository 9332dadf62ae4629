"""Compression of adjacent full-width marks: `”。` must not show a full em of air."""

from __future__ import annotations

from highlights.typeset import Metrics, PillowMetrics, squeeze, squeezes, wrap
from highlights.typeset.punct import TARGET_GAP


def ink_gap(prev: str, nxt: str, m: Metrics) -> float:
    """Air between the two inks once `nxt` is squeezed against `prev`."""
    return m.advance(prev) - m.ink(prev)[1] + m.ink(nxt)[0] - squeeze(prev, nxt, m)


def test_closing_quote_and_full_stop(fake: Metrics) -> None:
    assert squeeze("”", "。", fake) > 0.4 * fake.em
    assert abs(ink_gap("”", "。", fake) - TARGET_GAP * fake.em) < 1e-6


def test_no_squeeze_next_to_ideographs(fake: Metrics) -> None:
    assert squeeze("中", "。", fake) == 0
    assert squeeze("。", "中", fake) == 0
    assert squeezes("中國。人民", fake) == {}


def test_real_font_pairs_keep_a_quarter_em(noto: PillowMetrics) -> None:
    for pair in ("”。", "》，", "。」", "，“", "）、", "」，", "”；"):
        gap = ink_gap(pair[0], pair[1], noto)
        assert 0 <= gap <= TARGET_GAP * noto.em + 1, pair


def test_squeezed_line_is_narrower(noto: PillowMetrics) -> None:
    plain = wrap("領域甲乙。", noto, 1000)[0]
    squeezed = wrap("領域“甲乙”。", noto, 1000)[0]
    # Two quote marks add less than two ems: the ”。 pair gave back its air.
    assert squeezed.width - plain.width < 2 * noto.em - 0.3 * noto.em
    pieces = [p.text for p in squeezed.pieces]
    assert "。" in pieces  # drawn on its own, pulled left


def test_squeeze_positions_in_line(noto: PillowMetrics) -> None:
    line = wrap("“五個領域”，集中", noto, 1000)[0]
    x_quote = line.x_of(5, noto)
    x_comma = line.x_of(6, noto)
    assert x_comma - x_quote < noto.em * 0.9
