"""A first paragraph's first sentence and first clause, and a title cut to length: where a
sentence ends (not after `Mr.` or `U.S.`), and where a long title may be cut."""

from __future__ import annotations

import re

from highlights.normalise.headlike import LONG_TITLE

__all__ = ["cut_title", "first_clause", "first_sentence"]


# `The U.S. State Department said…`, `4:30 p.m. Friday`: a full stop after an initial, a title
# or `a.m.` is no sentence's end
_ABBREVIATED = re.compile(
    r"(?:\b[A-Z]|\b[a-z]\.[a-z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gov|Sen|Rep|Gen|Col|Lt|Inc|Co|Corp|Ltd|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))$"
)


def first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence."""
    for end in re.finditer(r"[。！？]|[.!?](?=\s)", text):
        if end[0] in "。！？" or not _ABBREVIATED.search(text[: end.start()]):
            return text[: end.end()]
    return text


def first_clause(text: str) -> str:
    """Up to the first mark of a clause's end."""
    return re.split(r"[，。；：！？,;:!?]", text, maxsplit=1)[0]


def cut_title(clause: str) -> str:
    """At most LONG_TITLE characters; Latin text cut between words, never inside one."""
    if len(clause) <= LONG_TITLE:
        return clause
    cut = clause[: LONG_TITLE - 1]
    if re.search(r"[A-Za-z]$", cut) and clause[LONG_TITLE - 1].isalpha() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # `…has not cha…` would cut a word
    return cut.rstrip(" ,;:") + "…"
