"""How many render workers, in which lanes, and how long one render may take: the settings
`highlights.render.pool` reads (HIGHLIGHTS_WORKERS, HIGHLIGHTS_RENDER_TIMEOUT), each a clear
one-line error when it is not a number."""

from __future__ import annotations

import os

from highlights import procs
from highlights.errors import HighlightsError
from highlights.settings import ALL_FORMATS, Format

__all__ = [
    "COVERS_KEPT",
    "DEFAULT_TIMEOUT",
    "LANE_FORMATS",
    "MAX_DEFAULT_WORKERS",
    "RENDERS_PER_ARTICLE",
    "RENDERS_PER_WORKER",
    "lanes",
    "render_timeout",
    "worker_count",
    "worker_pids",
]

RENDERS_PER_WORKER = 12  # articles per worker: workers grow with every new face and document
# Renders one article may ask of a lane: the images lane draws the cover, the PNG set and the
# EPUB; the PDF lane sets the PDF and may take the EPUB too (an either-lane kind, which goes
# to an idle PDF worker in a batch); one worker for everything does all four. A worker is
# replaced after RENDERS_PER_WORKER articles' worth, so a lane that counts too few is replaced
# early: with 1 for the PDF lane, a fresh PDF worker that took 3 EPUBs was replaced after 8
# PDFs of a 10-article batch and the lane stood idle 1.4 s for its successor's warm-up
# (0.6 CPU-s; bench/timeline.py). Its RSS meanwhile: 198 → 228 MB.
RENDERS_PER_ARTICLE = {"all": 4, "pdf": 2, "images": 3}
MAX_DEFAULT_WORKERS = 4
DEFAULT_TIMEOUT = 120.0
LANE_FORMATS: dict[str, tuple[Format, ...]] = {  # what a new worker of the lane warms up on
    "all": ALL_FORMATS,
    "pdf": ("pdf",),
    "images": ("png", "epub"),
}
COVERS_KEPT = 64  # cover jobs remembered per pool: more than the articles in flight


def _setting(name: str, hint: str) -> float | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value < 0:
        raise HighlightsError(None, f"{name}={raw!r} is not a number of at least 0", hint)
    return value


def worker_count() -> int:
    value = _setting(
        "HIGHLIGHTS_WORKERS", "set it to a count of worker processes such as 2, or 0 to render "
        "in-process",
    )
    if value is None:
        return min(os.cpu_count() or 1, MAX_DEFAULT_WORKERS)
    if value != int(value):
        raise HighlightsError(
            None,
            f"HIGHLIGHTS_WORKERS={value} is not a whole number",
            "set it to a count of worker processes such as 2, or 0 to render in-process",
        )
    return int(value)


def render_timeout() -> float:
    value = _setting("HIGHLIGHTS_RENDER_TIMEOUT", "set it to seconds, such as 120")
    return value if value else DEFAULT_TIMEOUT


def lanes(count: int) -> dict[str, int]:
    """Worker processes per lane. PDF renders in a lane of its own and the images and the EPUB
    in another, so that no worker holds both WeasyPrint's and Pillow's fonts (peak memory per
    process); their work per article is about equal. One worker: one lane for everything."""
    if count < 2:
        return {"all": count}
    return {"pdf": count - count // 2, "images": count // 2}


def worker_pids() -> set[int]:
    """This process's render workers: the forks of its lanes' templates (diagnostics), not a
    template's own warm-up commands (pandoc)."""
    return {
        pid
        for child in procs.children(os.getpid())
        if _TEMPLATE in procs.cmdline(child)
        for pid in procs.children(child)
        if _TEMPLATE in procs.cmdline(pid)
    }


_TEMPLATE = "multiprocessing.forkserver"  # in a template's command line, and its forks
