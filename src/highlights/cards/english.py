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


# `as a long, difficult and complex outbreak`: a comma inside a noun phrase joins adjectives
EN_DETERMINED = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|that|these|those|every|each) [a-z][\w-]*$"
)
# what a clause or a phrase of its own starts with, after a comma
EN_CLAUSE_WORD = re.compile(
    r"(?:and|but|or|nor|so|yet|which|who|whom|whose|where|when|while|as|with|including|such|"
    r"said|says|according|although|though|because|if|after|before|from|to|in|on|at|by|for)\b"
)
# `Although much of our attention is on the pandemic,`: a clause that never stands alone
EN_SUBORDINATE = re.compile(r"^[“\"]?(?:Although|Though|While|Whereas|When|Once|Since|If|Unless)\b")


def _whole_noun_phrases(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if (
            out
            and EN_DETERMINED.search(out[-1])
            and part[:1].islower()
            and not EN_CLAUSE_WORD.match(part)
        ):
            out[-1] += ", " + part
        else:
            out.append(part)
    return out


def _opener(part: str) -> bool:
    """When, not what: a short opener, or a subordinate clause of any length."""
    bare = part.lstrip('“"')
    return bool((EN_OPENER.match(bare) and len(part.split()) <= 8) or EN_SUBORDINATE.match(part))


def english_core(parts: list[str], notes: set[str]) -> list[str]:
    """An English sentence's clauses without its opener and its appositive: `Fischer, a colonel
    in the U.S. Air Force, was selected…` → `Fischer was selected…`. The first clause alone
    must never be the point when it is only the subject and the phrase that describes it."""
    parts = _whole_noun_phrases(parts)
    while len(parts) > 1 and _opener(parts[0]):
        notes.add("drop-opener")
        quote = parts[0][:1] if parts[0][:1] in '“"' else ""  # the quote goes on after it
        parts = parts[1:]
        parts[0] = quote + parts[0][:1].upper() + parts[0][1:]
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
