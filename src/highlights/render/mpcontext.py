"""The render workers' multiprocessing context: a warm template per lane, minus re-running
`__main__`.

Workers are forked from a template process of their own lane (a `multiprocessing` fork
server) that has loaded the libraries and rendered a tiny article in the lane's formats
(`highlights.render.templates`): a worker starts warm, so replacing one that reached its
render budget costs a fork, not a warm-up (measured: the lane stood idle 0.8 s per
replacement, two replacements in a batch of 20; bench/timeline.py). Python's forkserver
launch would also re-run the caller's `__main__` in each worker: the renderers are library
functions, and a script without an `if __name__ == "__main__"` guard must not run again (nor
fail) in every worker. The launch below is 3.11's `_launch` without that step.
"""

from __future__ import annotations

import io
import itertools
import os
import threading
from multiprocessing import context, forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.process import BaseProcess
from typing import Any

__all__ = ["WorkerContext"]

# The templates of this process's contexts, by number: a worker process object carries only
# the number (it is pickled for the child, the fork server is not).
_TEMPLATES: dict[int, forkserver.ForkServer] = {}
_numbers = itertools.count(1)


class _Popen(popen_forkserver.Popen):
    def _launch(self, process_obj: BaseProcess) -> None:
        prep_data = spawn.get_preparation_data(process_obj.name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        context.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            context.set_spawning_popen(None)
        template = _TEMPLATES[process_obj._template]  # type: ignore[attr-defined]
        self.sentinel, w = template.connect_to_new_process(self._fds)  # type: ignore[attr-defined]
        parent_w = os.dup(w)  # the child's sentinel of its parent, as in the original
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))  # type: ignore[attr-defined]
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(context.ForkServerProcess):
    _template = 0  # set by WorkerContext.Process

    @staticmethod
    def _Popen(process_obj: BaseProcess) -> _Popen:  # multiprocessing's name
        return _Popen(process_obj)


class WorkerContext(context.ForkServerContext):
    """Processes forked from a template of their own that has preloaded the renderers'
    libraries and warmed up on `lane` (a module of `highlights.render.templates`)."""

    def __init__(self, lane: str = "all") -> None:
        super().__init__()
        self._number = next(_numbers)
        template = _TEMPLATES[self._number] = forkserver.ForkServer()
        template.set_forkserver_preload([f"highlights.render.templates.{lane}"])

    def Process(self, *args: Any, **kwargs: Any) -> _Process:  # type: ignore[override]  # multiprocessing's name
        process = _Process(*args, **kwargs)
        process._template = self._number
        return process

    def start_template(self) -> None:
        """Start the template now (it warms up in the background); workers start it anyway."""
        _TEMPLATES[self._number].ensure_running()

    def stop(self) -> None:
        """Stop the template once its workers have gone (it waits for them: call this after
        the pool that used the context has stopped them)."""
        template = _TEMPLATES.pop(self._number, None)
        if template is not None:
            threading.Thread(target=_stop, args=(template,), daemon=True).start()


def _stop(template: forkserver.ForkServer) -> None:
    template._stop()  # type: ignore[attr-defined]  # closes its pipe, then reaps it
