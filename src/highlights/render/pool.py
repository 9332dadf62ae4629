"""Render worker processes, owned by whoever creates them: `with RenderPool() as renders:`.

Threads cannot render side by side (WeasyPrint's layout and Pillow's drawing run Python code
under the GIL), and a long batch in one process keeps growing (font and layout caches). So
formats render in worker processes forked from a template of their lane that has loaded the
libraries and rendered a tiny article in the lane's formats (`highlights.render.mpcontext`):
a new worker starts warm. PDF has a lane of workers of its own and the images and EPUB
another, so no process holds both WeasyPrint's and Pillow's fonts; each worker is replaced
after the renders of RENDERS_PER_WORKER articles, at the cost of a fork.
Each renderer's lane comes from the registry (`highlights.render.registry`). The cover image
is made once per staging folder, first, in the images lane; a format that shows it (the
EPUB) starts when it is there, the others (the PDF) at once; every format lists it among its
files and fails if it fails.

The pool belongs to its caller (the CLI, a flow run, the desk, a benchmark), which closes it
when it is done or stopped: `close()` stops every worker at once, whatever they are doing,
and works the same in a child process (nothing relies on `atexit`). Each render has a timeout:
a render that takes longer is stopped with its worker and fails its article with one line.
The workers are `pebble` process pools (timeouts, a maximum of tasks per worker, an
initializer).

HIGHLIGHTS_WORKERS sets the number of worker processes (default: the CPU count, at most 4);
0 renders in the calling thread instead (for debugging and profiling).
HIGHLIGHTS_RENDER_TIMEOUT sets the longest one format of one article may take (seconds,
default 120).
"""

from __future__ import annotations

import contextlib
import os
import threading
from concurrent.futures import Future, InvalidStateError, wait
from pathlib import Path
from types import TracebackType

from pebble import ProcessPool

from highlights.model import OutputFile
from highlights.render.job import Prepared, render_format
from highlights.render.lanes import (
    COVERS_KEPT,
    LANE_FORMATS,
    RENDERS_PER_ARTICLE,
    RENDERS_PER_WORKER,
    lanes,
    render_timeout,
    worker_count,
)
from highlights.render.mpcontext import WorkerContext
from highlights.render.outcome import job_outcome, stopped
from highlights.render.registry import Kind, bundle_kinds, renderer
from highlights.settings import Format, RunSettings
from highlights.warm import warm_renderers

Held = tuple[
    Future[list[OutputFile]], Kind, tuple[Kind, Prepared, Path, RunSettings], str | None
]
EITHER_LANES = ("images", "pdf")  # where an either-lane job may go, its own lane first


