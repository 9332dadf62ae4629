"""The CLI side of the editors' desk: the publish function it injects, and the web server.

The desk library never imports Prefect; here the upload runs the real `publish` flow, whose
progress steps ("[1/1] name: stage") are handed to the job page through a callback.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from highlights.records import ArticleResult

if TYPE_CHECKING:
    from highlights.bundles.published import RenderFn
    from highlights.model import OutputFile
    from highlights.pipeline import Step
    from highlights.render.job import Prepared
    from highlights.render.pool import RenderPool
    from highlights.render.registry import Kind
    from highlights.settings import RunSettings


def publish_for_desk(
    paths: list[Path],
    out: Path,
    progress: Callable[[str], None],
    settings: RunSettings | None = None,
    override: Path | None = None,
    renders: RenderPool | None = None,
    server: Future[str] | None = None,
) -> list[ArticleResult]:
    """Run the `publish` flow for an approved draft (`override`: the editor's deck, as the
    command line's `--cards`); progress lines go to the desk's job page. The source is
    checked first, like any input: a refused one never starts Prefect. `renders` is the
    desk's render pool (else the run starts and stops its own); `server` the API URL of
    the Prefect server to use (else Prefect's own choice)."""
    from highlights.batch import plan_batch
    from highlights.settings import RunSettings

    settings = settings or RunSettings()
    # an approved deck is published even when the source is unchanged: no skip here
    batch = plan_batch(list(paths), out, settings, skip_unchanged=False)
    flown: list[ArticleResult] = []
    if batch.pending:
        from flows.publish import publish, results_of  # Prefect imports in a second: desk now
        from highlights.pipeline import to_stderr

        progress("starting the Prefect flow")

        def step(done: Step) -> None:
            to_stderr(done)  # the operator's terminal, as for `highlights publish`
            progress(str(done))

        with _api(server):
            state = publish(
                paths=batch.pending, out=out, settings=settings, override=override, renders=renders,
                progress=step, return_state=True,
            )
        flown = results_of(state)
    return batch.results(flown)


def _api(server: Future[str] | None) -> AbstractContextManager[object]:
    if server is None:
        return nullcontext()
    from prefect.settings import PREFECT_API_URL, temporary_settings

    return temporary_settings(updates={PREFECT_API_URL: server.result()})


def warm_desk(renders: RenderPool | None) -> Future[str]:
    """Everything the first upload needs, got ready in the background as the desk starts: the
    Prefect server (configured, or the shared local one), the render workers, the flow's
    imports and the dictionaries. The first upload waits only for what is not ready yet."""
    from flows.launch import server_url_soon

    server = server_url_soon()

    def warm() -> None:
        if renders is not None:
            renders.start()
        import flows.publish  # noqa: F401  (Prefect and the pipeline: seconds to import)
        from highlights.desk.preview import warm_preview
        from highlights.warm import warm_prepare

        warm_prepare()
        warm_preview()  # the editor's first live preview: the faces already loaded

    threading.Thread(target=warm, name="desk-warm-up", daemon=True).start()
    return server


def bundle_renderer(renders: RenderPool | None) -> RenderFn | None:
    """Platform bundles the download menu asks for, drawn in the desk's render workers (the
    carousel's WeasyPrint in the PDF lane, not in the desk's process); None: in-process."""
    if renders is None:
        return None
    pool = renders

    def render(kind: Kind, prepared: Prepared, stage: Path, settings: RunSettings
               ) -> list[OutputFile]:
        return pool.submit(kind, prepared, stage, settings).result()

    return render


STOP_SECONDS = 8.0  # from SIGTERM or Ctrl-C to every process stopped: within the promised 10 s


def run_desk(out: Path, port: int, renders: RenderPool | None = None) -> None:
    """Serve the desk on 127.0.0.1 only: it has no login, so it is never on the network.
    Returns when uvicorn has stopped (SIGTERM or Ctrl-C: it handles both); from that signal
    on, a watchdog stops every process below this one and exits within STOP_SECONDS."""
    import uvicorn

    from highlights.desk import create_app
    from highlights.procs import exit_after

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: FrameType | None) -> None:
            exit_after(STOP_SECONDS)  # an upload being rendered, exit handlers: bounded
            super().handle_exit(sig, frame)

    server = warm_desk(renders)
    app = create_app(out.resolve(), partial(publish_for_desk, renders=renders, server=server),
                     bundle_renderer(renders))
    print(f"desk: http://127.0.0.1:{port}/  (output folder {out.resolve()})", file=sys.stderr)
    # Open connections get 3 s after SIGTERM, so that the desk stops within seconds.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=3
    )
    from flows.shared_server import in_use

    with in_use():  # the shared server stays while the desk runs
        Server(config).run()
