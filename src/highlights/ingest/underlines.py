"""A plain-text heading underlined to its own length (`On Constitutional Development` over
`-----------------------------`), as a setext heading is set; a rule of another length divides
the text, it heads nothing."""

from __future__ import annotations

import re

__all__ = ["underlined_heading"]

_UNDERLINE = re.compile(r"^(?:-{3,}|={3,})$")
HEADING_MAX = 80  # characters: a longer line is a paragraph, whatever is under it
_ENDS = tuple("。！？；：.!?;:…”’」』)）")  # a sentence's end: no heading


def underlined_heading(line: str, below: str) -> bool:
    """Whether `below` underlines `line`, its heading."""
    if not _UNDERLINE.match(below) or not line or len(line) > HEADING_MAX:
        return False
    ends = line.endswith(_ENDS) or bool(_UNDERLINE.match(line))
    return not ends and abs(len(below) - len(line)) <= max(2, len(line) // 5)