class RenderPool:
    """Render workers for one caller; a context manager that stops them all on exit."""

    def __init__(
        self,
        workers: int | None = None,
        timeout: float | None = None,
        renders_per_worker: int = RENDERS_PER_WORKER,
    ) -> None:
        self.workers = worker_count() if workers is None else workers
        self.timeout = render_timeout() if timeout is None else timeout
        self.renders_per_worker = renders_per_worker
        self._lanes = lanes(self.workers)
        self._pools: dict[str, ProcessPool] = {}
        self._templates: dict[str, WorkerContext] = {}  # a lane's template outlives its workers
        self._pending: dict[Future[list[OutputFile]], str | None] = {}
        self._covers: dict[Path, Future[list[OutputFile]]] = {}  # by staging folder
        self._queued: dict[str, int] = {}  # jobs scheduled per lane, running or waiting
        self._held: list[Held] = []  # either-lane jobs waiting for a free lane
        self._lock = threading.RLock()  # re-entered by a callback of a job already done
        self._closed = False

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _pool(self, lane: str) -> ProcessPool:
        """The lane's workers (started on first use); a pool that broke is replaced."""
        pool = self._pools.get(lane)
        if pool is not None and not pool.active:
            pool.stop()  # type: ignore[no-untyped-call]
            threading.Thread(target=pool.join, daemon=True).start()
            pool = None
        if pool is None:
            for other in self._lanes:  # every template warms at once: the first job waits for
                self._template(other).start_template()  # its lane's, and the next one's is on
            pool = self._pools[lane] = ProcessPool(
                max_workers=self._lanes[lane],
                max_tasks=self.renders_per_worker * RENDERS_PER_ARTICLE[lane],
                initializer=warm_renderers,
                initargs=(LANE_FORMATS[lane],),
                context=self._template(lane),
            )
        return pool

    def _template(self, lane: str) -> WorkerContext:
        """The lane's context: its workers are forked from its warm template process."""
        template = self._templates.get(lane)
        if template is None:
            template = self._templates[lane] = WorkerContext(lane)
        return template

    def start(self) -> None:
        """Start the lanes' templates now, so that they warm up in the background (the CLI
        calls this while Prefect's server starts), and fork the workers from them once they
        are warm. Returns at once: a new owner must not wait (the warm host that replaces a
        pool would turn its next command away as busy)."""
        if not self.workers:
            return
        with self._lock:
            if self._closed:
                return
            for lane in self._lanes:
                self._template(lane).start_template()
        threading.Thread(target=self._start_workers, name="render-start", daemon=True).start()

    def _start_workers(self) -> None:
        with self._lock:  # a render submitted meanwhile waits for the workers anyway
            if self._closed:
                return
            for lane in self._lanes:
                self._pool(lane).schedule(os.getpid)  # a pebble pool starts on its first task

    def renew(self) -> None:
        """New workers for every lane now, while nothing renders (a long-lived owner between
        runs, such as the warm publish host): they warm up then, instead of a worker that
        reaches its last render being replaced in the middle of the next article."""
        with self._lock:
            if self._closed or self._pending or not self.workers:
                return
            old = list(self._pools.values())
            self._pools.clear()
            for lane in self._lanes:
                self._pool(lane).schedule(os.getpid)
        for pool in old:
            pool.close()  # type: ignore[no-untyped-call]
            threading.Thread(target=pool.join, daemon=True).start()

    def submit(
        self, fmt: Format | Kind, prepared: Prepared, stage: Path, settings: RunSettings
    ) -> Future[list[OutputFile]]:
        """Render one format in a worker process (or in this thread with no workers), once the
        article's cover is in the stage; its files include the cover's."""
        if prepared.record.cover is None:
            return self._submit(fmt, prepared, stage, settings)
        cover = self._cover(prepared, stage, settings)
        future: Future[list[OutputFile]] = Future()
        source = prepared.article.source.path
        with self._lock:
            if self._closed:
                raise stopped(source)
            self._pending[future] = source

        def start(made: Future[list[OutputFile]]) -> None:
            try:
                files = made.result()
                inner = self._submit(fmt, prepared, stage, settings)
            except BaseException as exc:  # the cover failed (or the pool stopped): so does fmt
                self._settle(future, exc)
                return
            inner.add_done_callback(lambda done: self._settle(future, done, files))

        if renderer(fmt).needs_cover:
            cover.add_done_callback(start)
            return future
        # A format that does not show the cover starts now (the PDF lane does not wait for the
        # images lane); it still lists the cover's files, and fails if the cover fails.
        try:
            inner = self._submit(fmt, prepared, stage, settings)
        except BaseException as exc:  # the pool stopped
            self._settle(future, exc)
            return future
        inner.add_done_callback(lambda done: cover.add_done_callback(
            lambda made: self._settle(future, made if made.exception() else done,
                                      None if made.exception() else made.result())))
        return future

    def _cover(
        self, prepared: Prepared, stage: Path, settings: RunSettings
    ) -> Future[list[OutputFile]]:
        """The cover job of this staging folder: submitted by the first format to ask."""
        with self._lock:
            made = self._covers.get(stage)
            if made is not None:
                return made
            made = self._covers[stage] = Future()
            while len(self._covers) > COVERS_KEPT:
                del self._covers[next(iter(self._covers))]
        try:
            inner = self._submit("cover", prepared, stage, settings)
        except BaseException as exc:
            made.set_exception(exc)
            return made
        inner.add_done_callback(lambda done: self._settle(made, done))
        return made

    def _settle(
        self,
        future: Future[list[OutputFile]],
        outcome: Future[list[OutputFile]] | BaseException,
        before: list[OutputFile] | None = None,
    ) -> None:
        """Hand `outcome` (a finished job or an error) to `future`, after `before`'s files."""
        with self._lock:
            self._pending.pop(future, None)
        try:
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
            elif outcome.exception() is not None:
                future.set_exception(outcome.exception())
            else:
                future.set_result([*(before or []), *outcome.result()])
        except InvalidStateError:  # already failed by close()
            pass

    def _submit(
        self, kind: Kind, prepared: Prepared, stage: Path, settings: RunSettings
    ) -> Future[list[OutputFile]]:
        """One kind in its lane's worker (or in this thread with no workers), nothing first.

        A kind that may run in either lane (`Renderer.either_lane`: the EPUB, which needs
        neither WeasyPrint's nor Pillow's fonts) is held here until a lane has a worker with
        nothing queued, its own lane first: in a batch it fills the PDF lane's idle time
        instead of lengthening the images lane, the longer of the two."""
        source = prepared.article.source.path
        future: Future[list[OutputFile]] = Future()
        if not self.workers:
            try:
                future.set_result(render_format(kind, prepared, stage, settings))
            except BaseException as exc:  # handed to the caller like a worker's
                future.set_exception(exc)
            return future
        entry = renderer(kind)
        args = (kind, prepared, stage, settings)
        with self._lock:
            if self._closed:
                raise stopped(source)
            self._pending[future] = source
            if "all" in self._lanes:
                lane: str | None = "all"
            elif entry.either_lane:
                self._held.append((future, kind, args, source))
                lane = None
            else:
                lane = entry.lane
            if lane is not None:
                try:
                    self._schedule(lane, future, kind, args, source)
                except BaseException:
                    self._pending.pop(future, None)
                    raise
        self._dispatch_held()
        return future

    def _schedule(
        self,
        lane: str,
        future: Future[list[OutputFile]],
        kind: Kind,
        args: tuple[Kind, Prepared, Path, RunSettings],
        source: str | None,
    ) -> None:
        """Hand one job to the lane's pebble pool (the lock held); `_land` settles `future`."""
        try:
            inner = self._pool(lane).schedule(render_format, args=args, timeout=self.timeout)
        except RuntimeError:  # the lane's pool broke (a worker vanished): a new one
            self._pools[lane].stop()  # type: ignore[no-untyped-call]
            del self._pools[lane]
            inner = self._pool(lane).schedule(render_format, args=args, timeout=self.timeout)
        self._queued[lane] = self._queued.get(lane, 0) + 1

        def landed(done: Future[list[OutputFile]]) -> None:
            with self._lock:
                self._queued[lane] -= 1
            self._land(future, kind, source, done)
            self._dispatch_held()

        inner.add_done_callback(landed)

    def _idle(self, lane: str, home: str) -> bool:
        """The lane has a worker with nothing queued; another lane than the job's own only
        once its workers are running (never a worker started and warmed up for one job)."""
        if lane not in self._lanes or self._queued.get(lane, 0) >= self._lanes[lane]:
            return False
        pool = self._pools.get(lane)
        return lane == home or (pool is not None and bool(pool.active))

    def _dispatch_held(self) -> None:
        """Send held jobs to lanes that have a worker with nothing to do, oldest job first."""
        with self._lock:
            while self._held and not self._closed:
                future, kind, args, source = self._held[0]
                free = [lane for lane in EITHER_LANES if self._idle(lane, renderer(kind).lane)]
                if not free:
                    return
                self._held.pop(0)
                try:
                    self._schedule(free[0], future, kind, args, source)
                except BaseException as exc:  # handed to the caller like a worker's
                    self._pending.pop(future, None)
                    with contextlib.suppress(InvalidStateError):
                        future.set_exception(exc)

    def _land(
        self,
        future: Future[list[OutputFile]],
        fmt: Kind,
        source: str | None,
        done: Future[list[OutputFile]],
    ) -> None:
        with self._lock:
            self._pending.pop(future, None)
        outcome = job_outcome(done, fmt, source, self.timeout)
        try:
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
            else:
                future.set_result(outcome)
        except InvalidStateError:  # already failed by close()
            pass

    def render(
        self, fmt: Format, prepared: Prepared, stage: Path, settings: RunSettings
    ) -> list[OutputFile]:
        """Render one format in a worker and wait for it."""
        return self.submit(fmt, prepared, stage, settings).result()

    def render_all(
        self, prepared: Prepared, stage: Path, settings: RunSettings
    ) -> list[OutputFile]:
        """Every format of `settings` side by side; returns only when all have stopped writing."""
        kinds = [*settings.formats, *bundle_kinds(list(settings.platforms))]
        futures = [self.submit(kind, prepared, stage, settings) for kind in kinds]
        wait(futures)  # a failing renderer must not leave the others writing into the stage
        files = {entry.path: entry for future in futures for entry in future.result()}
        return list(files.values())  # the cover comes with every format: listed once

    def close(self) -> None:
        """Stop every worker now (running renders fail as interrupted) and wait until they
        have exited: a few seconds at most, in a parent or in a child process alike."""
        with self._lock:
            self._closed = True
            pools = list(self._pools.values())
            self._pools.clear()
            templates = list(self._templates.values())
            self._templates.clear()
            pending = dict(self._pending)
            self._pending.clear()
            self._covers.clear()
            self._held.clear()  # their futures are in `pending`: failed below
        for pool in pools:
            pool.stop()  # type: ignore[no-untyped-call]
        joins = [threading.Thread(target=pool.join, daemon=True) for pool in pools]
        for thread in joins:
            thread.start()
        for thread in joins:
            thread.join(10)
        for template in templates:
            template.stop()  # exits once its last worker has
        for future, source in pending.items():
            with contextlib.suppress(InvalidStateError):
                future.set_exception(stopped(source))

