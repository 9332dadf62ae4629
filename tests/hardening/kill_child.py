"""Child process of test_atomic.py: forks publishing runs and kills them at chosen points.

    python kill_child.py SOURCE OUT

Imports and warms the pipeline once, prints "ready", then reads commands from stdin, one per
line, and answers each with one line once its runs have ended:

    run SPEC PRESET            fork one run that publishes SOURCE into OUT with the card preset
    pair PRESET PRESET         fork two runs at once, never killed

SPEC says where the run SIGKILLs itself: "0" never; "e:N" before its N-th file event (a call
that creates, writes, moves or deletes a file: open for writing, os.replace/rename, mkdir,
mkdtemp, rmtree, unlink), counted across all renderer threads; "r:N" right after its N-th
os.replace returns (between moving the old set away and the new set in, for example); "t:S"
the parent kills it S seconds after it starts. The answer is "exit CODES events N replaces R"
(N and R from the last run that finished).
"""

from __future__ import annotations

import builtins
import contextlib
import io
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_events = 0
_replaces = 0
_kill_event = 0
_kill_replace = 0


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _event() -> None:
    global _events
    with _lock:
        _events += 1
        if _events == _kill_event:
            _die()


def _counted(func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _event()
        return func(*args, **kwargs)

    return wrapper


def _counted_replace(func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        global _replaces
        _event()
        result = func(*args, **kwargs)
        with _lock:
            _replaces += 1
            if _replaces == _kill_replace:
                _die()
        return result

    return wrapper


def _counted_open(func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            _event()
        return func(file, mode, *args, **kwargs)

    return wrapper


def _instrument(spec: str) -> None:
    global _kill_event, _kill_replace
    kind, _, value = spec.partition(":")
    if kind == "e":
        _kill_event = int(value)
    elif kind == "r":
        _kill_replace = int(value)
    import highlights.output

    # The atomic swap of the old set for the new one is a replace too.
    highlights.output.exchange = _counted_replace(highlights.output.exchange)
    builtins.open = _counted_open(builtins.open)
    io.open = _counted_open(io.open)
    os.replace = _counted_replace(os.replace)
    for module, name in ((os, "rename"), (os, "mkdir"), (os, "unlink"), (os, "remove"),
                         (tempfile, "mkdtemp"), (shutil, "rmtree")):
        setattr(module, name, _counted(getattr(module, name)))


def _fork(source: Path, out: Path, spec: str, preset: str, report: int) -> int:
    from highlights.publish import publish_article
    from highlights.settings import PngSettings, RunSettings

    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        _instrument(spec)
        settings = RunSettings(formats=["png"], png=PngSettings.model_validate({"preset": preset}))
        publish_article(source, out, settings)
    except BaseException as exc:  # reported to the test, which fails on it
        print(f"error {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        code = 1
    os.write(report, f"{_events} {_replaces}\n".encode())
    os._exit(code)


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    # Render in the run's own process, so that every file event is counted (and can be the one
    # that kills it); worker processes are killed in test_atomic.py's worker test.
    os.environ["HIGHLIGHTS_WORKERS"] = "0"
    from highlights.publish import prepare
    from highlights.settings import RunSettings

    prepare(source, RunSettings())  # warm: dictionaries, fonts
    import highlights.render.png  # noqa: F401

    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split()
        read_end, write_end = os.pipe()
        if command == "run":
            spec, preset = args
            pids = [_fork(source, out, spec, preset, write_end)]
            if spec.startswith("t:"):
                time.sleep(float(spec[2:]))
                with contextlib.suppress(ProcessLookupError):  # it may have finished first
                    os.kill(pids[0], signal.SIGKILL)
        else:
            pids = [_fork(source, out, "0", preset, write_end) for preset in args]
        os.close(write_end)
        codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]
        with os.fdopen(read_end) as reports:
            counts = reports.read().split()
        events, replaces = (counts[-2], counts[-1]) if counts else ("0", "0")
        print(f"exit {','.join(map(str, codes))} events {events} replaces {replaces}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
