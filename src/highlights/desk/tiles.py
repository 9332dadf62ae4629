"""The list page's tiles: the desk's own articles (drafts, published, failed) and articles
published by other means (the command line, the inbox), newest first, one tile per source."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from highlights.desk.library import ArticleView, list_articles, load_article
from highlights.desk.store import Store

STATUSES = ("draft", "published", "failed")
MAX_QUERY = 200


@dataclass(frozen=True)
class Tile:
    href: str
    title: str
    status: str  # preparing, draft, publishing, published, failed
    when: float  # upload or publish time, newest first
    source_name: str = ""
    thumb: str | None = None
    thumb_alt: str = ""
    date: str = ""
    points: int = 0

    @property
    def group(self) -> str:
        """The status a filter sees: a draft being made is a draft, one publishing published."""
        return {"preparing": "draft", "publishing": "draft"}.get(self.status, self.status)

    @property
    def stamp(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.when))


def _published(view: ArticleView) -> tuple[str | None, str]:
    thumb = view.thumbnail
    return (f"/a/{view.slug}/files/{thumb.path}", thumb.alt) if thumb else (None, "")


def tiles(out_dir: Path, store: Store, query: str = "", status: str = "") -> list[Tile]:
    found: list[Tile] = []
    seen: set[str] = set()
    for item in store.items():
        view = load_article(out_dir, item.slug) if item.slug else None
        if item.slug:  # one tile per source: the desk's, whatever published it before
            seen.add(item.slug)
        thumb, alt = _published(view) if view and item.status == "published" else (None, "")
        found.append(Tile(
            href=f"/d/{item.id}", title=item.title or item.source_name, status=item.status,
            when=item.published or item.uploaded, source_name=item.source_name, thumb=thumb,
            thumb_alt=alt, date=view.date if view else "", points=view.points if view else 0,
        ))
    for view in list_articles(out_dir):
        if view.slug in seen:
            continue
        thumb, alt = _published(view)
        found.append(Tile(href=f"/a/{view.slug}", title=view.title, status="published",
                          when=view.mtime, thumb=thumb, thumb_alt=alt, date=view.date,
                          points=view.points))
    words = query.strip().casefold()[:MAX_QUERY]
    if words:
        found = [t for t in found if words in f"{t.title}\n{t.source_name}".casefold()]
    if status in STATUSES:
        found = [t for t in found if t.group == status]
    return sorted(found, key=lambda t: t.when, reverse=True)
