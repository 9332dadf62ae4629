"""Locate the theme's fonts (Debian's Noto CJK) and check glyph coverage before drawing."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Literal

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


_HB_CDEF = """
typedef struct hb_blob_t hb_blob_t;
typedef struct hb_face_t hb_face_t;
typedef struct hb_set_t hb_set_t;
hb_blob_t *hb_blob_create_from_file_or_fail(const char *file_name);
void hb_blob_destroy(hb_blob_t *blob);
hb_face_t *hb_face_create(hb_blob_t *blob, unsigned int index);
void hb_face_destroy(hb_face_t *face);
hb_set_t *hb_set_create(void);
void hb_set_destroy(hb_set_t *set);
void hb_face_collect_unicodes(hb_face_t *face, hb_set_t *out);
int hb_set_has(const hb_set_t *set, uint32_t codepoint);
unsigned int hb_set_get_population(const hb_set_t *set);
"""


class HarfBuzzCoverage:
    """The characters one face maps, as HarfBuzz's compact set: a Python frozenset of its
    45,000 code points costs ~35 MB, and each render worker checks four faces."""

    def __init__(self, path: Path, index: int) -> None:
        import cffi  # type: ignore[import-untyped]  # a WeasyPrint dependency, untyped

        self._ffi = cffi.FFI()
        self._ffi.cdef(_HB_CDEF)
        self._hb = self._ffi.dlopen("libharfbuzz.so.0")
        blob = self._hb.hb_blob_create_from_file_or_fail(str(path).encode())
        if blob == self._ffi.NULL:
            raise OSError(f"HarfBuzz cannot read {path}")
        face = self._hb.hb_face_create(blob, index)
        self._set = self._ffi.gc(self._hb.hb_set_create(), self._hb.hb_set_destroy)
        self._hb.hb_face_collect_unicodes(face, self._set)
        self._hb.hb_face_destroy(face)
        self._hb.hb_blob_destroy(blob)

    def __contains__(self, codepoint: object) -> bool:
        return isinstance(codepoint, int) and bool(self._hb.hb_set_has(self._set, codepoint))

    def __len__(self) -> int:
        return int(self._hb.hb_set_get_population(self._set))


@functools.cache
def _cmap(path: Path, index: int) -> HarfBuzzCoverage | frozenset[int]:
    try:
        return HarfBuzzCoverage(path, index)
    except (ImportError, OSError, AttributeError):  # no libharfbuzz: fontTools reads the cmap
        from fontTools.ttLib import TTFont  # imported lazily: fontTools is slow to import

        with TTFont(path, fontNumber=index, lazy=True) as font:
            return frozenset(font.getBestCmap().keys())


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
