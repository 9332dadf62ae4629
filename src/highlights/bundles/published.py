"""Bundles of an article already published, made when asked for (the desk's download menu).

The article is read back from its folder (`article.json`, `cards.json` and the settings its
`manifest.json` records), assembled into the same publication record the run made, and the
bundle is rendered by the very renderers `highlights publish --platforms` runs (the registry's
"bundles" and "carousel", through `render_format` or a render pool's `render`), checked
against its limits before it is written. An article published with that platform already
has the bundle: its listed files are used as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import get_args

from pydantic import ValidationError

from highlights.bundles.files import FOLDER
from highlights.model import Article, Deck, OutputFile
from highlights.records import Manifest
from highlights.render.job import Prepared, assemble, render_format
from highlights.render.registry import Kind, bundle_kinds
from highlights.settings import PLATFORMS, Platform, RunSettings

RenderFn = Callable[[Kind, Prepared, Path, RunSettings], list[OutputFile]]
__all__ = ["PLATFORMS", "RenderFn", "build_bundle", "is_platform", "listed", "published"]


def is_platform(name: str) -> bool:
    return name in get_args(Platform)


def published(folder: Path) -> tuple[Prepared, RunSettings] | None:
    """The article of a published folder as the run prepared it, with the run's settings; None
    when a file is missing or unreadable (a hand-made or damaged folder)."""
    manifest = Manifest.read(folder)
    if manifest is None:
        return None
    recorded = {k: v for k, v in manifest.settings.items() if k != "requested_theme"}
    try:
        settings = RunSettings.model_validate(recorded)
        article = Article.model_validate_json((folder / "article.json").read_bytes())
        deck = Deck.model_validate_json((folder / "cards.json").read_bytes())
    except (OSError, ValueError, ValidationError):
        return None
    prepared = assemble(article, deck, settings).without_cover()  # bundles draw their own
    return prepared, settings


def listed(manifest: Manifest, platform: str) -> list[str]:
    """The files of `platform`'s bundle the manifest lists (published with --platforms)."""
    prefix = f"{FOLDER}/{platform}/"
    return [f.path for f in manifest.files if f.path.startswith(prefix)]


def build_bundle(folder: Path, platform: Platform, stage: Path,
                 render: RenderFn = render_format) -> list[OutputFile] | None:
    """Render `platform`'s bundle of the article in `folder` into `stage/platforms/<name>/`
    (the files, `post.txt`, alt text); returns them, or None when the folder is not a
    readable published article. A broken limit raises BundleLimitError, as in a run."""
    found = published(folder)
    if found is None:
        return None
    prepared, settings = found
    wanted = settings.model_copy(update={"platforms": [platform]})
    stage.mkdir(parents=True, exist_ok=True)
    files: list[OutputFile] = []
    for kind in bundle_kinds([platform]):
        files += render(kind, prepared, stage, wanted)
    return files
