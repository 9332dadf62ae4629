"""The README's platform table says what the limits table says."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_lists_every_platform_with_its_limits() -> None:
    table = tomllib.loads((ROOT / "assets" / "platforms.toml").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"checked {table['checked'].isoformat()}" in readme
    rows = {line.split("|")[1].strip(" `"): line for line in readme.splitlines()
            if line.startswith("| `") and line.count("|") == 5}
    for name, limits in table["platforms"].items():
        row = rows[name]
        if limits["height"]:
            assert f"{limits['width']}×{limits['height']}" in row, name
        for key in ("max_images", "max_title", "max_caption", "max_alt", "max_height"):
            if key in limits:
                assert f" {limits[key]} " in row or f" {limits[key]};" in row, (name, key)
        if "max_bytes" in limits:
            assert f"{limits['max_bytes']:,}" in row, name
