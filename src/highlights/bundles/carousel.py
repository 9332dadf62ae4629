"""LinkedIn's carousel: the cards as one tagged PDF (PDF/UA-1) of 4:5 pages, since LinkedIn
carousels are PDF documents. Real text, not pictures of text: a screen reader and LinkedIn's
own search read it. The registry's "carousel" renderer, in the PDF lane (WeasyPrint only).
"""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

from highlights.bundles.files import write_bundle
from highlights.bundles.limits import Bundle, check, limits
from highlights.bundles.text import caption, post_title
from highlights.fonts import css_family
from highlights.model import OutputFile
from highlights.output import work_dir
from highlights.presentation import count_label, date_label, mark_segments, readable
from highlights.provenance import WORDS, qr_png
from highlights.publication import Publication
from highlights.render.html import check_glyphs, css_color, css_family_name, css_rgba
from highlights.settings import RunSettings

PDF_VARIANT = "pdf/ua-1"
NAME = "carousel.pdf"
QR_FILE = "source-qr.png"
_local = threading.local()

CSS = """
@page {{ size: {w}px {h}px; margin: 0; }}
html {{ font-family: {sans}; color: {text}; }}
body {{ margin: 0; }}
section {{ width: {w}px; height: {h}px; box-sizing: border-box; page-break-after: always;
  overflow: hidden; position: relative; }}
section:last-child {{ page-break-after: auto; }}
.cover {{ background: {primary}; color: {on_primary}; padding: 260px 90px 0; text-align: center; }}
.cover p.kicker {{ font-size: 34px; color: {kicker}; margin: 0 0 48px; }}
.cover h1 {{ font-size: 76px; line-height: 1.3; margin: 0 0 56px; }}
.cover p {{ font-size: 36px; margin: 0 0 24px; }}
.card header {{ background: {primary}; color: {on_primary}; padding: 100px 72px 56px;
  border-bottom: 8px solid {accent}; }}
.card header p {{ font-size: 30px; margin: 0 0 24px; color: {kicker}; }}
.card h2 {{ font-size: 54px; line-height: 1.3; margin: 0; }}
.card ol {{ font-size: 40px; line-height: 1.6; margin: 64px 72px 0 120px; padding: 0; }}
.card li {{ margin: 0 0 30px; }}
.card li::marker {{ color: {primary}; font-weight: bold; }}
mark {{ background: {highlighter}; color: {term}; font-weight: bold; }}
footer {{ position: absolute; left: 72px; bottom: 56px; font-size: 26px; color: {muted}; }}
.cover footer {{ color: {on_primary}; }}
.provenance ul {{ list-style: none; font-size: 34px; line-height: 1.6; margin: 56px 72px 0;
  padding: 0; }}
.provenance p.url {{ font-size: 26px; margin: 24px 72px 0; word-break: break-all; }}
.provenance img.qr {{ display: block; width: 300px; height: 300px; margin: 40px auto 0; }}
.provenance p.scan {{ text-align: center; font-size: 28px; color: {muted}; margin: 8px 0 0; }}
"""


def _marked(text: str, terms: list[str]) -> str:
    return "".join(f"<mark>{html.escape(s)}</mark>" if on else html.escape(s)
                   for s, on in mark_segments(text, terms))


def provenance_section(pub: Publication, counter: str, foot: str, qr: str | None) -> str:
    """The last page: where the deck comes from, the URL as a link and its QR code."""
    esc, words = html.escape, WORDS[pub.language]
    rows = "".join(f"<li>{esc(line)}</li>" for line in pub.provenance.lines(pub.language))
    url = pub.provenance.url
    link = (f'<p class="url"><a href="{esc(url)}">{esc(url)}</a></p>' if url else "")
    code = (f'<img class="qr" src="{esc(qr)}" alt="{esc(words["scan"])}: {esc(url or "")}">'
            f'<p class="scan">{esc(words["scan"])}</p>' if qr else "")
    return (f'<section class="card provenance"><header><p>{counter}</p>'
            f"<h2>{esc(words['heading'])}</h2></header><ul>{rows}</ul>{link}{code}"
            f"<footer>{foot}</footer></section>")


