"""What the images drew, line by line: `layout.json` in the output folder.

`draw_block` notes every block it draws while a recording is open; the PNG renderer opens one
per image and writes them all, in image order, to `layout.json`. Tests, the desk and a reviewer
read the breaks and the point size from there instead of laying the text out again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from pathlib import Path

LAYOUT_FILE = "layout.json"
VERSION = 1


@dataclass(frozen=True)
class DrawnBlock:
    """One paragraph as drawn: its role (title, point…), the type size in px, the lines.

    `first` and `count`: which of the paragraph's lines these are (a point continued on a
    further card shows only some of them); `index` numbers the points of a card from 0.
    """

    role: str
    size: int
    lines: list[str]
    first: int = 0
    count: int = 0
    index: int | None = None


@dataclass
class DrawnImage:
    path: str
    kind: str  # "card", "cover-card" or "long"
    blocks: list[DrawnBlock] = field(default_factory=list)
    card: int | None = None  # the deck's card number (1…) a card image shows
    part: int = 0  # 0 for a card's first image, 1… for its continuations


_current: ContextVar[DrawnImage | None] = ContextVar("highlights_drawn", default=None)


@contextmanager
def recording(image: DrawnImage) -> Iterator[DrawnImage]:
    """Note every block drawn inside the `with` into `image`."""
    token = _current.set(image)
    try:
        yield image
    finally:
        _current.reset(token)


def note(block: DrawnBlock) -> None:
    image = _current.get()
    if image is not None:
        image.blocks.append(block)


def write_layout(stage: Path, images: list[DrawnImage], preset: str) -> Path:
    data = {
        "version": VERSION,
        "preset": preset,
        "images": [
            {k: v for k, v in asdict(img).items() if v is not None}
            | {"blocks": [{k: v for k, v in asdict(b).items() if v is not None}
                          for b in img.blocks]}
            for img in images
        ],
    }
    path = stage / LAYOUT_FILE
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    path.write_text(text, encoding="utf-8")
    return path
