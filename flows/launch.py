"""Start a publish run: the shared local Prefect server (found or started), the render
workers and this process's dictionaries all get ready at once, on both cores, instead of one
after the other."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from flows import shared_server
from highlights.records import ArticleResult
from highlights.settings import RunSettings

if TYPE_CHECKING:
    from highlights.render.pool import RenderPool


def server_url_soon() -> Future[str]:
    """The API URL to use, found in a thread: the configured server (PREFECT_API_URL or the
    profile), else the shared local one, started if none runs."""
    found: Future[str] = Future()

    def find() -> None:
        try:
            found.set_result(shared_server.configured_api_url() or shared_server.ensure())
        except BaseException as exc:
            found.set_exception(exc)

    threading.Thread(target=find, name="prefect-server", daemon=True).start()
    return found


def run_flow(
    paths: list[Path], out: Path, settings: RunSettings, override: Path | None, verbose: bool
) -> list[ArticleResult]:
    """The publish flow on the configured or the shared local server. The caller has set
    Prefect's environment defaults."""
    from highlights.render.pool import RenderPool

    api_url = server_url_soon()
    with RenderPool() as renders:  # ours: every worker stops when we return or are stopped
        threading.Thread(target=renders.start, daemon=True).start()
        return _run(api_url, paths, out, settings, override, verbose, renders)


def _run(
    api_url: Future[str],
    paths: list[Path],
    out: Path,
    settings: RunSettings,
    override: Path | None,
    verbose: bool,
    renders: RenderPool,
) -> list[ArticleResult]:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.publish import publish, results_of  # seconds to import: meanwhile, above
    from highlights.warm import warm_prepare

    warm_prepare()
    url = api_url.result()
    if not verbose:
        # A refused article is reported in one line; Prefect would also log it at ERROR
        # level with a traceback (task and flow run loggers). Kept for --verbose.
        for name in ("prefect.task_runs", "prefect.flow_runs"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    with shared_server.in_use(), temporary_settings(updates={PREFECT_API_URL: url}):
        state = publish(
            paths=paths,
            out=out,
            settings=settings,
            override=override,
            renders=renders,
            return_state=True,
        )
    return results_of(state)
