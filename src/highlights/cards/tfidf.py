"""jieba's TF-IDF keywords (`jieba.analyse.extract_tags` with `allowPOS`) in far less memory.

`import jieba.analyse` loads jieba.posseg: a 350k-word tag dict and its POS HMM, executed from
10 MB of Python source, plus a 270k-word IDF dict (~130 MB together). This is the same
algorithm over the same data (jieba's dict.txt, idf.txt and posseg pickles), with the two word
files kept as bytes plus a hash index of line offsets (~20 MB). The tokenizer is jieba's own
(`jieba.dt`), which the cards load anyway. Ported from jieba 0.42.1 (MIT licence).
"""

from __future__ import annotations

import functools
import pickle
import re
import zlib
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jieba

from highlights.cards.jiebadict import install
from highlights.cards.wordcache import cached_array

install()  # jieba's dictionary in ~20 MB, not ~70 (jiebadict.py)

# jieba.analyse.tfidf.KeywordExtractor.STOP_WORDS
STOP_WORDS = frozenset((
    "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as",
    "on", "with", "can", "if", "from", "which", "you", "it", "this", "then", "at", "have", "all",
    "not", "one", "has", "or",
))
# jieba.posseg's block patterns
_HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_HAN_DETAIL = re.compile(r"([\u4E00-\u9FD5]+)")
_MIN_FLOAT = -3.14e100
_MIN_INF = float("-inf")
_WORD = re.compile(rb"^(\S+) ", re.MULTILINE)  # a line's word
_EMPTY = 0xFFFFFFFF


class WordTable:
    """A jieba word file (`word … value` lines) with a hash index of line offsets, ~10 MB where
    a dict takes ~50; built without a list of its lines. Later lines win, as in jieba."""

    def __init__(self, path: Path) -> None:
        self._data = path.read_bytes()
        size = 1 << (2 * self._data.count(b"\n") + 2).bit_length()  # at most half full
        self._mask = size - 1
        self._slots = cached_array(path, "slots", "I", lambda: self._build(size), size)

    def _build(self, size: int) -> array:  # type: ignore[type-arg]
        self._slots = array("I", [_EMPTY]) * size
        for match in _WORD.finditer(self._data):
            word = match.group(1)
            self._slots[self._find(word)] = match.start(1)
        return self._slots

    def _find(self, word: bytes) -> int:
        """The slot holding `word`, or the empty slot where it belongs."""
        i = zlib.crc32(word) & self._mask
        while (start := self._slots[i]) != _EMPTY:
            if self._data.startswith(word + b" ", start):
                return i
            i = (i + 1) & self._mask
        return i

    def _value(self, start: int) -> bytes:
        end = self._data.find(b"\n", start)
        return self._data[start : None if end < 0 else end].strip().split(b" ")[-1]

    def get(self, word: str) -> bytes | None:
        """The last field of the word's line (its tag, or its IDF weight)."""
        start = self._slots[self._find(word.encode())]
        return None if start == _EMPTY else self._value(start)

    def values(self) -> Iterator[bytes]:
        return (self._value(start) for start in self._slots if start != _EMPTY)


@functools.cache
def _tags() -> WordTable:
    """posseg's word_tag_tab: the POS tag of each dictionary word."""
    return WordTable(Path(jieba.dt.dictionary or Path(jieba.__file__).parent / "dict.txt"))


def word_tag(word: str) -> str:
    """The word's part of speech in jieba's dictionary (`p` for a preposition), or ``."""
    tag = _tags().get(word)
    return tag.decode() if tag else ""


