"""Anti-copy noise: runs of random one- or two-character ASCII tokens (`g9 L4 {! K' f K5`)
that a forum page hides between the words of a reposted article (Discuz! "jammer" text). A
copy of the page carries them in plain sight, in the middle of sentences and headings.

A run is noise only when it could not be writing: at least four tokens, in a line that has
Chinese, mixing three kinds of character (digits, small and capital letters, punctuation), with
punctuation in at least two of its tokens. Emoticons, spaced figures and short code stay.
"""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN
from highlights.normalise.mojibake import Repair

_TOKEN = r"[!-~]{1,2}"
_RUN = re.compile(rf"(?<![!-~]){_TOKEN}(?: {_TOKEN}){{3,}}(?![!-~])")
_HAN = re.compile(f"[{HAN}]")
_PUNCT = re.compile(r"[^0-9A-Za-z]")
_KINDS = (re.compile(r"[0-9]"), re.compile(r"[a-z]"), re.compile(r"[A-Z]"), _PUNCT)
MIN_KINDS = 3
MIN_PUNCTUATED = 2


def _is_noise(run: str) -> bool:
    tokens = run.split(" ")
    kinds = sum(bool(kind.search(run.replace(" ", ""))) for kind in _KINDS)
    punctuated = sum(bool(_PUNCT.search(token)) for token in tokens)
    return kinds >= MIN_KINDS and punctuated >= MIN_PUNCTUATED


def strip_jammer(text: str) -> tuple[str, list[Repair]]:
    """The text without anti-copy noise, and one repair to report per run taken out."""
    if not _HAN.search(text):
        return text, []
    runs = [m for m in _RUN.finditer(text) if _is_noise(m[0])]
    if not runs:
        return text, []
    kept, last = [], 0
    for m in runs:
        kept.append(text[last : m.start()])
        last = m.end()
    kept.append(text[last:])
    cleaned = re.sub(r" {2,}", " ", "".join(kept)).strip()
    return cleaned, [Repair(m.start(), m.end(), m[0], "", "anti-copy noise") for m in runs]
