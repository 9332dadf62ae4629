"""Articles already published as they are, recognised from the manifests alone.

An output folder is current for a file when its manifest names the same source bytes
(sha256), program version and settings, and all its files are there. The theme "auto"
resolves from the text, so the same bytes and settings always resolve to the same theme:
the manifest keeps the requested theme beside the resolved one. No reading, normalising or
splitting is needed, so an unchanged batch costs one hash per file and a directory scan.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from highlights.errors import HighlightsError
from highlights.inputs import read_input
from highlights.records import ArticleResult, Manifest
from highlights.settings import RunSettings


def published_index(out: Path) -> dict[str, list[tuple[str, Manifest]]]:
    """source sha256 → [(folder name, manifest)] for every article folder in `out`."""
    index: dict[str, list[tuple[str, Manifest]]] = {}
    for folder in sorted(out.iterdir()) if out.is_dir() else []:
        manifest = Manifest.read(folder) if not folder.name.startswith(".") else None
        if manifest and manifest.source.sha256:
            index.setdefault(manifest.source.sha256, []).append((folder.name, manifest))
    return index


def _skipped(path: Path, out: Path, slug: str) -> ArticleResult:
    def load(name: str) -> dict[str, Any]:
        try:
            data = json.loads((out / slug / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    return ArticleResult(
        path=str(path),
        status="skipped",
        slug=slug,
        out_dir=str(out / slug),
        title=load("article.json").get("meta", {}).get("title"),
        cards=len(load("cards.json").get("cards", [])),
    )


def split_unchanged(
    paths: list[Path], out: Path, settings: RunSettings, known: dict[Path, str] | None = None
) -> tuple[list[Path], dict[Path, ArticleResult]]:
    """Files that need publishing, and results for those already published as they are.

    `known` holds the sha256 of files already read (by `precheck.check_inputs`): each file is
    read once. A file that cannot be read goes to the first list: the flow reports it with its
    usual line. Reading checks the file first (a pipe or a device is never read).
    """
    index = published_index(out)
    todo: list[Path] = []
    done: dict[Path, ArticleResult] = {}
    for path in paths:
        sha = (known or {}).get(path)
        try:
            sha = sha or hashlib.sha256(read_input(path, settings.inputs)).hexdigest()
        except (OSError, HighlightsError):
            todo.append(path)
            continue
        # The same rule as the pipeline's (`Manifest.is_current`); the resolved theme follows
        # from the bytes and the requested theme, so it need not be known here.
        current = (s for s, m in index.get(sha, []) if m.is_current(out / s, sha, settings))
        slug = next(current, None)
        if slug:
            done[path] = _skipped(path, out, slug)
        else:
            todo.append(path)
    return todo, done
