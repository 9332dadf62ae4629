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
from typing import NamedTuple

from pypinyin.constants import PINYIN_DICT
from zhon.pinyin import accented_word, syllable

from highlights.normalise.fix import HAN, Fix
from highlights.normalise.mojibake import Repair

_SYLLABLE = re.compile(syllable)
_WORD = re.compile(accented_word)
_TONE_MARKS = {"\u0300", "\u0301", "\u0304", "\u030c"}  # grave, acute, macron, caron
# A Han character, perhaps one space, then bracketed groups in ASCII or full-width parens, then
# perhaps the one space some scrapers put after every gloss (`亞(ya) 洲`) before the next Han.
# The first space matters for idempotence: punctuation later drops spaces before "（".
_RUN = re.compile(rf"(?<=[{HAN}])( ?)((?:[(（][^()（）\n]{{1,24}}[)）])+)( (?=[{HAN}\d]))?")
_GROUP = re.compile(r"[(（]([^()（）\n]{1,24})[)）]")
# A scraper that glosses characters by the dozen may also sow symbols among them (`国(guo)⛦(guo)
# 务院`, `主义(y🎐i)`) and space every gloss off the next character: with at least NOISY glosses
# in a text, symbols between Han characters, brackets and pinyin letters are its noise, and the
# spaces after glosses go when nearly all its glosses have one (a SPACED share).
NOISY = 3
SPACED = 0.8
_SYMBOL = r"[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_NOISE = re.compile(rf"(?<=[{HAN}a-z（()）]){_SYMBOL}+(?=[{HAN}a-z（()）])")


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


class GlossStyle(NamedTuple):
    """How a text's scraper glossed it: with symbols sown among the glosses, and with a space
    after each gloss."""

    noisy: bool = False
    spaced: bool = False


def gloss_style(text: str) -> GlossStyle:
    """The style of a whole document, so that a line with one gloss is read like the others."""
    _, removed, _ = _strip(text, drop_space=False)
    if removed < NOISY:
        return GlossStyle()
    _, removed, spaced = _strip(_NOISE.sub("", text), drop_space=False)
    return GlossStyle(noisy=True, spaced=spaced >= SPACED * removed)


def remove_glosses(text: str, style: GlossStyle | None = None) -> Fix:
    """The text without its pinyin glosses (and the noise and spaces of `style`, by default
    the text's own), and how many glosses and noise symbols went."""
    style = gloss_style(text) if style is None else style
    noise = 0
    if style.noisy:
        text, noise = _NOISE.subn("", text)
    fixed, removed, _ = _strip(text, drop_space=style.spaced)
    return Fix(fixed, removed + noise)


SPOT_MAX = 24  # characters: a report's snippet; glosses further apart are another spot
_WORD_GAP = 2  # characters between glosses that still gloss one word (`走進(jìn)社區(qū)`)


def find_glosses(text: str, style: GlossStyle | None = None) -> list[Repair]:
    """Where `remove_glosses` will remove glosses, one spot per glossed word or phrase, so the
    editor sees the damage that was repaired (`產(chǎn)業(yè)`), not only how many glosses went."""
    if style is not None and style.noisy:
        text = _NOISE.sub("", text)  # the noise goes first, as remove_glosses takes it
    spans: list[tuple[int, int]] = []
    for match in _RUN.finditer(text):
        han = text[match.start() - 1]
        first = _GROUP.match(match.group(2))
        if not first or not is_gloss(han, first.group(1)):
            continue
        start, end = match.start() - 1, match.start(2) + first.end()
        if spans and start - spans[-1][1] <= _WORD_GAP and end - spans[-1][0] <= SPOT_MAX:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return [Repair(s, e, text[s:e], "", "pinyin gloss") for s, e in spans]


def _strip(text: str, drop_space: bool) -> tuple[str, int, int]:
    """The text without its glosses; how many went, and how many had a space after them."""
    removed = spaced = 0

    def strip(match: re.Match[str]) -> str:
        nonlocal removed, spaced
        han = match.string[match.start() - 1]
        space, run, after = match.group(1), match.group(2), match.group(3) or ""
        pos = 0
        for group in _GROUP.finditer(run):
            if group.start() != pos or not is_gloss(han, group.group(1)):
                break
            pos = group.end()
            removed += 1
        if pos == 0:
            return match.group(0)
        if run[pos:]:
            return space + run[pos:] + after
        spaced += bool(after)
        return "" if drop_space else after

    new = _RUN.sub(strip, text)
    while removed and new != text:  # `中(chǎn) (chǎn)`: a gloss freed by the first pass
        text = new
        before = removed
        new = _RUN.sub(strip, text)
        if removed == before:
            break
    return new, removed, spaced
