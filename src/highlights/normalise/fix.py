"""The shape every rule returns: the new text and how many changes it made."""

from __future__ import annotations

from typing import NamedTuple

from highlights.chars import HAN_RANGES as HAN  # for the rules' `re` patterns
from highlights.chars import is_han

__all__ = ["HAN", "Fix", "is_chinese", "is_cjk_punct", "is_han"]


class Fix(NamedTuple):
    text: str
    changes: int


def is_cjk_punct(ch: str) -> bool:
    """Full-width Chinese punctuation, brackets and quotes."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF0F
        or 0xFF1A <= o <= 0xFF20
        or ch in ("“”‘’—…·「」『』《》〈〉（）［］｛｝｜～")
    )


def is_chinese(ch: str) -> bool:
    return is_han(ch) or is_cjk_punct(ch)
