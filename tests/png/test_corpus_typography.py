"""Typography over the development corpus's expected decks, read from layout.json.

Each deck is rendered as `publish --cards` would render it (the PNG renderer through the
registry) and the breaks are read back from layout.json, not laid out again: no line starts
with closing punctuation or a structural particle, no word (a jieba segment of two characters
or more) is split across lines unless it is longer than the line, one point size per deck, a
point never split across card images, and a continuation card carries at least two points.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import pytest
from tests.render_support import render_png

from highlights.cards.override import load_override
from highlights.model import Deck
from highlights.settings import PngSettings
from highlights.theme import load_theme
from highlights.typeset import NO_START

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
DECKS = sorted(CORPUS.glob("*/*.deck.md"))
PARTICLES = frozenset("的了地得着著過过們们")

pytestmark = pytest.mark.slow


@functools.cache
def _t2s() -> Callable[[str], str]:
    import opencc

    return cast(Callable[[str], str], opencc.OpenCC("t2s").convert)


def words(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of every jieba segment (with its HMM for unknown names), as a reader cuts."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    probe = _t2s()(text) if language == "zh-Hant" else text
    if len(probe) != len(text):
        probe = text
    spans = []
    pos = 0
    for word in jieba.cut(probe):
        spans.append((pos, pos + len(word)))
        pos += len(word)
    return spans


def block_faults(block: dict[str, Any], language: str) -> list[str]:
    lines: list[str] = block["lines"]
    text = "".join(lines)
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line)
    widest = max(len(line) for line in lines)
    faults = []
    segs = words(text, language)
    singles = {a: text[a:b] for a, b in segs if b - a == 1}
    for k, line in enumerate(lines[1:], start=1):
        at = starts[k]
        if line[0] in NO_START:
            faults.append(f"line starts with {line[0]!r}: {lines[k - 1]} / {line}")
        if singles.get(at, "") in PARTICLES:
            faults.append(f"line starts with the particle {line[0]}: {lines[k - 1]} / {line}")
    for a, b in segs:
        if b - a >= 2 and b - a <= widest and any(a < s < b for s in starts):
            faults.append(f"word {text[a:b]} split: {' / '.join(lines)}")
    return faults


def break_faults(layout: dict[str, Any], language: str) -> list[str]:
    """Every block of every image: punctuation, particles and words at the line starts."""
    return [f"{image['path']}: {fault}" for image in layout["images"]
            for block in image["blocks"] for fault in block_faults(block, language)]


def card_faults(layout: dict[str, Any]) -> list[str]:
    """The card images: one point size, no point split, continuations with two points."""
    faults: list[str] = []
    sizes: set[int] = set()
    for image in layout["images"]:
        where = image["path"]
        points = [b for b in image["blocks"] if b["role"] == "point"]
        if image["kind"] != "card":
            continue
        sizes |= {b["size"] for b in points}
        for b in points:
            if b["first"] != 0 or len(b["lines"]) != b["count"]:
                faults.append(f"{where}: point {b['index'] + 1} split across images")
        if image["part"] and len(points) < 2:
            faults.append(f"{where}: continuation card with {len(points)} point")
    if len(sizes) > 1:
        faults.append(f"point sizes {sorted(sizes)} in one deck")
    return faults


_made: dict[tuple[Path, str], tuple[Deck, dict[str, Any]]] = {}


def rendered(path: Path, preset: str, out: Path) -> tuple[Deck, dict[str, Any]]:
    """The deck and its layout.json, rendered once per deck and preset for both tests."""
    if (path, preset) not in _made:
        deck = load_override(path)
        theme = load_theme("neutral" if deck.language == "en" else "formal")
        render_png(deck, theme, out, PngSettings(preset=preset))
        layout = json.loads((out / "layout.json").read_text(encoding="utf-8"))
        _made[(path, preset)] = (deck, layout)
    return _made[(path, preset)]


PRESETS = pytest.mark.parametrize("preset", ["4:5", "1:1"])
CORPUS_DECKS = pytest.mark.parametrize("path", DECKS, ids=lambda p: f"{p.parent.name}/{p.name[:2]}")


@PRESETS
@CORPUS_DECKS
def test_corpus_line_breaks(path: Path, preset: str, tmp_path: Path) -> None:
    deck, layout = rendered(path, preset, tmp_path)
    faults = break_faults(layout, deck.language)
    assert not faults, "\n".join(faults)


@PRESETS
@CORPUS_DECKS
def test_corpus_cards(path: Path, preset: str, tmp_path: Path) -> None:
    _, layout = rendered(path, preset, tmp_path)
    faults = card_faults(layout)
    assert not faults, "\n".join(faults)
