"""An English card title said as a headline says it, from the card's first sentence: its subject
and verb, cut before a phrase that only adds detail (`The lawsuit began in 2017 when Alison
Taylor sued…` → `Lawsuit began in 2017`). Used where the card's keyword clause names a person,
a place or a time (`Philip Ellison`, `In the same order`), not what happened."""

from __future__ import annotations

import re

from highlights.cards.english import SAYING_WORDS, english_core, unlabelled, without_asides
from highlights.normalise.sentences import EN_ABBREVIATION

__all__ = ["NO_OPENING", "lead_title", "names_no_event"]

MOST_WORDS = 8  # a longer subject-and-verb is cut before a phrase that adds detail
_DETAIL_WORDS = (
    "to that which who whom whose when where while because after before for with by from in on "
    "at of including and but or as amid despite since until under over through into against "
    "between during"
)
_DETAIL = frozenset(_DETAIL_WORDS.split())
# the last word of a verb phrase that needs what follows it (`is produced as part`)
_DANGLING_WORDS = (
    "part back up out such able likely due based used given known total number series lot "
    "variety range host couple kind type sort share majority"
)
_DANGLING = frozenset(_DANGLING_WORDS.split())
_AUX_WORDS = "is are was were has have had will would can could may must should shall"
_AUX = frozenset(_AUX_WORDS.split())
_PAST_WORDS = (
    "began made took gave won met led held set saw told went came became grew rose fell found "
    "left brought built sent spent paid kept struck"
)
_PAST = frozenset(_PAST_WORDS.split())
# who spoke or a word leaning on what came before opens no headline
_NO_OPENING_WORDS = (
    "i we it this that they he she you these those there here our my it's that's there's "
    "thanks thank but and or so yet also"
)
NO_OPENING = frozenset(_NO_OPENING_WORDS.split())
_WEAK_END_WORDS = (
    "the a an and or but of to in on for with by at from as is are was were be been will would "
    "this that these those its their our his her has have had after before about into over than "
    "more"
)
_WEAK_END = frozenset(_WEAK_END_WORDS.split())
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"]|$)")
_ABBREVIATED = re.compile(rf"\b{EN_ABBREVIATION}$")  # (`The Hon. Jane Doe`, `U.S. forces`)
_CLAUSE = re.compile(r"(?<!\d),\s+|,\s+(?!\d)|;\s+|:\s+|\s[–—]\s")


def lead_title(text: str) -> str:
    """The headline of `text`'s first sentence, or "" when it makes none."""
    if not text.lstrip("“\"‘'")[:1].isupper():
        return ""  # `who are targeted to launch…`: the rest of a sentence, no sentence
    end = next(
        (m for m in _SENTENCE_END.finditer(text) if not _ABBREVIATED.search(text[: m.start()])),
        None,
    )
    sentence = unlabelled(without_asides(text[: end.start()] if end else text)).strip(" \"“”")
    parts = [p for p in _CLAUSE.split(sentence) if p.strip()]
    if not parts:
        return ""
    words = english_core(parts, set())[0].split()
    if any(w.lower().strip(",.") in SAYING_WORDS for w in words[: MOST_WORDS + 1]):
        return ""  # who said it: the words said are the point, not a title
    if len(words) > MOST_WORDS:
        cuts = [
            i
            for i in range(3, MOST_WORDS + 1)
            if words[i].lower() in _DETAIL and words[i - 1].lower() not in _WEAK_END
        ]
        words = words[: cuts[-1]] if cuts else []
    while words and words[-1].lower().strip(".,;:") in _WEAK_END:
        words.pop()
    return " ".join(words) if _headline(words) else ""


def _headline(words: list[str]) -> bool:
    """Four words at least, a verb among them, ending on a word that ends a phrase."""
    if len(words) < 4 or "," in " ".join(words):
        return False
    first, last = words[0].lower().replace("’", "'"), words[-1].lower().strip(".!?\"”’'")
    if first in NO_OPENING or first.endswith("ing") or last in _DANGLING:
        return False
    if last.endswith(("ed", "ing", "ly", "able", "ible")):
        return False
    if any(w.lower() in ("that", "which", "who") for w in words):
        return False  # `One feature that distinguishes these two groups`: a subject alone
    return any(_finite(w) for w in words[1:])


def _finite(word: str) -> bool:
    lower = word.lower()
    if lower in _AUX or lower in _PAST:
        return True
    return word.islower() and lower.endswith(("ed", "s")) and not lower.endswith("ss")


_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Prof|Sen|Gov|Rep)\.? [A-Z]")
_BESIDE_WORDS = "in on at by for from with namely reports according as of"
_BESIDE = frozenset(_BESIDE_WORDS.split())
_LITTLE_WORDS = "the a an and or of to in on for with by at from"
_LITTLE = frozenset(_LITTLE_WORDS.split())


def names_no_event(title: str) -> bool:
    """`Philip Ellison`, `Mr Ronald Lam Siu-por`, `In the same order`, `Key points`: a title
    that names who, where or when (or nothing), not what happened."""
    words = title.split()
    if not words or title == "Key points" or _HONORIFIC.match(title):
        return True
    if words[0].lower() in _BESIDE:
        return True
    capitalised = all(w[:1].isupper() for w in words)
    return len(words) <= 3 and capitalised and not any(w.lower() in _LITTLE for w in words)
