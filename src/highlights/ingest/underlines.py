"""A plain-text heading underlined to its own length (`On Constitutional Development` over
`-----------------------------`), as a setext heading is set; a rule of another length divides
the text, it heads nothing. A line set in bold alone, `**Climate Ambition Summit`, its closing
marks lost or not, heads what follows too."""

from __future__ import annotations

import re

__all__ = ["bold_heading", "underlined_heading"]

_UNDERLINE = re.compile(r"^(?:-{3,}|={3,})$")
HEADING_MAX = 80  # characters: a longer line is a paragraph, whatever is under it
_ENDS = tuple("。！？；：.!?;:…”’」』)）")  # a sentence's end: no heading


def underlined_heading(line: str, below: str) -> bool:
    """Whether `below` underlines `line`, its heading."""
    if not _UNDERLINE.match(below) or not line or len(line) > HEADING_MAX:
        return False
    ends = line.endswith(_ENDS) or bool(_UNDERLINE.match(line))
    return not ends and abs(len(below) - len(line)) <= max(2, len(line) // 5)


_BOLD = re.compile(r"^\*\*(?P<text>[^*]+?)(?:\*\*)?$")


def bold_heading(line: str) -> str | None:
    """The heading a line set in bold alone gives, or None."""
    m = _BOLD.match(line)
    text = m["text"].strip() if m else ""
    if not text or len(text) > HEADING_MAX or text.endswith(_ENDS):
        return None
    return text
