"""The shape every rule returns: the new text and how many changes it made."""

from __future__ import annotations

from typing import NamedTuple

# Han ideographs (BMP, extension A, compatibility, supplementary planes).
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


class Fix(NamedTuple):
    text: str
    changes: int


def is_han(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
    )


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
