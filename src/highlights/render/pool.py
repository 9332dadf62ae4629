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
files and fails if it fails. The lanes, their workers and the jobs held for a free lane are
`highlights.render.lane_pool`'s; this module chains each article's formats to its cover.

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

from concurrent.futures import Future, InvalidStateError, wait
from pathlib import Path

from highlights.model import OutputFile
from highlights.render.job import Prepared
from highlights.render.lane_pool import LanePool
from highlights.render.lanes import COVERS_KEPT, RENDERS_PER_WORKER
from highlights.render.outcome import stopped
from highlights.render.registry import Kind, bundle_kinds, renderer
from highlights.settings import Format, RunSettings

__all__ = ["RenderPool"]


class RenderPool(LanePool):
    """Render workers for one caller: each article's cover first, then its formats."""

    def __init__(
        self,
        workers: int | None = None,
        timeout: float | None = None,
        renders_per_worker: int = RENDERS_PER_WORKER,
    ) -> None:
        super().__init__(workers, timeout, renders_per_worker)
        self._covers: dict[Path, Future[list[OutputFile]]] = {}  # by staging folder

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
            self._covers.clear()
        super().close()
