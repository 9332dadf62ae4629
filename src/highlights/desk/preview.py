"""Live previews: one card (or the long image) of a deck being edited, drawn by the very code
that draws the published images (`highlights.render.png`), through the same publication
record; only the encoding is lighter: the image halved and sent as a JPEG (quality 90), which
takes under a millisecond where even the quickest PNG takes ~16 ms (see bench/preview.py).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import partial

from PIL import Image

from highlights.errors import HighlightsError
from highlights.fonts import require_glyphs
from highlights.model import Article, Deck
from highlights.render.job import assemble, drawable
from highlights.render.png import long
from highlights.render.png.callout import callout_bands
from highlights.render.png.card import SIZES, deck_point_size, draw_card, paginate
from highlights.render.png.cover import draw_cover
from highlights.render.png.paint import Palette
from highlights.render.png.provenance import page_number, provenance_band
from highlights.settings import PngSettings, RunSettings

PREVIEW_SCALE = 2  # the preview is drawn full size, then sent at half: the page is smaller
PREVIEW_QUALITY = 90


@dataclass
class Preview:
    jpeg: bytes
    images: int = 1  # how many images the card makes (more than one: it overflows)
    problems: list[str] = field(default_factory=list)


def settings_for(theme: str, preset: str) -> RunSettings:
    return RunSettings(theme=theme, png=PngSettings.model_validate({"preset": preset}))


def encode(img: Image.Image, scale: int = PREVIEW_SCALE) -> bytes:
    if img.mode != "RGB":
        img = img.convert("RGB")
    if scale > 1:
        img = img.reduce(scale)
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=PREVIEW_QUALITY)
    return buffer.getvalue()


def preview_card(article: Article, deck: Deck, theme: str, preset: str, index: int) -> Preview:
    """Image `index` of the deck's card set: 0 the title card, n the n-th card's first image.
    A card too long for one image is reported (it would continue on further images)."""
    settings = settings_for(theme, preset)
    record = drawable(assemble(article, deck, settings).record)
    size = SIZES[settings.png.preset]
    problems: list[str] = []
    try:
        require_glyphs(record.visible_text(body=False), record.theme, record.language, "preview")
    except HighlightsError as exc:
        problems.append(str(exc))
    # As the renderer numbers them (a card that overflows shifts the rest: not counted here).
    total = len(record.cards) + 1 + record.provenance.needs_a_card()
    if index <= 0 or index > len(record.cards):
        on_primary = Palette.of(record.theme).on_primary
        cover = draw_cover(record, record.theme, size)
        cover = page_number(cover, record.theme, record, f"01 / {total:02d}", on_primary)
        return Preview(encode(cover), 1, problems)
    point = deck_point_size(record, record.theme, size)  # the deck's one size, as published
    pages = paginate(record.cards[index - 1], record, record.theme, size, point)
    img = draw_card(pages[0], record, record.theme, size, f"{index + 1:02d} / {total:02d}")
    if len(pages) > 1:
        problems.append(f"overflow:{len(pages)}")
    return Preview(encode(img), len(pages), problems)


def preview_long(article: Article, deck: Deck, theme: str, preset: str) -> bytes:  # JPEG
    """The long image's first part, at half size."""
    settings = settings_for(theme, preset)
    record = drawable(assemble(article, deck, settings).record)
    look, pal = record.theme, Palette.of(record.theme)
    figures = partial(callout_bands, pub=record, theme=look, p=pal)
    bands = long.bands(record, look, provenance_band(record, look, pal), figures)
    parts = long.parts(bands, settings.png.long_max_height)
    return encode(long.draw_long(parts[0], look))


def warm_preview() -> None:
    """Draw a tiny card in each language and theme, so that the editor's first preview does
    not pay for loading the faces (~2 s); any failure only costs the speed-up."""
    from highlights.theme import available_themes
    from highlights.warm import tiny_prepared

    for language in ("zh-Hant", "zh-Hans", "en"):
        tiny = tiny_prepared(language)
        for theme in available_themes():
            try:
                for index in (0, 1):
                    preview_card(tiny.article, tiny.deck, theme, "4:5", index)
            except Exception:  # a real preview reports the same problem beside the card
                return
