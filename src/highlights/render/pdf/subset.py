"""WeasyPrint's font subsetting in one HarfBuzz pass instead of two, for the same bytes.

WeasyPrint 70 subsets every embedded face twice: first to the glyphs used, keeping their ids
(RETAIN_GIDS), then the result again to the glyphs `0..max(used)` with hinting dropped, "to
drop empty glyphs after the last one used". HarfBuzz's first pass already ends the glyph table
at the last glyph kept, so the second only drops the hinting, which the first can do itself.
A Noto CJK face has ~63,000 glyphs and each pass walks them all: on the sample the three faces
took 105 ms of a 500 ms PDF, and with one pass the PDF renders in 432 ms (`render_format`
in-process, best of 5, 2026-12-04; `make bench`'s pdf stage shows it), byte for byte the same.

`use_one_pass()` replaces `Font._harfbuzz_subset` once per process, after checking that
WeasyPrint's method is the one this was written for (it changes nothing otherwise); a face the
single pass fails on goes through WeasyPrint's own two passes. HIGHLIGHTS_PDF_SUBSET=weasyprint
keeps WeasyPrint's method.
"""

from __future__ import annotations

import dis
import os
import threading
from typing import Any

SWITCH = "HIGHLIGHTS_PDF_SUBSET"
_DROPPED = (
    b"BASE",
    b"DSIG",
    b"EBDT",
    b"EBLC",
    b"EBSC",
    b"GPOS",
    b"GSUB",
    b"JSTF",
    b"LTSH",
    b"PCLT",
    b"SVG ",
)  # WeasyPrint's list: tables a PDF viewer never reads
_lock = threading.Lock()
_installed = False
_own: Any = None  # WeasyPrint's method, once replaced


def _written_for(method: Any) -> bool:
    """WeasyPrint's two-pass method as of 70: two subset calls, the flags and tables above."""
    code = getattr(method, "__code__", None)
    if code is None:
        return False
    wanted = {
        "HB_SUBSET_FLAGS_RETAIN_GIDS",
        "HB_SUBSET_FLAGS_NO_HINTING",
        "hb_face",
        "HB_SUBSET_FLAGS_DESUBROUTINIZE",
        "HB_SUBSET_FLAGS_NOTDEF_OUTLINE",
        "get_hb_object_data",
        "file_content",
        "missing",
    }
    calls = sum(i.argval == "hb_subset_or_fail" for i in dis.get_instructions(code))
    return wanted <= set(code.co_names) and _DROPPED in code.co_consts and calls == 2


def use_one_pass() -> bool:
    """Install the one-pass subset for WeasyPrint's fonts; True if it is in place."""
    global _installed, _own
    with _lock:
        if _installed:
            return True
        if os.environ.get(SWITCH, "").strip().lower() == "weasyprint":
            return False
        from weasyprint.pdf import fonts

        two_passes: Any = getattr(fonts.Font, "_harfbuzz_subset", None)
        if not _written_for(two_passes):
            return False  # not the WeasyPrint this was written for: leave it alone

        def one_pass(font: Any, to_unicode: Any, hinting: bool) -> None:
            if not _subset_once(font, to_unicode, hinting):
                two_passes(font, to_unicode, hinting)

        _own = two_passes
        fonts.Font._harfbuzz_subset = one_pass
        _installed = True
        return True


def weasyprints_own() -> Any:
    """WeasyPrint's two-pass method, replaced or not (for comparison)."""
    from weasyprint.pdf import fonts

    return _own or fonts.Font._harfbuzz_subset


def _subset_once(font: Any, to_unicode: Any, hinting: bool) -> bool:
    """WeasyPrint's first pass with its second pass's hinting flag; False if HarfBuzz fails."""
    from weasyprint.text.ffi import ffi, harfbuzz, harfbuzz_subset
    from weasyprint.text.fonts import get_hb_object_data

    plan = ffi.gc(
        harfbuzz_subset.hb_subset_input_create_or_fail(), harfbuzz_subset.hb_subset_input_destroy
    )
    glyphs = harfbuzz_subset.hb_subset_input_glyph_set(plan)
    used = ffi.new(f"hb_codepoint_t[{len(to_unicode)}]", sorted(to_unicode))
    harfbuzz.hb_set_add_sorted_array(glyphs, used, len(to_unicode))
    flags = (
        harfbuzz_subset.HB_SUBSET_FLAGS_RETAIN_GIDS
        | harfbuzz_subset.HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED
        | harfbuzz_subset.HB_SUBSET_FLAGS_DESUBROUTINIZE
    )
    if not hinting:
        flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NO_HINTING
    if font.missing:
        flags |= harfbuzz_subset.HB_SUBSET_FLAGS_NOTDEF_OUTLINE
    harfbuzz_subset.hb_subset_input_set_flags(plan, flags)
    drop = harfbuzz_subset.hb_subset_input_set(plan, harfbuzz_subset.HB_SUBSET_SETS_DROP_TABLE_TAG)
    tags = tuple(harfbuzz.hb_tag_from_string(name, -1) for name in _DROPPED)
    harfbuzz.hb_set_add_sorted_array(drop, ffi.new(f"hb_codepoint_t[{len(tags)}]", tags), len(tags))
    face = ffi.gc(harfbuzz_subset.hb_subset_or_fail(font.hb_face, plan), harfbuzz.hb_face_destroy)
    if not face or harfbuzz.hb_face_get_glyph_count(face) != max(to_unicode) + 1:
        return False  # HarfBuzz failed, or left glyphs after the last one used: two passes
    data = get_hb_object_data(face)
    if not data:
        return False
    font.file_content = data
    return True
