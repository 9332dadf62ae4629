"""One local Prefect server shared by every `highlights` command on this machine.

With no server configured (PREFECT_API_URL or the Prefect profile: they always win), the
first command starts `prefect server start` on 127.0.0.1 under a keeper process
(`flows.server_host`) and records it in `$PREFECT_HOME/highlights-server/server.json`; the
next commands find it there, check `/api/health` and reuse it, saving the 5–8 s a temporary
server costs per command. A file lock makes concurrent commands share one; a killed or hung
server is detected and replaced. Commands touch `last-used` while they run; the keeper stops
the server after HIGHLIGHTS_SERVER_IDLE_MINUTES (default 30) without use.
`highlights server status|stop` shows and ends it.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path

from flows.server import STARTUP_TIMEOUT, free_port
from highlights import procs
from highlights.errors import HighlightsError

IDLE_ENV = "HIGHLIGHTS_SERVER_IDLE_MINUTES"
DEFAULT_IDLE_MINUTES = 30.0
HEARTBEAT_S = 30.0  # a command that runs longer than the idle period keeps the server


@dataclass(frozen=True)
class Record:
    keeper: int  # the keeper process (flows.server_host); the server is its child
    server: int
    port: int
    api_url: str
    started: float


def folder() -> Path:
    home = os.environ.get("PREFECT_HOME") or "~/.prefect"
    return Path(home).expanduser() / "highlights-server"


def idle_seconds() -> float:
    raw = os.environ.get(IDLE_ENV, "").strip()
    try:
        minutes = float(raw) if raw else DEFAULT_IDLE_MINUTES
    except ValueError:
        minutes = -1.0
    if minutes <= 0:
        raise HighlightsError(
            None, f"{IDLE_ENV}={raw!r} is not a number of minutes above 0", "such as 30"
        )
    return minutes * 60


def configured_api_url() -> str | None:
    """The server the user named (environment or Prefect profile), which always wins."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url) if url else None


def read_record(home: Path | None = None) -> Record | None:
    try:
        return Record(**json.loads(((home or folder()) / "server.json").read_text()))
    except (OSError, ValueError, TypeError):
        return None


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    import httpx  # 0.1 s to import: not on the warm host's client path

    try:
        return httpx.get(f"{api_url}/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def running(record: Record) -> bool:
    return procs.alive(record.keeper) and procs.alive(record.server) and healthy(record.api_url)


@contextmanager
def _locked(home: Path) -> Iterator[None]:
    home.mkdir(parents=True, exist_ok=True)
    with (home / "lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes, or we die
        yield


def touch(home: Path | None = None) -> None:
    home = home or folder()
    home.mkdir(parents=True, exist_ok=True)
    (home / "last-used").touch()
    os.utime(home / "last-used")


def ensure() -> str:
    """The shared server's API URL: the running one, or a new one started now."""
    home, idle = folder(), idle_seconds()
    with _locked(home):
        record = read_record(home)
        if record and running(record):
            touch(home)
            procs.SPARED.update((record.keeper, record.server))
            return record.api_url
        if record:  # killed, hung or stale: replaced
            _stop(record)
        return _start(home, idle)


def _start(home: Path, idle: float) -> str:
    port = free_port()
    touch(home)
    (home / "keeper.pid").unlink(missing_ok=True)
    (home / "server.json").unlink(missing_ok=True)
    args = [sys.executable, "-m", "flows.server_host", "--home", str(home), "--port", str(port),
            "--idle", str(idle)]
    # The keeper forks and its parent returns at once: it is nobody's child to wait for.
    # It holds none of our pipes either: a caller reading our output sees its end when we end.
    subprocess.run(args, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, start_new_session=True)
    api_url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    keeper = server = 0
    while time.monotonic() < deadline:
        if not keeper:
            with suppress(OSError, ValueError):
                keeper, server = map(int, (home / "keeper.pid").read_text().split())
        elif not procs.alive(server):
            break
        elif healthy(api_url, timeout=1.0):
            record = Record(keeper, server, port, api_url, time.time())
            (home / "server.json").write_text(json.dumps(asdict(record)) + "\n")
            touch(home)
            procs.SPARED.update((keeper, server))  # below us only when we are a subreaper
            return api_url
        time.sleep(0.1)
    if keeper:
        _stop(Record(keeper, server, port, api_url, 0.0))
    log = home / "server.log"
    tail = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else []
    raise HighlightsError(
        None,
        f"the local Prefect server did not start: {tail[0] if tail else 'no output'}",
        f"see {log}, or set PREFECT_API_URL to a running server",
    )


def _stop(record: Record, grace: float = 10.0) -> None:
    """SIGTERM the keeper (it stops its server); SIGKILL both if they linger."""
    pids = [pid for pid in (record.keeper, record.server) if pid]
    host = [pid for pid in procs.children(record.keeper) if "flows.warm_host" in procs.cmdline(pid)]
    host += [pid for h in host for pid in procs.descendants(h)]  # its render workers
    procs.stop_all([record.keeper], grace=grace)  # it stops the host and the server
    group = [pid for pid in procs.descendants(record.server)] if record.server else []
    procs.stop_all([p for p in pids + group + host if procs.alive(p)], grace=2.0)


def stop() -> Record | None:
    """Stop the shared server, if one runs; what was stopped."""
    home = folder()
    with _locked(home):
        record = read_record(home)
        if record is None:
            return None
        _stop(record)
        (home / "server.json").unlink(missing_ok=True)
        return record


@contextmanager
def in_use() -> Iterator[None]:
    """While a command uses the shared server: its last-used stamp is kept fresh."""
    done = threading.Event()

    def beat() -> None:
        while not done.wait(HEARTBEAT_S):
            touch()

    touch()
    thread = threading.Thread(target=beat, name="server-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        touch()
