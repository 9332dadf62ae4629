"""Locate the fonts and check glyph coverage before drawing.

Every renderer draws a character with the first face of one fallback chain that has it
(`chain`): the theme's CJK face (Debian's Noto CJK), a Latin face (Noto Sans or Serif from
fonts-noto-core; first for English, so Latin runs are set in Latin glyphs with proportional
punctuation), colour emoji (fonts-noto-color-emoji), then faces for rare Han characters such
as CJK Extension B (fonts-hanazono). A face whose package is missing drops out of the chain;
only a character no face of the chain has refuses the article, named.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from highlights.errors import GlyphError, MissingDependencyError
from highlights.model import Language
from highlights.theme import Theme

FONT_DIRS = (
    Path("/usr/share/fonts/opentype/noto"),
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/truetype/hanazono"),
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


Role = Literal["cjk", "latin", "emoji", "rare"]


@dataclass(frozen=True)
class Face:
    """One face of the fallback chain: regular and bold files, face index, CSS family."""

    role: Role
    family: str  # the fontconfig family name, as CSS names it
    regular: Path
    bold: Path
    index: int = 0

    def covers(self, ch: str) -> bool:
        return ord(ch) in _cmap(self.regular, self.index)


# The faces after the theme's, as Debian packages them: (family, regular, bold).
LATIN: dict[Style, tuple[str, str, str]] = {
    "sans": ("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "serif": ("Noto Serif", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
}
EMOJI = ("Noto Color Emoji", "NotoColorEmoji.ttf", "NotoColorEmoji.ttf")
RARE = (("HanaMinB", "HanaMinB.ttf", "HanaMinB.ttf"),  # CJK Extensions B to F (plane 2)
        ("HanaMinA", "HanaMinA.ttf", "HanaMinA.ttf"))  # the BMP's rarer ideographs


def _optional(role: Role, family: str, regular: str, bold: str) -> Face | None:
    try:
        return Face(role, family, find_font_file(regular), find_font_file(bold))
    except MissingDependencyError:  # its package is not installed: the chain goes without
        return None


@functools.cache
def _chain(fonts: tuple[str, ...], style: Style, language: Language) -> tuple[Face, ...]:
    family, regular, bold = fonts
    cjk = Face("cjk", f"{family} {_SCRIPT_SUFFIX[language]}", find_font_file(regular),
               find_font_file(bold), face_index(language))
    latin = _optional("latin", *LATIN[style])
    rest = [_optional("emoji", *EMOJI), *(_optional("rare", *r) for r in RARE)]
    first = [latin, cjk] if language == "en" else [cjk, latin]
    return tuple(face for face in [*first, *rest] if face is not None)


def chain(theme: Theme, style: Style, language: Language) -> tuple[Face, ...]:
    """The faces that draw a text of `language` in `style`, in the order they are tried."""
    f = theme.fonts
    if style == "sans":
        names = (f.sans_family, f.sans_regular, f.sans_bold)
    else:
        names = (f.serif_family, f.serif_regular, f.serif_bold)
    return _chain(names, style, language)


def css_families(theme: Theme, style: Style, language: Language) -> str:
    """The chain as a CSS font-family list, e.g. '"Noto Sans CJK TC", "Noto Sans", "HanaMinB"'
    (fontconfig names; each checked to hold only letters, digits and spaces). Not the emoji
    face: named, Pango draws digits with it too (they may start a keycap sequence); left out,
    fontconfig's fallback finds it for the emoji alone."""
    names = [face.family for face in chain(theme, style, language) if face.role != "emoji"]
    for name in names:
        if not name.replace(" ", "").isalnum() or not name.isascii():
            raise ValueError(f"font family {name!r} has characters not allowed in CSS")
    return ", ".join(f'"{name}"' for name in names)


# Characters that need no glyph of their own: line ends, spacing and invisible format marks.
_NO_GLYPH_NEEDED = frozenset("\n\r\t\u200b\u200c\u200d\u2060\ufeff")
_APOSTROPHES = frozenset("\u2018\u2019")


def _ignorable(ch: str) -> bool:
    """Joiners, variation selectors and tags: shaped with their neighbours, no glyph alone."""
    cp = ord(ch)
    return (ch in _NO_GLYPH_NEEDED or 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF
            or 0xE0020 <= cp <= 0xE007F or 0x1F3FB <= cp <= 0x1F3FF)


def _emoji_wanted(text: str, i: int) -> bool:
    """Shown as a colour emoji: a pictograph beyond the BMP, or any character asking for the
    emoji presentation (U+FE0F after it)."""
    return ord(text[i]) >= 0x1F000 or text[i + 1 : i + 2] == "\ufe0f"


def _pick(text: str, i: int, faces: tuple[Face, ...]) -> int:
    ch = text[i]
    if _emoji_wanted(text, i):
        for k, face in enumerate(faces):
            if face.role == "emoji" and face.covers(ch):
                return k
    if ch in _APOSTROPHES and text[i - 1 : i].isascii() and text[i - 1 : i].isalpha():
        # "That’s" inside Chinese text: the Latin apostrophe, not the CJK face's full-width one
        for k, face in enumerate(faces):
            if face.role == "latin" and face.covers(ch):
                return k
    for k, face in enumerate(faces):
        if face.covers(ch):
            return k
    return -1


def face_runs(text: str, faces: tuple[Face, ...]) -> list[int]:
    """For each character of `text`, the index in `faces` of the face that draws it (-1: none
    does). Invisible marks (joiners, variation selectors, skin tones) go with the character
    before them, so an emoji sequence stays one run for the shaper."""
    out: list[int] = []
    for i, ch in enumerate(text):
        if _ignorable(ch):
            out.append(out[-1] if out and out[-1] >= 0 else 0)
        else:
            out.append(_pick(text, i, faces))
    return out


def missing_glyphs(text: str, path: Path, index: int) -> list[str]:
    """The distinct characters of `text` that the font cannot draw, in order of appearance."""
    cmap = _cmap(path, index)
    seen: dict[str, None] = {}
    for ch in text:
        if ch not in _NO_GLYPH_NEEDED and ord(ch) not in cmap and ch not in seen:
            seen[ch] = None
    return list(seen)


def uncovered(text: str, faces: tuple[Face, ...]) -> list[str]:
    """The distinct characters of `text` that no face of the chain can draw, in order."""
    seen: dict[str, None] = {}
    for ch in dict.fromkeys(text):
        if not _ignorable(ch) and not any(face.covers(ch) for face in faces):
            seen[ch] = None
    return list(seen)


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"{ch} (U+{ord(ch):04X}{' ' + name if name else ''})"


def require_glyphs(text: str, theme: Theme, language: Language, where: str | None = None,
                   style: Style = "sans") -> None:
    """Raise a GlyphError naming the characters that no font of the chain can draw."""
    faces = chain(theme, style, language)
    if "\ufffd" in text:
        # U+FFFD stands for bytes that could not be decoded: the file, not the font, is at fault.
        raise GlyphError(
            where,
            "the text holds undecodable bytes (shown as U+FFFD)",
            "save the article again as UTF-8, or fix its damaged bytes",
        )
    missing = uncovered(text, faces)
    if missing:
        shown = ", ".join(_describe(ch) for ch in missing[:8])
        more = f" and {len(missing) - 8} more" if len(missing) > 8 else ""
        names = ", ".join(dict.fromkeys(face.family for face in faces))
        raise GlyphError(
            where,
            f"characters missing from every installed font ({names}): {shown}{more}",
            "replace them in the article, or install a font that has them",
        )
