"""The pipeline as one object: a method per stage, a typed result per article.

In the spirit of docling's `BasePipeline` and `ConversionResult`: `Pipeline` holds what a run
shares (output folder, settings, an editor's deck, where progress goes) and has one method per
stage; `ArticleRun` is one article on its way through them, collecting its status, its
one-line error, seconds per stage and the files written into an `ArticleResult`.

    prepare  read → normalise → cards, then the theme and the folder name
    is_fresh the one freshness check (the manifest of `<out>/<slug>`)
    stage    the staging folder and the JSON that needs no renderer
    render   every format in the caller's render pool
    finish   the manifest, then the atomic swap into `<out>/<slug>`

`Pipeline.execute` runs them in this process without Prefect (`publish_article`, benchmarks);
the `publish` flow (`flows/publish.py`) calls the same methods from its tasks.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from highlights.errors import shown
from highlights.model import Article, OutputFile
from highlights.output import (
    build_manifest,
    commit_staging,
    discard_staging,
    new_staging_dir,
    write_json,
)
from highlights.records import ArticleResult, Manifest, failure
from highlights.render.job import Prepared, assemble
from highlights.settings import RunSettings

if TYPE_CHECKING:
    from highlights.render.pool import RenderPool


@dataclass(frozen=True)
class Step:
    """One progress event: article `index` of `total` reached `stage`."""

    index: int
    total: int
    path: Path
    stage: str

    def __str__(self) -> str:
        # The name is shown escaped: a newline in it would forge a line.
        return f"[{self.index}/{self.total}] {shown(self.path.name)}: {self.stage}"


Progress = Callable[[Step], None]


def to_stderr(step: Step) -> None:
    """Progress for a terminal (the CLI's default); the Prefect UI has the task runs."""
    print(step, file=sys.stderr, flush=True)


def quiet(step: Step) -> None:
    """No progress at all (the library's default)."""


def public_article(article: Article) -> Article:
    """The article as its output records it: the source by file name, never a server path."""
    source = article.source.model_copy(update={"path": Path(article.source.path).name})
    return article.model_copy(update={"source": source})


@dataclass
class Pipeline:
    """One publishing run's shared state and its stages; safe to share between threads."""

    out: Path
    settings: RunSettings = field(default_factory=RunSettings)
    override: Path | None = None  # an editor's deck, used as given (never "unchanged")
    progress: Progress = quiet

    def prepare(self, path: Path) -> Prepared:
        """ingest → normalise → cards. Raises HighlightsError with one clear line on bad input."""
        from highlights.cards import build_deck, load_override
        from highlights.cards.override import saved_override
        from highlights.ingest import read_source
        from highlights.normalise import normalise

        article = normalise(read_source(path, self.settings.inputs), self.settings.normalise)
        # An editor's deck: given, or approved in the desk for these very bytes.
        override = self.override or saved_override(self.out, article.source.sha256)
        if override:
            deck = load_override(override, article)
        else:
            deck = build_deck(article, self.settings.cards)
        return assemble(article, deck, self.settings)

    def is_fresh(self, prepared: Prepared) -> bool:
        """True when `<out>/<slug>` was made from the same bytes, version and settings."""
        if self.override is not None:
            return False
        folder = self.out / prepared.slug
        manifest = Manifest.read(folder)
        sha = prepared.article.source.sha256
        theme = prepared.theme.name
        return manifest is not None and manifest.is_current(folder, sha, self.settings, theme)

    def stage(self, prepared: Prepared) -> Path:
        """Create the staging folder and write the JSON that needs no renderer."""
        stage = new_staging_dir(self.out, prepared.slug)
        try:
            write_json(stage / "article.json", public_article(prepared.article))
            write_json(stage / "cards.json", prepared.deck)
        except BaseException:  # failed or interrupted: leave no staging folder behind
            discard_staging(stage)
            raise
        return stage

    def render(self, prepared: Prepared, stage: Path, renders: RenderPool) -> list[OutputFile]:
        """Every format side by side; returns only when all have stopped writing."""
        return renders.render_all(prepared, stage, self.settings)

    def finish(self, prepared: Prepared, stage: Path, files: list[OutputFile]) -> Manifest:
        """Write the manifest and move the complete set into `<out>/<slug>/`."""
        theme = prepared.theme.name
        manifest = build_manifest(stage, prepared.article.source, self.settings, theme, files)
        manifest.write(stage)
        commit_staging(stage, self.out, prepared.slug)
        return manifest

    def begin(self, path: Path, index: int = 1, total: int = 1) -> ArticleRun:
        return ArticleRun(self, path, index, total)

    def execute(
        self, path: Path, renders: RenderPool | None = None, raises: bool = False
    ) -> ArticleResult:
        """One article through every stage in this process; failures become a failed result
        (or are raised with `raises`). `renders` is the caller's pool; without one, a pool is
        started for this article and stopped before returning."""
        from highlights.render.pool import RenderPool

        run = self.begin(path)
        try:
            with run.timed("prepare", "reading, normalising and splitting"):
                prepared = self.prepare(path)
            run.prepared(prepared)
            if self.is_fresh(prepared):
                return run.skipped()
            with RenderPool() if renders is None else nullcontext(renders) as pool:
                stage = self.stage(prepared)
                try:
                    with run.timed("render", f"rendering {', '.join(self.settings.formats)}"):
                        files = self.render(prepared, stage, pool)
                    with run.timed("finish"):
                        manifest = self.finish(prepared, stage, files)
                except BaseException as exc:
                    if not isinstance(exc, Exception):  # interrupted: stop the renders before
                        pool.close()  # the staging folder goes (render_all waits otherwise)
                    raise
                finally:
                    discard_staging(stage)  # a no-op once the folder has been moved into place
            return run.published(manifest)
        except Exception as exc:
            if raises:
                raise
            return run.failed(exc)


@dataclass
class ArticleRun:
    """One article on its way through the pipeline: it reports progress and builds the result."""

    pipeline: Pipeline
    path: Path
    index: int = 1
    total: int = 1
    result: ArticleResult = field(init=False)

    def __post_init__(self) -> None:
        self.result = ArticleResult(path=str(self.path), status="published")

    def report(self, stage: str) -> None:
        self.pipeline.progress(Step(self.index, self.total, self.path, stage))

    @contextmanager
    def timed(self, stage: str, doing: str | None = None) -> Iterator[None]:
        """Time a stage (seconds, added up if it runs twice) and announce it."""
        if doing:
            self.report(doing)
        began = time.perf_counter()
        try:
            yield
        finally:
            spent = time.perf_counter() - began
            self.result.timings[stage] = round(self.result.timings.get(stage, 0.0) + spent, 4)

    def prepared(self, prepared: Prepared) -> None:
        self.result.slug = prepared.slug
        self.result.out_dir = str(self.pipeline.out / prepared.slug)
        self.result.title = prepared.article.meta.title
        self.result.cards = len(prepared.deck.cards)

    def skipped(self) -> ArticleResult:
        self.report("unchanged, skipped")
        self.result.status = "skipped"
        return self.result

    def published(self, manifest: Manifest) -> ArticleResult:
        self.report("done")
        self.result.outputs = [f.path for f in manifest.files]
        return self.result

    def failed(self, exc: BaseException) -> ArticleResult:
        self.report("failed")
        timings = self.result.timings
        self.result = failure(self.path, exc)
        self.result.timings = timings
        return self.result
