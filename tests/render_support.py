"""Rendering from a deck in tests: the record resolved as the pipeline resolves it, the cover
made first (as the render pool does), then the renderer through the registry."""

from __future__ import annotations

import os
import subprocess
import sys
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


ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "assets" / "samples" / "zigong-communique.txt"
_PDF_SHA = """
import hashlib, sys, tempfile
from pathlib import Path
from highlights.publish import prepare
from highlights.render.job import render_in_order
from highlights.settings import RunSettings
settings = RunSettings(formats=["pdf"])
with tempfile.TemporaryDirectory() as tmp:
    files = render_in_order(["pdf"], prepare(Path(sys.argv[1]), settings), Path(tmp), settings)
    pdf = next(f for f in files if f.path.endswith(".pdf"))
    print(hashlib.sha256((Path(tmp) / pdf.path).read_bytes()).hexdigest())
"""


def sample_pdf_digest(env: dict[str, str] | None = None) -> str:
    """SHA-256 of the sample's PDF rendered in a fresh process under `env` (default: ours), as
    `publish` renders it: for byte-identity checks of font and memory switches."""
    return subprocess.run([sys.executable, "-c", _PDF_SHA, str(SAMPLE)],
                          env=dict(os.environ) if env is None else env, cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout.strip()
