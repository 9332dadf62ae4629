"""Which characters are Han, and which are wide: the one set of predicates every stage uses.

Han is Unicode's Script=Han (the `regex` module's `\\p{Han}`): every CJK block, the
compatibility ideographs and the supplementary planes (U+20000 and up, where rare names and
place names live), plus 〇 and 々. Wide is East Asian Width W or F, and the ambiguous marks
from U+2000 on (“”…—), which a Chinese font draws full width.
"""

from __future__ import annotations

import functools
import unicodedata

import regex  # type: ignore[import-untyped]  # a dependency of dateparser; no stubs

HAN = regex.compile(r"\p{Han}")
HAN_RUN = regex.compile(r"\p{Han}+")
# For patterns written for the standard `re` module: the same ideographs as ranges.
HAN_RANGES = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


@functools.lru_cache(maxsize=8192)  # asked per character while breaking lines
def is_han(ch: str) -> bool:
    """One character of Script=Han."""
    return HAN.fullmatch(ch) is not None


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


def count_han(text: str) -> int:
    return len(HAN.findall(text))


def is_cjk(ch: str) -> bool:
    """Han, or CJK punctuation (U+3000–U+303F): text that joins its lines with no space."""
    return is_han(ch) or "\u3000" <= ch <= "\u303f"


def is_wide(ch: str) -> bool:
    """Drawn on a full em: East Asian Width W or F, or an ambiguous mark from U+2000 on."""
    width = unicodedata.east_asian_width(ch)
    return width in "WF" or (width == "A" and ord(ch) >= 0x2000)


def display_width(text: str) -> float:
    """Width in ems: wide characters count 1, the others (Latin, digits) half."""
    return sum(1.0 if is_wide(ch) else 0.5 for ch in text)


def title_case(text: str) -> bool:
    """`Preparations for Next Moonwalk Simulations Underway (and Underwater)`: a headline, not
    a sentence, though it ends with a bracket."""
    words = [w for w in _EN_WORD.findall(text) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_EN_WORD = regex.compile(r"[A-Za-z][A-Za-z'’-]*")


def narrow(text: str) -> str:
    """Full-width forms folded to their ASCII look-alikes (`：` → `:`): a line and the same line
    after punctuation was made full width compare equal."""
    return unicodedata.normalize("NFKC", text)
