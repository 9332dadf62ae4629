"""Render worker processes (highlights.render.pool and .lane_pool) and the CLI's temporary
Prefect server: a killed worker fails one article with one clear line and nothing
half-written, the next article gets fresh workers; no process outlives the run that started
it."""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from highlights import procs
from highlights.errors import GlyphError, HighlightsError, InputError
from highlights.output import STAGING
from highlights.publish import prepare, publish_article, start
from highlights.render import lanes as pool  # the worker settings and pids
from highlights.render.job import render_in_order
from highlights.render.pool import RenderPool
from highlights.settings import RunSettings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("cls", [HighlightsError, InputError, GlyphError])
def test_errors_cross_processes_whole(cls: type[HighlightsError]) -> None:
    error = cls("a.txt", "characters the fonts lack: 𠀀", "remove them or add a font")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is cls
    assert (back.path, back.reason, back.hint, back.line()) == (
        error.path, error.reason, error.hint, error.line())


_alive = procs.alive


def _workers(count: int) -> set[int]:
    """This process's render workers, once `count` of them have started and the set has held
    for a quarter of a second: under load a template's short-lived fork can show for a poll
    (a fresh-clone run once took one for a worker, then saw it gone)."""
    deadline = time.monotonic() + 60
    found: set[int] = set()
    steady = 0
    while steady < 5 and time.monotonic() < deadline:
        now = pool.worker_pids()
        steady = steady + 1 if now == found and len(now) >= count else 0
        found = now
        time.sleep(0.05)
    return found


def test_killed_worker_fails_one_article_then_the_next_renders(
    tmp_path: Path, sample_path: Path
) -> None:
    out = tmp_path / "out"
    with RenderPool(workers=2) as renders:
        renders.start()
        workers = list(_workers(2))
        assert workers and all(pid != os.getpid() for pid in workers)
        errors: list[BaseException] = []

        def run() -> None:
            try:
                publish_article(sample_path, out, RunSettings(), renders)
            except BaseException as exc:  # examined below
                errors.append(exc)

        thread = threading.Thread(target=run)
        thread.start()
        deadline = time.monotonic() + 60
        while not any((out / STAGING).glob("*-*/cards.json")) and time.monotonic() < deadline:
            time.sleep(0.01)  # the renderers start right after the staging folder's JSON
        # every worker is killed until the article fails: under load its jobs may not have
        # reached the first workers yet, and would render on the workers that replace them
        killed: set[int] = set()
        deadline = time.monotonic() + 60
        while thread.is_alive() and time.monotonic() < deadline:
            for pid in (set(workers) | pool.worker_pids()) - killed:
                with contextlib.suppress(ProcessLookupError):  # one may be gone already
                    os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            time.sleep(0.01)
        thread.join(120)
        assert len(errors) == 1 and isinstance(errors[0], HighlightsError), errors
        assert "renderer's process stopped" in errors[0].line()
        assert str(sample_path) in errors[0].line()
        assert not [p for p in out.iterdir() if p.name != STAGING]  # nothing published
        assert not [p for p in (out / STAGING).iterdir() if p.is_dir()]  # nothing left staged

        folder = publish_article(sample_path, out, RunSettings(formats=["epub"]), renders)
        assert (folder / f"{folder.name}.epub").is_file()
        assert not pool.worker_pids() & killed
    assert not [pid for pid in pool.worker_pids() if _alive(pid)]  # closed: every worker gone


def test_a_render_that_takes_too_long_is_stopped(tmp_path: Path, sample_path: Path) -> None:
    """Each render has a timeout: the worker is stopped, the article fails with one line, and
    the pool goes on with a new worker."""
    settings = RunSettings(formats=["pdf"])
    prepared = prepare(sample_path, settings)
    with RenderPool(workers=1, timeout=0.01) as renders:
        # the cover goes first (in the same one worker): either may be the one stopped
        with pytest.raises(HighlightsError, match=r"(PDF|COVER) renderer took longer than 0 s"):
            renders.render("pdf", prepared, start(prepared, tmp_path / "a"), settings)
        renders.timeout = 120
        files = renders.render("pdf", prepared, start(prepared, tmp_path / "b"), settings)
        assert [f.path for f in files][-1].endswith(".pdf")  # after the cover it shows


CHILD = """
import multiprocessing, sys
from pathlib import Path

def publish_one(source, out):
    from highlights.publish import publish_article
    from highlights.settings import RunSettings
    publish_article(Path(source), Path(out), RunSettings(formats=["epub", "pdf"]))

if __name__ == "__main__":
    # A spawned child, as Prefect's runner starts a served flow run: `atexit` never runs there.
    child = multiprocessing.get_context("spawn").Process(target=publish_one, args=sys.argv[1:])
    child.start()
    child.join(180)
    print("exit", child.exitcode, flush=True)
"""


def test_a_child_process_exits_once_its_renders_are_done(tmp_path: Path, sample_path: Path) -> None:
    """The hang of `serve`: a multiprocessing child that rendered must exit, not wait for its
    workers for ever."""
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(sample_path), str(tmp_path / "out")],
        capture_output=True, text=True, timeout=240, check=False, cwd=ROOT,
    )
    assert done.returncode == 0 and "exit 0" in done.stdout, done.stdout + done.stderr[-2000:]


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


