"""The library's entry points: `publish_article` runs the pipeline for one article without
Prefect (benchmarks, scripts, the library API); the stages themselves are the methods of
`highlights.pipeline.Pipeline`, which the Prefect flow in `flows/publish.py` also calls.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from highlights.pipeline import Pipeline, public_article
from highlights.records import ArticleResult, failure
from highlights.render.job import Prepared, assemble, render_format
from highlights.settings import RunSettings

if TYPE_CHECKING:
    from highlights.render.pool import RenderPool

__all__ = [
    "ArticleResult",
    "Pipeline",
    "Prepared",
    "assemble",
    "failure",
    "prepare",
    "public_article",
    "publish_article",
    "render_format",
    "start",
]


def prepare(path: Path, settings: RunSettings, override: Path | None = None) -> Prepared:
    """ingest → normalise → cards. Raises HighlightsError with one clear line on bad input."""
    return Pipeline(Path("."), settings, override).prepare(path)


def start(prepared: Prepared, out_root: Path) -> Path:
    """Create the staging folder and write the JSON that needs no renderer."""
    return Pipeline(out_root).stage(prepared)


def publish_article(
    path: Path,
    out_root: Path,
    settings: RunSettings | None = None,
    renders: RenderPool | None = None,
) -> Path:
    """The whole pipeline for one article, renderers in parallel worker processes, no Prefect;
    its output folder. Raises the article's error (HighlightsError: one clear line).

    `renders` is the caller's render pool (see `highlights.render.pool`); without one, a pool
    is started for this article and stopped before returning."""
    pipeline = Pipeline(out_root, settings or RunSettings())
    result = pipeline.execute(path, renders, raises=True)
    return out_root / str(result.slug)
