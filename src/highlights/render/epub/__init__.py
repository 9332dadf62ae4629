"""EPUB 3 publication: pandoc (from pypandoc-binary) on a document the program builds itself."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from highlights.cards.figures import callout as card_callout  # not `callout`: the submodule
from highlights.errors import HighlightsError, MissingDependencyError
from highlights.model import OutputFile
from highlights.output import work_dir, write_bytes_atomic
from highlights.presentation import LABELS
from highlights.publication import Publication, portrait_cover
from highlights.render.epub.ast import document
from highlights.render.epub.callout import with_callouts
from highlights.render.epub.fonts import Embedded, Role, family_list, role_fonts
from highlights.render.epub.provenance import provenance_blocks
from highlights.render.html import (
    check_glyphs,
    check_slug,
    copy_cover,
    css_color,
    css_rgba,
    render_template,
    source_epoch,
)
from highlights.settings import RunSettings

__all__ = ["render"]

PANDOC_TIMEOUT = 120  # seconds; the sample takes ~0.1 s


def pandoc_path() -> str:
    try:
        import pypandoc

        return str(pypandoc.get_pandoc_path())
    except (ImportError, OSError) as exc:
        raise MissingDependencyError(None, "pandoc not found", "install pypandoc-binary") from exc


def heading_text(record: Publication) -> str:
    """Characters shown bold (titles, badges, marks, labels): the bold face is cut to these."""
    parts = [record.title, record.article_title, record.kicker, "0123456789：:"]
    parts += [*LABELS[record.language].values(), *record.lead_highlights]
    for card in record.cards:
        parts += [card.title, *card.highlights]
        parts += [term for point in card.points for term in point.highlights]
    parts += [b.text for b in record.body if b.kind == "heading"]
    parts += [b.lead_in for b in record.body if b.lead_in]
    return "".join(parts)


def highlights_text(record: Publication) -> str:
    """Characters of the highlights chapter, set in the sans face like the images and PDF."""
    parts = [record.lead, *LABELS[record.language].values()]
    for card in record.cards:
        parts += [card.title, *(point.text for point in card.points)]
        found = card_callout(card, record.body, record.language)  # its figure call-out
        if found is not None:
            fig = found.figure
            parts += [fig.before, fig.number, fig.unit, fig.phrase]
    return "".join(parts)


def fonts(record: Publication, text: str) -> dict[Role, list[Embedded]]:
    return {
        "body": role_fonts(record, "body", text),
        "sans": role_fonts(record, "sans", highlights_text(record)),
        "bold": role_fonts(record, "bold", heading_text(record)),
    }


def stylesheet(record: Publication, embedded: dict[Role, list[Embedded]]) -> str:
    colors = record.theme.colors
    values = {name: css_color(getattr(colors, name)) for name in (
        "primary", "accent", "on_primary", "panel", "text", "muted", "term", "rule")}
    return render_template(
        "epub/style.css.j2",
        faces=[font for role in embedded.values() for font in role],
        body=family_list(record, "body", embedded["body"]),
        sans=family_list(record, "sans", embedded["sans"]),
        bold=family_list(record, "bold", embedded["bold"]),
        hyphens="auto" if record.language == "en" else "manual",
        highlighter=css_rgba(colors.highlighter, colors.highlighter_alpha),
        **values,
    )


def epub_bytes(record: Publication, stage: Path, work: Path, text: str) -> bytes:
    """Run pandoc in `work`, handing it only files this function wrote there."""
    embedded = fonts(record, text)
    for font in (font for role in embedded.values() for font in role):
        (work / font.file).write_bytes(font.data)
    (work / "style.css").write_text(stylesheet(record, embedded), encoding="utf-8")
    (work / "data").mkdir()  # an empty data dir: no user templates change the output
    args = [
        pandoc_path(), "--from=json", "--to=epub3", "--output=out.epub",
        "--toc", "--toc-depth=2", "--split-level=1", "--data-dir=data",
        "--resource-path=.", "--css=style.css",
        *(f"--epub-embed-font={font.file}" for role in embedded.values() for font in role),
    ]
    # The portrait cover beside the link preview (the cover renderer makes both).
    tall = portrait_cover(record.cover) if record.cover else None
    if tall and (stage / tall).is_file():
        record = record.model_copy(update={"cover": tall})
    cover = copy_cover(record, stage, work)
    if cover:
        args.append(f"--epub-cover-image={cover}")
    epoch = source_epoch(record) or 0
    env = {"SOURCE_DATE_EPOCH": str(epoch), "HOME": str(work), "LANG": "C.UTF-8"}
    tree = json.dumps(with_callouts(document(record, provenance_blocks(record)), record),
                      ensure_ascii=False)  # figure call-outs: render/epub/callout.py
    ast = tree.encode("utf-8")
    run = subprocess.run(
        args, input=ast, cwd=work, env=env, capture_output=True, timeout=PANDOC_TIMEOUT,
        check=False,
    )
    if run.returncode != 0:
        message = run.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise HighlightsError(record.origin, f"pandoc failed: {' '.join(message)}")
    return (work / "out.epub").read_bytes()


def render(record: Publication, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """Write <stage>/<name>.epub; a character missing from the fonts raises GlyphError first."""
    name = f"{check_slug(record.name)}.epub"
    text = record.visible_text()
    check_glyphs(text, record.theme, record.language, record.origin)
    with work_dir(stage, "epub") as tmp:
        data = epub_bytes(record, stage, tmp, text)
    write_bytes_atomic(stage / name, data)
    return [OutputFile(path=name, alt=record.title)]