@functools.cache
def _idf() -> tuple[WordTable, float]:
    """idf.txt and its median, as jieba.analyse.tfidf.IDFLoader computes them."""
    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    table = WordTable(path)

    def median() -> array:  # type: ignore[type-arg]
        values = sorted(float(value) for value in table.values())
        return array("d", [values[len(values) // 2]])

    return table, cached_array(path, "median", "d", median, 1)[0]


@functools.cache
def _hmm() -> tuple[Any, ...]:
    """posseg's HMM (char states, start, transition, emission) from jieba's own pickles."""
    folder = Path(jieba.__file__).parent / "posseg"
    names = ("char_state_tab", "prob_start", "prob_trans", "prob_emit")
    return tuple(pickle.loads((folder / f"{name}.p").read_bytes()) for name in names)


def _viterbi(obs: str) -> list[tuple[str, str]]:
    """jieba.posseg.viterbi.viterbi: the (B/M/E/S, tag) state of each character."""
    states, start_p, trans_p, emit_p = _hmm()
    v: list[dict[Any, float]] = [{}]
    mem_path: list[dict[Any, Any]] = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):
        v[0][y] = start_p[y] + emit_p[y].get(obs[0], _MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        v.append({})
        mem_path.append({})
        prev_states = [x for x in mem_path[t - 1] if len(trans_p[x]) > 0]
        expect_next = {y for x in prev_states for y in trans_p[x]}
        obs_states = set(states.get(obs[t], all_states)) & expect_next
        if not obs_states:
            obs_states = expect_next if expect_next else set(all_states)
        for y in obs_states:
            emit = emit_p[y].get(obs[t], _MIN_FLOAT)
            prob, state = max(
                (v[t - 1][y0] + trans_p[y0].get(y, _MIN_INF) + emit, y0) for y0 in prev_states
            )
            v[t][y] = prob
            mem_path[t][y] = state
    _, state = max((v[-1][y], y) for y in mem_path[-1])
    route: list[Any] = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem_path[i][state]
    return route


def _hmm_words(sentence: str) -> Iterator[tuple[str, str]]:
    """POSTokenizer.__cut: words and tags the HMM finds in a run of Han characters."""
    pos_list = _viterbi(sentence)
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            yield sentence[begin : i + 1], pos_list[i][1]
            nexti = i + 1
        elif pos == "S":
            yield char, pos_list[i][1]
            nexti = i + 1
    if nexti < len(sentence):
        yield sentence[nexti:], pos_list[nexti][1]


# characters: a longer run that the dictionary cuts into single characters is no prose (a
# character repeated, a run of rare ones) and the HMM, ~1.5 ms a character, would take minutes
HMM_MOST = 200


def _unknown(buf: str, allowed: frozenset[str]) -> Iterator[str]:
    """POSTokenizer.__cut_detail, keeping the allowed words (digits and Latin never are)."""
    for block in _HAN_DETAIL.split(buf):
        if _HAN_DETAIL.match(block) and len(block) <= HMM_MOST:
            yield from (word for word, tag in _hmm_words(block) if tag in allowed)


def _block_words(block: str, allowed: frozenset[str]) -> Iterator[str]:
    """POSTokenizer.__cut_DAG, keeping only the words tagged with an allowed POS."""
    dag = jieba.dt.get_DAG(block)
    route: dict[int, tuple[float, int]] = {}
    jieba.dt.calc(block, dag, route)
    tags = _tags()
    x, buf = 0, ""
    while x < len(block):
        y = route[x][1] + 1
        if y - x == 1:
            buf += block[x]
        else:
            yield from _flush(buf, tags, allowed)
            buf = ""
            if _tagged(tags, block[x:y], allowed):
                yield block[x:y]
        x = y
    yield from _flush(buf, tags, allowed)


def _tagged(tags: WordTable, word: str, allowed: frozenset[str]) -> bool:
    tag = tags.get(word)
    return tag is not None and tag.decode() in allowed


def _flush(buf: str, tags: WordTable, allowed: frozenset[str]) -> Iterator[str]:
    """A run of single characters: one word, HMM words when unknown, else single characters
    (which are never keywords)."""
    if len(buf) == 1:
        if _tagged(tags, buf, allowed):
            yield buf
    elif buf and not jieba.dt.FREQ.get(buf):
        yield from _unknown(buf, allowed)


def extract_tags(sentence: str, top: int, allow_pos: tuple[str, ...]) -> list[str]:
    """`jieba.analyse.extract_tags(sentence, topK=top, allowPOS=allow_pos)`, same result."""
    allowed = frozenset(allow_pos)
    freq: dict[str, float] = {}
    for block in _HAN_INTERNAL.split(sentence):
        if not _HAN_INTERNAL.match(block):
            continue  # spaces and punctuation: tagged x, m or eng
        for word in _block_words(block, allowed):
            if len(word.strip()) < 2 or word.lower() in STOP_WORDS:
                continue
            freq[word] = freq.get(word, 0.0) + 1.0
    total = sum(freq.values())
    table, median = _idf()
    for word in freq:
        idf = table.get(word)
        freq[word] *= (float(idf) if idf is not None else median) / total
    return sorted(freq, key=freq.__getitem__, reverse=True)[:top]
