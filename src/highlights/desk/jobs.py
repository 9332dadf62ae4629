"""Uploads and the job queue: one job at a time (make a draft, publish one), its state and
progress kept in the desk's database for the job page and across restarts.

The publish function is injected (the CLI passes one that runs the Prefect flow), so the desk
itself never imports Prefect. One worker thread: rendering is CPU-bound and the machine small.
"""

from __future__ import annotations

import contextvars
import queue
import re
import threading
import time
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Literal, Protocol

from highlights.desk.store import JobRow, Store
from highlights.records import ArticleResult
from highlights.settings import RunSettings
from highlights.staging import STALE_AFTER_S, sweep_folders

UPLOADS = ".inbox-uploads"
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 5 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.\-]+")

Progress = Callable[[str], None]
RunJob = Callable[[JobRow, Progress], "str | None"]  # the job's one-line error, or None


class PublishFn(Protocol):
    """Runs the pipeline (the CLI passes the Prefect flow) for `paths` into `out`."""

    def __call__(
        self,
        paths: list[Path],
        out: Path,
        progress: Progress,
        settings: RunSettings | None = None,
        override: Path | None = None,
    ) -> list[ArticleResult]: ...


class UploadError(ValueError):
    """An upload the desk refuses; `key` names the message in the editors' language."""

    def __init__(self, key: str, where: str = "") -> None:
        super().__init__(key)
        self.key, self.where = key, where  # which file, when several were sent


def safe_name(raw: str) -> str:
    """A plain file name from whatever the browser sent: no folders, no dots in front, short."""
    base = PureWindowsPath(PurePosixPath(raw or "").name).name  # drop both kinds of folder
    base = unicodedata.normalize("NFC", base)
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C")  # no control characters
    base = _UNSAFE.sub("_", base).lstrip("._") or "article"
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    return f"{stem[:80] or 'article'}.{suffix.lower()[:10]}" if suffix else stem[:80]


def check_upload(filename: str, data: bytes) -> str:
    """The safe name of an upload that may become a draft; UploadError for one that may not."""
    name = safe_name(filename)
    if not name.lower().endswith(SUFFIXES):
        raise UploadError("bad_type")
    if not data:
        raise UploadError("empty")
    if len(data) > MAX_BYTES:
        raise UploadError("too_big")
    return name


def store_upload(out_dir: Path, filename: str, data: bytes) -> Path:
    """Save an upload as `<out>/.inbox-uploads/<random>/<safe name>`; refuse what can't publish."""
    name = check_upload(filename, data)
    sweep_folders(out_dir / UPLOADS, STALE_AFTER_S)  # uploads a day old: published or failed
    folder = out_dir / UPLOADS / uuid.uuid4().hex
    folder.mkdir(parents=True)
    path = folder / name
    path.write_bytes(data)
    return path


class JobQueue:
    """Runs queued jobs one after another in a daemon thread; each job's state is kept in the
    desk's database, so a restart finds it, and jobs a stop interrupted run again."""

    def __init__(self, store: Store, run: RunJob) -> None:
        self.store = store
        self.run = run
        self._queue: queue.Queue[JobRow] = queue.Queue()
        # Run jobs in a copy of the creator's context: settings held in context variables
        # (a Prefect test harness, a temporary profile) then apply to the uploads too.
        context = contextvars.copy_context()
        self._thread = threading.Thread(
            target=context.run, args=(self._work,), name="desk-jobs", daemon=True
        )
        for job in store.unfinished_jobs():  # interrupted by a stop: from the start again
            job.status, job.lines = "queued", [*job.lines, "restarted"]
            store.save_job(job)
            self._queue.put(job)
        self._thread.start()

    def submit(self, kind: Literal["draft", "publish"], item: str, name: str) -> JobRow:
        job = JobRow(id=uuid.uuid4().hex, kind=kind, item=item, name=name)
        self.store.add_job(job)
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> JobRow | None:
        return self.store.job(job_id)

    def wait(self, job_id: str, timeout: float) -> JobRow | None:
        """The job once it has finished (or as it is after `timeout` seconds)."""
        deadline = time.monotonic() + timeout
        job = self.get(job_id)
        while job is not None and job.finished is None and time.monotonic() < deadline:
            time.sleep(0.05)
            job = self.get(job_id)
        return job

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            job.status = "running"
            self.store.save_job(job)

            def progress(line: str, job: JobRow = job) -> None:
                job.lines.append(line)
                self.store.save_job(job)

            try:
                job.error = self.run(job, progress)
            except Exception as exc:  # the desk must keep serving whatever the flow does
                job.error = f"{type(exc).__name__}: {exc}"
            job.status = "failed" if job.error else "done"
            job.finished = time.time()
            self.store.save_job(job)
