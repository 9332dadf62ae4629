"""WeasyPrint without a full copy of every font file it embeds.

`weasyprint.pdf.fonts.Font.__init__` copies the whole font file into a `bytes` object
(`file_content`) for every face a document uses: 15–23 MB per Noto CJK face, three or four
faces per document, and reading the copy makes every page of the font's mapping resident as
well. With HarfBuzz subsetting (`libharfbuzz-subset0`, which the set-up installs) that copy is
never read: the subset is cut from the face HarfBuzz already has open and replaces
`file_content` before anything looks at it. Only the other paths (fontTools subsetting,
variable fonts, emoji, no subsetting) read the full file.

`defer_font_copies()` makes the copy lazy: `Font.__init__` keeps a note of the face, and the
bytes are copied on first read, exactly as before. The PDF's bytes are the same (the subset is
made from the same face); a PDF render's peak memory drops by ~100 MB. It checks WeasyPrint's
code first and changes nothing if it looks different; HIGHLIGHTS_LAZY_FONTS=0 turns it off.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import Any

SWITCH = "HIGHLIGHTS_LAZY_FONTS"
_lock = threading.Lock()
_installed = False


class _Deferred:
    """The face whose blob `Font.__init__` asked for, not yet copied."""

    __slots__ = ("face",)

    def __init__(self, face: Any) -> None:
        self.face = face


class _FileContent:
    """`Font.file_content`: the bytes, copied from the face on first read."""

    def __init__(self, copy: Any) -> None:
        self._copy = copy

    def __get__(self, font: Any, owner: type | None = None) -> Any:
        if font is None:
            return self
        value = font.__dict__["file_content"]
        if isinstance(value, _Deferred):
            value = font.__dict__["file_content"] = self._copy(value.face)
        return value

    def __set__(self, font: Any, value: Any) -> None:
        font.__dict__["file_content"] = value


def defer_font_copies() -> bool:
    """Install the lazy copy (once per process); True if it is in place."""
    global _installed
    if os.environ.get(SWITCH, "1") == "0":
        return False
    with _lock:
        if _installed:
            return True
        from weasyprint.pdf import fonts

        init = fonts.Font.__init__.__code__
        copy = getattr(fonts, "get_hb_object_data", None)
        if (copy is None or "get_hb_object_data" not in init.co_names
                or "file_content" not in init.co_names or "file_content" in vars(fonts.Font)):
            return False  # not the WeasyPrint this was written for: leave it alone

        def get_hb_object_data(hb_object: Any, ot_color: Any = None, glyph: Any = None) -> Any:
            if ot_color is None and glyph is None and sys._getframe(1).f_code is init:
                return _Deferred(hb_object)  # Font.__init__'s copy of the whole file
            return copy(hb_object, ot_color, glyph)

        fonts.Font.file_content = _FileContent(copy)
        fonts.get_hb_object_data = get_hb_object_data
        _installed = True
        return True
