"""Process trees from Linux's /proc: who a process started, and stopping all of them.

Used to stop every helper of a command (render workers, their template, Prefect's processes)
on SIGTERM, and by the tests that check no process is left behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from pathlib import Path


def children(pid: int) -> list[int]:
    found: list[int] = []
    try:  # (the process may exit while its threads are listed: `/proc/N/task` answers ESRCH)
        tasks = list(Path(f"/proc/{pid}/task").glob("*"))
    except OSError:
        return found
    for task in tasks:
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


# Processes a command must leave running though they may be below it (the local Prefect server
# that commands share): never stopped by `stop_descendants` or `exit_after`, nor their children.
SPARED: set[int] = set()


def descendants(pid: int, spare: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """Every process below `pid`, parents before their children; `spare` and theirs left out."""
    found: list[int] = []
    todo = children(pid)
    while todo:
        child = todo.pop(0)
        if child not in found and child not in spare:
            found.append(child)
            todo.extend(children(child))
    return found


def alive(pid: int) -> bool:
    """Running (a zombie has exited: only its parent has not collected it yet)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def cmdline(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return ""
    return raw.replace(b"\0", b" ").decode(errors="replace").strip()


def stop_all(pids: list[int], grace: float = 3.0) -> None:
    """SIGTERM each process, then SIGKILL whatever is still running after `grace` seconds."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        pids = [pid for pid in pids if alive(pid)]
        if not pids:
            return


def become_subreaper() -> None:
    """Orphaned descendants are re-parented to this process, not to init (Linux), so that a
    helper whose parent died first can still be found and stopped."""
    import ctypes

    pr_set_child_subreaper = 36
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_child_subreaper, 1)


def stop_descendants(grace: float = 2.0) -> None:
    """Stop every process still below this one (SIGTERM, then SIGKILL after `grace`)."""
    stop_all(descendants(os.getpid(), SPARED), grace=grace)


def exit_after(seconds: float, code: int = 128 + signal.SIGTERM) -> None:
    """A watchdog for a stop in progress: after `seconds`, stop every process below this one
    and exit with `code`, whatever is still running or waiting (exit handlers included)."""

    def expire() -> None:
        stop_all(descendants(os.getpid(), SPARED), grace=0.5)
        os._exit(code)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
