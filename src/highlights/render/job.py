"""One render job: an article ready to render (`Prepared`) and the call that renders one format.

Kept apart from `highlights.publish` so that the render pool, the warm-up and the pipeline all
depend on it and not on each other (no import cycle).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from highlights.errors import InputError
from highlights.model import Article, Deck, OutputFile
from highlights.settings import Format, RunSettings
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
    """An article ready to render: its normalised text, its deck, its theme and its folder name."""

    article: Article
    deck: Deck
    theme: Theme
    slug: str


def assemble(article: Article, deck: Deck, settings: RunSettings) -> Prepared:
    """Pick the theme and the output folder name for a normalised article and its deck.

    An article that yields no card is refused (a PDF and images of a title alone help no
    reader) unless the settings allow it."""
    if not deck.cards and not settings.inputs.allow_empty:
        raise InputError(article.source.path, *NO_CARD)
    theme = pick_theme(settings.theme, article.meta.language, article.meta.genre == "official")
    slug = make_slug(article.meta.title, article.source.sha256)
    return Prepared(article=article, deck=deck, theme=theme, slug=slug)


def drawable(model: M) -> M:
    """The model with each U+FFFD (bytes that did not decode) as 〓, the typesetter's mark for a
    character that cannot be set: the CJK fonts have no U+FFFD glyph. The JSON outputs keep
    U+FFFD, and article.json reports every damaged spot."""
    raw = model.model_dump_json()
    if "\ufffd" not in raw:
        return model
    return type(model).model_validate_json(raw.replace("\ufffd", DAMAGE_MARK))


def render_format(
    fmt: Format, prepared: Prepared, stage: Path, settings: RunSettings
) -> list[OutputFile]:
    """Render one format into the staging folder; safe to run concurrently for different formats."""
    article, deck = drawable(prepared.article), drawable(prepared.deck)
    theme, slug = prepared.theme, prepared.slug
    if fmt == "pdf":
        from highlights.render.pdf import render_pdf

        return render_pdf(article, deck, theme, stage, slug, settings.inputs.max_pages)
    if fmt == "epub":
        from highlights.render.epub import render_epub

        return render_epub(article, deck, theme, stage, slug)
    from highlights.render.png import render_png

    return render_png(deck, theme, stage, settings.png)
