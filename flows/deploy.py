"""Deployments: the scheduled inbox served from this process, or flows on a process work pool.

`serve_inbox` is what `make serve` runs: Prefect's embedded default, no server to set up.
`deploy_to_pool` registers a flow with a real Prefect server for `prefect worker start` to run;
workers load it from this project folder, so every worker machine needs the same checkout.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast
from uuid import UUID

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
    settle_seconds: float = 5.0

    def parameters(self) -> dict[str, Any]:
        # Absolute paths: served and worker runs start in other working directories.
        return {
            "inbox_dir": str(self.inbox_dir),
            "out": str(self.out),
            "settle_seconds": self.settle_seconds,
        }


def serve_inbox(config: InboxConfig, name: str = "inbox") -> None:
    """Register the inbox deployment on its cron schedule and run it until interrupted."""
    from flows.inbox import inbox

    config.inbox_dir.mkdir(parents=True, exist_ok=True)
    config.out.mkdir(parents=True, exist_ok=True)
    # limit=1: a slow batch and the next tick never publish the same files at once.
    inbox.serve(
        name=name,
        cron=config.cron,
        parameters=config.parameters(),
        limit=1,
        description="Publish new or changed articles from the inbox folder",
    )


def deploy_to_pool(
    pool: str,
    flow_name: FlowName = "publish",
    name: str | None = None,
    config: InboxConfig | None = None,
    cron: str | None = None,
) -> UUID:
    """Create or update a deployment on `pool` (a process work pool) from this checkout."""
    from prefect import Flow

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
        ),
    )
