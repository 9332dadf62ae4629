"""No point twice in a deck, nor the deck's title as a point."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from highlights.cards.text import display_len, titles_said
from highlights.model import Card

__all__ = ["without_repeats"]

_REPEAT_KEY = re.compile(r"[\s，。；：、,.;:!?！？“”\"'‘’…]+")
# Han-width characters: a shorter point that begins another is its own statement (`會議指出`)
PREFIX_MIN = 16


def _key(text: str) -> str:
    return _REPEAT_KEY.sub("", text).lower()


def _repeats(key: str, seen: set[str]) -> bool:
    """The same point, or one cut from the other: a caption printed twice, once cut off
    (`…check in with local bait shops to…` and `…check in with local bait shops`); or nearly
    the same, the page saying it twice in other words' order (a rundown's line and its story's
    first sentence, a teaser and its article)."""
    if key in seen:
        return True
    if display_len(key) < PREFIX_MIN:
        return False
    return any(
        display_len(other) >= PREFIX_MIN
        and (other.startswith(key) or key.startswith(other) or _alike(key, other))
        for other in seen
    )


_FIGURES = re.compile(r"\d+")
ALIKE = 0.8  # share of characters two points have in common, in order, to say the same


def _alike(a: str, b: str) -> bool:
    if min(len(a), len(b)) < ALIKE * max(len(a), len(b)):
        return False  # (a quick bound: too different in length to share that much)
    if _FIGURES.findall(a) != _FIGURES.findall(b):
        return False  # `Net loss totaled ($4.7) million` / `non-GAAP net loss… ($2.6) million`
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= ALIKE


def without_repeats(
    cards: list[Card], notes: set[str], title: str = "", lead: str = ""
) -> list[Card]:
    """No point twice in a deck: two sentences that say the same (a summary line and the
    paragraph it sums up) can be cut to the same point. The later one goes, and a card left
    with no point. Nor the deck's title as a point (a story's headline over its text), with or
    without the date in brackets after it (`Ukraine: Statement… (21 February 2022)`)."""
    seen: set[str] = {_key(t) for t in titles_said(title)}
    said = _key(lead)  # the lead's own words: a point nearly all of it says it twice
    said_once = {said} if display_len(said) >= PREFIX_MIN else set()
    kept: list[Card] = []
    for card in cards:
        points = []
        for point in card.points:
            key = _key(point.text)
            if _repeats(key, seen) or any(_alike(key, s) for s in said_once):
                notes.add("repeat-dropped")
                continue
            seen.add(key)
            points.append(point)
        if points:
            kept.append(card.model_copy(update={"points": points, "number": len(kept) + 1}))
    return kept
