"""Locate the theme's fonts (Debian's Noto CJK) and check glyph coverage before drawing."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Literal, Protocol

from highlights.errors import GlyphError, MissingDependencyError
from highlights.model import Language
from highlights.theme import Theme

FONT_DIRS = (
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/opentype"),
    Path("/usr/local/share/fonts"),
)
Style = Literal["sans", "serif"]

# Face order inside Debian's NotoSansCJK/NotoSerifCJK .ttc files (checked with getname()).
_FACE_INDEX: dict[Language, int] = {"zh-Hans": 2, "zh-Hant": 3, "en": 2}
_SCRIPT_SUFFIX: dict[Language, str] = {"zh-Hans": "SC", "zh-Hant": "TC", "en": "SC"}


def face_index(language: Language) -> int:
    return _FACE_INDEX[language]


def css_family(theme: Theme, style: Style, language: Language) -> str:
    """The fontconfig family name, e.g. 'Noto Sans CJK TC', so WeasyPrint picks the right face."""
    stem = theme.fonts.sans_family if style == "sans" else theme.fonts.serif_family
    return f"{stem} {_SCRIPT_SUFFIX[language]}"


@functools.cache
def find_font_file(name: str) -> Path:
    for folder in FONT_DIRS:
        hits = sorted(folder.rglob(name)) if folder.is_dir() else []
        if hits:
            return hits[0]
    raise MissingDependencyError(
        None,
        f"font file {name} not found",
        "install the Debian package fonts-noto-cjk (make setup does this)",
    )


def font_file(theme: Theme, style: Style, bold: bool) -> Path:
    fonts = theme.fonts
    if style == "sans":
        name = fonts.sans_bold if bold else fonts.sans_regular
    else:
        name = fonts.serif_bold if bold else fonts.serif_regular
    return find_font_file(name)


class Coverage(Protocol):
    def __contains__(self, codepoint: object, /) -> bool: ...
    def __len__(self) -> int: ...


@functools.cache
def _cmap(path: Path, index: int) -> Coverage:
    """The characters one face maps, as HarfBuzz's compact set (uharfbuzz): a Python frozenset
    of its 45,000 code points costs ~35 MB, and each render worker checks four faces."""
    import uharfbuzz as hb

    unicodes: Coverage = hb.Face(hb.Blob.from_file_path(path), index).unicodes
    if not len(unicodes):  # an unreadable file reads as an empty face: say which file
        raise OSError(f"HarfBuzz cannot read a font face from {path} (face {index})")
    return unicodes


# Characters that need no glyph of their own: line ends, spacing and invisible format marks.
_NO_GLYPH_NEEDED = frozenset("\n\r\t\u200b\u200c\u200d\u2060\ufeff")


def missing_glyphs(text: str, path: Path, index: int) -> list[str]:
    """The distinct characters of `text` that the font cannot draw, in order of appearance."""
    cmap = _cmap(path, index)
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in _NO_GLYPH_NEEDED and ord(ch) not in cmap and ch not in seen:
            seen[ch] = None
    return list(seen)


def require_glyphs(text: str, theme: Theme, language: Language, where: str | None = None) -> None:
    """Raise a GlyphError naming the characters that no theme font can draw."""
    index = face_index(language)
    missing = missing_glyphs(text, font_file(theme, "sans", False), index)
    if "\ufffd" in missing:
        # U+FFFD stands for bytes that could not be decoded: the file, not the font, is at fault.
        raise GlyphError(
            where,
            "the text holds undecodable bytes (shown as U+FFFD)",
            "save the article again as UTF-8, or fix its damaged bytes",
        )
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:8])
        more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        raise GlyphError(
            where,
            f"characters missing from the font {theme.fonts.sans_regular}: {shown}{more}",
            "replace them in the article, or install a font that has them",
        )
