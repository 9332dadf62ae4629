"""Deployments on a process work pool, and where the inbox and output are.

`deploy_to_pool` registers a flow with a real Prefect server for `prefect worker start` to run;
workers load it from this project folder, so every worker machine needs the same checkout.
Folders given to `deploy` are made absolute here; the `paths` of a `publish` run are read by
the worker, whose working directory is this checkout, so relative ones resolve against it.
(`highlights serve` is in `flows/serving.py`.)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast
from uuid import UUID

from highlights.errors import HighlightsError

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CRON = "*/10 * * * *"  # every ten minutes
ENTRYPOINTS = {"publish": "flows/publish.py:publish", "inbox": "flows/inbox.py:inbox"}
FlowName = Literal["publish", "inbox"]


def _env_path(name: str, default: str) -> Path:
    return Path(os.environ.get(name) or default).resolve()


@dataclass(frozen=True)
class InboxConfig:
    """Where the inbox and the output are, and how often to look: each one an env setting."""

    inbox_dir: Path = field(default_factory=lambda: _env_path("HIGHLIGHTS_INBOX", "inbox"))
    out: Path = field(default_factory=lambda: _env_path("HIGHLIGHTS_OUT", "output"))
    cron: str = field(
        default_factory=lambda: os.environ.get("HIGHLIGHTS_INBOX_CRON") or DEFAULT_CRON
    )
    # seconds between runs, instead of the cron schedule (tests, short soak runs)
    interval: float | None = field(
        default_factory=lambda: float(os.environ.get("HIGHLIGHTS_INBOX_INTERVAL") or 0) or None
    )
    settle_seconds: float = 5.0

    def parameters(self) -> dict[str, Any]:
        # Absolute paths: served and worker runs start in other working directories.
        return {
            "inbox_dir": str(self.inbox_dir),
            "out": str(self.out),
            "settle_seconds": self.settle_seconds,
        }


def check_server(pool: str) -> str:
    """The configured Prefect server's API URL, after checking that it answers and has `pool`:
    each problem is one line with its fix, within seconds."""
    import httpx
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    if not url:
        raise HighlightsError(
            None,
            "deploy needs a running Prefect server, and PREFECT_API_URL is not set",
            "start one with `prefect server start`, then run "
            "`prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`",
        )
    try:
        httpx.get(f"{url}/health", timeout=5).raise_for_status()
        found = httpx.get(f"{url}/work_pools/{pool}", timeout=5)
    except httpx.HTTPError as exc:
        raise HighlightsError(
            None,
            f"no Prefect server answers at PREFECT_API_URL={url} ({type(exc).__name__})",
            "start it with `prefect server start`, or point PREFECT_API_URL at a running one",
        ) from exc
    if found.status_code == 404:
        raise HighlightsError(
            None,
            f"the work pool {pool!r} does not exist on {url}",
            f"create it: prefect work-pool create {pool} --type process",
        )
    return url


def deploy_to_pool(
    pool: str,
    flow_name: FlowName = "publish",
    name: str | None = None,
    config: InboxConfig | None = None,
    cron: str | None = None,
    paused: bool = False,
) -> UUID:
    """Create or update a deployment on `pool` (a process work pool) from this checkout;
    `paused` creates it with its schedule paused (`prefect deployment resume` starts it)."""
    from prefect import Flow

    if (name or flow_name) == "serve":
        raise HighlightsError(
            None, "the deployment name 'serve' belongs to `highlights serve`", "choose another"
        )
    check_server(pool)
    config = config or InboxConfig()
    # Both calls are sync here; Prefect types them as maybe-coroutines (async_dispatch).
    loaded = Flow.from_source(source=str(ROOT), entrypoint=ENTRYPOINTS[flow_name])
    flow = cast(Flow[..., Any], loaded)
    parameters = config.parameters() if flow_name == "inbox" else {"out": str(config.out)}
    schedule = cron or (config.cron if flow_name == "inbox" else None)
    return cast(
        UUID,
        flow.deploy(
            name=name or flow_name,
            work_pool_name=pool,
            build=False,
            push=False,
            parameters=parameters,
            cron=schedule,
            print_next_steps=False,
            concurrency_limit=1 if flow_name == "inbox" else None,
            paused=paused,
        ),
    )
