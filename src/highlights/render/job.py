"""One render job: an article ready to render (`Prepared`) and the call that renders one kind.

Kept apart from `highlights.publish` so that the render pool, the warm-up and the pipeline all
depend on it and not on each other (no import cycle).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from highlights.errors import InputError
from highlights.model import Article, Deck, OutputFile
from highlights.publication import COVER_FILE, Publication, resolve_publication
from highlights.render.registry import Kind, renderer
from highlights.settings import RunSettings
from highlights.slug import make_slug
from highlights.theme import Theme, pick_theme

M = TypeVar("M", bound=BaseModel)
DAMAGE_MARK = "\u3013"  # 〓
NO_CARD = (
    "no key points found: the article yields no card",
    "give the full text, or pass --allow-empty to publish it anyway",
)


@dataclass(frozen=True)
class Prepared:
    """An article ready to render: its normalised text and deck (written as JSON), its theme,
    its folder name, and the publication record, which is all the renderers see."""

    article: Article
    deck: Deck
    theme: Theme
    slug: str
    record: Publication

    def without_cover(self) -> Prepared:
        """The same article with no cover image (a warm-up of the PDF lane, which must not
        draw one with Pillow)."""
        return dataclasses.replace(self, record=self.record.model_copy(update={"cover": None}))


def assemble(article: Article, deck: Deck, settings: RunSettings) -> Prepared:
    """Pick the theme and the output folder name, and resolve the publication record.

    An article that yields no card is refused (a PDF and images of a title alone help no
    reader) unless the settings allow it."""
    if not deck.cards and not settings.inputs.allow_empty:
        raise InputError(article.source.path, *NO_CARD)
    theme = pick_theme(settings.theme, article.meta.language, article.meta.genre == "official")
    slug = make_slug(article.meta.title, article.source.sha256)
    record = resolve_publication(deck, theme, article, slug)
    cover = Path(COVER_FILE).with_suffix(".jpg" if settings.png.image_format == "jpeg" else ".png")
    record = record.model_copy(update={"cover": cover.name})
    return Prepared(article=article, deck=deck, theme=theme, slug=slug, record=record)


def drawable(model: M) -> M:
    """The model with each U+FFFD (bytes that did not decode) as 〓, the typesetter's mark for a
    character that cannot be set: the CJK fonts have no U+FFFD glyph. The JSON outputs keep
    U+FFFD, and article.json reports every damaged spot."""
    raw = model.model_dump_json()
    if "\ufffd" not in raw:
        return model
    return type(model).model_validate_json(raw.replace("\ufffd", DAMAGE_MARK))


def render_format(
    kind: Kind, prepared: Prepared, stage: Path, settings: RunSettings
) -> list[OutputFile]:
    """Render one kind into the staging folder through the registry; safe to run concurrently
    for different kinds, once the cover is there for those that show it."""
    return renderer(kind).render(drawable(prepared.record), stage, settings)


def render_in_order(
    kinds: Iterable[Kind], prepared: Prepared, stage: Path, settings: RunSettings
) -> list[OutputFile]:
    """Every kind in this process, the cover first when one is shown (tests, benchmarks and
    HIGHLIGHTS_WORKERS=0); outputs listed once each."""
    wanted = list(dict.fromkeys(kinds))
    if prepared.record.cover and "cover" not in wanted:
        wanted.insert(0, "cover")
    wanted.sort(key=lambda kind: kind != "cover")
    files: dict[str, OutputFile] = {}
    for kind in wanted:
        for entry in render_format(kind, prepared, stage, settings):
            files.setdefault(entry.path, entry)
    return list(files.values())
