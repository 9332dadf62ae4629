"""Forum markup left in a pasted text (`[align=center][b]2022年[/b]…[/align]`): a forum's
post copied as its source, BBCode and all. Its blocks end a paragraph, its inline tags go,
a link keeps its words and a picture goes."""

from __future__ import annotations

import re

__all__ = ["unbbcoded"]

_TAGS = "b|i|u|s|color|size|font|align|p|indent|backcolor|table|tr|td|list|quote|url|email|hr|float"
# the closing tags that tell BBCode from a text that quotes a bracket or two
_CLOSING = re.compile(rf"\[/(?:{_TAGS}|img|attach)\]", re.IGNORECASE)
MIN_CLOSING = 3
_BLOCK_END = re.compile(r"\[/(?:align|p|quote|list|table|tr|indent|float)\]|\[\*\]|\[br\]", re.I)
_DROPPED = re.compile(r"\[(img|attach)(?:=[^\]]*)?\][^\[]*\[/\1\]", re.IGNORECASE)
_TAG = re.compile(rf"\[/?(?:{_TAGS})(?:=[^\]\n]{{0,80}})?\]", re.IGNORECASE)


def unbbcoded(text: str) -> str:
    """The text without its BBCode; a text with fewer closing tags than that is left as is."""
    if len(_CLOSING.findall(text)) < MIN_CLOSING:
        return text
    text = _DROPPED.sub("", text)
    text = _BLOCK_END.sub("\n", text)
    return "\n".join(line.rstrip() for line in _TAG.sub("", text).split("\n"))
