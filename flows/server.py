"""Prefect servers on loopback: `local_server` runs `prefect server start` for as long as a
command needs a scheduler (`highlights serve`); the server that commands share is in
`flows.shared_server`.

Prefect's embedded (ephemeral) server runs no scheduler, so `flow.serve(cron=...)` would
register the deployment and never run it. `highlights serve` therefore starts this server
when no PREFECT_API_URL is configured, and stops it on exit.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STARTUP_TIMEOUT = 120.0  # a cold start migrates the database: ~20 s here, more on slow disks


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_healthy(
    api_url: str,
    timeout: float,
    process: subprocess.Popen[bytes] | None = None,
    interval: float = 0.5,
) -> None:
    import httpx  # not at import: `highlights publish` via the warm host never needs it

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"prefect server exited with code {process.returncode}")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(interval)
    raise TimeoutError(f"prefect server at {api_url} not healthy after {timeout:.0f} s")


def stop(process: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    """SIGTERM the process group (the server forks workers), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout)
    except ProcessLookupError:
        pass


@contextmanager
def local_server(
    port: int | None = None,
    env: dict[str, str] | None = None,
    log: Path | None = None,
    ui: bool = True,
) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1 and yield its API URL; always stop it."""
    port = port or free_port()
    child_env = {**os.environ, **(env or {}), "PREFECT_SERVER_UI_ENABLED": str(ui).lower()}
    child_env.pop("PREFECT_API_URL", None)  # the server must not talk to another one
    prefect = Path(sys.executable).with_name("prefect")
    out = log.open("ab") if log else None
    process = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=child_env,
        stdout=out or subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own group, so `stop` reaches the server's children
    )
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(api_url, STARTUP_TIMEOUT, process)
        yield api_url
    finally:
        stop(process, timeout=4.0)  # then SIGKILL: `serve` stops within seconds
        if out:
            out.close()
