"""A name's offices set off by commas before its verb (`Dr. Saurabh Garg, Secretary, MoSPI,
emphasized…`): the point keeps the name and the verb, never the name alone."""

from __future__ import annotations

import re

__all__ = ["titles_set_off"]

_VERBISH = re.compile(r"^(?:[a-z]{3,}ed|said|says|told|made|will|has|have|is|are|was|were)\b")
TITLES_MAX = 4  # offices set off after a name, at most, before its verb


def titles_set_off(parts: list[str]) -> int | None:
    """The index of the verb's part when every part before it, past the name, is an office
    or a body in capitals (`Secretary`, `MoSPI`); None otherwise."""
    if len(parts) < 3 or len(parts[0].split()) > 5:
        return None
    for k in range(2, min(len(parts), TITLES_MAX + 2)):
        if parts[k][:1].islower():
            titles = all(p[:1].isupper() and len(p.split()) <= 6 for p in parts[1:k])
            return k if titles and _VERBISH.match(parts[k]) else None
    return None
