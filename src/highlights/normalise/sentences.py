"""A first paragraph's first sentence and first clause, and a title cut to length: where a
sentence ends (not after `Mr.` or `U.S.`), and where a long title may be cut."""

from __future__ import annotations

import re

from highlights.normalise.headlike import LONG_TITLE

__all__ = ["EN_ABBREVIATION", "cut_title", "first_clause", "first_sentence"]


# `The U.S. State Department said…`, `4:30 p.m. Friday`: a full stop after an initial, a title
# or `a.m.` is no sentence's end
EN_ABBREVIATION = (
    r"(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR|St|Jr|Sr|Inc|Ltd|Co|Corp|No|U\.S|U\.K|e\.g|i\.e|vs|Gov|Sen|Rep|"
    r"Gen|Col|Lt|"
    r"Capt|Prof|Rev|Hon|Dept|Fig|approx|a\.m|p\.m|"  # `1:45 p.m. EST`, `Nov. 30`: no sentence end
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])"  # `John F. Kennedy`
)
_ABBREVIATED = re.compile(rf"(?:\b[a-z]\.[a-z]|\b{EN_ABBREVIATION})$")


def first_sentence(text: str) -> str:
    """Up to the first full stop that ends a sentence."""
    for end in re.finditer(r"[。！？]|[.!?](?=\s)", text):
        if end[0] in "。！？" or not _ABBREVIATED.search(text[: end.start()]):
            return text[: end.end()]
    return text


def first_clause(text: str) -> str:
    """Up to the first mark of a clause's end."""
    return re.split(r"[，。；：！？,;:!?]", text, maxsplit=1)[0]


# `The University at Buffalo will honor faculty members` / `who have received…`: where an
# English headline drawn from a long sentence stops, before a phrase that adds detail
_EN_JOINT = re.compile(r" (?=(?:who|which|that|with|to|for|in|at|on|from|by|after|as|while) )")
_EN_WEAK = re.compile(
    r"\b(?:a|an|the|of|and|or|to|for|in|on|at|by|with|from|its|their|his|her)$", re.IGNORECASE
)


def cut_title(clause: str) -> str:
    """At most LONG_TITLE characters; Latin text cut between words, never inside one."""
    if len(clause) <= LONG_TITLE:
        return clause
    if not re.search(r"[^\x00-\x7f]", clause[:LONG_TITLE]):  # English: before a phrase, no `…`
        joints = [m.start() for m in _EN_JOINT.finditer(clause[:LONG_TITLE])]
        whole = [j for j in joints if j >= LONG_TITLE // 3 and not _EN_WEAK.search(clause[:j])]
        if whole:
            return clause[: whole[-1]].rstrip(" ,;:")
    cut = clause[: LONG_TITLE - 1]
    if re.search(r"[A-Za-z]$", cut) and clause[LONG_TITLE - 1].isalpha() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # `…has not cha…` would cut a word
    return cut.rstrip(" ,;:") + "…"
