"""The render lanes' templates: imported by a lane's template process before it forks any
worker, each module warms that process up for its lane (`multiprocessing` can only preload
modules, so importing one is its job). See `highlights.render.mpcontext`."""

from __future__ import annotations

__all__ = ["warm_lane"]


def warm_lane(lane: str) -> None:
    """The libraries, then a tiny article in the lane's formats: every worker forked after
    this starts with the lane's fonts and caches loaded."""
    import highlights.render.preload  # noqa: F401  # the libraries, the single faces
    from highlights.render.lanes import LANE_FORMATS
    from highlights.warm import warm_renderers

    warm_renderers(LANE_FORMATS[lane])
