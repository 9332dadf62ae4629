"""Where the shipped assets live: `assets/` at the project root, or $HIGHLIGHTS_ASSETS."""

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
