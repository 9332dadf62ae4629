"""Start a publish run: Prefect's temporary server, the render workers and this process's
dictionaries all start at once, on both cores, instead of one after the other."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from flows.server import TemporaryServer
from highlights.errors import HighlightsError
from highlights.publish import ArticleResult
from highlights.settings import RunSettings

if TYPE_CHECKING:
    from highlights.render.pool import RenderPool


def run_flow(
    paths: list[Path], out: Path, settings: RunSettings, override: Path | None, verbose: bool
) -> list[ArticleResult]:
    """The publish flow on Prefect's temporary server, or on the server that PREFECT_API_URL or
    the Prefect profile names. The caller has set Prefect's environment defaults."""
    from highlights.render.pool import RenderPool

    server = None if os.environ.get("PREFECT_API_URL") else TemporaryServer()
    try:
        with RenderPool() as renders:  # ours: every worker stops when we return or are stopped
            threading.Thread(target=renders.start, daemon=True).start()
            return _run(server, paths, out, settings, override, verbose, renders)
    finally:
        if server:
            server.stop()


def _run(
    server: TemporaryServer | None,
    paths: list[Path],
    out: Path,
    settings: RunSettings,
    override: Path | None,
    verbose: bool,
    renders: RenderPool,
) -> list[ArticleResult]:
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    from flows.publish import publish, results_of  # seconds to import: meanwhile, above
    from highlights.warm import warm_prepare

    if server and get_current_settings().api.url:  # a Prefect profile names a server
        server.stop()
        server = None
    warm_prepare()
    if server:
        _wait(server)
    if not verbose:
        # A refused article is reported in one line; Prefect would also log it at ERROR
        # level with a traceback (task and flow run loggers). Kept for --verbose.
        for name in ("prefect.task_runs", "prefect.flow_runs"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    api = {PREFECT_API_URL: server.api_url} if server else {}
    with temporary_settings(updates=api):
        state = publish(
            paths=paths,
            out=out,
            settings=settings,
            override=override,
            renders=renders,
            return_state=True,
        )
    return results_of(state)


def _wait(server: TemporaryServer) -> None:
    try:
        server.wait()
    except (RuntimeError, TimeoutError) as exc:
        raise HighlightsError(
            None,
            f"Prefect's temporary server did not start: {exc}",
            "its own error lines are above; or set PREFECT_API_URL to a running server",
        ) from exc
