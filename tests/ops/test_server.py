"""The local Prefect server that `highlights` commands share: real commands, a real server.

Each test has its own PREFECT_HOME, so its own shared server (tests/conftest.py stops any
that is still running when the session ends)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from flows import shared_server

from highlights import procs

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "HIGHLIGHTS_WORKERS": "1"}
    env.pop("PREFECT_API_URL", None)
    return env


def _highlights(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "highlights"), *args], env=env, capture_output=True,
                          text=True, timeout=300, check=False)


def _publish(source: Path, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return _highlights(["publish", str(source), "--out", str(out), "--formats", "epub"], env)


def _record(tmp_path: Path) -> shared_server.Record:
    record = shared_server.read_record(tmp_path / "prefect-home" / "highlights-server")
    assert record is not None, "no shared server recorded"
    return record


def _keepers(tmp_path: Path) -> list[int]:
    home = str(tmp_path / "prefect-home")
    return [
        int(p.name) for p in Path("/proc").glob("[0-9]*")
        if "flows.server_host" in (line := procs.cmdline(int(p.name))) and home in line
    ]


def _copy(sample_path: Path, tmp_path: Path, k: int) -> Path:
    source = tmp_path / f"copy-{k}.txt"
    source.write_bytes(sample_path.read_bytes() + f"\n第{k}份。\n".encode())
    return source


def test_two_commands_at_once_share_one_server_and_stop_ends_it(
    tmp_path: Path, sample_path: Path
) -> None:
    env = _env(tmp_path)
    sources = [_copy(sample_path, tmp_path, k) for k in range(2)]
    with ThreadPoolExecutor(2) as both:
        done = list(both.map(lambda s: _publish(s, tmp_path / "out", env), sources))
    assert [d.returncode for d in done] == [0, 0], [d.stderr[-2000:] for d in done]
    record = _record(tmp_path)
    assert _keepers(tmp_path) == [record.keeper]  # one server for both
    assert shared_server.healthy(record.api_url)
    third = _publish(_copy(sample_path, tmp_path, 3), tmp_path / "out", env)
    assert third.returncode == 0, third.stderr[-2000:]
    assert _record(tmp_path) == record  # reused, not replaced
    status = _highlights(["server", "status"], env)
    assert status.returncode == 0 and record.api_url in status.stdout, status.stdout

    stopped = _highlights(["server", "stop"], env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout, stopped.stdout
    assert not procs.alive(record.keeper) and not procs.alive(record.server)
    assert _keepers(tmp_path) == []
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{record.api_url}/health", timeout=2)
    assert "no local Prefect server" in _highlights(["server", "status"], env).stdout


def test_a_killed_server_is_replaced(tmp_path: Path, sample_path: Path) -> None:
    env = _env(tmp_path)
    first = _publish(sample_path, tmp_path / "out", env)
    assert first.returncode == 0, first.stderr[-2000:]
    old = _record(tmp_path)
    os.kill(old.server, signal.SIGKILL)  # the server dies; its keeper may not have noticed yet
    again = _publish(_copy(sample_path, tmp_path, 1), tmp_path / "out", env)
    assert again.returncode == 0, again.stderr[-2000:]
    new = _record(tmp_path)
    assert new.server != old.server and shared_server.healthy(new.api_url)
    deadline = time.monotonic() + 30
    while procs.alive(old.keeper) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not procs.alive(old.keeper)
    assert _keepers(tmp_path) == [new.keeper]
    _highlights(["server", "stop"], env)


def test_a_configured_server_wins(tmp_path: Path, sample_path: Path) -> None:
    """PREFECT_API_URL set: it is used (here it answers nothing, so the command fails) and
    no local server is started."""
    env = {**_env(tmp_path), "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    done = _publish(sample_path, tmp_path / "out", env)
    assert done.returncode != 0
    assert _keepers(tmp_path) == []
    assert shared_server.read_record(tmp_path / "prefect-home" / "highlights-server") is None


def test_an_unused_server_stops_after_the_idle_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    monkeypatch.setenv(shared_server.IDLE_ENV, "0.05")  # three seconds
    api_url = shared_server.ensure()
    record = shared_server.read_record()
    assert record is not None and shared_server.healthy(api_url)
    deadline = time.monotonic() + 60
    while procs.alive(record.keeper) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not procs.alive(record.keeper) and not procs.alive(record.server)
    assert shared_server.read_record() is None  # the keeper removed its record