def test_worker_count_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIGHLIGHTS_WORKERS", "two")
    with pytest.raises(HighlightsError, match="HIGHLIGHTS_WORKERS"):
        pool.worker_count()
    monkeypatch.setenv("HIGHLIGHTS_WORKERS", "0")
    assert pool.worker_count() == 0


def test_workers_are_replaced_without_losing_a_render(tmp_path: Path, sample_path: Path) -> None:
    """Fresh workers every `renders_per_worker` renders (pebble's max_tasks), no render lost."""
    sources = []
    for k in range(3):
        source = tmp_path / f"copy-{k}.txt"
        source.write_bytes(sample_path.read_bytes() + f"\n第{k}份。\n".encode())
        sources.append(source)
    settings = RunSettings(formats=["epub", "pdf"])
    # one article's worth per worker: each lane's three covers or PDFs outrun it, wherever the
    # either-lane EPUBs go
    with RenderPool(workers=2, renders_per_worker=1) as renders:
        renders.start()
        first = _workers(2)
        folders = [publish_article(s, tmp_path / "out", settings, renders) for s in sources]
        assert not pool.worker_pids() & first
    assert len(set(folders)) == 3 and all((f / f"{f.name}.pdf").is_file() for f in folders)


def test_an_images_worker_lasts_as_many_articles_as_a_pdf_worker(
    tmp_path: Path, sample_path: Path
) -> None:
    """The images lane renders three kinds per article (cover, PNG set, EPUB), the PDF lane
    the PDF and possibly the EPUB: their workers take as many renders per article, so neither
    is replaced before `renders_per_worker` articles (a batch never waits halfway for a new
    worker's warm-up)."""
    settings = RunSettings(formats=["png", "pdf"])
    with RenderPool(workers=2, renders_per_worker=2) as renders:
        renders.start()  # one render per worker: images 1 of 6, pdf 1 of 4
        first = _workers(2)
        publish_article(sample_path, tmp_path / "out", settings, renders)  # images 3, pdf 2
        assert pool.worker_pids() >= first  # neither has been replaced after one article


def test_each_lane_counts_every_render_an_article_may_send_it() -> None:
    """RENDERS_PER_ARTICLE (which sets each worker's renders before it is replaced) counts the
    kinds of the default formats that may run in each lane: its own, and the either-lane
    kinds (the EPUB) in the lanes they may go to."""
    from highlights.render.lane_pool import EITHER_LANES
    from highlights.render.registry import renderer

    kinds = ["cover", *RunSettings().formats]
    for lane in ("pdf", "images"):
        may_run = [
            kind
            for kind in kinds
            if renderer(kind).lane == lane or (renderer(kind).either_lane and lane in EITHER_LANES)
        ]
        assert pool.RENDERS_PER_ARTICLE[lane] == len(may_run), (lane, may_run)
    assert pool.RENDERS_PER_ARTICLE["all"] == len(kinds)


def test_the_epub_fills_an_idle_pdf_lane_with_the_same_bytes(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The EPUB may run in either lane: with the images lane busy (the PNG set queued behind
    the cover) and no PDF asked for, it goes to a PDF worker, and its bytes are those of the
    EPUB rendered in this process; the PDF itself never waits for the cover image."""
    settings = RunSettings(formats=["png", "epub"])
    prepared = prepare(sample_path, settings)
    lanes: dict[str, str] = {}
    schedule = RenderPool._schedule

    def noted(self: RenderPool, lane: str, *args: Any) -> None:
        lanes[args[1]] = lane  # args: future, kind, ...
        schedule(self, lane, *args)

    monkeypatch.setattr(RenderPool, "_schedule", noted)
    with RenderPool(workers=2) as renders:
        renders.start()  # both lanes' workers running, as the command and the flow start them
        files = renders.render_all(prepared, start(prepared, tmp_path / "pool"), settings)
        assert lanes == {"cover": "images", "png": "images", "epub": "pdf"}
        pdf_first = renders.submit("pdf", prepared, start(prepared, tmp_path / "pdf"), settings)
        assert any(f.path.endswith(".pdf") for f in pdf_first.result(120))
    epub = next(f.path for f in files if f.path.endswith(".epub"))
    render_in_order(["epub"], prepared, start(prepared, tmp_path / "alone"), settings)
    staged = next((tmp_path / "pool").rglob(epub))
    assert staged.read_bytes() == next((tmp_path / "alone").rglob(epub)).read_bytes()


def test_the_text_stages_warm_up_loads_the_keyword_tables() -> None:
    """A warm host's first article that needs TF-IDF keywords finds their tables loaded (in a
    fresh process: this one may have loaded them already)."""
    code = (
        "from highlights.warm import warm_prepare; warm_prepare(); "
        "from highlights.cards import tfidf; "
        "print(tfidf._idf.cache_info().currsize, tfidf._tags.cache_info().currsize, "
        "tfidf._hmm.cache_info().currsize)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["1", "1", "1"], done.stderr[-2000:]