def carousel_html(pub: Publication, qr: str | None = None) -> str:
    lang, esc = pub.language, html.escape
    date = date_label(pub.date, lang)
    foot = esc(" · ".join(t for t in (pub.source or "", date) if t))
    closing = pub.provenance.needs_a_card()
    total = len(pub.cards) + 1 + closing
    parts = [f'<section class="cover"><p class="kicker">{esc(pub.kicker)}</p>'
             f"<h1>{esc(pub.title)}</h1><p>{esc(date)}</p>"
             f"<p>{esc(count_label(len(pub.cards), lang))}</p><footer>{foot}</footer></section>"]
    for n, card in enumerate(pub.cards, start=2):
        points = "".join(f"<li>{_marked(p.text, p.highlights)}</li>" for p in card.points)
        parts.append(f'<section class="card"><header><p>{n:02d} / {total:02d}</p>'
                     f"<h2>{esc(card.title)}</h2></header><ol>{points}</ol>"
                     f"<footer>{foot}</footer></section>")
    if closing:
        parts.append(provenance_section(pub, f"{total:02d} / {total:02d}", foot, qr))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{esc(pub.title)}</title></head><body>{''.join(parts)}</body></html>")


def carousel_css(pub: Publication, width: int, height: int) -> str:
    c = pub.theme.colors
    colours = {name: css_color(getattr(c, name)) for name in
               ("primary", "accent", "on_primary", "text", "muted", "term")}
    return CSS.format(w=width, h=height, sans=css_family_name(css_family(pub.theme, "sans",
                                                                         pub.language)),
                      kicker=readable(c.primary, c.accent, c.on_primary),
                      highlighter=css_rgba(c.highlighter, c.highlighter_alpha), **colours)


def _fonts() -> Any:
    from weasyprint.text.fonts import FontConfiguration

    if getattr(_local, "fonts", None) is None:
        _local.fonts = FontConfiguration()
    return _local.fonts


def carousel_pdf(pub: Publication, work: Path) -> tuple[bytes, list[tuple[float, float]]]:
    """The PDF and its page sizes in px; `work` is the private folder for the QR code."""
    import weasyprint

    from highlights.render.pdf.fetcher import LocalFetcher, work_url

    lim = limits("linkedin")
    qr = None
    if pub.provenance.url and pub.provenance.needs_a_card():
        (work / QR_FILE).write_bytes(qr_png(pub.provenance.url, 300))
        qr = work_url(QR_FILE)
    fetcher = LocalFetcher([], work)  # the QR code only: no network, no other file
    fonts = _fonts()
    css = weasyprint.CSS(string=carousel_css(pub, lim.width, lim.height), font_config=fonts,
                         url_fetcher=fetcher)
    doc = weasyprint.HTML(string=carousel_html(pub, qr), base_url=work_url(""),
                          url_fetcher=fetcher).render(
        font_config=fonts, stylesheets=[css], pdf_variant=PDF_VARIANT,
        pdf_identifier=pub.identifier[:32].encode("ascii"))
    pages = [(p.width, p.height) for p in doc.pages]  # CSS px
    data: bytes = doc.write_pdf(pdf_variant=PDF_VARIANT,
                                pdf_identifier=pub.identifier[:32].encode("ascii"))
    return data, pages


def render(pub: Publication, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """`platforms/linkedin/carousel.pdf` and its post.txt, checked before they are written."""
    if "linkedin" not in settings.platforms:
        return []
    check_glyphs(pub.visible_text(body=False), pub.theme, pub.language, pub.origin)
    lim = limits("linkedin")
    with work_dir(stage, "carousel") as work:
        data, pages = carousel_pdf(pub, work)
    title = post_title(pub, lim.max_title)
    bundle = Bundle("linkedin", [], title, caption(pub, lim, title, getattr(pub, "url", None)),
                    pages=pages)
    check(bundle, lim)
    return write_bundle(stage, bundle, [(NAME, data, pub.title)])
