"""`highlights publish` through the warm publish host (`flows.warm_host`), when it can.

Used only when the shared local Prefect server is the one in use, the host is alive, free,
and was started with the same run-shaping environment and code (`warm_proto.fingerprint`).
The request goes over the host's Unix socket; its progress lines and results come back and
are printed as the cold path prints them. Anything else before the host accepts (no host,
busy with another command, other settings, a socket error) returns None: the caller takes
the cold path, and the keeper is asked for a host for next time. This module never imports
Prefect: that is the point (`HIGHLIGHTS_WARM_HOST=0` turns it off).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from flows import shared_server, warm_proto
from highlights import procs
from highlights.errors import HighlightsError

if TYPE_CHECKING:
    from highlights.records import ArticleResult
    from highlights.settings import RunSettings

STARTING_WAIT_S = 4.0  # a host still importing is ready sooner than the cold path would be


def publish_warm(
    paths: list[Path], out: Path, settings: RunSettings, override: Path | None, verbose: bool
) -> list[ArticleResult] | None:
    """The results from the host, or None when the cold path must run instead."""
    if not warm_proto.enabled() or warm_proto.other_server_maybe():
        return None
    home = shared_server.folder()
    record = shared_server.read_record(home)
    if record is None or not procs.alive(record.keeper):
        return None  # no shared server yet: the cold path starts it, and its keeper a host
    mine = warm_proto.fingerprint(os.environ)
    conn = _connect(home, record.keeper)
    if conn is None:
        _want_host(home, record.keeper)
        return None
    with conn:
        request = {
            "fingerprint": mine,
            "cwd": os.getcwd(),
            "paths": [os.fsdecode(p) for p in paths],
            "out": os.fsdecode(out),
            "settings": settings.model_dump(mode="json"),
            "override": os.fsdecode(override) if override else None,
            "verbose": verbose,
        }
        try:
            warm_proto.send(conn, request)
            answer = warm_proto.read_one(conn)
        except (OSError, ValueError):
            answer = None
        if not answer or "accepted" not in answer:
            if answer and answer.get("declined") == "settings differ":
                _want_host(home, record.keeper)
            return None
        return _stream(conn)


def _connect(home: Path, keeper: int) -> socket.socket | None:
    """A connection to the host; a host still starting (the keeper's child, not yet
    listening) is waited for a little."""
    deadline = time.monotonic() + STARTING_WAIT_S
    while True:
        found = warm_proto.read_json(home / warm_proto.RECORD)
        if found and procs.alive(int(found.get("pid", 0))):
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                with warm_proto.address(home) as where:
                    sock.connect(where)
                return sock
            except OSError:
                sock.close()
        if not _host_starting(keeper) or time.monotonic() > deadline:
            return None
        time.sleep(0.05)


def _host_starting(keeper: int) -> bool:
    return any("flows.warm_host" in procs.cmdline(pid) for pid in procs.children(keeper))


def _want_host(home: Path, keeper: int) -> None:
    """Ask the keeper for a host with this command's environment, for the next command: it
    starts it once this command has ended."""
    try:
        wish = {"pid": os.getpid(), "env": warm_proto.relevant_env(os.environ)}
        warm_proto.write_json(home / warm_proto.WANTED, wish)
        os.kill(keeper, signal.SIGUSR1)
    except OSError:
        pass  # only the next command's speed is lost


def _stream(conn: socket.socket) -> list[ArticleResult]:
    """Print the run's progress as it comes; the results, or its one error line."""
    from highlights.records import ArticleResult

    for message in warm_proto.messages(conn):
        if "line" in message:
            print(message["line"], file=sys.stderr, flush=True)
        elif "results" in message:
            return [ArticleResult.model_validate(r) for r in message["results"]]
        elif "error" in message:
            raise HighlightsError(None, str(message["error"]))
        elif "internal" in message:
            raise HostInternalError(str(message["internal"]), str(message.get("traceback")))
    raise HighlightsError(
        None,
        "the warm publish host stopped during the run",
        "run the command again; HIGHLIGHTS_WARM_HOST=0 avoids the host",
    )


class HostInternalError(Exception):
    """An unexpected error in the host's run: shown as the cold path shows its own."""

    def __init__(self, what: str, trace: str) -> None:
        super().__init__(what)
        self.what, self.trace = what, trace

    def __str__(self) -> str:
        return self.what
