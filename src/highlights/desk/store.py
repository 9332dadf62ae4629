"""The desk's state on disk: jobs, articles under edit and their history, in one small SQLite
database next to the output (`<out>/.desk/desk.sqlite3`), so that a restart loses nothing.

Each call opens its own connection (the desk serves from a thread pool and publishes from a
worker thread); SQLite's own locking keeps writers apart.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

DESK_DIR = ".desk"
DATABASE = "desk.sqlite3"
JobStatus = Literal["queued", "running", "done", "failed"]
ItemStatus = Literal["preparing", "draft", "publishing", "published", "failed"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, item TEXT NOT NULL, name TEXT NOT NULL,
    status TEXT NOT NULL, lines TEXT NOT NULL DEFAULT '[]', error TEXT,
    created REAL NOT NULL, finished REAL
);
CREATE TABLE IF NOT EXISTS items (
    id TEXT PRIMARY KEY, source_name TEXT NOT NULL, source_sha TEXT NOT NULL,
    status TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', slug TEXT,
    theme TEXT NOT NULL DEFAULT 'auto', preset TEXT NOT NULL DEFAULT '4:5',
    error TEXT, uploaded REAL NOT NULL, updated REAL NOT NULL, published REAL
);
CREATE UNIQUE INDEX IF NOT EXISTS items_by_source ON items (source_sha);
CREATE TABLE IF NOT EXISTS history (
    item TEXT NOT NULL, at REAL NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_by_item ON history (item, at);
"""


@dataclass
class JobRow:
    id: str
    kind: Literal["draft", "publish"]
    item: str
    name: str
    status: JobStatus = "queued"
    lines: list[str] = field(default_factory=list)
    error: str | None = None
    created: float = field(default_factory=time.time)
    finished: float | None = None

    @property
    def elapsed(self) -> int:
        return int((self.finished or time.time()) - self.created)


@dataclass
class ItemRow:
    """One article under the desk's care: a draft, or published (and perhaps edited again)."""

    id: str
    source_name: str
    source_sha: str
    status: ItemStatus
    title: str = ""
    slug: str | None = None
    theme: str = "auto"
    preset: str = "4:5"
    error: str | None = None
    uploaded: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)
    published: float | None = None

    @property
    def uploaded_at(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.uploaded))


@dataclass(frozen=True)
class Edit:
    at: float
    who: str
    what: list[list[str]]  # [message key, arguments…] each

    @property
    def when(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.at))


class Store:
    """The database at `<out>/.desk/desk.sqlite3`, created on first use."""

    def __init__(self, out_dir: Path) -> None:
        self.folder = out_dir / DESK_DIR
        if self.folder.is_symlink():  # never follow a link out of the output folder
            raise RuntimeError(f"{self.folder} is a symbolic link: refusing to use it")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / DATABASE
        with self.connect() as db:
            db.executescript(SCHEMA)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30)) as db:
            db.row_factory = sqlite3.Row
            with db:  # one transaction: committed, or rolled back on error
                yield db

    # jobs
    def add_job(self, job: JobRow) -> None:
        with self.connect() as db:
            db.execute(
                "INSERT INTO jobs VALUES (?,?,?,?,?,?,?,?,?)",
                (job.id, job.kind, job.item, job.name, job.status, json.dumps(job.lines),
                 job.error, job.created, job.finished),
            )

    def save_job(self, job: JobRow) -> None:
        with self.connect() as db:
            db.execute(
                "UPDATE jobs SET status=?, lines=?, error=?, finished=? WHERE id=?",
                (job.status, json.dumps(job.lines), job.error, job.finished, job.id),
            )

    def job(self, job_id: str) -> JobRow | None:
        with self.connect() as db:
            row = db.execute("SELECT * FROM jobs WHERE id=?", (job_id,)).fetchone()
        return _job(row) if row else None

    def unfinished_jobs(self) -> list[JobRow]:
        with self.connect() as db:
            rows = db.execute(
                "SELECT * FROM jobs WHERE status IN ('queued','running') ORDER BY created"
            ).fetchall()
        return [_job(row) for row in rows]

    # items
    def add_item(self, item: ItemRow) -> None:
        with self.connect() as db:
            db.execute(
                "INSERT INTO items VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (item.id, item.source_name, item.source_sha, item.status, item.title, item.slug,
                 item.theme, item.preset, item.error, item.uploaded, item.updated,
                 item.published),
            )

    def update_item(self, item_id: str, **changes: Any) -> None:
        allowed = set(ItemRow.__dataclass_fields__) - {"id", "source_sha", "uploaded"}
        if not changes or not set(changes) <= allowed:
            raise ValueError(f"cannot update {sorted(changes)}")
        changes.setdefault("updated", time.time())
        columns = ", ".join(f"{name}=?" for name in changes)
        with self.connect() as db:
            db.execute(f"UPDATE items SET {columns} WHERE id=?", (*changes.values(), item_id))

    def item(self, item_id: str) -> ItemRow | None:
        with self.connect() as db:
            row = db.execute("SELECT * FROM items WHERE id=?", (item_id,)).fetchone()
        return ItemRow(**dict(row)) if row else None

    def item_by_source(self, sha: str) -> ItemRow | None:
        with self.connect() as db:
            row = db.execute("SELECT * FROM items WHERE source_sha=?", (sha,)).fetchone()
        return ItemRow(**dict(row)) if row else None

    def item_by_slug(self, slug: str) -> ItemRow | None:
        with self.connect() as db:
            row = db.execute(
                "SELECT * FROM items WHERE slug=? ORDER BY updated DESC LIMIT 1", (slug,)
            ).fetchone()
        return ItemRow(**dict(row)) if row else None

    def items(self) -> list[ItemRow]:
        with self.connect() as db:
            rows = db.execute("SELECT * FROM items ORDER BY updated DESC").fetchall()
        return [ItemRow(**dict(row)) for row in rows]

    def delete_item(self, item_id: str) -> None:
        with self.connect() as db:
            db.execute("DELETE FROM items WHERE id=?", (item_id,))
            db.execute("DELETE FROM history WHERE item=?", (item_id,))

    # history
    def log(self, item_id: str, who: str, what: list[list[str]]) -> None:
        with self.connect() as db:
            db.execute(
                "INSERT INTO history VALUES (?,?,?,?)",
                (item_id, time.time(), who, json.dumps(what, ensure_ascii=False)),
            )

    def history(self, item_id: str) -> list[Edit]:
        with self.connect() as db:
            rows = db.execute(
                "SELECT at, who, what FROM history WHERE item=? ORDER BY at DESC, rowid DESC",
                (item_id,),
            ).fetchall()
        return [Edit(row["at"], row["who"], json.loads(row["what"])) for row in rows]


def _job(row: sqlite3.Row) -> JobRow:
    data = dict(row)
    data["lines"] = json.loads(data["lines"])
    return JobRow(**data)
