"""The inbox folder: which files to publish, and the ones set aside after they failed.

A file that failed is set aside: `<inbox>/.failed/<its path>.reason` records the reason and
the SHA-256 of the bytes that failed. It is not tried again until its bytes change (edited or
replaced), so one bad file costs one failed run, not one per run. The file itself stays where
it is; deleting the `.reason` file retries it as it is.

Unchanged files are recognised from the manifests in the output folder (`highlights.unchanged`),
so a quiet inbox costs a directory scan and one hash per file: no Prefect, no renderer.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from highlights.errors import HighlightsError
from highlights.publish import ArticleResult
from highlights.settings import RunSettings
from highlights.unchanged import split_unchanged

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
FAILED = ".failed"


def find_sources(inbox_dir: Path, settle_seconds: float = 0.0) -> list[Path]:
    """Article files under the inbox, hidden files and folders excluded, oldest name order."""
    if not inbox_dir.is_dir():
        return []
    now = time.time()
    found = []
    for path in inbox_dir.rglob("*"):
        rel = path.relative_to(inbox_dir).parts
        if any(part.startswith((".", "~")) for part in rel) or path.suffix.lower() not in SUFFIXES:
            continue
        if path.is_file() and now - path.stat().st_mtime >= settle_seconds:
            found.append(path)
    return sorted(found)


def _record(inbox_dir: Path, path: Path) -> Path:
    rel = path.relative_to(inbox_dir)
    return inbox_dir / FAILED / rel.parent / f"{rel.name}.reason"


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def set_aside(inbox_dir: Path, path: Path, reason: str) -> Path:
    """Remember that `path`, as it is now, failed: the reason and its bytes' SHA-256."""
    record = _record(inbox_dir, path)
    record.parent.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    one_line = reason.replace("\n", " ").replace("\r", " ")
    record.write_text(f"{one_line}\nsha256: {_sha256(path)}\nfailed: {stamp}\n", encoding="utf-8")
    return record


def forget(inbox_dir: Path, path: Path) -> None:
    """`path` published: drop any record of an earlier failure."""
    _record(inbox_dir, path).unlink(missing_ok=True)


def is_set_aside(inbox_dir: Path, path: Path) -> bool:
    """True while `path` holds the same bytes as when it failed."""
    record = _record(inbox_dir, path)
    try:
        lines = record.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    recorded = next((ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("sha256:")), "")
    return bool(recorded) and recorded == _sha256(path)


@dataclass
class Scan:
    """One look at the inbox: files to publish, files already published as they are, and
    files set aside because these same bytes failed before."""

    pending: list[Path] = field(default_factory=list)
    unchanged: dict[Path, ArticleResult] = field(default_factory=dict)
    set_aside: list[Path] = field(default_factory=list)


def scan(inbox_dir: Path, out: Path, settings: RunSettings, settle_seconds: float = 5.0) -> Scan:
    """Look at the inbox without publishing anything; a missing inbox is one clear error."""
    if not inbox_dir.is_dir():
        raise HighlightsError(
            inbox_dir, "the inbox folder does not exist", "create it, or pass --inbox"
        )
    paths = find_sources(inbox_dir, settle_seconds)
    aside = [p for p in paths if is_set_aside(inbox_dir, p)]
    todo, unchanged = split_unchanged([p for p in paths if p not in aside], out, settings)
    return Scan(pending=todo, unchanged=unchanged, set_aside=aside)
