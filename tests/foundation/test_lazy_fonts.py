"""WeasyPrint's whole-file font copies deferred (render/lazyfonts.py): same PDF bytes, no copy."""

from __future__ import annotations

import os
import tracemalloc

import weasyprint
from tests.render_support import sample_pdf_digest
from weasyprint.pdf import fonts

from highlights.render.lazyfonts import SWITCH, defer_font_copies

PAGE = '<p style="font-family: Noto Sans CJK TC">全會強調 Key points</p>'


def _digest(switch: str) -> str:
    env = {**os.environ, SWITCH: switch}
    return sample_pdf_digest(env)


def test_the_pdf_is_the_same_bytes_with_the_copies_deferred() -> None:
    lazy = _digest("1")
    assert len(lazy) == 64 and lazy == _digest("0")


def _fonts_made(**options: object) -> list[fonts.Font]:
    made: list[fonts.Font] = []
    init = fonts.Font.__init__

    def keep(self: fonts.Font, *args: object) -> None:
        init(self, *args)
        made.append(self)

    fonts.Font.__init__ = keep  # type: ignore[method-assign]
    try:
        weasyprint.HTML(string=PAGE).write_pdf(**options)
    finally:
        fonts.Font.__init__ = init  # type: ignore[method-assign]
    return made


def test_the_whole_file_is_copied_only_when_read() -> None:
    assert defer_font_copies()
    _fonts_made()  # fonts and caches loaded
    tracemalloc.start()
    try:
        subset = _fonts_made()  # cut by HarfBuzz from the open face: the copy is never read
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000  # a whole Noto CJK face is 15 MB
    assert subset and all(len(font.__dict__["file_content"]) < 1_000_000 for font in subset)
    full = _fonts_made(full_fonts=True)  # embedded whole: read, so copied as before
    assert full and all(len(font.file_content) > 1_000_000 for font in full)
