"""`highlights server status|stop`: the local Prefect server that commands share."""

from __future__ import annotations

import argparse
import os
import sys
import time

from flows import shared_server, warm_proto
from highlights import procs


def add_server_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser(
        "server", help="show or stop the local Prefect server that commands share"
    )
    server.add_argument("action", choices=["status", "stop"])


def server(args: argparse.Namespace) -> int:
    if args.action == "stop":
        stopped = shared_server.stop()
        print("stopped the local Prefect server" if stopped else "no local Prefect server runs")
        return 0
    record = shared_server.read_record()
    if record is None or not shared_server.running(record):
        print("no local Prefect server runs (the next command starts one)")
        return 0
    stamp = shared_server.folder() / "last-used"
    idle = time.time() - stamp.stat().st_mtime if stamp.exists() else 0.0
    limit = shared_server.idle_seconds()
    print(f"running: {record.api_url} (pid {record.server}), unused for {idle / 60:.0f} min, "
          f"stops after {limit / 60:.0f} min unused")
    host = warm_proto.read_json(shared_server.folder() / warm_proto.RECORD)
    if host and procs.alive(int(host.get("pid", 0))):
        print(f"warm publish host: pid {host['pid']}")
    else:
        print("no warm publish host (the next command asks for one)")
    if os.environ.get("PREFECT_API_URL"):
        print("note: PREFECT_API_URL is set, so commands use that server instead", file=sys.stderr)
    return 0
