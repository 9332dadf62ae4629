"""The pipeline as plain functions: prepare an article, render one format, finish the output.

The Prefect flow in `flows/publish.py` calls these as tasks; `publish_article` runs them
in-process without Prefect (benchmarks, the library API).
"""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel

from highlights.errors import HighlightsError, shown
from highlights.model import Article, OutputFile
from highlights.output import (
    build_manifest,
    commit_staging,
    discard_staging,
    is_up_to_date,
    new_staging_dir,
    write_json,
)
from highlights.render.job import Prepared, assemble, render_format
from highlights.settings import RunSettings

if TYPE_CHECKING:
    from highlights.render.pool import RenderPool

__all__ = ["ArticleResult", "Prepared", "assemble", "prepare", "publish_article", "render_format"]


def prepare(path: Path, settings: RunSettings, override: Path | None = None) -> Prepared:
    """ingest → normalise → cards. Raises HighlightsError with one clear line on bad input."""
    from highlights.cards import build_deck, load_override
    from highlights.ingest import read_source
    from highlights.normalise import normalise

    article = normalise(read_source(path, settings.inputs), settings.normalise)
    deck = load_override(override, article) if override else build_deck(article, settings.cards)
    return assemble(article, deck, settings)


def up_to_date(prepared: Prepared, out_root: Path, settings: RunSettings) -> bool:
    return is_up_to_date(
        out_root, prepared.slug, prepared.article.source.sha256, settings, prepared.theme.name
    )


def start(prepared: Prepared, out_root: Path) -> Path:
    """Create the staging folder and write the JSON that needs no renderer."""
    stage = new_staging_dir(out_root, prepared.slug)
    try:
        write_json(stage / "article.json", public_article(prepared.article))
        write_json(stage / "cards.json", prepared.deck)
    except BaseException:  # failed or interrupted: leave no staging folder behind
        discard_staging(stage)
        raise
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


def publish_article(
    path: Path,
    out_root: Path,
    settings: RunSettings | None = None,
    renders: RenderPool | None = None,
) -> Path:
    """The whole pipeline for one article, renderers in parallel worker processes, no Prefect.

    `renders` is the caller's render pool (see `highlights.render.pool`); without one, a pool
    is started for this article and stopped before returning."""
    settings = settings or RunSettings()
    prepared = prepare(path, settings)
    if up_to_date(prepared, out_root, settings):
        return out_root / prepared.slug
    from highlights.render.pool import RenderPool

    with RenderPool() if renders is None else _borrowed(renders) as pool:
        stage = start(prepared, out_root)
        try:
            files = pool.render_all(prepared, stage, settings)
            return finish(prepared, stage, files, settings, out_root)
        except BaseException as exc:
            if not isinstance(exc, Exception):  # interrupted: stop the renders before the
                pool.close()  # staging folder goes (render_all waited for them otherwise)
            raise
        finally:
            discard_staging(stage)  # a no-op once the folder has been moved into place


@contextmanager
def _borrowed(renders: RenderPool) -> Iterator[RenderPool]:
    yield renders  # the caller's pool: its owner closes it


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
