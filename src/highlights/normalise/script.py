"""Script: convert with OpenCC on request, and tell Traditional, Simplified and English apart."""

from __future__ import annotations

from functools import lru_cache

import opencc

from highlights.model import Language
from highlights.normalise.fix import Fix, is_han
from highlights.settings import Script

# OpenCC configurations per --script value. "keep" converts nothing.
_CONFIGS: dict[Script, str] = {"hans": "t2s", "hant": "s2t", "tw": "s2twp", "hk": "s2hk"}


@lru_cache(maxsize=8)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert_script(text: str, script: Script) -> Fix:
    """Return the converted text and how many characters changed."""
    config = _CONFIGS.get(script)
    if config is None or not text:
        return Fix(text, 0)
    new = str(_converter(config).convert(text))
    changed = sum(1 for a, b in zip(text, new, strict=False) if a != b) + abs(len(new) - len(text))
    return Fix(new, changed)


def detect_language(text: str) -> Language:
    """'en' unless Han characters dominate; then Traditional vs Simplified by which characters
    OpenCC would change (a Traditional text has characters that t2s rewrites, and vice versa)."""
    han = "".join(ch for ch in text if is_han(ch))
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if len(han) * 3 < latin:  # one Han character carries about as much as a 3-letter word
        return "en"
    if not han:
        return "en"
    to_simplified = str(_converter("t2s").convert(han))
    to_traditional = str(_converter("s2t").convert(han))
    traditional = sum(1 for a, b in zip(han, to_simplified, strict=False) if a != b)
    simplified = sum(1 for a, b in zip(han, to_traditional, strict=False) if a != b)
    return (
        "zh-Hant"
        if traditional >= simplified and traditional > 0
        else ("zh-Hans" if simplified > 0 else "zh-Hant")
    )
