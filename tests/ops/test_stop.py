"""SIGTERM in the middle of rendering: `highlights desk` and `highlights publish` stop within
10 s, and no process they started (render workers, their template, Prefect's server) is left.
The process tree is read from /proc while they run."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from flows.shared_server import read_record

from highlights import procs
from highlights.output import STAGING

pytestmark = pytest.mark.slow
DATA = Path(__file__).resolve().parent / "data"
BIN = Path(sys.executable).parent


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_time(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def _rendering(pid: int) -> bool:
    """Render workers are running below `pid` (children of the workers' template)."""
    return any(
        procs.children(child)
        for child in procs.descendants(pid)
        if "multiprocessing.forkserver" in procs.cmdline(child)
    )


def _stop_while(
    process: subprocess.Popen[bytes], ready: Callable[[], bool], log: Path
) -> tuple[float, set[tuple[int, str]]]:
    """Wait for `ready` (every process below noted), SIGTERM, wait; the seconds it took."""
    seen: set[tuple[int, str]] = set()
    deadline = time.monotonic() + 180
    try:
        while not ready():
            assert process.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, log.read_text(errors="replace")[-3000:]
            seen |= {(pid, _start_time(pid)) for pid in procs.descendants(process.pid)}
            time.sleep(0.2)
        seen |= {(pid, _start_time(pid)) for pid in procs.descendants(process.pid)}
    finally:
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        finally:
            took = time.monotonic() - started
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
    return took, seen


def _shared_server(tmp_path: Path) -> set[int]:
    """The local Prefect server that commands share (its keeper, the server and theirs): the
    one process a command leaves running, on purpose (`highlights server stop` ends it)."""
    record = read_record(tmp_path / "prefect-home" / "highlights-server")
    if record is None:
        return set()
    roots = {record.keeper, record.server}
    return roots | {pid for root in roots for pid in procs.descendants(root)}


def _left(seen: set[tuple[int, str]], took: float, tmp_path: Path) -> list[str]:
    """The processes seen below the command that still run 10 s after SIGTERM (helpers such
    as the workers' template exit when they see their parent gone: give them that long),
    except the shared server."""
    deadline = time.monotonic() + max(0.5, 10 - took)
    spared = _shared_server(tmp_path)
    while True:
        left = [
            pid for pid, start in seen
            if procs.alive(pid) and _start_time(pid) == start and pid not in spared
        ]
        if not left or time.monotonic() > deadline:
            return [procs.cmdline(pid) for pid in left]
        time.sleep(0.1)


def _staging_left(out: Path) -> list[Path]:
    """The staging folders still there 10 s after the stop: the warm publish host (the shared
    server's, outside the command's tree) discards the run's folder once it sees its client
    gone, in its own time on a loaded machine."""
    deadline = time.monotonic() + 10
    while True:
        left = [p for p in (out / STAGING).glob("*") if p.is_dir()]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


def _env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "HIGHLIGHTS_WORKERS": "2"}
    env.pop("PREFECT_API_URL", None)
    return env


def test_desk_stops_within_10_s_while_rendering_an_upload(tmp_path: Path) -> None:
    port, out, log = _free_port(), tmp_path / "out", tmp_path / "desk.log"
    out.mkdir()
    with log.open("ab") as handle:
        desk = subprocess.Popen(
            [str(BIN / "highlights"), "desk", "--out", str(out), "--port", str(port)],
            env=_env(tmp_path), stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    posted: list[int] = []
    jobs: list[str] = []
    approved: list[int] = []

    def uploading() -> bool:
        if not posted:
            try:
                article = (DATA / "riverside-library-en.md").read_bytes()
                files = {"article": ("riverside.md", article)}
                answer = httpx.post(f"{url}/upload", files=files, timeout=10)
                posted.append(answer.status_code)
                jobs.append(answer.headers.get("location", ""))
            except httpx.HTTPError:
                return False  # not listening yet
        if not approved:  # an upload is a draft: approving it starts the renders
            page = httpx.get(f"{url}{jobs[0]}", timeout=10).text
            draft = re.search(r'href="(/d/[0-9a-f]{32})"', page)
            if 'data-status="done"' in page and draft:
                approved.append(httpx.post(f"{url}{draft.group(1)}/approve", timeout=10)
                                .status_code)
            return False
        return _rendering(desk.pid)

    took, seen = _stop_while(desk, uploading, log)
    assert posted and posted[0] in (200, 303), posted
    assert approved == [303], approved
    print(f"desk stopped {took:.1f} s after SIGTERM")
    assert took < 10, f"the desk took {took:.1f} s to stop"
    assert not _left(seen, took, tmp_path)
    assert not _staging_left(out)  # nothing half-written


def test_publish_stops_within_10_s_while_rendering(tmp_path: Path, sample_path: Path) -> None:
    out, log = tmp_path / "out", tmp_path / "publish.log"
    with log.open("ab") as handle:
        run = subprocess.Popen(
            [str(BIN / "highlights"), "publish", str(sample_path), "--out", str(out)],
            env=_env(tmp_path), stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
        )
    took, seen = _stop_while(run, lambda: "rendering" in log.read_text(errors="replace"), log)
    print(f"publish stopped {took:.1f} s after SIGTERM")
    assert took < 10, f"publish took {took:.1f} s to stop"
    assert run.returncode == 128 + signal.SIGTERM, (run.returncode, log.read_text()[-2000:])
    assert not _left(seen, took, tmp_path)
    assert not _staging_left(out)
