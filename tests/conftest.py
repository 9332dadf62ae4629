"""Shared test fixtures: the sample, golden files, and one Prefect test harness per session."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

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
