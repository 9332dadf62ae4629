"""Shared test fixtures: the sample, golden files, and one Prefect test harness per session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests explore new inputs on every local run; CI replays one fixed sequence, so a
# change lands or fails on its own merits, not on the day's draw. Found cases are pinned
# with @example.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "assets" / "samples" / "zigong-communique.txt"
GROUNDTRUTH = ROOT / "tests" / "data" / "groundtruth"

# Quiet, offline Prefect for every test that starts one (see ../shared/NOTES.md).
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_UI_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite golden files in tests/data/groundtruth/ instead of comparing with them",
    )


def pytest_configure(config: pytest.Config) -> None:
    """CI compares with the golden files and never rewrites them (.ci/run sets CI=1)."""
    if os.environ.get("CI") and config.getoption("--update-golden"):
        raise pytest.UsageError("--update-golden is refused when CI is set: golden files are "
                                "rewritten only by hand, in a commit that says why")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def golden_text(update_golden: bool) -> Callable[[str, str], None]:
    """Compare text with tests/data/groundtruth/<name>; write it only under --update-golden."""

    def check(name: str, actual: str) -> None:
        path = GROUNDTRUTH / name
        if update_golden:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.is_file(), f"no golden file {path}: run pytest --update-golden, then review it"
        expected = path.read_text(encoding="utf-8")
        assert actual == expected, f"{name} differs from its golden file (pytest --update-golden)"

    return check


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test harness for the whole session: it takes ~15 s to start and stop."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


# Commands started by the tests share a local Prefect server per PREFECT_HOME: the session's
# own (never the user's ~/.prefect), or a test's. It stops two minutes after its last use, and
# every one still running when the session ends is stopped here: the suite leaves no server.
os.environ.setdefault("HIGHLIGHTS_SERVER_IDLE_MINUTES", "2")
SESSION_PREFECT_HOME = Path(tempfile.mkdtemp(prefix="highlights-test-prefect-"))
os.environ["PREFECT_HOME"] = str(SESSION_PREFECT_HOME)
atexit.register(shutil.rmtree, SESSION_PREFECT_HOME, True)  # also in xdist's controller


def _stop_test_servers(under: Path) -> None:
    from highlights import procs

    keepers = []
    for proc in Path("/proc").glob("[0-9]*"):
        line = procs.cmdline(int(proc.name))
        if "flows.server_host" in line and f"--home {under}" in line:
            keepers.append(int(proc.name))
    servers = [child for keeper in keepers for child in procs.descendants(keeper)]
    procs.stop_all(keepers, grace=15.0)  # each keeper stops its server
    procs.stop_all([pid for pid in servers if procs.alive(pid)], grace=2.0)


@pytest.fixture(scope="session", autouse=True)
def no_server_left_behind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    yield
    _stop_test_servers(tmp_path_factory.getbasetemp())
    _stop_test_servers(SESSION_PREFECT_HOME)
    shutil.rmtree(SESSION_PREFECT_HOME, ignore_errors=True)


CHROMIUM = "/usr/bin/chromium"
# Flags for a sandboxed machine with no network (see the machine notes): no background calls.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium for one test module: Playwright's event loop must not outlive it, or later
    tests' Prefect calls would see a running loop and return coroutines."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
