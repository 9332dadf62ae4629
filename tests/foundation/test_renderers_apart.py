"""Renderers are apart: none imports another, each is reached through the registry, and the
PDF renders without the image renderer (it reads the cover as a file)."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from highlights.render.registry import RENDERER_PACKAGES, RENDERERS

SRC = Path(__file__).resolve().parents[2] / "src"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_in(source: str, module: str, is_package: bool) -> set[str]:
    """Every module `source` imports, relative imports resolved, lazy (in-function) ones too."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            stem = ".".join([*base, node.module] if node.module else base)
            found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)
    return found


def imports(path: Path) -> set[str]:
    return imports_in(path.read_text(encoding="utf-8"), module_name(path),
                      path.name == "__init__.py")


def files_of(package: str) -> list[Path]:
    folder = SRC.joinpath(*package.split("."))
    return sorted(folder.rglob("*.py"))


def inside(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("package", RENDERER_PACKAGES)
def test_no_renderer_imports_another(package: str) -> None:
    others = [p for p in RENDERER_PACKAGES if p != package]
    bad = {
        f"{module_name(path)} imports {name}"
        for path in files_of(package)
        for name in imports(path)
        if any(inside(name, other) for other in others)
    }
    assert not bad, sorted(bad)


def test_shared_helpers_import_no_renderer() -> None:
    """What the renderers share (HTML helpers, wording, the record, typesetting) never
    reaches into a renderer: that is how the PDF once drew its cover through the PNG code."""
    shared = [SRC / "highlights" / "render" / "html.py", SRC / "highlights" / "presentation.py",
              SRC / "highlights" / "publication.py", SRC / "highlights" / "chars.py",
              *files_of("highlights.typeset")]
    bad = {
        f"{module_name(path)} imports {name}"
        for path in shared
        for name in imports(path)
        if any(inside(name, package) for package in RENDERER_PACKAGES)
    }
    assert not bad, sorted(bad)


def test_publications_draw_no_images() -> None:
    for package in ("highlights.render.pdf", "highlights.render.epub"):
        drawn = {name for path in files_of(package) for name in imports(path)
                 if inside(name, "PIL")}
        assert not drawn, (package, drawn)


def test_the_scan_sees_lazy_and_relative_imports() -> None:
    """The check can fail: an import inside a function, or a relative one, is found."""
    lazy = "def f():\n    from highlights.render.png.cover import cover_image\n"
    relative = "from ..png import render\n"
    assert "highlights.render.png.cover" in imports_in(lazy, "highlights.render.pdf.x", False)
    assert "highlights.render.png" in imports_in(relative, "highlights.render.pdf.x", False)
    assert "highlights.render.png" in imports_in(relative, "highlights.render.pdf", True)


@pytest.mark.parametrize("kind", list(RENDERERS))
def test_each_kind_renders_through_the_registry(kind: str) -> None:
    entry = RENDERERS[kind]  # type: ignore[index]
    parameters = inspect.signature(entry.function()).parameters.values()
    assert [p.kind for p in parameters] == [inspect.Parameter.POSITIONAL_OR_KEYWORD] * 3
    assert entry.lane in ("pdf", "images")
    assert entry.lane == "pdf" or kind != "pdf"  # WeasyPrint has a lane of its own


PDF_ALONE = """
import sys, tempfile
from pathlib import Path
from highlights.render.job import render_format
from highlights.warm import tiny_prepared
from highlights.settings import RunSettings
from highlights.render.registry import renderer

stage = Path(tempfile.mkdtemp())
prepared = tiny_prepared("zh-Hant")
(stage / prepared.record.cover).write_bytes(Path(sys.argv[1]).read_bytes())
render_format("pdf", prepared, stage, RunSettings())
loaded = sorted(m for m in sys.modules if m.startswith(("highlights.render.png", "PIL.ImageDraw")))
print(",".join(loaded))
"""


def test_the_pdf_renders_without_the_image_renderer(tmp_path: Path) -> None:
    """In a fresh process, as a PDF worker: the cover is a file, Pillow never draws."""
    from highlights.render.job import render_format
    from highlights.settings import RunSettings
    from highlights.warm import tiny_prepared

    prepared = tiny_prepared("zh-Hant")
    render_format("cover", prepared, tmp_path, RunSettings())
    cover = tmp_path / str(prepared.record.cover)
    done = subprocess.run([sys.executable, "-c", PDF_ALONE, str(cover)], capture_output=True,
                          text=True, timeout=300, check=True)
    assert done.stdout.strip() == "", done.stdout
