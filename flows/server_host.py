"""The shared local Prefect server's keeper: `python -m flows.server_host --home H --port P`.

Started detached by `flows.shared_server` (its own session, re-parented away from the command
that started it). It runs `prefect server start` on 127.0.0.1 as its child, and stops it when
no command has used it for the idle period (the mtime of `last-used`, touched by every command
while it runs), when asked (SIGTERM: `highlights server stop`), or when the server dies.
Either way it removes the record it was named in, so the next command starts a new one.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from flows.server import STARTUP_TIMEOUT, stop

CHECK_EVERY = 5.0  # seconds between looks at the server and the last-used stamp


def _idle_for(stamp: Path) -> float:
    try:
        return time.time() - stamp.stat().st_mtime
    except OSError:
        return float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.server_host")
    parser.add_argument("--home", type=Path, required=True, help="the shared server's folder")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--idle", type=float, required=True, help="seconds unused before stopping")
    args = parser.parse_args(argv)
    if os.fork():  # re-parented to init (or the nearest subreaper): no command waits for us
        os._exit(0)
    prefect = Path(sys.executable).with_name("prefect")
    env = {**os.environ, "PREFECT_SERVER_UI_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)  # the server must not talk to another one
    with (args.home / "server.log").open("ab") as log:
        server = subprocess.Popen(
            [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(args.port),
             "--no-ui"],
            env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group, so `stop` reaches its children
        )
    (args.home / "keeper.pid").write_text(f"{os.getpid()} {server.pid}\n")

    def on_term(signum: int, frame: object) -> None:
        raise SystemExit(0)  # out of the sleep at once; `finally` stops the server

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    began = time.monotonic()
    try:
        while server.poll() is None:
            # The idle clock starts once the command that started us has found the server
            # healthy and recorded it: a start-up longer than the idle period is no idleness.
            recorded = (args.home / "server.json").exists()
            if recorded and _idle_for(args.home / "last-used") > args.idle:
                break
            if not recorded and time.monotonic() - began > STARTUP_TIMEOUT:
                break  # the command that started us died before it could record us
            time.sleep(CHECK_EVERY)
    finally:
        stop(server, timeout=10.0)
        _forget(args.home)
    return 0


def _forget(home: Path) -> None:
    """Remove the record, if it still names this keeper (a newer one may have replaced it)."""
    record = home / "server.json"
    try:
        if json.loads(record.read_text()).get("keeper") == os.getpid():
            record.unlink()
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
