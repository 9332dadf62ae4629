"""The `publish` Prefect flow: thin tasks over the highlights library, renderers fanned out.

Retries wrap only I/O (reading the source, moving files into place); bad input fails once
with one clear line and the other articles of the batch go on.
"""

from __future__ import annotations

import sys
from collections import deque
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import State, flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, wait
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.artifacts import report_run
from highlights import publish as lib
from highlights.cards import build_deck, load_override
from highlights.errors import shown
from highlights.ingest import read_source
from highlights.model import Article, Deck, Document, OutputFile
from highlights.normalise import normalise
from highlights.output import discard_staging
from highlights.render.pool import RenderPool
from highlights.settings import (
    ALL_FORMATS,
    CardSettings,
    Format,
    InputSettings,
    NormaliseSettings,
    RunSettings,
)

# Renderers run in worker processes (highlights.render.pool); these threads only wait on them.
# Two articles in flight keep both cores busy while the next article is read and split.
IN_FLIGHT = 2
RENDER_THREADS = IN_FLIGHT * len(ALL_FORMATS)


def _retry_on_io_error(task: object, task_run: object, state: object) -> bool:
    """Retry transient I/O failures only; a bad article fails the same way every time."""
    try:
        state.result()  # type: ignore[attr-defined]
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        return False  # permanent: retrying cannot help
    except OSError:
        return True
    except Exception:
        return False
    return False


@task(
    retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io_error, cache_policy=NO_CACHE
)
def ingest(path: Path, limits: InputSettings) -> Document:
    return read_source(path, limits)


@task(cache_policy=NO_CACHE)
def normalise_article(document: Document, settings: NormaliseSettings) -> Article:
    return normalise(document, settings)


@task(cache_policy=NO_CACHE)
def make_deck(article: Article, settings: CardSettings, override: Path | None) -> Deck:
    return load_override(override, article) if override else build_deck(article, settings)


@task(cache_policy=NO_CACHE)
def render(
    fmt: Format, prepared: lib.Prepared, stage: Path, settings: RunSettings, renders: RenderPool
) -> list[OutputFile]:
    return renders.render(fmt, prepared, stage, settings)


@task(
    retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io_error, cache_policy=NO_CACHE
)
def finish(
    prepared: lib.Prepared, stage: Path, files: list[OutputFile], settings: RunSettings, out: Path
) -> Path:
    return lib.finish(prepared, stage, files, settings, out)


def _progress(index: int, total: int, path: Path, stage: str) -> None:
    # Progress for a terminal; the Prefect UI has the task runs. The name is shown escaped: a
    # newline in it would forge a line.
    print(f"[{index}/{total}] {shown(path.name)}: {stage}", file=sys.stderr, flush=True)


@dataclass
class InFlight:
    """An article whose renderers are running: landed (finished) once they all return."""

    index: int
    path: Path
    done: lib.ArticleResult
    prepared: lib.Prepared
    stage: Path
    futures: list[PrefectFuture[list[OutputFile]]]


def start_one(
    path: Path,
    out: Path,
    settings: RunSettings,
    override: Path | None,
    renders: RenderPool,
    where: tuple[int, int],
) -> lib.ArticleResult | InFlight:
    """Read, normalise and split one article, then start its renderers (or skip it)."""
    index, total = where
    _progress(index, total, path, "reading and normalising")
    article = normalise_article(ingest(path, settings.inputs), settings.normalise)
    _progress(index, total, path, "splitting into cards")
    deck = make_deck(article, settings.cards, override)
    prepared = lib.assemble(article, deck, settings)
    done = lib.ArticleResult(
        path=str(path),
        status="published",
        slug=prepared.slug,
        out_dir=str(out / prepared.slug),
        title=article.meta.title,
        cards=len(deck.cards),
    )
    if override is None and lib.up_to_date(prepared, out, settings):
        _progress(index, total, path, "unchanged, skipped")
        return done.model_copy(update={"status": "skipped"})
    stage = lib.start(prepared, out)
    futures: list[PrefectFuture[list[OutputFile]]] = []
    try:
        _progress(index, total, path, f"rendering {', '.join(settings.formats)}")
        for fmt in settings.formats:
            futures.append(render.submit(fmt, prepared, stage, settings, renders))
    except BaseException as exc:
        if not isinstance(exc, Exception):  # interrupted (SIGTERM, Ctrl-C): stop the renders
            renders.close()
        wait(futures)  # none may still write into the stage once it is discarded
        discard_staging(stage)
        raise
    return InFlight(index, path, done, prepared, stage, futures)


