"""Peak memory per process of the batch through the flow (issue #18's 400 MB goal).

    python -m bench.memory [--batch 20] [--pdf-only] [--compare]

Runs `highlights publish` on the benchmark's batch (bench.measure.make_batch) and samples every
process of its tree every 50 ms: each one's high-water mark (VmHWM, so no peak between samples
is missed) and what it is (its command line, or "render worker" for the forkserver's children).
`--pdf-only` instead renders the batch's PDFs in one fresh process (HIGHLIGHTS_WORKERS=0): the
memory of a PDF worker alone, quicker to compare two font set-ups. `--compare` runs the chosen
measurement twice in a row, with the single-face fonts off (HIGHLIGHTS_SINGLE_FACES=0) and on.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.measure import BIN, PREFECT_ENV, ROOT, _children, _status_kb, make_batch
from highlights.publish import Prepared
from highlights.settings import RunSettings


def _what(pid: int) -> str:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return "?"
    if "forkserver" in raw:
        return "forkserver (workers' template)"
    if "multiprocessing" in raw or "from multiprocessing" in raw:
        return "render worker"
    if ("prefect" in raw and "server" in raw) or "uvicorn" in raw:
        return "prefect server"
    if "highlights publish" in raw or "/highlights publish" in raw:
        return "highlights publish"
    return raw[:60]


def sample_tree(root: int, done: threading.Event, peaks: dict[int, tuple[str, int]]) -> None:
    """A forkserver's children are the render workers; one that starts pandoc is in the
    image and EPUB lane, the others render PDFs."""
    epub_lane: set[int] = set()
    while not done.wait(0.05):
        todo, seen = [root], set()
        while todo:
            pid = todo.pop()
            if pid in seen:
                continue
            seen.add(pid)
            children = _children(pid)
            todo.extend(children)
            hwm = _status_kb(pid, "VmHWM").get("VmHWM", 0)
            what, old = peaks.get(pid, (_what(pid), 0))
            if what.startswith("forkserver"):
                for child in children:
                    peaks.setdefault(child, ("render worker (pdf lane)", 0))
            if any("pypandoc" in _what(child) for child in children):
                epub_lane.add(pid)
            if pid in epub_lane:
                what = "render worker (image + epub lane)"
            peaks[pid] = (what, max(old, hwm))


def flow_batch(count: int) -> None:
    """The batch through `highlights publish`: each process's peak, largest first."""
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        batch = make_batch(Path(tmp) / "batch", count)
        args = [str(BIN / "highlights"), "publish", *map(str, batch), "--out", f"{tmp}/out"]
        start = time.perf_counter()
        proc = subprocess.Popen(args, cwd=ROOT, env={**os.environ, **PREFECT_ENV},
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peaks: dict[int, tuple[str, int]] = {}
        done = threading.Event()
        sampler = threading.Thread(target=sample_tree, args=(proc.pid, done, peaks))
        sampler.start()
        _, err = proc.communicate()
        done.set()
        sampler.join()
        seconds = time.perf_counter() - start
    print(f"batch of {count} via the flow: exit {proc.returncode}, {seconds:.1f} s")
    if proc.returncode:
        print(err[-2000:])
    for pid, (what, kb) in sorted(peaks.items(), key=lambda item: -item[1][1]):
        if kb > 50 * 1024:
            print(f"  {kb / 1024:6.0f} MB  pid {pid:<7} {what}")
    print(f"peak of any one process: {max(kb for _, kb in peaks.values()) / 1024:.0f} MB")


def _covers(jobs: list[tuple[Prepared, Path]], settings: RunSettings) -> None:
    """Each article's cover drawn into its staging folder by a child process, as the render
    pool's images lane does: Pillow's faces stay out of the process measured."""
    from highlights.render.job import render_format

    pid = os.fork()
    if pid == 0:
        try:
            for prepared, stage in jobs:
                render_format("cover", prepared, stage, settings)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def pdf_only(count: int) -> None:
    """The batch's PDFs rendered in this process (fonts as a PDF worker would set them)."""
    from highlights.single_faces import use_single_faces

    use_single_faces()
    from highlights.publish import prepare
    from highlights.render.job import render_format

    settings = RunSettings(formats=["pdf"])
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        jobs = []
        for k, path in enumerate(make_batch(Path(tmp) / "batch", count)):
            stage = Path(tmp) / f"stage-{k}"
            stage.mkdir()
            jobs.append((prepare(path, settings), stage))
        _covers(jobs, settings)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start, cpu = time.perf_counter(), time.process_time()
        for prepared, stage in jobs:
            render_format("pdf", prepared, stage, settings)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{count} PDFs in one process: {seconds:.1f} s ({cpu:.1f} s CPU), peak {peak:.0f} MB "
          f"({before:.0f} MB before the first PDF)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--pdf-only", action="store_true")
    parser.add_argument("--compare", action="store_true")
    options = parser.parse_args()
    if not options.compare:
        (pdf_only if options.pdf_only else flow_batch)(options.batch)
        return
    for switch in ("0", "1"):
        print(f"--- HIGHLIGHTS_SINGLE_FACES={switch}", flush=True)
        args = [sys.executable, "-m", "bench.memory", "--batch", str(options.batch)]
        env = {k: v for k, v in os.environ.items() if k != "FONTCONFIG_FILE"}
        subprocess.run(args + ["--pdf-only"] * options.pdf_only, cwd=ROOT, check=False,
                       env={**env, "HIGHLIGHTS_SINGLE_FACES": switch})


if __name__ == "__main__":
    main()
