"""The warm publish host: `python -m flows.warm_host --home H --api-url URL`.

Started by the shared server's keeper (`flows.server_host`) as its child, and stopped with it
(`highlights server stop`, the idle stop), it keeps what a cold `highlights publish` pays for
on every command: Prefect and the pipeline imported, the text stages warmed, a `RenderPool`
with warm workers. It runs the real `publish` flow against the shared server for one client
at a time (`flows.warm_client`), streaming its progress lines and results back; a second
client meanwhile is told it is busy and takes the cold path. A client that goes away
mid-run (Ctrl-C, SIGTERM, killed) stops its run: the pool is closed, so every pending render
fails as stopped and nothing more is published; a fresh pool is started for the next one.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import select
import signal
import socket
import struct
import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flows import warm_proto
from flows.console import prefect_env

if TYPE_CHECKING:
    from highlights.records import ArticleResult

ORPHAN_CHECK_S = 1.0  # how often the host looks for its keeper
# A worker is replaced after the renders of 12 articles (RENDERS_PER_WORKER; the start takes
# one render): the host starts fresh workers after 11, between commands, instead of letting an
# article wait in the middle for a new worker's warm-up (measured: such a command twice as long).
ARTICLES_PER_POOL = 11


class Host:
    """The warm state (fingerprint, render pool) and one request at a time over it."""

    def __init__(self, home: Path, api_url: str) -> None:
        from highlights.render.pool import RenderPool

        self.home, self.api_url = home, api_url
        self.fingerprint = warm_proto.fingerprint(os.environ)
        self.lock = threading.Lock()  # one request at a time
        self.retire = threading.Event()  # settings differ from a client's: make way
        self.pool = RenderPool()
        self.pool.start()
        self.articles = 0  # published by the pool's current workers

    def fresh_pool(self) -> None:
        from highlights.render.pool import RenderPool

        self.pool.close()
        self.pool = RenderPool()
        self.pool.start()
        self.articles = 0

    def serve(self, conn: socket.socket) -> None:
        """One client: check the request, run it, stream back; never raises."""
        with conn:
            try:
                pid, uid, _ = struct.unpack(
                    "3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
                )
                if uid != os.getuid():  # the folder's mode already keeps others out
                    return
                request = warm_proto.read_one(conn)
                if request is None:
                    return
                request["client"] = pid
                if not self.lock.acquire(blocking=False):
                    warm_proto.send(conn, {"declined": "busy"})
                    return
                try:
                    self._serve_locked(conn, request)
                finally:
                    self.lock.release()
            except (OSError, ValueError) as exc:  # the client went away or spoke nonsense
                logging.getLogger(__name__).warning("request dropped: %s", exc)

    def _serve_locked(self, conn: socket.socket, request: dict[str, Any]) -> None:
        from flows import shared_server

        if request.get("fingerprint") != self.fingerprint:
            warm_proto.send(conn, {"declined": "settings differ"})
            self.retire.set()  # the keeper starts one with the client's settings
            return
        if not shared_server.healthy(self.api_url, timeout=1.0):
            warm_proto.send(conn, {"declined": "server not healthy"})
            return
        warm_proto.send(conn, {"accepted": os.getpid()})
        gone = threading.Event()
        done = threading.Event()

        def watch() -> None:
            """The client sends nothing more: end of stream means it went away."""
            try:
                while not done.is_set() and conn.recv(1024):
                    pass
            except OSError:
                pass
            if not done.is_set():
                gone.set()
                self.pool.close()  # its pending renders fail as stopped: nothing more lands

        threading.Thread(target=watch, name="client-watch", daemon=True).start()
        try:
            answer = self._run(conn, request, gone)
        finally:
            done.set()
        if gone.is_set():
            self.fresh_pool()
            return
        with contextlib.suppress(OSError):
            warm_proto.send(conn, answer)
        self.articles += len(request["paths"])
        if self.articles >= ARTICLES_PER_POOL:
            self.pool.renew()  # now, between commands, not during the next one
            self.articles = 0

    def _run(
        self, conn: socket.socket, request: dict[str, Any], gone: threading.Event
    ) -> dict[str, Any]:
        from flows import shared_server
        from flows.publish import publish, results_of
        from highlights.errors import HighlightsError, shown
        from highlights.pipeline import Step
        from highlights.settings import RunSettings

        def progress(step: Step) -> None:
            if not gone.is_set():
                try:
                    warm_proto.send(conn, {"line": str(step)})
                except OSError:
                    gone.set()

        handler = _Forward(conn, gone)
        quiet = {
            name: logging.getLogger(name)
            for name in ("prefect.task_runs", "prefect.flow_runs", "prefect")
        }
        levels = {name: logger.level for name, logger in quiet.items()}
        if request.get("verbose"):
            quiet["prefect"].setLevel(logging.INFO)
            logging.getLogger().addHandler(handler)
        else:  # as the cold path: a refused article is one line, not Prefect's traceback too
            quiet["prefect.task_runs"].setLevel(logging.CRITICAL)
            quiet["prefect.flow_runs"].setLevel(logging.CRITICAL)
        try:
            os.chdir(request["cwd"])  # the client's relative paths, as it gave them
            given = Path(request["out"])
            out = given.absolute()  # the render workers did not chdir: they need it whole
            override = request.get("override")
            with shared_server.in_use():
                state: Any = publish(
                    paths=[Path(p) for p in request["paths"]],
                    out=out,
                    settings=RunSettings.model_validate(request["settings"]),
                    override=Path(override) if override else None,
                    renders=self.pool,
                    progress=progress,
                    return_state=True,
                )
            results = results_of(state)
            # One line per run in host.log: which command it served (the tests read it).
            print(
                f"served pid {request['client']}: {len(results)} articles, flow run "
                f"{state.state_details.flow_run_id}",
                file=sys.stderr,
                flush=True,
            )
            shown_out = [_as_given(r, out, given).model_dump(mode="json") for r in results]
            return {"results": shown_out}
        except HighlightsError as exc:
            return {"error": exc.line()}
        except OSError as exc:
            where = f"{shown(str(exc.filename))}: " if exc.filename else ""
            return {"error": f"{where}{exc.strerror or exc} (check the path and its permissions)"}
        except Exception as exc:
            return {
                "internal": f"{type(exc).__name__}: {exc}",
                "traceback": "".join(traceback.format_exception(exc)),
            }
        finally:
            logging.getLogger().removeHandler(handler)
            for name, level in levels.items():
                quiet[name].setLevel(level)


def _as_given(result: ArticleResult, out: Path, given: Path) -> ArticleResult:
    """The result as the cold path words it: its folder under `--out` as the user wrote it."""
    whole, written = str(out), str(given)

    def back(text: str | None) -> str | None:
        return written + text[len(whole) :] if text and text.startswith(whole) else text

    return result.model_copy(update={"out_dir": back(result.out_dir)})


class _Forward(logging.Handler):
    """Prefect's log lines for a --verbose client, formatted as its own console shows them."""

    def __init__(self, conn: socket.socket, gone: threading.Event) -> None:
        super().__init__()
        self.conn, self.gone = conn, gone
        console = [h for h in logging.getLogger().handlers if h.formatter is not None]
        if console:
            self.setFormatter(console[0].formatter)

    def emit(self, record: logging.LogRecord) -> None:
        if self.gone.is_set():
            return
        try:
            warm_proto.send(self.conn, {"line": self.format(record)})
        except Exception:
            self.gone.set()


