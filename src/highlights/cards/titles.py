"""Card titles from the card's own words: the shortest clause that carries the card's most
telling word, cut only at clause boundaries, never a pasted pair of keywords.

`會議強調，要加快推進城市更新，協調青年工作，…` → `協調青年工作` when 青年 is the card's
keyword; English: `Expanding access to capital` from `…, expanding access to capital, …`.
"""

from __future__ import annotations

import re

from highlights.cards.text import Piece, display_len, keywords, to_script
from highlights.model import Language

ZH_CLAUSE = re.compile(r"[，,。；;：:！？!?]")  # not 、: a list item is no title
EN_CLAUSE = re.compile(r"[,;:.!?()\"“”]|\s[-–—]\s|\band\b|\bwhich\b|\bwho\b")
# Openers that make a clause read as a sentence fragment, not a title.
ZH_OPENER = re.compile(
    r"^(?:(?:會議|会议|全會|全会|報告|报告|他|她|我們|我们|文章|通知|方案|意見|意见)"
    r"(?:指出|強調|强调|要求|認為|认为|提出|表示|說|说|指|稱|称)?|並|并|同時|同时|還|还|也|"
    r"要|將|将|則|则|而|以|從而|从而|進一步|进一步|此外|另外|其中|目前|今年|近日|今天|當天|当天|據悉|据悉)"
)
_EN_STOP = (
    "the a an and or but of to in on for with by at from as is are was were be been will would "
    "this that these those it its their our we they he she his her has have had said says also"
)
EN_STOP = frozenset(_EN_STOP.split())
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


def phrase_title(pieces: list[Piece], language: Language, limit: float) -> str:
    """A short phrase of the card's own text; a plain label only when nothing fits."""
    text = ("" if language != "en" else " ").join(p.text for p in pieces)
    if language == "en":
        return _english(text, limit) or "Key points"
    # no clause fits: the card's most telling word is still its own words, unlike a label
    word = next((w for w in keywords(text, 3) if display_len(w) >= 2), "")
    return _chinese(text, limit) or word or to_script("要點", language)


def _chinese(text: str, limit: float) -> str:
    clauses = [ZH_OPENER.sub("", c.strip()) for c in ZH_CLAUSE.split(text)]
    clauses = [c for c in clauses if 4 <= display_len(c) <= min(limit, 14)]
    if not clauses:
        return ""
    for word in keywords(text, 5):
        with_word = [c for c in clauses if word in c]
        if with_word:
            return min(with_word, key=lambda c: (abs(display_len(c) - 8), clauses.index(c)))
    return clauses[0]


def _english(text: str, limit: float) -> str:
    words = [w.lower() for w in _EN_WORD.findall(text) if w.lower() not in EN_STOP]
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], words.index(w)))
    clauses = [c.strip() for c in EN_CLAUSE.split(text) if c and c.strip()]
    fitting = [c for c in clauses if 2 <= len(c.split()) <= 7 and display_len(c) <= limit]
    for word in ranked[:5]:
        with_word = [c for c in fitting if word in c.lower()]
        if with_word:
            best = min(with_word, key=lambda c: (abs(len(c.split()) - 4), clauses.index(c)))
            return _capital(best)
    return _capital(fitting[0]) if fitting else ""


def _capital(phrase: str) -> str:
    """First letter up, the rest as written (acronyms such as NASA stay)."""
    phrase = phrase.strip(" -–—'\"")
    return phrase[:1].upper() + phrase[1:]
