"""Remove pinyin glosses such as 產(chǎn) or 黨(dang)(dang) that scrapers leave after Han.

A gloss is a parenthesised lowercase pinyin syllable (zhon's syllable grammar) right after a Han
character. Tone-marked or numbered syllables are unambiguous; a toneless one (`(an)`, `(men)`)
is removed only when it is a reading of the character before it (pypinyin's dictionary), so
English words and labels in brackets survive.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin.constants import PINYIN_DICT
from zhon.pinyin import accented_word, syllable

from highlights.normalise.fix import HAN, Fix

_SYLLABLE = re.compile(syllable)
_WORD = re.compile(accented_word)
_TONE_MARKS = {"\u0300", "\u0301", "\u0304", "\u030c"}  # grave, acute, macron, caron
# A Han character, perhaps one space, then bracketed groups in ASCII or full-width parens.
# The space matters for idempotence: punctuation later drops spaces before "（".
_RUN = re.compile(rf"(?<=[{HAN}])( ?)((?:[(（][^()（）\n]{{1,24}}[)）])+)")
_GROUP = re.compile(r"[(（]([^()（）\n]{1,24})[)）]")


def _toneless(syl: str) -> str:
    decomposed = unicodedata.normalize("NFD", syl.rstrip("012345"))
    kept = "".join(ch for ch in decomposed if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", kept).replace("v", "ü")


def _has_tone(syl: str) -> bool:
    return syl[-1:].isdigit() or any(ch in _TONE_MARKS for ch in unicodedata.normalize("NFD", syl))


@lru_cache(maxsize=8192)
def readings(han: str) -> frozenset[str]:
    """Toneless readings of one Han character, e.g. 黨 → {dang, tang, cheng}."""
    raw = PINYIN_DICT.get(ord(han), "")
    return frozenset(_toneless(r) for r in raw.split(",") if r)


def is_gloss(han: str, inner: str) -> bool:
    """True when `inner` (the text inside the brackets) is a pinyin gloss of `han`."""
    inner = unicodedata.normalize("NFC", inner.strip())
    if not inner or inner != inner.lower() or " " in inner:
        return False
    if _SYLLABLE.fullmatch(inner):
        return _has_tone(inner) or _toneless(inner) in readings(han)
    # A whole tone-marked word such as (píngguǒ) is pinyin too; a toneless word may be English.
    return _has_tone(inner) and _WORD.fullmatch(inner) is not None


def remove_glosses(text: str) -> Fix:
    removed = 0

    def strip(match: re.Match[str]) -> str:
        nonlocal removed
        han = text[match.start() - 1]
        space, run = match.group(1), match.group(2)
        pos = 0
        for group in _GROUP.finditer(run):
            if group.start() != pos or not is_gloss(han, group.group(1)):
                break
            pos = group.end()
            removed += 1
        if pos == 0:
            return match.group(0)
        return space + run[pos:] if run[pos:] else ""

    new = _RUN.sub(strip, text)
    while removed and new != text:  # `中(chǎn) (chǎn)`: a gloss freed by the first pass
        text = new
        before = removed
        new = _RUN.sub(strip, text)
        if removed == before:
            break
    return Fix(new, removed)
