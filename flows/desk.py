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
from pathlib import Path
from typing import TextIO

from highlights.publish import ArticleResult

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
    paths: list[Path], out: Path, progress: Callable[[str], None]
) -> list[ArticleResult]:
    """Run the `publish` flow for an upload; progress lines go to the desk's job page. The
    upload is checked first, like any input: a refused one never starts Prefect."""
    from highlights.precheck import check_inputs
    from highlights.settings import RunSettings

    usable, refused, _ = check_inputs(paths, RunSettings())
    flown: dict[Path, ArticleResult] = {}
    if usable:
        from flows.publish import publish  # Prefect imports in a second; the desk starts at once

        progress("starting the Prefect flow")
        with progress_from_stderr(progress):
            flown = dict(zip(usable, publish(paths=usable, out=out), strict=True))
    return [refused.get(path) or flown[path] for path in paths]


def run_desk(out: Path, port: int) -> None:
    """Serve the desk on 127.0.0.1 only: it has no login, so it is never on the network."""
    import uvicorn

    from highlights.desk import create_app

    app = create_app(out.resolve(), publish_for_desk)
    print(f"desk: http://127.0.0.1:{port}/  (output folder {out.resolve()})", file=sys.stderr)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")
