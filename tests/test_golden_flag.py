"""Golden files are rewritten only on request: CI must never regenerate them silently.

Runs everywhere, CI included (.ci/run sets CI=1): a pytest started with CI set and
--update-golden must stop before any test runs, and one without CI must accept the flag.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pytest(tmp_path: Path, ci: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    test = ROOT / "tests" / "test_golden_flag.py::test_ci_is_set_when_ci_runs"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         str(test), *args, f"--basetemp={tmp_path / 'run'}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_update_golden_is_refused_in_ci(tmp_path: Path) -> None:
    run = _pytest(tmp_path, "1", "--update-golden")
    assert run.returncode == 4, run.stdout + run.stderr  # pytest's usage error
    assert "--update-golden is refused when CI is set" in run.stderr


def test_update_golden_is_accepted_by_hand(tmp_path: Path) -> None:
    run = _pytest(tmp_path, None, "--update-golden")
    assert run.returncode == 0, run.stdout + run.stderr


def test_ci_is_set_when_ci_runs(update_golden: bool) -> None:
    """In CI (the .ci/run script) CI is set, so the refusal above is armed there."""
    if os.environ.get("CI"):
        assert not update_golden
