"""jieba's prefix dictionary (`Tokenizer.FREQ`) in ~20 MB instead of ~70, loaded in milliseconds.

jieba keeps every word of its dict.txt and every prefix of every word in one Python dict
(~580k str keys): ~70 MB in each process that splits words (the command, the desk, every render
worker, whose line breaking asks jieba) and 0.7 s to load from jieba's marshal cache. This is the
same mapping over dict.txt's bytes: each key an (offset, length) span of the file, its count, and
an open-addressing index (`array`s, built once and cached by `wordcache`). Lookups give the same
answers (`in`, `[]`, `get`; a test compares all of them with jieba's own), so the words jieba
finds are the same; each lookup costs ~1 µs of Python instead of a dict's ~0.05.

`install()` hands it to jieba's default tokenizer unless that has loaded its own already.
HIGHLIGHTS_COMPACT_JIEBA=0 turns it off.
"""

from __future__ import annotations

import os
import re
import threading
import zlib
from array import array
from pathlib import Path
from typing import Any

from highlights.cards.wordcache import cached_array

SWITCH = "HIGHLIGHTS_COMPACT_JIEBA"
_LINE = re.compile(rb"^[ \t]*(\S+) (\d+)", re.MULTILINE)  # jieba: line.strip().split(" ")[:2]


def dict_file() -> Path:
    import jieba

    return Path(jieba.__file__).parent / str(jieba.DEFAULT_DICT_NAME)


class PrefixDict:
    """A read-only mapping from a word or word prefix to its count (0 for a prefix only)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._loaded = False
        self._added: dict[str, int] = {}  # jieba.add_word's, if anyone calls it

    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            self._data = self.path.read_bytes()
            built: dict[str, Any] = {}

            def part(name: str) -> Any:
                if not built:
                    built.update(_build(self._data))
                return built[name]

            self._offsets = cached_array(self.path, "pfx-off", "I", lambda: part("offsets"))
            count = len(self._offsets)
            self._lengths = cached_array(self.path, "pfx-len", "B", lambda: part("lengths"),
                                         count)
            self._counts = cached_array(self.path, "pfx-cnt", "I", lambda: part("counts"), count)
            size = _table_size(count)
            self._slots = cached_array(self.path, "pfx-idx", "I", lambda: part("slots"), size)
            self._total = int(cached_array(self.path, "pfx-tot", "d", lambda: part("total"), 1)[0])
            self._mask = size - 1
            self._loaded = True

    @property
    def total(self) -> int:
        if not self._loaded:
            self._load()
        return self._total

    def _find(self, key: str) -> int:
        """The entry of `key`, or -1."""
        if not self._loaded:
            self._load()
        raw = key.encode()
        n = len(raw)
        data, offsets, lengths, slots = self._data, self._offsets, self._lengths, self._slots
        i = zlib.crc32(raw) & self._mask
        while (entry := slots[i]):
            entry -= 1
            if lengths[entry] == n and data.startswith(raw, offsets[entry]):
                return int(entry)
            i = (i + 1) & self._mask
        return -1

    def get(self, key: str, default: Any = None) -> Any:
        if self._added and key in self._added:
            return self._added[key]
        entry = self._find(key)
        return default if entry < 0 else int(self._counts[entry])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in self._added or self._find(key) >= 0)

    def __getitem__(self, key: str) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return int(found)

    def __setitem__(self, key: str, value: int) -> None:
        self._added[key] = value


def _table_size(count: int) -> int:
    return 1 << (2 * count).bit_length()  # at most half full


def _build(data: bytes) -> dict[str, Any]:
    """The entries of jieba's gen_pfdict over `data`: a later line's count wins, a prefix that
    is no word counts 0; the total sums every line."""
    index: dict[bytes, int] = {}
    offsets, lengths, counts = array("I"), array("B"), array("I")
    total = 0
    for match in _LINE.finditer(data):
        start, word, count = match.start(1), match.group(1), int(match.group(2))
        total += count
        text = word.decode()
        end = 0
        for ch in text:
            end += len(ch.encode())
            key = word[:end]
            entry = index.get(key)
            if entry is None:
                entry = index[key] = len(offsets)
                offsets.append(start)
                lengths.append(end)
                counts.append(0)
            if end == len(word):
                counts[entry] = count
    size = _table_size(len(offsets))
    slots = array("I", [0]) * size
    for key, entry in index.items():
        i = zlib.crc32(key) & (size - 1)
        while slots[i]:
            i = (i + 1) & (size - 1)
        slots[i] = entry + 1
    return {"offsets": offsets, "lengths": lengths, "counts": counts, "slots": slots,
            "total": array("d", [float(total)])}


def install() -> bool:
    """Give jieba's default tokenizer the compact dictionary (before it loads its own); it is
    read on the first lookup, so a process that never splits a word never reads it."""
    if os.environ.get(SWITCH, "1") == "0":
        return False
    import jieba

    tokenizer = jieba.dt
    with tokenizer.lock:
        if isinstance(tokenizer.FREQ, PrefixDict):
            return True
        if tokenizer.initialized or tokenizer.dictionary != jieba.DEFAULT_DICT:
            return False  # loaded already, or another dictionary: leave it
        tokenizer.__class__ = _compact_tokenizer()
        tokenizer.FREQ = PrefixDict(dict_file())
        tokenizer.initialized = True
    return True


def _compact_tokenizer() -> type:
    """jieba's Tokenizer whose `total` is the compact dictionary's (read when first used)."""
    import jieba

    class CompactTokenizer(jieba.Tokenizer):  # type: ignore[misc]
        @property
        def total(self) -> int:
            return self.FREQ.total if isinstance(self.FREQ, PrefixDict) else self._total

        @total.setter
        def total(self, value: int) -> None:
            self._total = value

    return CompactTokenizer
