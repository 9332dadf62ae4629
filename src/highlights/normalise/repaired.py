"""Damage that normalisation repairs, found where it was so that the report names each spot:
pinyin glosses, a forum's anti-copy noise and watermarks, markup and doubled marks, captions'
cue marks. The text is repaired by the rules themselves (cleanup, marks, pinyin); these only
say where."""

from __future__ import annotations

from highlights.normalise.cleanup import jammer_spans
from highlights.normalise.marks import around, mark_spans
from highlights.normalise.mojibake import Repair, find_remnants
from highlights.normalise.pinyin import GlossStyle, find_glosses

__all__ = ["repaired_spots"]

_AROUND = 4  # characters of context each side of a noise run


def repaired_spots(text: str, style: GlossStyle | None = None) -> list[Repair]:
    """Each spot that a later rule repairs, with a little of the text around it."""
    noise = [
        Repair(s, e, text[max(0, s - _AROUND) : e + _AROUND], "", "forum anti-copy noise")
        for s, e in jammer_spans(text)
    ]
    marks = [
        Repair(s, e, around(text, s, e), "", "a caption's cue mark, stars or a watermark")
        for s, e in mark_spans(text)
    ]
    return find_remnants(text) + find_glosses(text, style) + noise + marks