def land(item: InFlight, out: Path, settings: RunSettings, total: int) -> lib.ArticleResult:
    """Wait for every renderer of the article, then move its complete set into place."""
    try:
        # Every renderer stops writing before the stage is moved or discarded: one failing
        # first must not leave the others writing into a discarded staging folder.
        wait(item.futures)
        files = [entry for future in item.futures for entry in future.result()]
        finish(item.prepared, item.stage, files, settings, out)
    except Exception:
        discard_staging(item.stage)  # they have all stopped; interrupted: see _publish_all
        raise
    _progress(item.index, total, item.path, "done")
    return item.done


def _failed(index: int, total: int, path: Path, exc: Exception) -> lib.ArticleResult:
    _progress(index, total, path, "failed")
    return lib.failure(path, exc)


def outcome(results: list[lib.ArticleResult]) -> list[lib.ArticleResult] | State[Any]:
    """The run's final state tells the truth: Failed, with every failure in its message (and
    the results as its data), when any article failed; else the results (Completed)."""
    failed = [r for r in results if r.status == "failed"]
    if not failed:
        return results
    shown = "; ".join((r.error or r.path).replace("\n", " ") for r in failed[:5])
    more = f"; and {len(failed) - 5} more" if len(failed) > 5 else ""
    message = f"{len(failed)} of {len(results)} articles failed: {shown}{more}"
    return Failed(message=message, data=results)


# Prefect's TaskRunner generic is invariant, so its own ThreadPoolTaskRunner fails the check.
@flow(name="publish", task_runner=ThreadPoolTaskRunner(max_workers=RENDER_THREADS))  # type: ignore[arg-type]
def publish(
    paths: list[Path],
    out: Path = Path("output"),
    settings: RunSettings | None = None,
    override: Path | None = None,
    renders: RenderPool | None = None,
) -> Any:
    """Publish each article (PDF, EPUB, PNG) to `<out>/<slug>/`; one failure never stops others.

    Returns the results (Completed), or a Failed state holding them when any article failed.
    `renders` is the caller's render pool; without one the run starts its own and stops it
    (every worker) before it ends, whatever happens."""
    settings = settings or RunSettings()
    out.mkdir(parents=True, exist_ok=True)
    with nullcontext(renders) if renders else RenderPool() as pool:
        ordered = _publish_all(list(map(Path, paths)), out, settings, override, pool)
    report_run(ordered)  # run reports for the Prefect UI (flows/artifacts.py)
    return outcome(ordered)


def _publish_all(
    paths: list[Path],
    out: Path,
    settings: RunSettings,
    override: Path | None,
    renders: RenderPool,
) -> list[lib.ArticleResult]:
    total = len(paths)
    results: dict[int, lib.ArticleResult] = {}
    flying: deque[InFlight] = deque()

    def land_next() -> None:
        item = flying[0]  # still in flight if interrupted while landing: see finally below
        try:
            results[item.index] = land(item, out, settings, total)
        except Exception as exc:  # one article's failure is recorded, the batch goes on
            results[item.index] = _failed(item.index, total, item.path, exc)
        flying.popleft()

    try:
        for index, path in enumerate(paths, 1):
            try:
                started = start_one(path, out, settings, override, renders, (index, total))
            except Exception as exc:
                results[index] = _failed(index, total, path, exc)
                continue
            if isinstance(started, InFlight):
                flying.append(started)
            else:
                results[index] = started
            while len(flying) >= IN_FLIGHT:
                land_next()
        while flying:
            land_next()
    finally:
        if flying:  # interrupted (SIGTERM, Ctrl-C, cancelled): stop the renders now
            renders.close()
        for item in flying:  # they have stopped writing: leave no staging folder behind
            wait(item.futures)
            discard_staging(item.stage)
    return [results[index] for index in sorted(results)]


def results_of(state: Any) -> list[lib.ArticleResult]:
    """The article results of a finished `publish` run (its `return_state=True` state,
    Completed or Failed); a run that crashed re-raises its error."""
    assert isinstance(state, State), state
    data = state.result(raise_on_failure=False, _sync=True)  # type: ignore[call-overload]
    if isinstance(data, BaseException):
        raise data
    found: list[lib.ArticleResult] = data
    return found
