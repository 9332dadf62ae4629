"""Prefect servers on loopback: a local `prefect server start` for commands that need a
scheduler, and Prefect's temporary server started early for `highlights publish`.

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

import httpx

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


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM it when the parent dies, even by SIGKILL (Linux)."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class TemporaryServer:
    """Prefect's temporary server, started early: the command Prefect itself runs when no
    PREFECT_API_URL is set (its `SubprocessASGIServer`), launched before our imports rather
    than after them, so its ~8 s start-up overlaps with loading the pipeline.

    Nothing to configure: a free loopback port, the same settings, stopped when we stop (and
    by the kernel if we are killed)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        env = {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",
            "PREFECT_SERVER_UI_ENABLED": "false",
            "PREFECT__SERVER_EPHEMERAL": "1",  # Prefect's own flags for its temporary server
            "PREFECT__SERVER_FINAL": "1",
        }
        env.pop("PREFECT_API_URL", None)
        args = [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ]
        self.process = subprocess.Popen(
            args, env=env, stdout=subprocess.DEVNULL, preexec_fn=_die_with_parent
        )

    def wait(self, timeout: float = STARTUP_TIMEOUT) -> str:
        """Block until the server answers; its API URL."""
        wait_healthy(self.api_url, timeout, self.process, interval=0.05)
        return self.api_url

    def stop(self, timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
