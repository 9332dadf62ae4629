"""The platforms' limits, read from `assets/platforms.toml`, and the check every bundle passes
before it is written: a violation is a `BundleLimitError` naming the platform and the limit."""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from highlights.errors import HighlightsError
from highlights.paths import assets_dir
from highlights.settings import PLATFORMS, Platform

TABLE = "platforms.toml"
BundleKind = Literal["cards", "landscape", "long", "carousel"]


class BundleLimitError(HighlightsError):
    """A platform bundle breaks one of that platform's limits."""


@dataclass(frozen=True)
class Limits:
    name: Platform
    label: str
    kind: BundleKind
    width: int
    height: int  # 0: any height (a long image)
    max_images: int | None = None
    max_height: int | None = None
    max_bytes: int | None = None
    max_title: int | None = None
    max_caption: int | None = None
    max_alt: int | None = None
    cover_width: int | None = None
    cover_height: int | None = None
    hashtags: int = 0


@dataclass(frozen=True)
class Table:
    checked: dt.date
    source: str
    platforms: dict[Platform, Limits] = field(default_factory=dict)


def load_table(path: Path | None = None) -> Table:
    """The limits table (by default the shipped one); every platform must have a row."""
    path = path or assets_dir() / TABLE
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    rows = raw.get("platforms", {})
    missing = [name for name in PLATFORMS if name not in rows]
    if missing or not isinstance(raw.get("checked"), dt.date):
        raise HighlightsError(path, f"platform table lacks {', '.join(missing) or 'checked'}",
                              "every platform needs a row, and the table the date it was checked")
    platforms = {name: Limits(name=name, **rows[name]) for name in PLATFORMS}
    return Table(checked=raw["checked"], source=str(raw.get("source", "")), platforms=platforms)


@functools.cache
def table() -> Table:
    return load_table()


def limits(name: Platform) -> Limits:
    return table().platforms[name]


def platform_length(text: str) -> int:
    """Characters as the platforms count them, erring long: one per character, two for an
    emoji or other character outside the Basic Multilingual Plane."""
    return sum(2 if ord(ch) > 0xFFFF or unicodedata.category(ch) == "So" else 1 for ch in text)


@dataclass(frozen=True)
class Image:
    """One image of a bundle, as it will be written."""

    name: str
    width: int
    height: int
    size: int  # bytes
    alt: str


@dataclass(frozen=True)
class Bundle:
    """What a bundle writes, checked against its limits before anything is written."""

    platform: Platform
    images: list[Image]
    title: str
    caption: str
    pages: list[tuple[float, float]] = field(default_factory=list)  # a carousel's page sizes
    cover: Image | None = None


def _fail(lim: Limits, what: str, hint: str) -> BundleLimitError:
    return BundleLimitError(None, f"{lim.name} bundle: {what}", hint)


def check(bundle: Bundle, lim: Limits | None = None) -> None:
    """Raise BundleLimitError naming the first limit `bundle` breaks."""
    lim = lim or limits(bundle.platform)
    shown = [*bundle.images, *([bundle.cover] if bundle.cover else [])]
    if lim.max_images is not None and len(bundle.images) > lim.max_images:
        raise _fail(lim, f"{len(bundle.images)} images, more than max_images={lim.max_images}",
                    "shorten the deck, or edit it with --cards")
    if lim.kind != "carousel" and not bundle.images:
        raise _fail(lim, "no image", "the deck has no card")
    for img in bundle.images:
        if img.width != lim.width or (lim.height and img.height != lim.height):
            wanted = f"{lim.width}x{lim.height or 'any'}"
            raise _fail(lim, f"{img.name} is {img.width}x{img.height}, not width/height {wanted}",
                        "render at the platform's size")
        if lim.max_height is not None and img.height > lim.max_height:
            raise _fail(lim, f"{img.name} is {img.height} px high, over max_height="
                        f"{lim.max_height}", "a single section is taller than the platform allows")
    if bundle.cover and (bundle.cover.width, bundle.cover.height) != (lim.cover_width,
                                                                      lim.cover_height):
        raise _fail(lim, f"cover is {bundle.cover.width}x{bundle.cover.height}, not "
                    f"cover_width/cover_height {lim.cover_width}x{lim.cover_height}", "")
    for img in shown:
        if lim.max_bytes is not None and img.size >= lim.max_bytes:
            raise _fail(lim, f"{img.name} has {img.size:,} bytes, over max_bytes="
                        f"{lim.max_bytes:,}", "the long image must be split between sections")
        if lim.max_alt is not None and platform_length(img.alt) > lim.max_alt:
            raise _fail(lim, f"alt text of {img.name} is over max_alt={lim.max_alt}", "")
        if not img.alt.strip():
            raise _fail(lim, f"{img.name} has no alt text", "")
    for w, h in bundle.pages:
        if round(w) != lim.width or round(h) != lim.height:
            raise _fail(lim, f"a PDF page is {w:.0f}x{h:.0f}, not width/height "
                        f"{lim.width}x{lim.height}", "")
    if lim.kind == "carousel" and not bundle.pages:
        raise _fail(lim, "the carousel has no page", "the deck has no card")
    if lim.max_title is not None and platform_length(bundle.title) > lim.max_title:
        raise _fail(lim, f"title {bundle.title!r} is over max_title={lim.max_title}", "")
    if lim.max_caption is not None and platform_length(bundle.caption) > lim.max_caption:
        raise _fail(lim, f"post.txt is over max_caption={lim.max_caption}", "")
