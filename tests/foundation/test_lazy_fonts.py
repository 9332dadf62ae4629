"""WeasyPrint's whole-file font copies deferred (render/lazyfonts.py): same PDF bytes, no copy."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import weasyprint
from weasyprint.pdf import fonts

from highlights.render.lazyfonts import SWITCH, defer_font_copies

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "assets" / "samples" / "zigong-communique.txt"
RENDER = """
import hashlib, sys, tempfile
from pathlib import Path
from highlights.publish import prepare
from highlights.render.job import render_in_order
from highlights.settings import RunSettings
settings = RunSettings(formats=["pdf"])
with tempfile.TemporaryDirectory() as tmp:
    files = render_in_order(["pdf"], prepare(Path(sys.argv[1]), settings), Path(tmp), settings)
    pdf = next(f for f in files if f.path.endswith(".pdf"))
    print(hashlib.sha256((Path(tmp) / pdf.path).read_bytes()).hexdigest())
"""
PAGE = '<p style="font-family: Noto Sans CJK TC">全會強調 Key points</p>'


def _digest(switch: str) -> str:
    env = {**os.environ, SWITCH: switch}
    return subprocess.run([sys.executable, "-c", RENDER, str(SAMPLE)], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.strip()


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
