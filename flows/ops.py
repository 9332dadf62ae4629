"""The operations commands: `desk`, `serve` and `deploy` (parsers and what they run).

Each long-running command stops within seconds on SIGTERM or SIGINT and leaves no process
behind: it is a child subreaper, closes its render pool, stops its Prefect server, then stops
whatever is still below it (docs/operations.md, "Stopping").
"""

from __future__ import annotations

import argparse
import atexit
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from flows.console import prefect_env, report

if TYPE_CHECKING:
    from flows.deploy import InboxConfig


def add_ops_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desk = sub.add_parser("desk", help="the editors' desk: a web app on 127.0.0.1")
    desk.add_argument(
        "--out", type=Path, default=Path("output"), help="output folder (default: output)"
    )
    desk.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000)")
    desk.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    serve = sub.add_parser("serve", help="publish new or changed inbox files on a schedule")
    serve.add_argument("--inbox", type=Path, help="inbox folder ($HIGHLIGHTS_INBOX or inbox)")
    serve.add_argument("--out", type=Path, help="output folder ($HIGHLIGHTS_OUT or output)")
    serve.add_argument("--cron", help="schedule (default: $HIGHLIGHTS_INBOX_CRON or */10 * * * *)")
    serve.add_argument(
        "--interval", type=float, help="seconds between runs instead of the cron schedule"
    )
    serve.add_argument("--once", action="store_true", help="look at the inbox once now, then exit")
    serve.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    deploy = sub.add_parser("deploy", help="register a deployment on a Prefect work pool")
    deploy.add_argument("--pool", required=True, help="name of a process work pool")
    deploy.add_argument("--flow", choices=["publish", "inbox"], default="publish")
    deploy.add_argument("--name", help="deployment name (default: the flow's name)")
    deploy.add_argument("--inbox", type=Path, help="inbox folder for --flow inbox")
    deploy.add_argument("--out", type=Path, help="output folder the workers write to")
    deploy.add_argument("--cron", help="schedule (default: none for publish, 10 min for inbox)")
    deploy.add_argument("--paused", action="store_true", help="create it with its schedule paused")
    deploy.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")


def inbox_config(args: argparse.Namespace) -> InboxConfig:
    """The inbox settings: options over environment settings over defaults. An explicit
    --cron replaces an interval from HIGHLIGHTS_INBOX_INTERVAL; --interval replaces both."""
    from flows.deploy import InboxConfig

    config = InboxConfig()
    if args.inbox:
        config = replace(config, inbox_dir=args.inbox.resolve())
    if args.out:
        config = replace(config, out=args.out.resolve())
    if args.cron:
        config = replace(config, cron=args.cron, interval=None)
    if getattr(args, "interval", None):
        config = replace(config, interval=args.interval)
    return config


def desk(args: argparse.Namespace) -> int:
    prefect_env()
    from flows.desk import run_desk
    from highlights.procs import become_subreaper, stop_descendants
    from highlights.render.pool import RenderPool

    become_subreaper()
    # Registered before Prefect is imported, so it runs after Prefect's own exit handlers
    # (which send an interrupted upload's last events to Prefect's server, still running).
    atexit.register(stop_descendants)
    with RenderPool() as renders:  # the desk's workers, for every upload; closed on exit
        run_desk(args.out, args.port, renders)  # returns on SIGTERM or Ctrl-C, with a watchdog
    return 0


def serve(args: argparse.Namespace) -> int:
    prefect_env()
    config = inbox_config(args)
    if args.once:
        return _serve_once(config, args.debug)
    from highlights.procs import become_subreaper, stop_descendants

    become_subreaper()
    try:
        if os.environ.get("PREFECT_API_URL"):
            from flows.serving import serve_inbox

            serve_inbox(config)
            return 0
        # The embedded server has no scheduler: run a local one for as long as we serve.
        from flows.server import local_server

        port = int(os.environ.get("HIGHLIGHTS_PREFECT_PORT", "4200"))
        print(
            f"starting a local Prefect server: UI and run reports at http://127.0.0.1:{port}",
            file=sys.stderr,
        )
        # SIGTERM as an exception, so the server is stopped even during its start-up.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
        with local_server(port=port) as api_url:
            os.environ["PREFECT_API_URL"] = api_url
            from flows.serving import serve_inbox  # Prefect reads PREFECT_API_URL on import

            serve_inbox(config)
        return 0
    finally:
        stop_descendants()


def _serve_once(config: InboxConfig, debug: bool) -> int:
    """One look at the inbox now. A quiet inbox (nothing new or changed) is a directory scan:
    no Prefect, no render worker; only new or changed files start the flow."""
    from highlights.inbox import FAILED, scan
    from highlights.settings import RunSettings

    found = scan(config.inbox_dir, config.out, RunSettings(), config.settle_seconds)
    if found.set_aside:
        print(
            f"{len(found.set_aside)} file(s) set aside after failing, until they change: "
            f"see {config.inbox_dir / FAILED}",
            file=sys.stderr,
        )
    if not found.pending:
        return report(list(found.unchanged.values()), debug)
    from flows import shared_server

    api_url = shared_server.configured_api_url() or shared_server.ensure()
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.inbox import inbox
    from flows.publish import results_of

    with shared_server.in_use(), temporary_settings(updates={PREFECT_API_URL: api_url}):
        state = inbox(**config.parameters(), return_state=True)
    return report(results_of(state), debug)


def deploy(args: argparse.Namespace) -> int:
    prefect_env()
    from flows.deploy import deploy_to_pool

    deployment_id = deploy_to_pool(
        args.pool, args.flow, args.name, inbox_config(args), args.cron, paused=args.paused
    )
    paused = " (paused: the same command without --paused starts it)" if args.paused else ""
    print(f"deployment {args.flow}/{args.name or args.flow}: {deployment_id}{paused}")
    return 0
