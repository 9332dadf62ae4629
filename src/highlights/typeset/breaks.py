"""Break opportunities: UAX #14 (uniseg) plus the W3C clreq prohibitions, and BudouX phrases.

A *unit* is the smallest run of text that must stay on one line. Lines may only break between
units. UAX #14 already forbids most bad breaks; clreq adds what it leaves open for Chinese.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Sequence
from typing import cast

import budoux
from uniseg.linebreak import line_break_units

from highlights.chars import is_han
from highlights.model import Language

# clreq §3.1.7: marks that may not start a line (closing brackets, stops, commas, ellipsis…).
NO_START = frozenset(
    "，。、；：？！）」』》〉】〕｝〗〙〛”’…‥·・〜～%‰℃°'\",.;:?!)]}"
    "﹐﹒﹔﹕﹖﹗﹚﹜﹞︰︶︸︺︼︾﹀﹂﹄ゝゞヽヾ々〻ー"
)
# …and marks that may not end a line (opening brackets, currency before a figure).
NO_END = frozenset("（「『《〈【〔｛〖〘〚“‘([{¥$£€#﹙﹛﹝")
# Full-width opening marks: their ink sits on the right half of the em.
OPENING = frozenset("（「『《〈【〔｛〖“‘")
# Marks drawn on a full-width body whose empty half may be compressed.
FULLWIDTH_PUNCT = frozenset("，。、；：？！（）「」『』《》〈〉【】〔〕｛｝〖〗“”‘’")

# Structural particles (and 們): a line never starts with one standing alone.
PARTICLES = frozenset("的了地得着著過过們们")
_NUMERALS = frozenset("〇零一二三四五六七八九十百千萬万億亿兩两第0123456789")
_PLAIN_WORD = re.compile(r"[0-9A-Za-z]+")  # one unit whatever its length: no need to ask uniseg
_WORDLIKE = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]")


def _is_wordlike(ch: str) -> bool:
    return bool(_WORDLIKE.match(ch))


def _glued(prev: str, nxt: str) -> bool:
    """True when no line break may fall between the units `prev` and `nxt`."""
    if not prev or not nxt:
        return False
    if nxt[0] in NO_START or prev[-1] in NO_END:
        return True
    # ——, …… and ‥‥ are one mark drawn with two characters: never split them.
    if prev[-1] == nxt[0] and nxt[0] in "—…‥─":
        return True
    # Latin words, numbers and URLs: UAX #14 breaks after "-" or "/", we keep them whole.
    return (_is_wordlike(prev[-1]) or prev[-1] in "-/._") and _is_wordlike(nxt[0])


def _segments(text: str) -> list[str]:
    """Cut between two Han ideographs (UAX #14: ID ÷ ID, whatever surrounds them).

    uniseg is pure Python and slow (~1 ms a character); asking it only about the stretches
    that hold punctuation, digits or Latin gives the same answer many times faster.
    """
    out: list[str] = []
    start = 0
    for i in range(1, len(text)):
        if is_han(text[i - 1]) and is_han(text[i]):
            out.append(text[start:i])
            start = i
    out.append(text[start:])
    return out


@functools.lru_cache(maxsize=4096)
def _units(text: str) -> tuple[str, ...]:
    units: list[str] = []
    for segment in _segments(text):
        plain = len(segment) == 1 or _PLAIN_WORD.fullmatch(segment)
        for unit in (segment,) if plain else line_break_units(segment):
            if units and _glued(units[-1], unit):
                units[-1] += unit
            else:
                units.append(unit)
    return tuple(units)


def break_units(text: str) -> list[str]:
    """Split `text` into unbreakable units; joining them gives `text` back unchanged."""
    return list(_units(text)) if text else []


@functools.cache
def _parser() -> budoux.Parser:
    return budoux.load_default_simplified_chinese_parser()


@functools.cache
def _t2s() -> Callable[[str], str]:
    import opencc  # only titles need it; loaded on first use

    return cast(Callable[[str], str], opencc.OpenCC("t2s").convert)


def _boundaries(words: Sequence[str]) -> set[int]:
    cuts: set[int] = set()
    pos = 0
    for k, word in enumerate(words):
        pos += len(word)
        # Both split 十二|屆: keep a numeral with the measure word that follows it.
        counted = k + 1 < len(words) and len(words[k + 1]) == 1
        if not (counted and all(ch in _NUMERALS for ch in word)):
            cuts.add(pos)
    return cuts


def phrase_units(text: str, language: Language) -> list[str]:
    """Units for titles: break only at a phrase boundary that UAX #14 allows.

    BudouX's Traditional model splits official titles badly (促進創|新鏈), so Traditional text is
    read through OpenCC's character-for-character t2s with the Simplified model, and a boundary
    must also be a jieba word boundary.
    """
    if language == "en" or not text:
        return break_units(text)
    probe = _probe(text, language)
    cuts = _boundaries(_parser().parse(probe)) & line_breaks(text, language)
    return merge_at(break_units(text), lambda end: end in cuts)


def _probe(text: str, language: Language) -> str:
    probe = _t2s()(text) if language == "zh-Hant" else text
    return probe if len(probe) == len(text) else text


@functools.lru_cache(maxsize=2048)
def _words(text: str, language: Language) -> tuple[str, ...]:
    import jieba  # slow to import and to load its dictionary: loaded on first use

    jieba.setLogLevel(logging.WARNING)
    return tuple(jieba.cut(_probe(text, language), HMM=False))


@functools.lru_cache(maxsize=2048)
def word_ends(text: str, language: Language) -> frozenset[int]:
    """Offsets where a jieba word ends: the breaks a reader does not notice (人才, not 人|才)."""
    if language == "en":
        return frozenset(range(len(text) + 1))
    words = _words(text, language)
    # Runs of one-character words are jieba not knowing a word (減|污|降|碳, a name 楊|德|強):
    # keep them whole.
    ends: set[int] = set()
    pos = 0
    for k, word in enumerate(words):
        pos += len(word)
        unknown = len(word) == 1 and k + 1 < len(words) and len(words[k + 1]) == 1
        if not (unknown and is_han(word) and is_han(words[k + 1])):
            ends.add(pos)
    return frozenset(ends & _boundaries(words))


@functools.lru_cache(maxsize=2048)
def line_breaks(text: str, language: Language) -> frozenset[int]:
    """Word ends where a body line may break: not before a structural particle (的 了 地 得
    着 過 們 alone), and not between a figure and its unit (737|萬人, 2001|年, 3000|米)."""
    if language == "en":
        return frozenset(range(len(text) + 1))
    ends = set(word_ends(text, language))
    pos = 0
    for word in _words(text, language):
        if pos and (word in PARTICLES or (text[pos - 1].isdigit() and is_han(text[pos]))):
            ends.discard(pos)
        pos += len(word)
    return frozenset(ends)


def word_units(text: str, language: Language) -> list[str]:
    """Units for body text: UAX #14 and clreq units merged so that a line breaks only where
    `line_breaks` allows (a unit wider than the line is still cut where it must be)."""
    if language == "en" or not text:
        return break_units(text)
    cuts = line_breaks(text, language)
    return merge_at(break_units(text), lambda end: end in cuts)


def keep_together(units: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[str]:
    """Merge units so that no line breaks inside any of `spans` (short highlighted terms)."""
    return merge_at(units, lambda end: not any(a < end < b for a, b in spans))


def merge_at(units: Sequence[str], keep_break: Callable[[int], bool]) -> list[str]:
    """Merge units, keeping a break after a unit only where `keep_break(offset)` holds."""
    merged: list[str] = []
    pos = 0
    open_unit = False
    for unit in units:
        if merged and open_unit:
            merged[-1] += unit
        else:
            merged.append(unit)
        pos += len(unit)
        open_unit = not keep_break(pos)
    return merged
