"""Render worker processes in lanes, owned by whoever creates them (see `highlights.render.pool`).

PDF has a lane of workers of its own and the images and EPUB another, so no process holds both
WeasyPrint's and Pillow's fonts; each lane's workers are forked from a warm template of it
(`highlights.render.mpcontext`) and replaced after RENDERS_PER_WORKER articles. A job that may
run in either lane (the EPUB) is held until a lane has a worker with nothing queued.
"""

from __future__ import annotations

import contextlib
import os
import threading
from concurrent.futures import Future, InvalidStateError
from pathlib import Path
from types import TracebackType
from typing import Self

from pebble import ProcessPool

from highlights.model import OutputFile
from highlights.render.job import Prepared, render_format
from highlights.render.lanes import (
    LANE_FORMATS,
    RENDERS_PER_ARTICLE,
    RENDERS_PER_WORKER,
    lanes,
    render_timeout,
    worker_count,
)
from highlights.render.mpcontext import WorkerContext
from highlights.render.outcome import job_outcome, stopped
from highlights.render.registry import Kind, renderer
from highlights.settings import RunSettings
from highlights.warm import warm_renderers

__all__ = ["LanePool"]

Held = tuple[
    Future[list[OutputFile]], Kind, tuple[Kind, Prepared, Path, RunSettings], str | None
]
EITHER_LANES = ("images", "pdf")  # where an either-lane job may go, its own lane first


class LanePool:
    """Workers in lanes for one caller; a context manager that stops them all on exit."""

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
        self._queued: dict[str, int] = {}  # jobs scheduled per lane, running or waiting
        self._held: list[Held] = []  # either-lane jobs waiting for a free lane
        self._lock = threading.RLock()  # re-entered by a callback of a job already done
        self._closed = False

    def __enter__(self) -> Self:
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
