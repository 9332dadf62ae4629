"""Where the shipped assets live (`assets/` at the project root, or $HIGHLIGHTS_ASSETS), and
where derived files are cached (`$XDG_CACHE_HOME/highlights/<kind>`, or a variable's folder)."""

from __future__ import annotations

import os
from pathlib import Path


def assets_dir() -> Path:
    override = os.environ.get("HIGHLIGHTS_ASSETS")
    if override:
        return Path(override).resolve()
    # src/highlights/paths.py → project root is two folders above the package.
    return Path(__file__).resolve().parents[2] / "assets"


def themes_dir() -> Path:
    return assets_dir() / "themes"


def templates_dir() -> Path:
    return assets_dir() / "templates"


def cache_dir(kind: str, env: str) -> Path:
    """`$<env>` when set, else `$XDG_CACHE_HOME/highlights/<kind>` (~/.cache by default)."""
    override = os.environ.get(env)
    if override:
        return Path(override)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "highlights" / kind