def listen(home: Path) -> socket.socket:
    home.chmod(0o700)  # only this user reaches the socket
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with warm_proto.address(home) as where:
        (home / warm_proto.SOCKET).unlink(missing_ok=True)
        old = os.umask(0o177)
        try:
            server.bind(where)
        finally:
            os.umask(old)
    server.listen(8)
    return server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.warm_host")
    parser.add_argument("--home", type=Path, required=True, help="the shared server's folder")
    parser.add_argument("--api-url", required=True)
    args = parser.parse_args(argv)
    keeper = os.getppid()
    prefect_env(False)  # as every command: before Prefect is imported
    os.environ["PREFECT_API_URL"] = args.api_url

    def on_term(signum: int, frame: object) -> None:
        raise SystemExit(0)  # `finally` below closes the pool: no worker left

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    host: Host | None = None
    server: socket.socket | None = None
    try:
        import flows.publish  # noqa: F401  (Prefect and the pipeline: the seconds we save)
        from highlights.warm import warm_prepare

        host = Host(args.home, args.api_url)
        warm_prepare()
        server = listen(args.home)
        warm_proto.write_json(
            args.home / warm_proto.RECORD, {"pid": os.getpid(), "fingerprint": host.fingerprint}
        )
        while os.getppid() == keeper and not host.retire.is_set():
            ready, _, _ = select.select([server], [], [], ORPHAN_CHECK_S)
            if ready:
                conn, _ = server.accept()
                threading.Thread(target=host.serve, args=(conn,), daemon=True).start()
        with host.lock:  # retiring: let a run in progress finish
            pass
    finally:
        _forget(args.home)
        if server is not None:
            server.close()
        if host is not None:
            host.pool.close()
    return 0


def _forget(home: Path) -> None:
    """Remove the record and socket, if they are still ours."""
    record = warm_proto.read_json(home / warm_proto.RECORD)
    if record and record.get("pid") == os.getpid():
        (home / warm_proto.RECORD).unlink(missing_ok=True)
        (home / warm_proto.SOCKET).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
