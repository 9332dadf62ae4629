"""The CLI side of the editors' desk: the publish function it injects, and the web server.

The desk library never imports Prefect; here the upload runs the real `publish` flow and its
terminal progress lines ("[1/1] name: stage") are passed on to the job page.
"""

from __future__ import annotations

import io
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, TextIO

from highlights.publish import ArticleResult

if TYPE_CHECKING:
    from highlights.render.pool import RenderPool

PROGRESS_LINE = re.compile(r"\[\d+/\d+\] ")
_one_at_a_time = threading.Lock()  # stderr is process-wide: one captured run at a time


class _Tee(io.TextIOBase):
    """Writes through to the real stderr and hands complete progress lines to a callback."""

    def __init__(self, real: TextIO, on_line: Callable[[str], None]) -> None:
        self.real, self.on_line, self.buffer_text = real, on_line, ""

    def write(self, text: str) -> int:
        self.real.write(text)
        self.buffer_text += text
        *lines, self.buffer_text = self.buffer_text.split("\n")
        for line in lines:
            if PROGRESS_LINE.match(line):
                self.on_line(line)
        return len(text)

    def flush(self) -> None:
        self.real.flush()


@contextmanager
def progress_from_stderr(on_line: Callable[[str], None]) -> Iterator[None]:
    with _one_at_a_time:
        real = sys.stderr
        sys.stderr = _Tee(real, on_line)
        try:
            yield
        finally:
            sys.stderr = real


def publish_for_desk(
    paths: list[Path],
    out: Path,
    progress: Callable[[str], None],
    renders: RenderPool | None = None,
) -> list[ArticleResult]:
    """Run the `publish` flow for an upload; progress lines go to the desk's job page. The
    upload is checked first, like any input: a refused one never starts Prefect. `renders` is
    the desk's render pool (else the run starts and stops its own)."""
    from highlights.errors import shown
    from highlights.precheck import check_inputs
    from highlights.settings import RunSettings

    usable, refused, _ = check_inputs(paths, RunSettings())
    flown: dict[Path, ArticleResult] = {}
    if usable:
        from flows.publish import publish, results_of  # Prefect imports in a second: desk now

        progress("starting the Prefect flow")
        with progress_from_stderr(progress):
            state = publish(paths=usable, out=out, renders=renders, return_state=True)
            by_name = {r.path: r for r in results_of(state)}
        flown = {p: by_name.get(str(p)) or by_name[shown(p)] for p in usable}
    return [refused.get(path) or flown[path] for path in paths]


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

    app = create_app(out.resolve(), partial(publish_for_desk, renders=renders))
    print(f"desk: http://127.0.0.1:{port}/  (output folder {out.resolve()})", file=sys.stderr)
    # Open connections get 3 s after SIGTERM, so that the desk stops within seconds.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=3
    )
    Server(config).run()
