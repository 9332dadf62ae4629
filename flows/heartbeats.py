"""Prefect 3.9's flow-run heartbeats without the wait at the end of every run.

The sync flow engine joins its heartbeat thread when a run ends, and that thread sleeps in
one-second steps: every run ended 0–1 s (0.5 s on average, measured 0.7–1.0 s here) after
its last task, doing nothing. The async engine already passes `join_on_exit=False`; the
sync one gets the same here. Heartbeats are still sent as before (at the start, then every
PREFECT_FLOWS_HEARTBEAT_FREQUENCY seconds); the daemon thread sees the stop and ends on its
next step. Another Prefect, without that parameter, is left as it is.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

import prefect.flow_engine as engine


def no_join_at_exit() -> None:
    original: Any = engine._send_heartbeats
    if getattr(original, "_highlights_patched", False):
        return
    if "join_on_exit" not in inspect.signature(original).parameters:
        return
    patched = functools.partial(original, join_on_exit=False)
    patched._highlights_patched = True  # type: ignore[attr-defined]
    engine._send_heartbeats = patched
