"""PDF publication (WeasyPrint): cover, highlights, the full article and a closing block."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from highlights.errors import HighlightsError
from highlights.model import OutputFile
from highlights.output import work_dir, write_bytes_atomic
from highlights.paths import assets_dir
from highlights.publication import Publication
from highlights.render.html import check_glyphs, check_slug, render_template
from highlights.render.lazyfonts import defer_font_copies
from highlights.render.pdf.callout import callout_context
from highlights.render.pdf.deflate import use_default_level
from highlights.render.pdf.document import css_context, html_context
from highlights.render.pdf.fetcher import LocalFetcher, work_url
from highlights.render.pdf.provenance import provenance_context
from highlights.render.pdf.subset import use_one_pass
from highlights.settings import RunSettings

__all__ = ["PDF_VARIANT", "document_html", "render"]

PDF_VARIANT = "pdf/ua-1"  # tagged PDF for screen readers; works with the Noto CJK fonts


def pdf_bytes(record: Publication, stage: Path, work: Path, max_pages: int | None = None) -> bytes:
    """Render the PDF in memory; `work` is the private folder WeasyPrint may read (the QR code
    is written there). More pages than `max_pages` after layout: refused before the (larger) cost
    of writing them."""
    import weasyprint  # imported lazily: 0.65 s, and only the PDF needs it

    defer_font_copies()  # no whole-file copy of each face: ~100 MB less at the peak
    use_default_level()  # deflate at level 6, not 9: ~10% of the render for 0.4% more bytes
    use_one_pass()  # each face subset once, not twice: ~14% of the render, the same bytes
    # No cover image: the cover page is typeset (pdf/document.html.j2), so the PDF starts
    # without waiting for the images lane's cover.png.
    html, css = document_html(record, None, work)
    fetcher = LocalFetcher([assets_dir()], work)
    fonts = _font_config()
    document = weasyprint.HTML(string=html, base_url=work_url(""), url_fetcher=fetcher)
    stylesheet = weasyprint.CSS(string=css, url_fetcher=fetcher, font_config=fonts)
    options = {
        "pdf_variant": PDF_VARIANT,
        "pdf_identifier": record.identifier[:32].encode("ascii"),
    }
    laid_out = document.render(font_config=fonts, stylesheets=[stylesheet], **options)
    if max_pages is not None and len(laid_out.pages) > max_pages:
        raise HighlightsError(
            record.origin,
            f"the PDF would have {len(laid_out.pages):,} pages, more than the limit of "
            f"{max_pages:,}",
            "split the article, or raise HIGHLIGHTS_MAX_PAGES or --max-pages",
        )
    data: bytes = laid_out.write_pdf(**options)
    if fetcher.refused:
        raise HighlightsError(None, f"PDF refused resources: {', '.join(fetcher.refused[:3])}")
    return data


def document_html(record: Publication, cover_url: str | None, work: Path) -> tuple[str, str]:
    """The HTML and CSS handed to WeasyPrint (the benchmark renders the same with the
    `weasyprint` command); the QR code, if any, is written into `work`."""
    context = html_context(record, cover_url)
    context.update(provenance_context(record, work))
    context.update(callout_context(record))  # figure call-outs (render/pdf/callout.py)
    html = render_template("pdf/document.html.j2", **context)
    return html, render_template("pdf/style.css.j2", **css_context(record))


_local = threading.local()


def _font_config() -> Any:
    """One WeasyPrint FontConfiguration per thread (Pango's font map is not thread-safe): a new
    one per document loads the CJK fonts again, and the old one lives on until a full GC."""
    from weasyprint.text.fonts import FontConfiguration

    if getattr(_local, "fonts", None) is None:
        _local.fonts = FontConfiguration()
    return _local.fonts


def render(record: Publication, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """Write <stage>/<name>.pdf; a character missing from the fonts raises GlyphError first."""
    name = f"{check_slug(record.name)}.pdf"
    check_glyphs(record.visible_text(), record.theme, record.language, record.origin)
    with work_dir(stage, "pdf") as tmp:
        data = pdf_bytes(record, stage, tmp, settings.inputs.max_pages)
    write_bytes_atomic(stage / name, data)
    return [OutputFile(path=name, alt=record.title)]
