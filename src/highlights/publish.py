"""The pipeline as plain functions: prepare an article, render one format, finish the output.

The Prefect flow in `flows/publish.py` calls these as tasks; `publish_article` runs them
in-process without Prefect (benchmarks, the library API).
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel

from highlights.errors import HighlightsError, InputError, shown
from highlights.model import Article, Deck, OutputFile
from highlights.output import (
    build_manifest,
    commit_staging,
    discard_staging,
    is_up_to_date,
    new_staging_dir,
    write_json,
)
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


def prepare(path: Path, settings: RunSettings, override: Path | None = None) -> Prepared:
    """ingest → normalise → cards. Raises HighlightsError with one clear line on bad input."""
    from highlights.cards import build_deck, load_override
    from highlights.ingest import read_source
    from highlights.normalise import normalise

    article = normalise(read_source(path, settings.inputs), settings.normalise)
    deck = load_override(override, article) if override else build_deck(article, settings.cards)
    return assemble(article, deck, settings)


def assemble(article: Article, deck: Deck, settings: RunSettings) -> Prepared:
    """Pick the theme and the output folder name for a normalised article and its deck.

    An article that yields no card is refused (a PDF and images of a title alone help no
    reader) unless the settings allow it."""
    if not deck.cards and not settings.inputs.allow_empty:
        raise InputError(article.source.path, *NO_CARD)
    theme = pick_theme(settings.theme, article.meta.language, article.meta.genre == "official")
    slug = make_slug(article.meta.title, article.source.sha256)
    return Prepared(article=article, deck=deck, theme=theme, slug=slug)


def up_to_date(prepared: Prepared, out_root: Path, settings: RunSettings) -> bool:
    return is_up_to_date(
        out_root, prepared.slug, prepared.article.source.sha256, settings, prepared.theme.name
    )


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


def start(prepared: Prepared, out_root: Path) -> Path:
    """Create the staging folder and write the JSON that needs no renderer."""
    stage = new_staging_dir(out_root, prepared.slug)
    write_json(stage / "article.json", public_article(prepared.article))
    write_json(stage / "cards.json", prepared.deck)
    return stage


def public_article(article: Article) -> Article:
    """The article as its output records it: the source by file name, never a server path."""
    source = article.source.model_copy(update={"path": Path(article.source.path).name})
    return article.model_copy(update={"source": source})


def finish(
    prepared: Prepared, stage: Path, files: list[OutputFile], settings: RunSettings, out_root: Path
) -> Path:
    """Write the manifest and move the complete set into `<out>/<slug>/`."""
    manifest = build_manifest(stage, prepared.article.source, settings, prepared.theme.name, files)
    write_json(stage / "manifest.json", manifest)
    return commit_staging(stage, out_root, prepared.slug)


def publish_article(path: Path, out_root: Path, settings: RunSettings | None = None) -> Path:
    """The whole pipeline for one article, renderers in parallel worker processes, no Prefect."""
    settings = settings or RunSettings()
    prepared = prepare(path, settings)
    if up_to_date(prepared, out_root, settings):
        return out_root / prepared.slug
    from highlights.render import pool

    stage = start(prepared, out_root)
    try:
        files = pool.render_all(prepared, stage, settings)
        return finish(prepared, stage, files, settings, out_root)
    finally:
        discard_staging(stage)  # a no-op once the folder has been moved into place


class ArticleResult(BaseModel):
    """What happened to one article of a batch; failures carry one line for the user."""

    path: str
    status: Literal["published", "skipped", "failed"]
    slug: str | None = None
    out_dir: str | None = None
    title: str | None = None
    cards: int = 0
    error: str | None = None
    traceback: str | None = None  # only for unexpected errors, shown with --debug


def failure(path: Path, exc: BaseException) -> ArticleResult:
    """One clear line for expected errors; unexpected ones keep their traceback for --debug."""
    # Paths are shown escaped: a newline in a file name must not forge another line, and a
    # name that is not UTF-8 must not break the run's JSON.
    where = shown(path)
    if isinstance(exc, HighlightsError):
        line = exc.line() if exc.path else f"{where}: {exc.line()}"
        return ArticleResult(path=where, status="failed", error=line)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return ArticleResult(
            path=where, status="failed", error=f"{where}: cannot read or write: {reason}"
        )
    tb = "".join(traceback.format_exception(exc))
    what = f"{type(exc).__name__}: {exc}"
    line = f"{where}: internal error: {what} (rerun with --debug and report it)"
    return ArticleResult(path=where, status="failed", error=line, traceback=tb)
