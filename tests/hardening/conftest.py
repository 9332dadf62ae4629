"""Fixtures of the hardening tests: the hostile corpus, built once per session in a temp folder,
and a generous wall-clock bound on each test so that a hang fails the test instead of the suite.
"""

from __future__ import annotations

import faulthandler
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hardening_support import Corpus, build_corpus

HANG_S = 300  # a hang, not a slow test: speed is measured in bench/, never asserted here


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return build_corpus(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(autouse=True)
def hang_guard(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that runs for HANG_S seconds (SIGALRM in the main thread), or end the
    session with every thread's stack if a renderer thread hangs past that.

    The slow CLI and child-process tests bound their subprocesses themselves.
    """
    if request.node.get_closest_marker("slow") or not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"{request.node.name} still running after {HANG_S} s: a hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(HANG_S)
    # A hang inside a renderer thread cannot be interrupted (the executor joins its threads):
    # a minute later, print every thread's stack and end the session rather than hang CI.
    faulthandler.dump_traceback_later(HANG_S + 60, exit=True)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
