"""The `publish` Prefect flow: Prefect wiring over `highlights.pipeline.Pipeline`.

Two task runs per article: prepare (read, normalise, split) and render (every format, then
the complete set moved into place); the order of work is the only thing decided here. Retries
wrap only I/O (reading the source, moving files into place); bad input fails once with one
clear line and the other articles of the batch go on.
"""

from __future__ import annotations

import time
from collections import deque
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import State, flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, wait
from prefect.states import Failed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import opaque

from flows.artifacts import report_article, report_run
from flows.heartbeats import no_join_at_exit
from highlights.output import discard_staging
from highlights.pipeline import ArticleRun, Pipeline, Progress, to_stderr
from highlights.records import ArticleResult, Manifest, failures_line
from highlights.render.job import Prepared
from highlights.render.pool import RenderPool
from highlights.settings import RunSettings

no_join_at_exit()  # a run ends when its work does, not up to a second later

# Renderers run in worker processes (highlights.render.pool); these threads only wait on them.
# Articles in flight: while one article's images render, the next one's PDF is already queued
# on the PDF lane, so neither core waits for the slower lane of the other article.
IN_FLIGHT = 3
RENDER_THREADS = IN_FLIGHT


T = TypeVar("T")


def whole(value: T) -> T:
    """A task argument Prefect takes as one value: it still links the task run to the one that
    returned it (the UI's graph), but does not walk its contents looking for futures (there are
    none). Walking an article's pipeline, record and deck cost ~25 ms of this process's CPU
    per task run, then three task runs per article (cProfile of a 10-article batch:
    _resolve_parameters and the inputs' collection, 0.47 s of 2.5 s in the task engine)."""
    return cast(T, opaque(value))


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
def prepare(pipeline: Pipeline, path: Path) -> Prepared:
    """Read, normalise and split one article (one task: the UI loses nothing by it)."""
    return pipeline.prepare(path)


# Rendering and moving into place are one task run: a third run per article (`finish`, a few
# ms of work) cost the local Prefect server about a quarter of its CPU in a batch, on the same
# two cores as the renders (bench.timeline, 20 articles × 4 rounds: 485 → 455 ms/article,
# server 2.6 → 1.9 CPU-s). The UI still shows which step failed: the error names it.
@task(
    retries=2, retry_delay_seconds=1, retry_condition_fn=_retry_on_io_error, cache_policy=NO_CACHE
)
def render(pipeline: Pipeline, prepared: Prepared, stage: Path, renders: RenderPool) -> Manifest:
    """Every format side by side, then the manifest and the move into `<out>/<slug>/`."""
    files = pipeline.render(prepared, stage, renders)
    return pipeline.finish(prepared, stage, files)


@dataclass
class InFlight:
    """An article whose renderers are running: landed (finished) once they all return."""

    run: ArticleRun
    prepared: Prepared
    stage: Path
    future: PrefectFuture[Manifest]
    submitted: float


def start_one(
    pipeline: Pipeline, run: ArticleRun, renders: RenderPool
) -> ArticleResult | InFlight:
    """Prepare one article, then start its renderers (or skip it when it is unchanged)."""
    with run.timed("prepare", "reading, normalising and splitting"):
        prepared = prepare(whole(pipeline), run.path)
    run.prepared(prepared)
    if pipeline.is_fresh(prepared):
        return run.skipped()
    stage = pipeline.stage(prepared)
    try:
        run.report(f"rendering {', '.join(pipeline.settings.formats)}")
        future = render.submit(whole(pipeline), whole(prepared), stage, whole(renders))
    except BaseException:
        discard_staging(stage)
        raise
    return InFlight(run, prepared, stage, future, time.perf_counter())


def land(item: InFlight) -> ArticleResult:
    """Wait for the article's renderers and the move of its complete set into place."""
    try:
        # Every renderer stops writing before the stage is moved or discarded (render_all
        # waits for all formats even when one fails).
        manifest = item.future.result()
        item.run.result.timings["render"] = round(time.perf_counter() - item.submitted, 4)
    except Exception:
        discard_staging(item.stage)  # they have all stopped; interrupted: see _publish_all
        raise
    result = item.run.published(manifest)
    report_article(result)  # its artifacts now, while the next articles render
    return result


def outcome(results: list[ArticleResult]) -> list[ArticleResult] | State[Any]:
    """The run's final state tells the truth: Failed, with every failure in its message (and
    the results as its data), when any article failed; else the results (Completed)."""
    message = failures_line(results)
    if not message:
        return results
    return Failed(message=message, data=results)


# Prefect's TaskRunner generic is invariant, so its own ThreadPoolTaskRunner fails the check.
@flow(name="publish", task_runner=ThreadPoolTaskRunner(max_workers=RENDER_THREADS))  # type: ignore[arg-type]
def publish(
    paths: list[Path],
    out: Path = Path("output"),
    settings: RunSettings | None = None,
    override: Path | None = None,
    renders: RenderPool | None = None,
    progress: Progress | None = None,
) -> Any:
    """Publish each article (PDF, EPUB, PNG) to `<out>/<slug>/`; one failure never stops others.

    Returns the results (Completed), or a Failed state holding them when any article failed.
    `renders` is the caller's render pool; without one the run starts its own and stops it
    (every worker) before it ends, whatever happens. `progress` receives each article's
    steps (default: one line each on stderr)."""
    out.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline(out, settings or RunSettings(), override, progress or to_stderr)
    with nullcontext(renders) if renders else RenderPool() as pool:
        if renders is None:
            pool.start()  # warm the workers while the first article is read
        ordered = _publish_all(pipeline, list(map(Path, paths)), pool)
    report_run(ordered)  # the run's summary for the Prefect UI (flows/artifacts.py)
    return outcome(ordered)


def _publish_all(
    pipeline: Pipeline, paths: list[Path], renders: RenderPool
) -> list[ArticleResult]:
    total = len(paths)
    results: dict[int, ArticleResult] = {}
    flying: deque[InFlight] = deque()

    def land_next() -> None:
        item = flying[0]  # still in flight if interrupted while landing: see finally below
        try:
            results[item.run.index] = land(item)
        except Exception as exc:  # one article's failure is recorded, the batch goes on
            results[item.run.index] = item.run.failed(exc)
        flying.popleft()

    try:
        for index, path in enumerate(paths, 1):
            run = pipeline.begin(path, index, total)
            try:
                started = start_one(pipeline, run, renders)
            except Exception as exc:
                results[index] = run.failed(exc)
                continue
            if isinstance(started, InFlight):
                flying.append(started)
            else:
                results[index] = started
                report_article(started)  # unchanged: its artifacts in this run too
            while len(flying) >= IN_FLIGHT:
                land_next()
        while flying:
            land_next()
    finally:
        if flying:  # interrupted (SIGTERM, Ctrl-C, cancelled): stop the renders now
            renders.close()
        for item in flying:  # they have stopped writing: leave no staging folder behind
            wait([item.future])
            discard_staging(item.stage)
    return [results[index] for index in sorted(results)]


def results_of(state: Any) -> list[ArticleResult]:
    """The article results of a finished `publish` run (its `return_state=True` state,
    Completed or Failed); a run that crashed re-raises its error."""
    assert isinstance(state, State), state
    data = state.result(raise_on_failure=False, _sync=True)  # type: ignore[call-overload]
    if isinstance(data, BaseException):
        raise data
    found: list[ArticleResult] = data
    return found
