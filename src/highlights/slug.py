"""Output folder names: ASCII, readable, stable for a source, unique per source, never a path."""

from __future__ import annotations

import re
import unicodedata

from highlights.chars import has_han

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_WORDS_LEN = 48


def _romanise(title: str) -> str:
    if not has_han(title):
        return title
    from pypinyin import lazy_pinyin  # imported lazily: its dictionary takes a moment to load

    return " ".join(lazy_pinyin(title, errors="default"))


def make_slug(title: str, source_sha256: str) -> str:
    """`zhong-gong-zi-gong-...-3f2a9c1d`: pinyin or ASCII-folded title plus a short content hash.

    The hash makes it unique per source; only [a-z0-9-] survive, so no title can form a path.
    """
    folded = unicodedata.normalize("NFKD", _romanise(title)).encode("ascii", "ignore").decode()
    words = _NOT_SLUG.sub("-", folded.lower()).strip("-")
    if len(words) > MAX_WORDS_LEN:
        words = words[:MAX_WORDS_LEN].rsplit("-", 1)[0] or words[:MAX_WORDS_LEN]
    digest = source_sha256[:8].lower()
    if not re.fullmatch(r"[0-9a-f]{8}", digest):
        raise ValueError("source_sha256 must be a hex digest")
    return f"{words}-{digest}" if words else f"article-{digest}"
