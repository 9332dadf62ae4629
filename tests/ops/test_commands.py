"""The operations commands where no server is needed: `serve --once` on a quiet inbox costs a
directory scan (no Prefect), `deploy` without a server says so in one line with the fix."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from highlights.inbox import set_aside

BIN = Path(sys.executable).parent
NOWHERE = "http://127.0.0.1:9/api"  # nothing listens there: any use of Prefect would fail


def _highlights(
    args: list[str], env: dict[str, str], tmp: Path
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "highlights"), *args], env=env, cwd=tmp, capture_output=True, text=True,
        timeout=120, check=False,
    )


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PREFECT_HOME": str(tmp / "prefect-home"), **extra}
    if "PREFECT_API_URL" not in extra:
        env.pop("PREFECT_API_URL", None)
    return env


def test_serve_once_on_a_quiet_inbox_exits_0_without_prefect(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bad = inbox / "empty.txt"
    bad.write_bytes(b"")
    os.utime(bad, (time.time() - 60, time.time() - 60))
    set_aside(inbox, bad, f"{bad}: the file is empty (nothing to publish)")
    args = ["serve", "--once", "--inbox", str(inbox), "--out", str(tmp_path / "out")]
    done = _highlights(args, _env(tmp_path, PREFECT_API_URL=NOWHERE), tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 file(s) set aside" in done.stderr and ".failed" in done.stderr


def test_serve_once_over_a_missing_inbox_is_one_line(tmp_path: Path) -> None:
    args = ["serve", "--once", "--inbox", str(tmp_path / "nowhere"), "--out", str(tmp_path)]
    done = _highlights(args, _env(tmp_path, PREFECT_API_URL=NOWHERE), tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "nowhere: the inbox folder does not exist" in lines[0], lines


def test_deploy_without_a_server_says_how_to_set_one(tmp_path: Path) -> None:
    started = time.monotonic()
    done = _highlights(["deploy", "--pool", "p"], _env(tmp_path), tmp_path)
    assert time.monotonic() - started < 30  # not Prefect's 14 s of trying, then a traceback
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api" in lines[0]


def test_deploy_to_a_server_that_does_not_answer(tmp_path: Path) -> None:
    done = _highlights(["deploy", "--pool", "p"], _env(tmp_path, PREFECT_API_URL=NOWHERE), tmp_path)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and f"no Prefect server answers at PREFECT_API_URL={NOWHERE}" in lines[0]


def test_deploy_refuses_the_name_of_serve(tmp_path: Path) -> None:
    args = ["deploy", "--pool", "p", "--flow", "inbox", "--name", "serve"]
    done = _highlights(args, _env(tmp_path, PREFECT_API_URL=NOWHERE), tmp_path)
    assert done.returncode == 1 and "belongs to `highlights serve`" in done.stderr
