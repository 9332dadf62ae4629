"""`highlights serve`: the inbox deployment served from this process, and a stop that always
finishes within seconds, leaving no process behind.

The deployment is `inbox/serve`, a name `highlights deploy` never gives, and `serve` refuses to
take over an `inbox/serve` that it did not create (one with a work pool or without its tag).
On SIGTERM or SIGINT Prefect's runner stops gracefully (cancels a run in progress, pauses the
schedule); a watchdog makes sure that, whatever hangs, every process this one started is
stopped and it exits within STOP_SECONDS. This process is a child subreaper (Linux), so helpers
whose parent exits first (a flow run's render workers and their template) are still ours to
stop.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from datetime import timedelta
from typing import Any

from prefect.runner import Runner

from flows.deploy import InboxConfig
from highlights import procs
from highlights.errors import HighlightsError

SERVE_NAME = "serve"  # the deployment inbox/serve; `highlights deploy` names its own inbox/inbox
SERVE_TAG = "highlights-serve"
STOP_SECONDS = 8.0  # graceful stop, then every process is killed; 10 s is the promise


class _Runner(Runner):
    """Prefect's runner; its SIGTERM handling plus the watchdog (it installs this handler)."""

    def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
        print("serve: stopping", file=sys.stderr, flush=True)
        procs.exit_after(STOP_SECONDS)  # whatever hangs, everything is stopped in time
        super().handle_sigterm(*args, **kwargs)


def _refuse_foreign_deployment() -> None:
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            found = client.read_deployment_by_name(f"inbox/{SERVE_NAME}")
        except ObjectNotFound:
            return
    if found.work_pool_name or SERVE_TAG not in (found.tags or []):
        raise HighlightsError(
            None,
            f"the deployment inbox/{SERVE_NAME} exists and was not created by `highlights serve`"
            + (f" (work pool {found.work_pool_name})" if found.work_pool_name else ""),
            f"delete it (prefect deployment delete inbox/{SERVE_NAME}) or use another server",
        )


def serve_inbox(config: InboxConfig) -> None:
    """Register inbox/serve on its schedule and run it until SIGTERM or SIGINT."""
    from flows.inbox import inbox

    config.inbox_dir.mkdir(parents=True, exist_ok=True)
    config.out.mkdir(parents=True, exist_ok=True)
    _refuse_foreign_deployment()
    # limit=1: a slow batch and the next tick never publish the same files at once.
    runner = _Runner(name="highlights-serve", limit=1)
    schedule: dict[str, Any] = {"cron": config.cron}
    if config.interval:
        schedule = {"interval": timedelta(seconds=config.interval)}
    runner.add_flow(
        inbox,
        name=SERVE_NAME,
        parameters=config.parameters(),
        tags=[SERVE_TAG],
        description="Publish new or changed articles from the inbox folder (highlights serve)",
        **schedule,
    )
    # SIGINT like SIGTERM: the same graceful stop and the same watchdog.
    signal.signal(signal.SIGINT, lambda sig, frame: runner.handle_sigterm(sig, frame))
    when = f"every {config.interval:g} s" if config.interval else f"on cron {config.cron!r}"
    print(f"serve: inbox/{SERVE_NAME} {when}: {config.inbox_dir} → {config.out}", file=sys.stderr)
    asyncio.run(runner.start())
