"""The image bundles (`--platforms`): each platform's images drawn by the PNG renderer's own
painters at that platform's size (never rescaled pixels), its caption and alt text, checked
against the platform's limits, then written to `<stage>/platforms/<name>/`.

The registry's "bundles" renderer, in the images lane (Pillow). LinkedIn's PDF carousel is
the "carousel" renderer, in the PDF lane (`highlights.bundles.carousel`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PIL import Image as PILImage

from highlights.bundles.files import write_bundle
from highlights.bundles.limits import Bundle, Image, Limits, check, limits
from highlights.bundles.text import caption, plain, post_title, within
from highlights.fonts import require_glyphs
from highlights.model import OutputFile
from highlights.publication import Publication
from highlights.render.png import long
from highlights.render.png.callout import callout_bands
from highlights.render.png.card import deck_point_size, draw_card, paginate
from highlights.render.png.cover import draw_cover
from highlights.render.png.pages import Page
from highlights.render.png.paint import Palette
from highlights.render.png.provenance import (
    draw_provenance_card,
    page_number,
    provenance_alt,
    provenance_band,
)
from highlights.render.png.save import CARD_LIMIT, LONG_LIMIT, encode
from highlights.render.png.words import continued, count_label, date_label
from highlights.settings import RunSettings

__all__ = ["draw_bundle", "render"]


@dataclass(frozen=True)
class Drawn:
    """One image of a bundle, encoded, with its alt text."""

    name: str
    data: bytes
    size: tuple[int, int]
    alt: str

    def image(self) -> Image:
        return Image(self.name, self.size[0], self.size[1], len(self.data), self.alt)


def page_alt(page: Page, pub: Publication) -> str:
    title = page.card.title + (continued(pub.language) if page.part else "")
    texts = ["".join(line.text for line in c.block.lines[c.first : c.last]) for c in page.chunks]
    return plain([title, *texts], pub.language)


def cover_alt(pub: Publication) -> str:
    return plain([pub.title, pub.subtitle or "", date_label(pub.date, pub.language),
                  count_label(len(pub.cards), pub.language), pub.source or ""], pub.language)


def _drawn(img: PILImage.Image, name: str, alt: str, pub: Publication, lim: Limits,
           settings: RunSettings) -> Drawn:
    pal = Palette.of(pub.theme)
    exact = (pal.background, pal.primary, pal.panel, pal.text, pal.on_primary, pal.accent)
    suffix = "jpg" if settings.png.image_format == "jpeg" else "png"
    # The PNG renderer's own size targets (fewer colours only past them); the platform's
    # max_bytes is a hard limit the long image is split for, never a reason to lose colours.
    target = LONG_LIMIT if lim.kind == "long" else CARD_LIMIT
    data = encode(img, settings.png.image_format, target, exact)
    return Drawn(f"{name}.{suffix}", data, img.size, within(alt, lim.max_alt, pub.language))


def _cards(pub: Publication, lim: Limits, settings: RunSettings, first: int | None) -> list[Drawn]:
    """Cover card, then a card image per page of the deck, `n / N` on each; `first` keeps the
    first pages only (X: the cover and three cards)."""
    size = (lim.width, lim.height)
    theme = pub.theme
    point = deck_point_size(pub, theme, size)  # one size for the deck's points, as in cards/
    pages = [page for card in pub.cards for page in paginate(card, pub, theme, size, point)]
    if first is not None:
        pages = pages[:first]
    closing = first is None and pub.provenance.needs_a_card()
    total = len(pages) + 1 + closing
    pal = Palette.of(theme)
    cover = page_number(draw_cover(pub, theme, size, count=lim.height > lim.width), theme, pub,
                        f"01 / {total:02d}", pal.on_primary)
    out = [_drawn(cover, "01", cover_alt(pub), pub, lim, settings)]
    for n, page in enumerate(pages, start=2):
        img = draw_card(page, pub, theme, size, f"{n:02d} / {total:02d}")
        out.append(_drawn(img, f"{n:02d}", page_alt(page, pub), pub, lim, settings))
    if closing:
        img = draw_provenance_card(pub, theme, size, f"{total:02d} / {total:02d}")
        alt = plain(provenance_alt(pub).splitlines(), pub.language)
        out.append(_drawn(img, f"{total:02d}", alt, pub, lim, settings))
    return out


def _long(pub: Publication, lim: Limits, settings: RunSettings) -> list[Drawn]:
    """The long image, split only between sections: at the platform's tallest image, and
    again at half the height while a part is over its byte limit."""
    pal = Palette.of(pub.theme)
    figures = partial(callout_bands, pub=pub, theme=pub.theme, p=pal)
    bands = long.bands(pub, pub.theme, provenance_band(pub, pub.theme, pal), figures)
    height = lim.max_height or sum(b.height for b in bands)
    while True:
        parts = long.parts(bands, height)
        out = []
        for k, part in enumerate(parts, start=1):
            alt = plain([b.alt.replace("\n", "。" if pub.language != "en" else ". ")
                         for b in part], pub.language)
            name = "long" if len(parts) == 1 else f"long-{k}"
            out.append(_drawn(long.draw_long(part, pub.theme), name, alt, pub, lim, settings))
        too_big = lim.max_bytes is not None and any(len(d.data) >= lim.max_bytes for d in out)
        if not too_big or height < 2000:
            return out
        height //= 2


def draw_bundle(pub: Publication, name: str, settings: RunSettings) -> tuple[Bundle, list[Drawn]]:
    """Every file of one image bundle, in memory, checked against the platform's limits."""
    lim = limits(name)  # type: ignore[arg-type]
    if lim.kind == "cards":
        drawn = _cards(pub, lim, settings, None)
    elif lim.kind == "landscape":
        drawn = _cards(pub, lim, settings, (lim.max_images or 4) - 1)
    else:
        drawn = _long(pub, lim, settings)
    cover = None
    if lim.cover_width and lim.cover_height:
        img = draw_cover(pub, pub.theme, (lim.cover_width, lim.cover_height), count=False)
        cover = _drawn(img, "cover", cover_alt(pub), pub, lim, settings)
    title = post_title(pub, lim.max_title)
    bundle = Bundle(lim.name, [d.image() for d in drawn], title,
                    caption(pub, lim, title, getattr(pub, "url", None)),
                    cover=cover.image() if cover else None)
    check(bundle, lim)
    return bundle, [*drawn, *([cover] if cover else [])]


def render(pub: Publication, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """Every image bundle the settings ask for; all are checked before any is written."""
    wanted = [p for p in settings.platforms if limits(p).kind != "carousel"]
    if not wanted:
        return []
    require_glyphs(pub.visible_text(body=False), pub.theme, pub.language, "platform bundles")
    made = [draw_bundle(pub, name, settings) for name in wanted]
    out: list[OutputFile] = []
    for bundle, drawn in made:
        out += write_bundle(stage, bundle, [(d.name, d.data, d.alt) for d in drawn])
    return out
