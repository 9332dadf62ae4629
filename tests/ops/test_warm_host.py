"""The warm publish host (flows/warm_host.py): real commands, a real shared Prefect server.

Each test has its own PREFECT_HOME, so its own shared server, keeper and host. The host
writes one `served pid N` line per run into host.log: that is how a test knows which path a
command took."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from flows import shared_server, warm_proto

from highlights import procs

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def _server(action: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`highlights server status|stop` under the test's environment; it must succeed."""
    return subprocess.run(
        [str(BIN / "highlights"), "server", action],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "HIGHLIGHTS_WORKERS": "1",
        "HIGHLIGHTS_WARM_HOST": "1",
        "SOURCE_DATE_EPOCH": "1700000000",  # the EPUB's date: the same bytes on both paths
        **extra,
    }
    env.pop("PREFECT_API_URL", None)
    return env


def _home(tmp_path: Path) -> Path:
    return tmp_path / "prefect-home" / "highlights-server"


def _publish(
    args: list[str | Path], env: dict[str, str], cwd: Path
) -> tuple[int, subprocess.CompletedProcess[str]]:
    """The command's pid (to find it in host.log) and what it did."""
    command = [str(BIN / "highlights"), "publish", *map(str, args)]
    with subprocess.Popen(
        command, env=env, cwd=cwd, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        out, err = process.communicate(timeout=300)
    return process.pid, subprocess.CompletedProcess(command, process.returncode, out, err)


def _served(tmp_path: Path, pid: int) -> bool:
    log = _home(tmp_path) / "host.log"
    return f"served pid {pid}:" in (log.read_text(errors="replace") if log.exists() else "")


def _flow_run(tmp_path: Path, pid: int) -> dict[str, Any]:
    """The Prefect flow run the host ran for command `pid`, as the server (and its UI) has it."""
    log = (_home(tmp_path) / "host.log").read_text(errors="replace")
    found = re.search(rf"served pid {pid}: .* flow run ([0-9a-f-]{{36}})", log)
    assert found, log[-2000:]
    record = shared_server.read_record(_home(tmp_path))
    assert record is not None
    answer = httpx.get(f"{record.api_url}/flow_runs/{found.group(1)}", timeout=10)
    assert answer.status_code == 200, answer.text
    run: dict[str, Any] = answer.json()
    return run


def _host(tmp_path: Path, other_than: int = 0, timeout: float = 90) -> int:
    """The pid of the listening host (a new one when `other_than` names the old)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = warm_proto.read_json(_home(tmp_path) / warm_proto.RECORD)
        pid = int(found["pid"]) if found else 0
        if pid and pid != other_than and procs.alive(pid):
            return pid
        time.sleep(0.2)
    raise AssertionError("no warm host listening")


def _copy(source: Path, folder: Path, k: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"copy-{k}.txt"
    target.write_bytes(source.read_bytes() + f"\n第{k}份。\n".encode())
    return target


def _private_use(source: Path, folder: Path) -> Path:
    """The article with a character no font has: it fails in the flow, not in the checks."""
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / "private-use.txt"
    bad.write_bytes(source.read_bytes() + "\n私用\ue000字。\n".encode())
    return bad


def _files(out: Path) -> dict[str, dict[str, str]]:
    """Each article folder's files and their digests, from its manifest."""
    found = {}
    for manifest in sorted(out.glob("*/manifest.json")):
        data = json.loads(manifest.read_text())
        found[manifest.parent.name] = {f["path"]: f["sha256"] for f in data["files"]}
        missing = [
            name for name in found[manifest.parent.name] if not (manifest.parent / name).is_file()
        ]
        assert not missing, f"listed, not written: {missing}"
    return found


def _everything(tmp_path: Path) -> set[int]:
    record = shared_server.read_record(_home(tmp_path))
    assert record is not None
    return {record.keeper, *procs.descendants(record.keeper)}


def test_the_host_publishes_what_the_cold_path_does(tmp_path: Path, sample_path: Path) -> None:
    env, src = _env(tmp_path), tmp_path / "src"
    bad = _private_use(sample_path, src)
    elsewhere = tmp_path / "elsewhere"  # the keeper's and so the host's working folder
    elsewhere.mkdir()
    _, first = _publish([_copy(sample_path, src, 0), "--out", tmp_path / "first"], env, elsewhere)
    assert first.returncode == 0, first.stderr[-2000:]
    host = _host(tmp_path)

    article = _copy(sample_path, src, 1)
    args: list[str | Path] = [Path("src") / article.name, "src/private-use.txt", "--out"]
    warm_pid, warm = _publish([*args, "warm"], env, tmp_path)
    cold_env = {**env, "HIGHLIGHTS_WARM_HOST": "0"}
    cold_pid, cold = _publish([*args, "cold"], cold_env, tmp_path)
    assert _served(tmp_path, warm_pid) and not _served(tmp_path, cold_pid)
    run = _flow_run(tmp_path, warm_pid)  # a real run of the publish flow, failed as it should
    assert run["state"]["type"] == "FAILED", run["state"]
    assert run["state"]["message"].startswith("1 of 2 articles failed")
    assert warm.returncode == cold.returncode == 1, (warm.stderr, cold.stderr)
    assert warm.stderr == cold.stderr  # progress, the failure's line and the count
    assert "private-use.txt: characters missing" in warm.stderr and bad.exists()
    assert warm.stdout.replace("warm/", "cold/") == cold.stdout
    assert _files(tmp_path / "warm") == _files(tmp_path / "cold") != {}
    assert list(elsewhere.iterdir()) == []  # nothing written relative to the host's folder

    # Several runs in a row on the same host; the client never imports Prefect.
    for k in range(2, 4):
        command = [
            sys.executable,
            "-X",
            "importtime",
            "-m",
            "flows.cli",
            "publish",
            str(_copy(sample_path, src, k)),
            "--out",
            str(tmp_path / "warm"),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        imported = {
            line.rsplit("|", 1)[-1].strip()
            for line in done.stderr.splitlines()
            if line.startswith("import time:")
        }
        assert "highlights.batch" in imported and "prefect" not in imported
    assert _host(tmp_path) == host

    # SIGTERM to the host: its render pool closes, it leaves no process behind.
    below = procs.descendants(host)
    assert below, "the host holds its render workers"
    os.kill(host, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while any(procs.alive(p) for p in [host, *below]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [procs.cmdline(p) for p in [host, *below] if procs.alive(p)]
    assert warm_proto.read_json(_home(tmp_path) / warm_proto.RECORD) is None
    # The next command takes the cold path and asks for a host, which serves the one after.
    pid, again = _publish([_copy(sample_path, src, 4), "--out", tmp_path / "warm"], env, tmp_path)
    assert again.returncode == 0 and not _served(tmp_path, pid), again.stderr[-2000:]
    _host(tmp_path, other_than=host)
    pid, last = _publish([_copy(sample_path, src, 5), "--out", tmp_path / "warm"], env, tmp_path)
    assert last.returncode == 0 and _served(tmp_path, pid), last.stderr[-2000:]
    _server("stop", env)


def test_a_killed_client_stops_its_run_and_stop_leaves_nothing(
    tmp_path: Path, sample_path: Path
) -> None:
    env, src, out = _env(tmp_path), tmp_path / "src", tmp_path / "out"
    _, first = _publish([_copy(sample_path, src, 0), "--out", tmp_path / "first"], env, tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    host = _host(tmp_path)
    batch = [str(_copy(sample_path, src, k)) for k in range(1, 5)]
    log = tmp_path / "client.log"
    with log.open("wb") as handle:
        client = subprocess.Popen(
            [str(BIN / "highlights"), "publish", *batch, "--out", str(out)],
            env=env,
            stdout=handle,
            stderr=handle,
        )
    deadline = time.monotonic() + 120
    while "rendering" not in log.read_text(errors="replace"):
        assert client.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.02)
    client.kill()
    client.wait()
    deadline = time.monotonic() + 120
    while not _served(tmp_path, client.pid):  # the host logs the run once it has ended
        assert time.monotonic() < deadline, "the host never ended the killed client's run"
        time.sleep(0.1)
    assert not list(out.glob("*/manifest.json")), "an article was published after the kill"
    assert not [p for p in (out / ".staging").glob("*") if p.is_dir()]
    assert _host(tmp_path) == host  # the host lives on, with a fresh pool
    run = _flow_run(tmp_path, client.pid)  # ended, not left running
    assert run["state"]["type"] == "FAILED", run["state"]
    assert run["state"]["message"].startswith("4 of 4 articles failed"), run["state"]

    for k in range(5, 7):  # and serves the next commands
        pid, done = _publish([_copy(sample_path, src, k), "--out", out], env, tmp_path)
        assert done.returncode == 0 and _served(tmp_path, pid), done.stderr[-2000:]
    running = _everything(tmp_path)
    assert host in running and len(running) >= 4  # keeper, server, host, its workers
    stopped = _server("stop", env)
    assert "stopped" in stopped.stdout
    assert not [procs.cmdline(p) for p in running if procs.alive(p)]
    assert not (_home(tmp_path) / warm_proto.SOCKET).exists()


def test_other_settings_take_the_cold_path_then_get_their_host(
    tmp_path: Path, sample_path: Path
) -> None:
    env, src, out = _env(tmp_path), tmp_path / "src", tmp_path / "out"
    _, first = _publish([_copy(sample_path, src, 0), "--out", out], env, tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    host = _host(tmp_path)
    status = _server("status", env)
    assert f"warm publish host: pid {host}" in status.stdout, status.stdout
    mode = (_home(tmp_path) / warm_proto.SOCKET).stat().st_mode & 0o777
    assert mode == 0o600 and _home(tmp_path).stat().st_mode & 0o777 == 0o700

    other = {**env, "HIGHLIGHTS_RENDER_TIMEOUT": "100"}  # the host's pool has 120 s
    pid, done = _publish([_copy(sample_path, src, 1), "--out", out], other, tmp_path)
    assert done.returncode == 0 and not _served(tmp_path, pid), done.stderr[-2000:]
    new = _host(tmp_path, other_than=host)  # the old one made way for these settings
    assert not procs.alive(host)
    pid, done = _publish([_copy(sample_path, src, 2), "--out", out], other, tmp_path)
    assert done.returncode == 0 and _served(tmp_path, pid), done.stderr[-2000:]

    off = {**other, "HIGHLIGHTS_WARM_HOST": "0"}
    pid, done = _publish([_copy(sample_path, src, 3), "--out", out], off, tmp_path)
    assert done.returncode == 0 and not _served(tmp_path, pid), done.stderr[-2000:]
    assert _host(tmp_path) == new
    _server("stop", env)
