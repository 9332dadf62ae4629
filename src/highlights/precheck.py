"""Every input checked and bounded before Prefect or any render worker starts.

A refused file costs milliseconds and one line (file, what is wrong, what to do), and the rest
of the batch goes on: links (unless allowed), pipes, devices, folders, names that are not
UTF-8, files over the size limit, text over the line or character limits, undecodable text.
The file is read once here; its hash then serves the unchanged check.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path

from highlights.errors import HighlightsError, InputError
from highlights.ingest import parse_source
from highlights.inputs import name_problem, read_input
from highlights.records import ArticleResult, failure
from highlights.render.job import NO_CARD
from highlights.settings import RunSettings
from highlights.staging import STAGING
from highlights.theme import check_theme_name

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}

Checked = tuple[list[Path], dict[Path, ArticleResult], dict[Path, str]]


def check_inputs(paths: list[Path], settings: RunSettings, root: Path | None = None) -> Checked:
    """(usable paths, refusals by path, sha256 by usable path); `root` is the inbox."""
    usable: list[Path] = []
    refused: dict[Path, ArticleResult] = {}
    hashes: dict[Path, str] = {}
    for path in map(Path, paths):
        try:
            problem = name_problem(path)
            if problem:
                raise InputError(path, problem, "rename it; the name is shown with \\x escapes")
            data = read_input(path, settings.inputs, root)
            document = parse_source(path, data, settings.inputs)  # decodable, within limits
            if len(document.blocks) < 2 and not settings.inputs.allow_empty:
                raise InputError(path, *NO_CARD)  # a title alone: known before any start-up
        except (HighlightsError, OSError) as exc:
            refused[path] = failure(path, exc)
            continue
        hashes[path] = hashlib.sha256(data).hexdigest()
        usable.append(path)
    return usable, refused, hashes


def check_run(settings: RunSettings, out: Path) -> None:
    """What applies to the whole run: the theme must be one of assets/themes by name, and the
    output's staging folder must not be a link (runs would write, and sweeps delete, there)."""
    if settings.theme != "auto":
        check_theme_name(settings.theme)
    if (out / STAGING).is_symlink():
        raise HighlightsError(
            out / STAGING, "is a symbolic link, not a folder", "remove it: highlights creates it"
        )


def inbox_sources(inbox_dir: Path, settle_seconds: float = 0.0) -> list[Path]:
    """Candidate article files under the inbox by name (hidden files and folders excluded),
    in name order; links are listed, never followed: `check_inputs` decides about them.
    Files modified in the last `settle_seconds` are still being written: left for later."""
    if not inbox_dir.is_dir():
        return []
    now = time.time()
    found: list[Path] = []
    for folder, dirs, files in os.walk(inbox_dir, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith((".", "~"))]
        for name in files:  # links to folders are listed in dirs by os.walk: never entered
            path = Path(folder) / name
            if name.startswith((".", "~")) or path.suffix.lower() not in SUFFIXES:
                continue
            try:
                info = os.lstat(path)
            except OSError:
                continue  # removed meanwhile
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime < settle_seconds:
                continue
            found.append(path)
    return sorted(found)
