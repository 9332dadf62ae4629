"""Fixtures for the operations tests: published articles, a running desk, a headless Chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
@dataclass
class Published:
    out: Path
    results: list[Any]  # highlights.publish.ArticleResult
    flow_run_id: UUID


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def published(
    prefect_harness: None, tmp_path_factory: pytest.TempPathFactory, sample_path: Path
) -> Published:
    """The sample and a short English article, published once by the real flow."""
    from flows.publish import publish

    out = tmp_path_factory.mktemp("ops-out")
    paths = [sample_path, DATA / "riverside-library-en.md"]
    state = publish(paths=paths, out=out, return_state=True)
    results = state.result(_sync=True)  # type: ignore[call-overload]
    assert [r.status for r in results] == ["published", "published"], results
    return Published(out, results, state.state_details.flow_run_id)


@pytest.fixture(scope="session")
def desk_url(published: Published) -> Iterator[str]:
    """The desk over the published folder, on a free loopback port, uploads run the real flow."""
    import uvicorn
    from flows.desk import publish_for_desk

    from highlights.desk import create_app

    port = free_port()
    app = create_app(published.out, publish_for_desk)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "desk did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(15)




@pytest.fixture
def copy_out(published: Published, tmp_path: Path) -> Path:
    """A private copy of the published folder, for tests that tamper with it."""
    target = tmp_path / "out"
    shutil.copytree(published.out, target, ignore=shutil.ignore_patterns(".*"))
    return target


def _pg(pg_bin: Path, command: str, *args: str) -> None:
    """Run a PostgreSQL tool; it refuses to run as root, so drop to its own user when we are."""
    argv = [str(pg_bin / command), *args]
    if os.geteuid() == 0 and command != "createdb":
        argv = ["runuser", "-u", "postgres", "--", *argv]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"{argv}: {done.stdout}\n{done.stderr}"


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str | None]:
    """A throwaway PostgreSQL cluster on a free loopback port, or None where not installed."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found or (os.geteuid() == 0 and shutil.which("runuser") is None):
        yield None
        return
    pg_bin = found[-1].parent
    folder = Path(tempfile.mkdtemp(prefix="highlights-pg-"))  # /tmp: the postgres user reads it
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = str(folder / "data"), str(free_port())
    try:
        _pg(pg_bin, "initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8")
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
        log = str(folder / "pg.log")
        _pg(pg_bin, "pg_ctl", "-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start")
        _pg(pg_bin, "createdb", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "prefect")
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/prefect"
    finally:
        if Path(data).exists():
            _pg(pg_bin, "pg_ctl", "-D", data, "-m", "fast", "-w", "-t", "30", "stop")
        shutil.rmtree(folder, ignore_errors=True)
