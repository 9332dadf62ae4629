"""Read an expected deck: the override file itself plus the scorer's `<!-- key: value -->` notes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from highlights.cards.override import load_override
from highlights.model import Deck

NOTE = re.compile(r"<!--\s*(layout|chrome|damage)\s*:\s*(.*?)\s*-->", re.DOTALL)
FIELD = re.compile(r"^(date|source|reporters|editors)\s*[:：]\s*(.*)$", re.MULTILINE)
SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass
class Expected:
    source: Path  # the article as found
    deck: Deck
    layout: str
    chrome: list[str] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # only what the deck file states


def load_expected(deck_path: Path) -> Expected:
    stem = deck_path.name.removesuffix(".deck.md")
    sources = [deck_path.with_name(stem + s) for s in SOURCE_SUFFIXES]
    found = [p for p in sources if p.exists()]
    if len(found) != 1:
        raise ValueError(f"{deck_path}: expected exactly one article named {stem}.txt/.md/.html")
    text = deck_path.read_text(encoding="utf-8")
    header = re.split(r"^\s*---+\s*$", text, maxsplit=1, flags=re.MULTILINE)[0]
    notes: dict[str, list[str]] = {"layout": [], "chrome": [], "damage": []}
    for key, value in NOTE.findall(text):
        if value:
            notes[key].append(value)
    fields = {k: v.strip() for k, v in FIELD.findall(header) if v.strip()}
    return Expected(
        source=found[0],
        deck=load_override(deck_path),
        layout=(notes["layout"] or [deck_path.parent.name])[0],
        chrome=notes["chrome"],
        damage=notes["damage"],
        fields=fields,
    )


def corpus(root: Path) -> list[Expected]:
    return [load_expected(p) for p in sorted(root.glob("*/*.deck.md"))]
