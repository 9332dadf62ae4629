"""The scheduled inbox: publish new or changed articles dropped into a folder, skip the rest.

Unchanged files are recognised before any work from the manifests already in the output folder
(same source bytes, program version and settings), so a quiet inbox costs a directory scan.
Files still being written (modified in the last `settle_seconds`) wait for the next run.
"""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow

from flows.publish import publish
from highlights.publish import ArticleResult
from highlights.settings import RunSettings
from highlights.unchanged import split_unchanged

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}


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


@flow(name="inbox")
def inbox(
    inbox_dir: Path = Path("inbox"),
    out: Path = Path("output"),
    settings: RunSettings | None = None,
    settle_seconds: float = 5.0,
) -> list[ArticleResult]:
    """Publish every new or changed article in `inbox_dir`; one failure never stops the others."""
    settings = settings or RunSettings()
    paths = find_sources(inbox_dir, settle_seconds)
    todo, done = split_unchanged(paths, out, settings)
    published = publish(paths=todo, out=out, settings=settings) if todo else []
    by_path = {Path(r.path): r for r in published}
    return [done.get(p) or by_path[p] for p in paths if p in done or p in by_path]
