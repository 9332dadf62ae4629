"""layout.json: the lines each image drew and the type size, as the PNG renderer recorded them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image

from highlights.model import Deck, OutputFile
from highlights.render.png.paint import Palette
from highlights.theme import load_theme


def read_layout(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "layout.json").read_text(encoding="utf-8"))
    return data


def test_every_image_is_listed(rendered: tuple[Path, list[OutputFile]], hant: Deck) -> None:
    out, files = rendered
    layout = read_layout(out)
    assert layout["version"] == 1 and layout["preset"] == "4:5"
    images = [f.path for f in files if f.path not in ("layout.json", "cover.png",
                                                      "cover-portrait.png")]
    assert [img["path"] for img in layout["images"]] == images
    kinds = [img["kind"] for img in layout["images"]]
    assert kinds == ["long", "cover-card"] + ["card"] * len(hant.cards)
    cards = [img for img in layout["images"] if img["kind"] == "card"]
    assert [img["card"] for img in cards] == [c.number for c in hant.cards]


def test_lines_give_back_the_text(rendered: tuple[Path, list[OutputFile]], hant: Deck) -> None:
    out, _ = rendered
    layout = read_layout(out)
    cards = [img for img in layout["images"] if img["kind"] == "card"]
    for card, img in zip(hant.cards, cards, strict=True):
        points = [b for b in img["blocks"] if b["role"] == "point"]
        assert ["".join(b["lines"]) for b in points] == [p.text for p in card.points]
        assert all(b["first"] == 0 and len(b["lines"]) == b["count"] for b in points)
        assert len({b["size"] for b in points}) == 1
        title = [b for b in img["blocks"] if b["role"] == "title"]
        assert "".join(title[0]["lines"]) == card.title
    long = layout["images"][0]
    drawn = [b for b in long["blocks"] if b["role"] == "point"]
    assert ["".join(b["lines"]) for b in drawn] == [p.text for c in hant.cards for p in c.points]
    assert "".join(long["blocks"][0]["lines"]) == hant.title


def _text_rows(img: Image.Image, inks: set[tuple[int, int, int]], top: int, bottom: int) -> int:
    """Rows of text drawn in one of `inks` between top and bottom, found from the pixels."""
    rgb = img.convert("RGB")
    px = rgb.load()
    assert px is not None
    rows = [y for y in range(top, bottom)
            if any(px[x, y] in inks for x in range(180, img.width, 2))]
    runs = 0
    prev = -100
    for y in rows:
        if y - prev > 8:
            runs += 1
        prev = y
    return runs


def test_recorded_lines_are_the_drawn_lines(rendered: tuple[Path, list[OutputFile]]) -> None:
    """As many rows of point text in the card's pixels as layout.json lists lines."""
    out, _ = rendered
    p = Palette.of(load_theme("formal"))
    for img in read_layout(out)["images"][2:5]:
        picture = Image.open(out / img["path"])
        lines = sum(len(b["lines"]) for b in img["blocks"] if b["role"] == "point")
        rows = _text_rows(picture, {p.text, p.term}, 400, picture.height - 120)
        assert rows == lines, img["path"]
