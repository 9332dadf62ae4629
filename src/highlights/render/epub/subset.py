"""Subset a CJK face to the characters of one text, for embedding in the EPUB.

HarfBuzz's subsetter (uharfbuzz, which bundles its own HarfBuzz) takes ~0.1 s on a 20 MB Noto
CJK collection; fontTools takes ~6 s, so it is only the fallback for a face HarfBuzz refuses.
"""

from __future__ import annotations

import io
from pathlib import Path

# Kept beside the subsetters' default features: the stylesheet sets English with
# `font-variant-east-asian: proportional-width` (pwid: Latin quotes, not the full-width ’ of
# "That’ s"), and hwid/fwid are its siblings. Dropped, the reader falls back to full widths.
EXTRA_FEATURES = ("pwid", "fwid", "hwid")


def _subset_harfbuzz(path: Path, index: int, codepoints: list[int]) -> bytes | None:
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(path), index)
    plan = hb.SubsetInput()
    plan.unicode_set.update(codepoints)
    # No hinting (screens and e-readers hint CJK themselves) and plain charstrings: smaller.
    plan.flags = hb.SubsetFlags.NO_HINTING | hb.SubsetFlags.DESUBROUTINIZE
    plan.layout_feature_tag_set.update(int.from_bytes(t.encode("ascii"), "big")
                                       for t in EXTRA_FEATURES)
    result = hb.subset(face, plan)
    if result is None:
        return None
    data: bytes = result.blob.data
    return data or None


def _subset_fonttools(path: Path, index: int, codepoints: list[int]) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = [*options.layout_features, *EXTRA_FEATURES]
    with TTFont(path, fontNumber=index) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints)
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.save(buffer)
    return buffer.getvalue()


_JOINERS = frozenset("\u200c\u200d")  # not printable, yet emoji sequences are shaped with them


def subset_font(path: Path, index: int, text: str) -> bytes:
    """An OpenType font holding only the glyphs that `text` needs (plus the space)."""
    keep = {ord(ch) for ch in text if ch.isprintable() or ch in _JOINERS}
    codepoints = sorted(keep | {0x20})
    return _subset_harfbuzz(path, index, codepoints) or _subset_fonttools(path, index, codepoints)
