"""PNG renderer: the long image and one image per card. Pillow only.

The 1200×630 cover is its own renderer (`highlights.render.png.cover`, the registry's
"cover"), made once per article before the others: the PDF and the EPUB show that file.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PIL import Image

from highlights.fonts import require_glyphs
from highlights.model import OutputFile
from highlights.publication import Publication
from highlights.render.png import long
from highlights.render.png.callout import callout_bands
from highlights.render.png.card import SIZES, card_alt, deck_point_size, draw_card, paginate
from highlights.render.png.cover import cover_alt, draw_cover
from highlights.render.png.drawn import DrawnImage, recording, write_layout
from highlights.render.png.paint import Palette
from highlights.render.png.provenance import (
    draw_provenance_card,
    page_number,
    provenance_alt,
    provenance_band,
)
from highlights.render.png.save import CARD_LIMIT, LONG_LIMIT, write
from highlights.render.png.words import joined
from highlights.settings import RunSettings

__all__ = ["render"]


def render(pub: Publication, stage: Path, settings: RunSettings) -> list[OutputFile]:
    """Write long.png (or long-1.png…) and cards/01.png…; alt text = what each image shows."""
    theme, png = pub.theme, settings.png
    require_glyphs(pub.visible_text(body=False), theme, pub.language, "PNG images")
    out: list[OutputFile] = []
    pal = Palette.of(theme)
    exact = (pal.background, pal.primary, pal.panel, pal.text, pal.on_primary, pal.accent)

    def save(img: Image.Image, path: Path, limit: int) -> Path:
        return write(img, path, png.image_format, limit, exact)

    def put(img_path: Path, alt: str) -> None:
        out.append(OutputFile(path=img_path.relative_to(stage).as_posix(), alt=alt))

    drawn: list[DrawnImage] = []

    def made(image: DrawnImage, draw: Callable[[], Image.Image], path: Path, limit: int,
             alt: str) -> None:
        with recording(image):
            img = draw()
        saved = save(img, path, limit)
        image.path = saved.relative_to(stage).as_posix()
        drawn.append(image)
        put(saved, alt)

    ending = provenance_band(pub, theme, pal)
    figures = partial(callout_bands, pub=pub, theme=theme, p=pal)
    parts = long.parts(long.bands(pub, theme, ending, figures), png.long_max_height)
    for k, part in enumerate(parts, start=1):
        name = "long" if len(parts) == 1 else f"long-{k}"
        made(DrawnImage("", "long"), partial(long.draw_long, part, theme), stage / name,
             LONG_LIMIT, "\n".join(b.alt for b in part))
    size = SIZES[png.preset]
    point = deck_point_size(pub, theme, size)  # one size for the deck's points
    pages = [page for card in pub.cards for page in paginate(card, pub, theme, size, point)]
    closing = pub.provenance.needs_a_card()  # else every card's footer already has it all
    total = len(pages) + 1 + closing  # the cover, the cards, the provenance card
    cards = stage / "cards"
    first = f"01 / {total:02d}"

    def cover_card() -> Image.Image:
        return page_number(draw_cover(pub, theme, size), theme, pub, first, pal.on_primary)

    made(DrawnImage("", "cover-card"), cover_card, cards / "01", CARD_LIMIT,
         joined(first, cover_alt(pub)))
    for n, page in enumerate(pages, start=2):
        counter = f"{n:02d} / {total:02d}"
        made(DrawnImage("", "card", card=page.card.number, part=page.part),
             partial(draw_card, page, pub, theme, size, counter),
             cards / f"{n:02d}", CARD_LIMIT, card_alt(page, pub, counter))
    if closing:
        last = f"{total:02d} / {total:02d}"
        made(DrawnImage("", "provenance"), partial(draw_provenance_card, pub, theme, size, last),
             cards / f"{total:02d}", CARD_LIMIT, joined(last, provenance_alt(pub)))
    layout = write_layout(stage, drawn, png.preset)
    out.append(OutputFile(path=layout.relative_to(stage).as_posix()))
    return out
