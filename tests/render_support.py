"""Rendering from a deck in tests: the record resolved as the pipeline resolves it, the cover
made first (as the render pool does), then the renderer through the registry."""

from __future__ import annotations

from pathlib import Path

from highlights.model import Article, Deck, OutputFile
from highlights.publication import Publication, resolve_publication
from highlights.render.registry import Kind, renderer
from highlights.settings import PngSettings, RunSettings
from highlights.theme import Theme


def record(deck: Deck, theme: Theme, article: Article | None = None,
           name: str = "article") -> Publication:
    return resolve_publication(deck, theme, article, name)


def render_kinds(pub: Publication, out: Path, kinds: tuple[Kind, ...],
                 settings: RunSettings | None = None) -> list[OutputFile]:
    """The cover (when the record has one) and `kinds`, in this process."""
    settings = settings or RunSettings()
    out.mkdir(parents=True, exist_ok=True)
    first = ("cover",) if pub.cover and "cover" not in kinds else ()
    files: list[OutputFile] = []
    for kind in (*first, *kinds):
        files += renderer(kind).render(pub, out, settings)
    return files


def render_png(deck: Deck, theme: Theme, out: Path,
               png: PngSettings | None = None) -> list[OutputFile]:
    """The image set as the PNG format publishes it: long image(s), cards, layout.json, then
    the covers (cover.png, cover-portrait.png)."""
    settings = RunSettings(png=png or PngSettings())
    pub = record(deck, theme)
    made = render_kinds(pub, out, ("cover", "png"), settings)
    first = [f for f in made if f.path.rsplit("/", 1)[-1].startswith("cover")]
    return [*(f for f in made if f not in first), *first]
