"""Marks left inside the words by captioning and by copy-protection, not by the writer.

Live captions carry the caption editor's cue marks (`Minneapolis begins# the long healing
process in the## wake of…`); a reposting site pads a headline with asterisks (`…指导处置******`).
Neither is writing: a `#` right after a small letter or a mark and before a space is no hashtag
(`#word`) and no language name (`C#`, a capital), and four asterisks or more say nothing.
"""

from __future__ import annotations

import re

from highlights.normalise.fix import Fix

_CUE = re.compile(r"(?<=[a-z.,:;?!])#{1,2}(?=\s|$)")
_STARS = re.compile(r"\s*\*{4,}\s*")


def drop_caption_marks(text: str) -> Fix:
    """`begins# the` → `begins the`; `处置******` → `处置` (a line of stars alone stays for the
    chrome rules, which report it as a separator)."""
    new, cues = _CUE.subn("", text)
    if _STARS.fullmatch(new):
        return Fix(new, cues)
    new, stars = _STARS.subn(lambda m: " " if m.start() > 0 and m.end() < len(new) else "", new)
    return Fix(new, cues + stars)
