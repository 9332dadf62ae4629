"""Key-point cards: turn a normalised Article into the Deck an editor would post.

`build_deck` picks a strategy per article (sections → official cue phrases → extractive);
`load_override` reads an editor's Markdown or cards.json, which renders exactly as given.

Both are loaded on first use: the image renderer needs only `highlights.cards.figures`, and the
render workers should not carry the splitter's dictionaries (pypinyin alone is ~55 MB).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from highlights.cards.deck import build_deck
    from highlights.cards.override import load_override

__all__ = ["build_deck", "load_override"]
_WHERE = {"build_deck": "highlights.cards.deck", "load_override": "highlights.cards.override"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
