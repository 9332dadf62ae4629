"""Arrays built from jieba's word files, kept on disk between processes.

Building the hash index of a word file (`tfidf.WordTable`) walks its 350k lines in Python:
~0.5 s for dict.txt and ~1 s for idf.txt with its median, paid by the first article that needs
keywords in every process (a command, a flow run, the desk). The finished arrays are written
once under the user's cache folder (`$XDG_CACHE_HOME/highlights/words`, or
HIGHLIGHTS_WORD_CACHE) and read back in milliseconds. The key is the source file's path, size
and modification time, so an updated jieba makes new ones; a missing, unreadable or damaged
cache file is built again, and a cache folder that cannot be written only costs the time.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path

from highlights.paths import cache_dir

CACHE_ENV = "HIGHLIGHTS_WORD_CACHE"
VERSION = "1"


def cache_root() -> Path:
    return cache_dir("words", CACHE_ENV)


def _cache_file(source: Path, kind: str, typecode: str) -> Path:
    stat = source.stat()
    key = f"{VERSION}\0{source.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{kind}\0{typecode}"
    return cache_root() / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.{kind}"


def _read(path: Path, typecode: str, length: int | None) -> array | None:  # type: ignore[type-arg]
    try:
        raw = path.read_bytes()
        found = array(typecode)
        found.frombytes(raw)
    except (OSError, ValueError):
        return None
    return found if length is None or len(found) == length else None


def _write(path: Path, found: array) -> None:  # type: ignore[type-arg]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                found.tofile(handle)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: built again next time


def cached_array(
    source: Path,
    kind: str,
    typecode: str,
    build: Callable[[], array],  # type: ignore[type-arg]
    length: int | None = None,
) -> array:  # type: ignore[type-arg]
    """The array `build()` makes from `source`, from the cache when it is there (and holds
    `length` items, when given)."""
    try:
        path = _cache_file(source, kind, typecode)
    except OSError:
        return build()
    found = _read(path, typecode, length)
    if found is None:
        found = build()
        _write(path, found)
    return found
