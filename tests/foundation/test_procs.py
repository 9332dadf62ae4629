"""Process trees: a process that exits while its threads are being listed has no children,
and does not stop the walk (`/proc/N/task` answers ESRCH mid-exit: seen once in CI)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from highlights import procs


def test_a_live_process_lists_the_child_it_started() -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert child.pid in procs.children(os.getpid())
    finally:
        child.kill()
        child.wait()


def test_a_process_that_exits_while_its_threads_are_listed_has_no_children(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def exited(self: Path, pattern: str) -> list[Path]:
        raise ProcessLookupError(3, "No such process", str(self))

    monkeypatch.setattr(Path, "glob", exited)
    assert procs.children(os.getpid()) == []
    assert procs.descendants(os.getpid()) == []
