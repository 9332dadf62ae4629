"""A bilingual page: each paragraph followed by its translation (`汪文斌：昨天，…` / `Wang
Wenbin: Yesterday…`), as a ministry's bilingual transcript or a release in two languages
sets it. The text is the first language's; the translations leave it, reported."""

from __future__ import annotations

import re

from highlights.chars import count_han
from highlights.model import Block, Removal, Report

__all__ = ["drop_translations"]

PAIRS_MIN = 3  # paragraphs followed by their translation: fewer is a quotation or two
SHARE_MIN = 0.5  # …and at least this share of the first language's paragraphs
HAN_MIN = 4  # Han characters that make a paragraph Chinese
_WORD = re.compile(r"[A-Za-z]{2,}")
WORDS_MIN = 3  # English words that make a paragraph English
RUN_MAX = 2  # paragraphs one translation may take (a headline's on two lines)


def _language(text: str) -> str | None:
    han, words = count_han(text), len(_WORD.findall(text))
    if han >= HAN_MIN and han >= words:
        return "zh"
    if han == 0 and words >= WORDS_MIN:
        return "en"
    return None


def drop_translations(finished: list[Block], kept: list[tuple[int, Block]], report: Report) -> None:
    """Drop each paragraph in the second language right after one in the first, once the page
    sets its paragraphs so throughout."""
    languages = [_language(b.text) for b in finished]
    pairs = [
        i
        for i in range(len(finished) - 1)
        if languages[i] and languages[i + 1] and languages[i] != languages[i + 1]
    ]
    if len(pairs) < PAIRS_MIN:
        return
    first = languages[pairs[0]]
    ordered = [i for i in pairs if languages[i] == first]
    if len(ordered) < PAIRS_MIN or len(ordered) < SHARE_MIN * languages.count(first):
        return
    second = {
        j
        for i in ordered
        for j in range(i + 1, min(i + 1 + RUN_MAX, len(finished)))
        if all(languages[k] not in (first, None) for k in range(i + 1, j + 1))
    }
    for j in sorted(second, reverse=True):
        report.count("translation")
        report.removed.append(Removal(rule="translation", text=finished[j].text, block=kept[j][0]))
        del finished[j], kept[j]
