"""Uploads and the publishing queue: one article at a time, progress kept for the job page.

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
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Literal

from highlights.records import ArticleResult
from highlights.staging import STALE_AFTER_S, remove_folder, sweep_folders

UPLOADS = ".inbox-uploads"
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 5 * 1024 * 1024
_UNSAFE = re.compile(r"[^\w.\-]+")

Progress = Callable[[str], None]
PublishFn = Callable[[list[Path], Path, Progress], list[ArticleResult]]
Status = Literal["queued", "running", "done", "failed"]


class UploadError(ValueError):
    """An upload the desk refuses; `key` names the message in the editors' language."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


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


def store_upload(out_dir: Path, filename: str, data: bytes) -> Path:
    """Save an upload as `<out>/.inbox-uploads/<random>/<safe name>`; refuse what can't publish."""
    name = safe_name(filename)
    if not name.lower().endswith(SUFFIXES):
        raise UploadError("bad_type")
    if not data:
        raise UploadError("no_file")
    if len(data) > MAX_BYTES:
        raise UploadError("too_big")
    sweep_folders(out_dir / UPLOADS, STALE_AFTER_S)  # uploads a day old: published or failed
    folder = out_dir / UPLOADS / uuid.uuid4().hex
    folder.mkdir(parents=True)
    path = folder / name
    path.write_bytes(data)
    return path


@dataclass
class Job:
    id: str
    path: Path
    status: Status = "queued"
    lines: list[str] = field(default_factory=list)
    results: list[ArticleResult] = field(default_factory=list)
    error: str | None = None
    created: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def elapsed(self) -> int:
        return int((self.finished or time.monotonic()) - self.created)


class JobQueue:
    """Runs queued uploads one after another in a daemon thread."""

    def __init__(self, out_dir: Path, publish: PublishFn) -> None:
        self.out_dir = out_dir
        self.publish = publish
        self.jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job] = queue.Queue()
        self._lock = threading.Lock()
        # Run jobs in a copy of the creator's context: settings held in context variables
        # (a Prefect test harness, a temporary profile) then apply to the uploads too.
        context = contextvars.copy_context()
        self._thread = threading.Thread(
            target=context.run, args=(self._work,), name="desk-publish", daemon=True
        )
        self._thread.start()

    def submit(self, path: Path) -> Job:
        job = Job(id=uuid.uuid4().hex, path=path)
        with self._lock:
            self.jobs[job.id] = job
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self.jobs.get(job_id)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            job.status = "running"
            try:
                job.results = self.publish([job.path], self.out_dir, job.lines.append)
                failed = [r for r in job.results if r.status == "failed"]
                job.status = "failed" if failed or not job.results else "done"
                if failed:
                    job.error = failed[0].error
                else:  # published: the copy has served its purpose (a failed one stays a day)
                    remove_folder(self.out_dir / UPLOADS, job.path.parent.name)
            except Exception as exc:  # the desk must keep serving whatever the flow does
                job.status, job.error = "failed", f"{type(exc).__name__}: {exc}"
            finally:
                job.finished = time.monotonic()
