"""The shared local Prefect server's keeper: `python -m flows.server_host --home H --port P`.

Started detached by `flows.shared_server` (its own session, re-parented away from the command
that started it). It runs `prefect server start` on 127.0.0.1 as its child, and stops it when
no command has used it for the idle period (the mtime of `last-used`, touched by every command
while it runs), when asked (SIGTERM: `highlights server stop`), or when the server dies.
Either way it removes the record it was named in, so the next command starts a new one.

It also keeps the warm publish host (`flows.warm_host`) as its other child, unless
HIGHLIGHTS_WARM_HOST=0: started with the server, replaced when a command asks (SIGUSR1 and
`host-wanted.json`: the host died, or it was started with other settings and has retired),
and stopped, with every render worker below it, before the keeper ends.
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

from flows import warm_proto
from flows.server import STARTUP_TIMEOUT, stop
from highlights import procs

CHECK_EVERY = 5.0  # seconds between looks at the server and the last-used stamp
WANTED_FOR_S = 30.0  # a wish for a new host, once its command ended: the old one must go first


class HostKeeper:
    """The warm publish host: one child process at most, with the environment asked for."""

    def __init__(self, home: Path, api_url: str) -> None:
        self.home, self.api_url = home, api_url
        self.process: subprocess.Popen[bytes] | None = None
        self.wanted: tuple[int, float, dict[str, str]] | None = None  # asker, when, env

    def start(self, env: dict[str, str]) -> None:
        with (self.home / "host.log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "flows.warm_host", "--home", str(self.home),
                 "--api-url", self.api_url],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                preexec_fn=_unblock,  # our SIGUSR1 mask is not the host's
            )

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def tend(self) -> bool:
        """Start the host a command asked for once the old one is gone; True while a wish
        waits (look again soon)."""
        wanted = warm_proto.read_json(self.home / warm_proto.WANTED)
        if wanted is not None:
            (self.home / warm_proto.WANTED).unlink(missing_ok=True)
            env = wanted.get("env")
            if isinstance(env, dict):
                asked = {str(k): str(v) for k, v in env.items()}
                self.wanted = (int(wanted.get("pid", 0)), time.monotonic(), asked)
        if self.wanted is None:
            return False
        pid, since, asked = self.wanted
        if procs.alive(pid):  # its cold run needs both cores more than a warm-up does
            self.wanted = (pid, time.monotonic(), asked)
            return True
        if time.monotonic() - since > WANTED_FOR_S:
            self.wanted = None  # the old host never made way: it serves as it is
            return False
        if self.alive():
            return True
        base = {k: v for k, v in os.environ.items() if k not in warm_proto.relevant_env(os.environ)}
        self.start({**base, **asked})
        self.wanted = None
        return False

    def stop(self) -> None:
        """SIGTERM (it closes its render pool), then anything left below it is killed."""
        if self.process is None:
            return
        below = procs.descendants(self.process.pid)
        procs.stop_all([self.process.pid], grace=10.0)
        self.process.poll()
        procs.stop_all([pid for pid in below if procs.alive(pid)], grace=2.0)


def _unblock() -> None:
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR1})


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
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR1})  # a wake-up, taken below
    host = HostKeeper(args.home, f"http://127.0.0.1:{args.port}/api")
    began = time.monotonic()
    try:
        if warm_proto.enabled():
            host.start(dict(os.environ))  # it imports and warms up while the server starts
        while server.poll() is None:
            # The idle clock starts once the command that started us has found the server
            # healthy and recorded it: a start-up longer than the idle period is no idleness.
            recorded = (args.home / "server.json").exists()
            if recorded and _idle_for(args.home / "last-used") > args.idle:
                break
            if not recorded and time.monotonic() - began > STARTUP_TIMEOUT:
                break  # the command that started us died before it could record us
            waiting = host.tend()
            signal.sigtimedwait({signal.SIGUSR1}, 0.2 if waiting else CHECK_EVERY)
    finally:
        host.stop()
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
