"""Read published articles from the output folder, and resolve only files their manifest lists.

Serving goes through `article_file`: a request can reach a file only if the article's own
manifest names it and its real path (symlinks resolved) is still inside the output folder.
"""

from __future__ import annotations

import json
import os
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from highlights.records import MANIFEST, Manifest

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,120}")
# A manifest path is plain relative parts: no "..", no absolute path, no backslash or control
# characters, so it can name neither a file outside the folder nor a ZIP entry outside its own.
_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}")
CARD = re.compile(r"cards/(\d+)\.(png|jpe?g)")


@dataclass(frozen=True)
class Entry:
    path: str
    media_type: str
    bytes: int
    alt: str = ""


@dataclass(frozen=True)
class ArticleView:
    """What the desk shows of one `<out>/<slug>/` folder."""

    slug: str
    title: str
    date: str
    files: dict[str, Entry]
    cards: list[Entry] = field(default_factory=list)
    mtime: float = 0.0
    points: int = 0  # key-point cards in the deck (the images add a title card)

    def find(self, suffix: str) -> Entry | None:
        return next((e for e in self.files.values() if e.path.endswith(suffix)), None)

    @property
    def thumbnail(self) -> Entry | None:
        # The first card is the portrait title card; cover.png is a wide share image.
        return self.cards[0] if self.cards else self.files.get("cover.png")

    @property
    def long_image(self) -> Entry | None:
        return next((e for p, e in self.files.items() if p.startswith("long.")), None)


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_article(out_dir: Path, slug: str) -> ArticleView | None:
    """The article in `<out>/<slug>`, or None for a bad name, a missing or an unfinished folder."""
    if not SLUG.fullmatch(slug):
        return None
    folder = out_dir / slug
    manifest = Manifest.read(folder)
    if manifest is None:
        return None
    files: dict[str, Entry] = {}
    for item in manifest.files:
        if not safe_rel(item.path):
            continue  # a hand-made or damaged manifest: never served, never zipped
        files[item.path] = Entry(item.path, item.media_type, item.bytes, item.alt or "")
    numbered = [(int(m.group(1)), e) for p, e in files.items() if (m := CARD.fullmatch(p))]
    cards = [e for _, e in sorted(numbered, key=lambda pair: pair[0])]
    meta = _read_json(folder / "article.json").get("meta", {})
    deck = _read_json(folder / "cards.json")
    title = str(meta.get("title") or deck.get("title") or slug)
    date = str(meta.get("date") or deck.get("date") or "")
    mtime = (folder / MANIFEST).stat().st_mtime
    return ArticleView(slug, title, date, files, cards, mtime, len(deck.get("cards", [])))


def list_articles(out_dir: Path) -> list[ArticleView]:
    """Every complete article folder, newest date first; hidden folders (staging, uploads) never."""
    if not out_dir.is_dir():
        return []
    views = [
        load_article(out_dir, p.name)
        for p in out_dir.iterdir()
        if p.is_dir() and not p.name.startswith(".")
    ]
    found = [v for v in views if v is not None]
    return sorted(found, key=lambda v: (v.date, v.mtime), reverse=True)


def safe_rel(rel: str) -> bool:
    parts = rel.split("/")
    return bool(rel) and len(parts) <= 4 and all(_PART.fullmatch(p) for p in parts)


def real_file(out_dir: Path, slug: str, rel: str) -> Path | None:
    """`<out>/<slug>/<rel>` when it is a regular file reached through no link at all (the
    article folder included), so resolving it cannot leave the folder; else None."""
    if not SLUG.fullmatch(slug) or not safe_rel(rel):
        return None
    root = out_dir.resolve()
    path = root / slug / rel
    try:
        if os.path.realpath(path) != str(path):
            return None  # a link somewhere below the output folder
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
    except OSError:
        return None
    return path


def article_file(out_dir: Path, slug: str, rel: str) -> tuple[Path, Entry] | None:
    """The real path of a manifest-listed file, or None if anything about the request is off."""
    view = load_article(out_dir, slug)
    entry = view.files.get(rel) if view else None
    path = real_file(out_dir, slug, rel) if entry else None
    if entry is None or path is None:
        return None
    return path, entry


def write_zip(out_dir: Path, view: ArticleView, target: IO[bytes]) -> None:
    """All of an article's files in one ZIP, under a folder named after the slug: each one
    checked like a download (listed, a plain relative name, no link, inside the folder)."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for rel in sorted({*view.files, MANIFEST}):
            path = real_file(out_dir, view.slug, rel)
            if path is not None:
                archive.write(path, f"{view.slug}/{rel}")
