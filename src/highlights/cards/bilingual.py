"""In a Chinese article, the paragraphs of its English translation: a bilingual communique's
deck is in one language. (Attendance lines stay: the corpus's editors keep 出席情況 cards.)"""

from __future__ import annotations

import re

from highlights.chars import count_han
from highlights.model import Language

__all__ = ["translations"]

LATIN = re.compile(r"[A-Za-z]")
TRANSLATION_SHARE = 0.8  # of the letters: a paragraph this Latin is in English
TRANSLATED = 2  # English paragraphs: a single one is a quote or a term in a Chinese text


def translations(texts: list[str], language: Language) -> set[int]:
    """Indices of the English paragraphs of a Chinese article that carries its translation."""
    if language == "en":
        return set()
    english = {i for i, text in enumerate(texts) if _english(text)}
    return english if len(english) >= TRANSLATED else set()


def _english(text: str) -> bool:
    latin = len(LATIN.findall(text))
    words = len(text.split())
    return words >= 4 and latin >= TRANSLATION_SHARE * (latin + count_han(text))
