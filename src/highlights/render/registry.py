"""The renderers, by the kind of output they make: each declares its lane and is called as
`render(record, stage, settings) -> list[OutputFile]`.

A renderer's module is imported only when it first renders (WeasyPrint alone takes 0.65 s to
import, and a PDF worker must never load Pillow's CJK faces). Renderers never import each
other: what one shows of another's work it reads as a file from the staging folder (the EPUB
shows the cover the "cover" renderer made), so the render pool makes that file first for the
renderers that declare `needs_cover`; the others start at once. The PDF sets its own cover
page in HTML and CSS (no image), so it never waits for the images lane.

Lanes are the render pool's process lanes: "pdf" holds WeasyPrint, "images" holds Pillow's
faces and runs pandoc (whose fonts are subset here, not laid out); an `either_lane` renderer
(the EPUB) goes to whichever lane has a worker free first.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, cast

from highlights.model import OutputFile
from highlights.publication import Publication
from highlights.settings import RunSettings

Kind = Literal["cover", "pdf", "epub", "png", "bundles", "carousel"]
Lane = Literal["pdf", "images"]


class RenderFunction(Protocol):
    def __call__(
        self, record: Publication, stage: Path, settings: RunSettings
    ) -> list[OutputFile]: ...


@dataclass(frozen=True)
class Renderer:
    kind: Kind
    lane: Lane
    module: str  # the package or module whose `render` makes this kind
    needs_cover: bool = False  # shows the cover file, which must be in the stage first
    either_lane: bool = False  # may also run in the other lane when that one is idle

    def function(self) -> RenderFunction:
        return cast(RenderFunction, importlib.import_module(self.module).render)

    def render(self, record: Publication, stage: Path, settings: RunSettings) -> list[OutputFile]:
        return self.function()(record, stage, settings)


RENDERERS: dict[Kind, Renderer] = {
    entry.kind: entry
    for entry in (
        Renderer("cover", "images", "highlights.render.png.cover"),
        Renderer("png", "images", "highlights.render.png"),
        # The EPUB lays nothing out (pandoc; its fonts are subset with HarfBuzz): it may run
        # in a PDF worker that would otherwise wait, with the same bytes.
        Renderer("epub", "images", "highlights.render.epub", needs_cover=True, either_lane=True),
        Renderer("pdf", "pdf", "highlights.render.pdf"),  # its cover page is typeset, no image
        # Platform bundles (--platforms): images in the images lane, LinkedIn's PDF in the PDF's.
        Renderer("bundles", "images", "highlights.bundles.images"),
        Renderer("carousel", "pdf", "highlights.bundles.carousel"),
    )
}
RENDERER_PACKAGES = ("highlights.render.pdf", "highlights.render.epub", "highlights.render.png")


def renderer(kind: Kind) -> Renderer:
    return RENDERERS[kind]


def bundle_kinds(platforms: list[str]) -> list[Kind]:
    """The renderers that make the requested platform bundles (none without --platforms)."""
    if not platforms:
        return []
    kinds: list[Kind] = ["bundles"]
    return [*kinds, "carousel"] if "linkedin" in platforms else kinds


def lane_kinds(lane: Lane) -> tuple[Kind, ...]:
    return tuple(kind for kind, entry in RENDERERS.items() if entry.lane == lane)
