"""Key-point cards: turn a normalised Article into the Deck an editor would post.

`build_deck` picks a strategy per article (sections → official cue phrases → extractive);
`load_override` reads an editor's Markdown or cards.json, which renders exactly as given.
"""

from highlights.cards.deck import build_deck
from highlights.cards.override import load_override

__all__ = ["build_deck", "load_override"]
