"""The PDF's streams are deflated at zlib's default level (render/pdf/deflate.py)."""

from __future__ import annotations

import random
import zlib

import pydyf

from highlights.render.pdf.deflate import LEVEL, use_default_level


def _page_like_stream() -> bytes:
    """Text-drawing operators like a page's content stream, where levels 6 and 9 differ."""
    rng = random.Random(7)
    lines = [
        f"BT /F{rng.randint(1, 3)} {rng.randint(9, 14)} Tf {rng.uniform(0, 500):.2f} "
        f"{rng.uniform(0, 800):.2f} Td <{rng.getrandbits(64):016x}> Tj ET"
        for _ in range(4000)
    ]
    return "\n".join(lines).encode()


def test_pdf_streams_use_the_default_level() -> None:
    raw = _page_like_stream()
    assert zlib.compress(raw, LEVEL) != zlib.compress(raw, 9)  # the test can tell them apart
    assert use_default_level()
    data = pydyf.Stream([raw], compress=True).data
    assert zlib.compress(raw, LEVEL) in data
    assert zlib.compress(raw, 9) not in data
    assert zlib.decompress(zlib.compress(raw, LEVEL)) == raw


def test_the_rest_of_zlib_is_untouched() -> None:
    use_default_level()
    assert pydyf.zlib.compress is zlib.compress
    assert pydyf.zlib.decompress is zlib.decompress
