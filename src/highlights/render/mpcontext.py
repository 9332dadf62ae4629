"""The render workers' multiprocessing context: forkserver, minus re-running `__main__`.

Workers are forked from a template process that has loaded the libraries
(`highlights.render.preload`). Python's forkserver launch would also re-run the caller's
`__main__` in each worker: the renderers are library functions, and a script without an
`if __name__ == "__main__"` guard must not run again (nor fail) in every worker. The launch
below is 3.11's `_launch` without that step.
"""

from __future__ import annotations

import io
import os
from multiprocessing import context, forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.process import BaseProcess


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
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)  # type: ignore[attr-defined]
        parent_w = os.dup(w)  # the child's sentinel of its parent, as in the original
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))  # type: ignore[attr-defined]
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: BaseProcess) -> _Popen:  # multiprocessing's name
        return _Popen(process_obj)


class WorkerContext(context.ForkServerContext):
    """Forkserver processes whose template has preloaded the renderers' libraries."""

    Process = _Process

    def __init__(self) -> None:
        super().__init__()
        self.set_forkserver_preload(["highlights.render.preload"])
