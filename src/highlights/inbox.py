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
import os
import stat
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from highlights.batch import match_results
from highlights.errors import HighlightsError
from highlights.precheck import SUFFIXES, check_inputs, inbox_sources
from highlights.records import ArticleResult, failures_line
from highlights.settings import RunSettings
from highlights.unchanged import split_unchanged

__all__ = [
    "FAILED",
    "SUFFIXES",
    "Scan",
    "Settled",
    "find_sources",
    "forget",
    "scan",
    "set_aside",
    "settle",
]
FAILED = ".failed"


def find_sources(inbox_dir: Path, settle_seconds: float = 0.0) -> list[Path]:
    """Article files under the inbox, hidden files and folders excluded, in name order; links
    and other non-files are listed too, and refused one by one by `check_inputs`."""
    return inbox_sources(inbox_dir, settle_seconds)


def _record(inbox_dir: Path, path: Path) -> Path:
    rel = path.relative_to(inbox_dir)
    return inbox_dir / FAILED / rel.parent / f"{rel.name}.reason"


def _sha256(path: Path) -> str | None:
    """The file's fingerprint, never following a link or blocking on a pipe: a link is known
    by its target, any other non-file by its kind and inode."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return "link:" + os.readlink(path)
        if not stat.S_ISREG(info.st_mode):
            return f"special:{stat.S_IFMT(info.st_mode)}:{info.st_ino}"
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        digest = hashlib.sha256()
        with os.fdopen(fd, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
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
    refused: dict[Path, ArticleResult] = field(default_factory=dict)  # links, pipes, limits…
    set_aside: list[Path] = field(default_factory=list)


def scan(inbox_dir: Path, out: Path, settings: RunSettings, settle_seconds: float = 5.0) -> Scan:
    """Look at the inbox without publishing anything; a missing inbox is one clear error."""
    if not inbox_dir.is_dir():
        raise HighlightsError(
            inbox_dir, "the inbox folder does not exist", "create it, or pass --inbox"
        )
    paths = find_sources(inbox_dir, settle_seconds)
    aside = [p for p in paths if is_set_aside(inbox_dir, p)]
    # Links (unless allowed, and then only into the inbox), pipes, devices, names that are not
    # UTF-8 and files over the limits are refused, each in one line, before anything starts.
    fresh = [p for p in paths if p not in aside]
    usable, refused, hashes = check_inputs(fresh, settings, inbox_dir)
    todo, unchanged = split_unchanged(usable, out, settings, hashes)
    return Scan(pending=todo, unchanged=unchanged, refused=refused, set_aside=aside)


@dataclass
class Settled:
    """The results of one inbox run, by path, and the run's failure message if a file failed."""

    results: list[ArticleResult]
    failure: str | None = None


def settle(inbox_dir: Path, found: Scan, published: list[ArticleResult]) -> Settled:
    """Join the flow's results to the scan's; set aside each file that failed (until its bytes
    change) and forget the earlier failure of each file that is now fine."""
    done = {**found.unchanged, **found.refused, **match_results(found.pending, published)}
    results = [done[p] for p in sorted(done)]
    for path in sorted(done):
        if done[path].status == "failed":
            set_aside(inbox_dir, path, done[path].error or "failed")
        else:
            forget(inbox_dir, path)  # changed since it failed, and now fine
    message = failures_line(results, "inbox files")
    if not message:
        return Settled(results)
    aside = f" failed and are set aside in {inbox_dir / FAILED} until they change: "
    return Settled(results, message.replace(" failed: ", aside, 1))
