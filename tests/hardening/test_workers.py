"""Render worker processes (highlights.render.pool) and the CLI's temporary Prefect server:
a killed worker fails one article with one clear line and nothing half-written, the next
article gets fresh workers; no process outlives the run that started it."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from highlights.errors import GlyphError, HighlightsError, InputError
from highlights.output import STAGING
from highlights.publish import publish_article
from highlights.render import pool
from highlights.settings import RunSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("cls", [HighlightsError, InputError, GlyphError])
def test_errors_cross_processes_whole(cls: type[HighlightsError]) -> None:
    error = cls("a.txt", "characters the fonts lack: 𠀀", "remove them or add a font")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is cls
    assert (back.path, back.reason, back.hint, back.line()) == (
        error.path, error.reason, error.hint, error.line())


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited: only its parent has not collected it yet


def test_killed_worker_fails_one_article_then_the_next_renders(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HIGHLIGHTS_WORKERS", raising=False)
    out = tmp_path / "out"
    pool.start_workers()
    workers = list(pool.worker_pids())
    assert workers and all(pid != os.getpid() for pid in workers)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            publish_article(sample_path, out, RunSettings())
        except BaseException as exc:  # examined below
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 60
    while not any((out / STAGING).glob("*-*/cards.json")) and time.monotonic() < deadline:
        time.sleep(0.01)  # the renderers start right after the staging folder's JSON
    for pid in workers:
        os.kill(pid, signal.SIGKILL)
    thread.join(120)
    assert len(errors) == 1 and isinstance(errors[0], HighlightsError), errors
    assert "renderer's process stopped" in errors[0].line()
    assert str(sample_path) in errors[0].line()
    assert not [p for p in out.iterdir() if p.name != STAGING]  # nothing published
    assert not [p for p in (out / STAGING).iterdir() if p.is_dir()]  # nothing left staged

    folder = publish_article(sample_path, out, RunSettings(formats=["epub"]))
    assert (folder / f"{folder.name}.epub").is_file()
    assert not pool.worker_pids() & set(workers)


def test_a_script_without_a_main_guard_runs_once(tmp_path: Path, sample_path: Path) -> None:
    """Workers never re-run the caller's `__main__` (multiprocessing would, by default)."""
    script = tmp_path / "publish_one.py"
    script.write_text(
        "from pathlib import Path\n"
        "from highlights.publish import publish_article\n"
        "from highlights.settings import RunSettings\n"
        f"folder = publish_article(Path({str(sample_path)!r}), Path({str(tmp_path)!r}),\n"
        "                         RunSettings(formats=['epub', 'png']))\n"
        "print('published', folder.name)\n",
        encoding="utf-8",
    )
    env = {**os.environ, "HIGHLIGHTS_WORKERS": "2"}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=240, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.count("published") == 1, done.stdout


def test_temporary_server_stops_when_its_parent_is_killed(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import time; from flows.server import TemporaryServer\n"
         "server = TemporaryServer(); print(server.process.pid, flush=True); time.sleep(120)"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )
    assert child.stdout is not None
    server_pid = int(child.stdout.readline())
    assert _alive(server_pid)
    child.kill()
    child.wait(10)
    deadline = time.monotonic() + 30
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(server_pid), "Prefect's temporary server outlived the killed CLI"


def test_worker_count_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIGHLIGHTS_WORKERS", "two")
    with pytest.raises(HighlightsError, match="HIGHLIGHTS_WORKERS"):
        pool.worker_count()
    monkeypatch.setenv("HIGHLIGHTS_WORKERS", "0")
    assert pool.worker_count() == 0


def test_workers_are_replaced_without_losing_a_render(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fresh workers every RENDERS_PER_POOL renders; the retired pool finishes its queue (no
    hang: this is what `max_tasks_per_child` gets wrong on Python 3.11, CPython gh-115634)."""
    monkeypatch.delenv("HIGHLIGHTS_WORKERS", raising=False)
    monkeypatch.setattr(pool, "RENDERS_PER_POOL", 2)
    pool.start_workers()
    first = pool.worker_pids()
    sources = []
    for k in range(3):
        source = tmp_path / f"copy-{k}.txt"
        source.write_bytes(sample_path.read_bytes() + f"\n第{k}份。\n".encode())
        sources.append(source)
    settings = RunSettings(formats=["epub", "pdf"])
    folders = [publish_article(source, tmp_path / "out", settings) for source in sources]
    assert len(set(folders)) == 3 and all((f / f"{f.name}.pdf").is_file() for f in folders)
    assert not pool.worker_pids() & first
