"""Subset a CJK face to the characters of one text, for embedding in the EPUB.

HarfBuzz's subsetter (libharfbuzz-subset0, already needed by WeasyPrint) takes ~0.1 s on a
20 MB Noto CJK collection; fontTools takes ~6 s, so it is only the fallback.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any

_CDEF = """
typedef struct hb_blob_t hb_blob_t;
typedef struct hb_face_t hb_face_t;
typedef struct hb_set_t hb_set_t;
typedef struct hb_subset_input_t hb_subset_input_t;
hb_blob_t *hb_blob_create_from_file_or_fail(const char *file_name);
void hb_blob_destroy(hb_blob_t *blob);
const char *hb_blob_get_data(hb_blob_t *blob, unsigned int *length);
hb_face_t *hb_face_create(hb_blob_t *blob, unsigned int index);
void hb_face_destroy(hb_face_t *face);
hb_blob_t *hb_face_reference_blob(hb_face_t *face);
void hb_set_add(hb_set_t *set, uint32_t codepoint);
hb_subset_input_t *hb_subset_input_create_or_fail(void);
void hb_subset_input_destroy(hb_subset_input_t *input);
hb_set_t *hb_subset_input_unicode_set(hb_subset_input_t *input);
void hb_subset_input_set_flags(hb_subset_input_t *input, unsigned int value);
hb_face_t *hb_subset_or_fail(hb_face_t *source, const hb_subset_input_t *input);
"""
_NO_HINTING = 0x1
_DESUBROUTINIZE = 0x4
_lock = threading.Lock()  # one cffi set-up even when renderers run in threads


@functools.cache
def _harfbuzz() -> tuple[Any, Any, Any] | None:
    try:
        import cffi  # type: ignore[import-untyped]  # a WeasyPrint dependency, untyped

        ffi = cffi.FFI()
        ffi.cdef(_CDEF)
        return ffi, ffi.dlopen("libharfbuzz.so.0"), ffi.dlopen("libharfbuzz-subset.so.0")
    except (ImportError, OSError):
        return None


def _subset_harfbuzz(path: Path, index: int, codepoints: list[int]) -> bytes | None:
    with _lock:
        loaded = _harfbuzz()
    if loaded is None:
        return None
    ffi, hb, hbs = loaded
    blob = ffi.gc(hb.hb_blob_create_from_file_or_fail(str(path).encode()), hb.hb_blob_destroy)
    if blob == ffi.NULL:
        return None
    face = ffi.gc(hb.hb_face_create(blob, index), hb.hb_face_destroy)
    plan = ffi.gc(hbs.hb_subset_input_create_or_fail(), hbs.hb_subset_input_destroy)
    unicodes = hbs.hb_subset_input_unicode_set(plan)
    for codepoint in codepoints:
        hb.hb_set_add(unicodes, codepoint)
    hbs.hb_subset_input_set_flags(plan, _NO_HINTING | _DESUBROUTINIZE)
    result = hbs.hb_subset_or_fail(face, plan)
    if result == ffi.NULL:
        return None
    result = ffi.gc(result, hb.hb_face_destroy)
    out = ffi.gc(hb.hb_face_reference_blob(result), hb.hb_blob_destroy)
    length = ffi.new("unsigned int *")
    data = hb.hb_blob_get_data(out, length)
    return bytes(ffi.buffer(data, length[0]))


def _subset_fonttools(path: Path, index: int, codepoints: list[int]) -> bytes:
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    with TTFont(path, fontNumber=index) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.save(buffer)
    return buffer.getvalue()


def subset_font(path: Path, index: int, text: str) -> bytes:
    """An OpenType font holding only the glyphs that `text` needs (plus the space)."""
    codepoints = sorted({ord(ch) for ch in text if ch.isprintable()} | {0x20})
    return _subset_harfbuzz(path, index, codepoints) or _subset_fonttools(path, index, codepoints)
