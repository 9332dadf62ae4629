"""Renderers in worker processes: both cores at work, and memory handed back.

Threads cannot render side by side (WeasyPrint's layout and Pillow's drawing run Python code
under the GIL), and a long batch in one process keeps growing (font and layout caches). So
formats render in worker processes forked from a template that has loaded the libraries and the
dictionary (`highlights.render.preload`). PDF has a lane of workers of its own and the images
and EPUB another, so no process holds both WeasyPrint's and Pillow's fonts; a new worker warms
up on a tiny article of its lane's formats, and each lane's workers are replaced every
RENDERS_PER_POOL renders.

HIGHLIGHTS_WORKERS sets the number of worker processes (default: the CPU count, at most 4);
0 renders in the calling thread instead (for debugging and profiling).
"""

from __future__ import annotations

import atexit
import io
import os
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import context, forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.process import BaseProcess
from pathlib import Path

from highlights.errors import HighlightsError
from highlights.model import OutputFile
from highlights.publish import Prepared, render_format
from highlights.settings import ALL_FORMATS, Format, RunSettings
from highlights.warm import warm_renderers

RENDERS_PER_POOL = 12  # per lane: workers grow with every new face and document
MAX_DEFAULT_WORKERS = 4
_lock = threading.Lock()
_pools: dict[str, ProcessPoolExecutor] = {}  # lane → its current pool
_retired: deque[ProcessPoolExecutor] = deque(maxlen=8)
_renders: dict[str, int] = {}


class _Popen(popen_forkserver.Popen):
    """Python's forkserver launch, minus re-running the caller's `__main__` in each worker: the
    renderers are library functions, and a script without an `if __name__ == "__main__"`
    guard must not run again (nor fail) in every worker. The rest is 3.11's `_launch`."""

    def _launch(self, process_obj: BaseProcess) -> None:
        prep_data = spawn.get_preparation_data(process_obj.name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        context.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            context.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)  # type: ignore[attr-defined]
        parent_w = os.dup(w)  # the child's sentinel of its parent, as in the original
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))  # type: ignore[attr-defined]
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: BaseProcess) -> _Popen:  # multiprocessing's name
        return _Popen(process_obj)


class _Context(context.ForkServerContext):
    Process = _Process


def worker_count() -> int:
    raw = os.environ.get("HIGHLIGHTS_WORKERS", "").strip()
    if not raw:
        return min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS)
    if not raw.isdigit():
        raise HighlightsError(
            None,
            f"HIGHLIGHTS_WORKERS={raw!r} is not a whole number",
            "set it to a count of worker processes such as 2, or 0 to render in-process",
        )
    return int(raw)


def lanes() -> dict[str, int]:
    """Worker processes per lane. PDF renders in a lane of its own and the images and the EPUB
    in another, so that no worker holds both WeasyPrint's and Pillow's fonts (peak memory per
    process); their work per article is about equal. One worker: one lane for everything."""
    count = worker_count()
    if count < 2:
        return {"all": count}
    return {"pdf": count - count // 2, "other": count // 2}


LANE_FORMATS: dict[str, tuple[Format, ...]] = {
    "all": ALL_FORMATS,
    "pdf": ("pdf",),
    "other": ("png", "epub"),
}


def _lane(fmt: Format) -> str:
    return "all" if "all" in lanes() else ("pdf" if fmt == "pdf" else "other")


def _executor(lane: str, renders: int = 0) -> ProcessPoolExecutor:
    """The lane's current pool; after RENDERS_PER_POOL renders, a fresh one (new workers forked
    from the template) while the old one finishes its queue and lets its workers exit.

    Not `max_tasks_per_child`: on Python 3.11 a pool can hang when a worker retires that way
    (CPython gh-115634), and a scheduled pipeline must never hang."""
    with _lock:
        pool = _pools.get(lane)
        if pool is not None and _renders.get(lane, 0) >= RENDERS_PER_POOL:
            pool.shutdown(wait=False)  # its queued renders still run; then its workers exit
            _retired.append(pool)  # referenced until then: its manager thread needs it
            pool = None
        if pool is None:
            mp_context = _Context()
            mp_context.set_forkserver_preload(["highlights.render.preload"])
            pool = _pools[lane] = ProcessPoolExecutor(
                lanes()[lane],
                mp_context=mp_context,
                initializer=warm_renderers,
                initargs=(LANE_FORMATS[lane],),
            )
            _renders[lane] = 0
        _renders[lane] += renders
        return pool


def worker_pids() -> set[int]:
    """The process ids of the current workers (for tests and diagnostics)."""
    with _lock:
        return {pid for pool in _pools.values() for pid in pool._processes or {}}


def start_workers() -> None:
    """Start the template process and the workers now, so that they warm up in the background
    (the CLI calls this while Prefect's server starts)."""
    for lane, count in lanes().items():
        if count:
            pool = _executor(lane)
            for _ in range(count):
                pool.submit(os.getpid)


def shutdown() -> None:
    with _lock:
        pools = [*_retired, *_pools.values()]
        _pools.clear()
        _retired.clear()
    for pool in pools:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown)


def submit(
    fmt: Format, prepared: Prepared, stage: Path, settings: RunSettings
) -> Future[list[OutputFile]]:
    """Render one format in a worker process (or in this thread with HIGHLIGHTS_WORKERS=0)."""
    if not worker_count():
        future: Future[list[OutputFile]] = Future()
        try:
            future.set_result(render_format(fmt, prepared, stage, settings))
        except BaseException as exc:  # handed to the caller like a worker's
            future.set_exception(exc)
        return future
    try:
        return _executor(_lane(fmt), 1).submit(render_format, fmt, prepared, stage, settings)
    except BrokenProcessPool:
        # A worker died between articles (killed, out of memory): not this article's fault.
        _discard_broken()
        return _executor(_lane(fmt), 1).submit(render_format, fmt, prepared, stage, settings)


def render(fmt: Format, prepared: Prepared, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """Render one format in a worker and wait; a worker that died (killed, out of memory) is
    reported as this article's failure, and the next article gets fresh workers."""
    return _result(fmt, prepared, submit(fmt, prepared, stage, settings))


def render_all(prepared: Prepared, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """Every format of `settings` side by side; returns only when all have stopped writing."""
    futures = [submit(fmt, prepared, stage, settings) for fmt in settings.formats]
    wait(futures)  # a failing renderer must not leave the others writing into the stage
    files: list[OutputFile] = []
    for fmt, future in zip(settings.formats, futures, strict=True):
        files.extend(_result(fmt, prepared, future))
    return files


def _result(fmt: Format, prepared: Prepared, future: Future[list[OutputFile]]) -> list[OutputFile]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        _discard_broken()
        raise HighlightsError(
            prepared.article.source.path,
            f"the {fmt.upper()} renderer's process stopped",
            "it was killed or ran out of memory; the next run starts new ones",
        ) from exc


def _discard_broken() -> None:
    """Drop every pool that a dead worker broke; the next render starts fresh ones."""
    with _lock:
        broken = {lane: pool for lane, pool in _pools.items() if pool._broken}
        for lane in broken:
            del _pools[lane]
    for pool in broken.values():
        pool.shutdown(wait=False, cancel_futures=True)
