"""The scheduled inbox: publish new or changed articles dropped into a folder, skip the rest.

Unchanged files are recognised before any work from the manifests already in the output folder
(same source bytes, program version and settings), so a quiet inbox costs a directory scan.
Files still being written (modified in the last `settle_seconds`) wait for the next run.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from prefect import flow

from flows.publish import publish
from highlights.output import is_up_to_date, read_manifest
from highlights.publish import ArticleResult
from highlights.settings import RunSettings

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


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def published_index(out: Path) -> dict[str, tuple[str, str]]:
    """source sha256 → (slug, theme) for every complete article folder."""
    index: dict[str, tuple[str, str]] = {}
    for folder in out.iterdir() if out.is_dir() else []:
        manifest = read_manifest(folder) if not folder.name.startswith(".") else None
        if manifest:
            sha = manifest.get("source", {}).get("sha256")
            theme = manifest.get("settings", {}).get("theme")
            if isinstance(sha, str) and isinstance(theme, str):
                index[sha] = (folder.name, theme)
    return index


def _skipped(path: Path, out: Path, slug: str) -> ArticleResult:
    def load(name: str) -> dict[str, Any]:
        try:
            data = json.loads((out / slug / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    title = load("article.json").get("meta", {}).get("title")
    cards = len(load("cards.json").get("cards", []))
    return ArticleResult(
        path=str(path),
        status="skipped",
        slug=slug,
        out_dir=str(out / slug),
        title=title,
        cards=cards,
    )


def split_unchanged(
    paths: list[Path], out: Path, settings: RunSettings
) -> tuple[list[Path], dict[Path, ArticleResult]]:
    """Files that need publishing, and results for those already published as they are."""
    index = published_index(out)
    todo: list[Path] = []
    done: dict[Path, ArticleResult] = {}
    for path in paths:
        try:
            sha = _sha256(path)
        except OSError:
            todo.append(path)  # let the flow report the read error with its usual line
            continue
        known = index.get(sha)
        if known and is_up_to_date(out, known[0], sha, settings, known[1]):
            done[path] = _skipped(path, out, known[0])
        else:
            todo.append(path)
    return todo, done


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
