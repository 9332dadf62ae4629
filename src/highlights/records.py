"""What a run records: the manifest of an output folder and the result of one article.

The manifest is read and written here only (the freshness check, the desk, the run reports
and the unchanged-batch scan all go through `Manifest.read`), and whether a folder is still
current is decided by one rule, `Manifest.is_current`.
"""

from __future__ import annotations

import json
import traceback
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from highlights import __version__
from highlights.errors import HighlightsError, shown
from highlights.settings import RunSettings

MANIFEST = "manifest.json"
Status = Literal["published", "skipped", "failed"]


class Program(BaseModel):
    name: str = "highlights"
    version: str = ""


class ManifestSource(BaseModel):
    # The file name only: an absolute path would tell every reader the server's layout.
    path: str = ""
    sha256: str = ""
    bytes: int = 0


class ManifestFile(BaseModel):
    """One file of the set; images carry their size and alt text."""

    model_config = ConfigDict(extra="ignore")

    path: str = ""
    media_type: str = ""
    bytes: int = 0
    sha256: str = ""
    width: int | None = None
    height: int | None = None
    alt: str | None = None


class Manifest(BaseModel):
    """`<out>/<slug>/manifest.json`. Lenient on reading (every field has a default): a
    hand-made or damaged manifest still lists what it can, and is then never current."""

    model_config = ConfigDict(extra="ignore")

    program: Program = Field(default_factory=Program)
    source: ManifestSource = Field(default_factory=ManifestSource)
    settings: dict[str, Any] = Field(default_factory=dict)
    files: list[ManifestFile] = Field(default_factory=list)

    @classmethod
    def read(cls, folder: Path) -> Manifest | None:
        """The folder's manifest, or None when it is missing, unreadable or not a manifest."""
        try:
            return cls.model_validate_json((folder / MANIFEST).read_bytes())
        except (OSError, ValueError, ValidationError):
            return None

    def write(self, folder: Path) -> None:
        data = self.model_dump(mode="json", exclude_none=True)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        (folder / MANIFEST).write_text(text, encoding="utf-8")

    def is_current(
        self, folder: Path, source_sha256: str, settings: RunSettings, theme: str | None = None
    ) -> bool:
        """The one freshness rule: made from these bytes by this program version with these
        settings, and every file still there. The resolved theme follows from the bytes and
        the requested theme, so it is compared only when the caller already knows it."""
        recorded = dict(self.settings)
        wanted = recorded_settings(settings, theme or str(recorded.get("theme", "")))
        return (
            self.source.sha256 == source_sha256
            and self.program.version == __version__
            and recorded == wanted
            and all(f.path and (folder / f.path).is_file() for f in self.files)
        )


def recorded_settings(settings: RunSettings, theme: str) -> dict[str, Any]:
    """The settings as a manifest records them: the resolved theme and the requested one."""
    # Input limits decide whether an article is read, not what is published: not recorded.
    dumped = settings.model_dump(mode="json", exclude={"inputs"})
    return {**dumped, "theme": theme, "requested_theme": settings.theme}


class ArticleResult(BaseModel):
    """What happened to one article: status, one line for the user on failure, seconds per
    stage, and the files written (relative to `out_dir`)."""

    path: str
    status: Status
    slug: str | None = None
    out_dir: str | None = None
    title: str | None = None
    cards: int = 0
    error: str | None = None
    traceback: str | None = None  # only for unexpected errors, shown with --debug
    timings: dict[str, float] = Field(default_factory=dict)
    outputs: list[str] = Field(default_factory=list)


def failure(path: Path, exc: BaseException) -> ArticleResult:
    """One clear line for expected errors; unexpected ones keep their traceback for --debug."""
    # Paths are shown escaped: a newline in a file name must not forge another line, and a
    # name that is not UTF-8 must not break the run's JSON.
    where = shown(path)
    if isinstance(exc, HighlightsError):
        line = exc.line() if exc.path else f"{where}: {exc.line()}"
        return ArticleResult(path=where, status="failed", error=line)
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return ArticleResult(
            path=where, status="failed", error=f"{where}: cannot read or write: {reason}"
        )
    tb = "".join(traceback.format_exception(exc))
    what = f"{type(exc).__name__}: {exc}"
    line = f"{where}: internal error: {what} (rerun with --debug and report it)"
    return ArticleResult(path=where, status="failed", error=line, traceback=tb)


def failures_line(results: list[ArticleResult], what: str = "articles", shown: int = 5) -> str:
    """One line for a run's final state: how many failed, and the first failures' own lines
    ("" when none failed)."""
    failed = [r for r in results if r.status == "failed"]
    if not failed:
        return ""
    reasons = "; ".join((r.error or r.path).replace("\n", " ") for r in failed[:shown])
    more = f"; and {len(failed) - shown} more" if len(failed) > shown else ""
    return f"{len(failed)} of {len(results)} {what} failed: {reasons}{more}"
