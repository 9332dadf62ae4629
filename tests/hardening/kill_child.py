"""Child process of test_atomic.py: publish one article, SIGKILL itself at the N-th file event.

    python kill_child.py SOURCE OUT PRESET KILL_AT [--wait]

File events are the calls that create, write, move or delete files (open for writing,
os.replace/rename, mkdir, mkdtemp, rmtree, unlink), counted across all renderer threads from
the moment publishing starts. KILL_AT 0 never kills; the child then prints the number of events
it saw, so that the parent can choose kill points across the whole run. With --wait the child
prints "ready" once imported and waits for a line on stdin before it publishes (to start two
children at the same moment).
"""

from __future__ import annotations

import builtins
import io
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_count = 0
_kill_at = 0


def _event() -> None:
    global _count
    with _lock:
        _count += 1
        if _count == _kill_at:
            os.kill(os.getpid(), signal.SIGKILL)


def _counted(func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _event()
        return func(*args, **kwargs)

    return wrapper


def _counted_open(func: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            _event()
        return func(file, mode, *args, **kwargs)

    return wrapper


def main() -> int:
    global _kill_at
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    preset, kill_at = sys.argv[3], int(sys.argv[4])
    # Import the renderers before counting, so that the count is about publishing only.
    import highlights.render.epub
    import highlights.render.pdf
    import highlights.render.png  # noqa: F401
    from highlights.publish import publish_article
    from highlights.settings import PngSettings, RunSettings

    settings = RunSettings(png=PngSettings(preset=preset))
    if "--wait" in sys.argv:
        print("ready", flush=True)
        sys.stdin.readline()
    _kill_at = kill_at
    builtins.open = _counted_open(builtins.open)
    io.open = _counted_open(io.open)
    for module, name in ((os, "replace"), (os, "rename"), (os, "mkdir"), (os, "unlink"),
                         (os, "remove"), (tempfile, "mkdtemp"), (shutil, "rmtree")):
        setattr(module, name, _counted(getattr(module, name)))
    folder = publish_article(source, out, settings)
    print(f"events {_count}", flush=True)
    print(f"folder {folder}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
