"""English sentences as points: where a sentence really ends (`1:45 p.m. Those…` ends,
`2 p.m. EST Wednesday` goes on), and what of a long one to keep: its subject and verb, without
the opener (`During their mission,`) or the appositive (`Fischer, a colonel in…,`)."""

from __future__ import annotations

import re

from highlights.cards.text import display_len

__all__ = ["before_and", "ends_at_time", "english_core"]

EN_CLOCK = re.compile(r"\b[ap]\.m\.$")
EN_CLOCK_GOES_ON = re.compile(
    r"(?:[A-Z]{1,2}[SD]T|UTC|GMT|BST|CET|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def ends_at_time(before: str, after: str) -> bool:
    """`at 1:45 p.m. Those following…` ends; `at 2 p.m. EST Wednesday` goes on."""
    return bool(EN_CLOCK.search(before)) and not EN_CLOCK_GOES_ON.match(after)


# `During their mission,`, `Prior to becoming an astronaut,`: when, not what
EN_OPENER = re.compile(
    r"^(?:During|After|Before|Prior to|Following|As part of|In addition|However|Meanwhile|"
    r"Since|While|Although|Though|When|Once|Despite|Earlier|Later|Today|Currently)\b",
)
EN_APPOSITIVE = re.compile(r"^(?:a|an|the|who|which|whose|also|now|then|formerly)\b")


def english_core(parts: list[str], notes: set[str]) -> list[str]:
    """An English sentence's clauses without its opener and its appositive: `Fischer, a colonel
    in the U.S. Air Force, was selected…` → `Fischer was selected…`. The first clause alone
    must never be the point when it is only the subject and the phrase that describes it."""
    while len(parts) > 1 and EN_OPENER.match(parts[0]) and len(parts[0].split()) <= 8:
        notes.add("drop-opener")
        parts = parts[1:]
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    if len(parts) > 2 and EN_APPOSITIVE.match(parts[1]) and len(parts[0].split()) <= 5:
        notes.add("drop-appositive")
        parts = [parts[0] + " " + parts[2], *parts[3:]]
    return parts


def before_and(text: str, limit: int, most: float) -> str:
    """A long English clause cut before its last ` and ` that leaves at least half the room:
    what comes before `and` is a whole statement, a cut at the limit is not."""
    cuts = [m.start() for m in re.finditer(r" and ", text)]
    fits = [c for c in cuts if limit / 2 <= display_len(text[:c]) <= most * limit]
    return text[: fits[-1]].rstrip(",;") if fits else ""
