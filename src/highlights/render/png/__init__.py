"""PNG renderer: the long image, one image per card, and the covers. Pillow only."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from highlights.fonts import require_glyphs
from highlights.model import Deck, OutputFile
from highlights.render.png import long
from highlights.render.png.card import SIZES, card_alt, draw_card, paginate
from highlights.render.png.cover import cover_alt, cover_image, draw_cover
from highlights.render.png.paint import Palette
from highlights.render.png.save import CARD_LIMIT, LONG_LIMIT, write
from highlights.render.png.words import continued, count_label
from highlights.settings import PngSettings
from highlights.theme import Theme

__all__ = ["cover_image", "deck_text", "render_png"]


def deck_text(deck: Deck, theme: Theme) -> str:
    """Every character any image may draw, for the glyph check."""
    parts = [deck.title, deck.subtitle or "", deck.kicker or "", deck.lead, deck.date or "",
             deck.closing.source or "", deck.closing.date or "", "".join(deck.closing.editors),
             theme.kicker.get(deck.language, ""), count_label(len(deck.cards), deck.language),
             continued(deck.language), "0123456789/ 年月日：、編輯编辑Editors:"]
    for card in deck.cards:
        parts.append(card.title)
        parts.extend(p.text for p in card.points)
    return "".join(parts)


def render_png(deck: Deck, theme: Theme, out_dir: Path,
               settings: PngSettings = PngSettings()) -> list[OutputFile]:  # noqa: B008
    """Write long.png (or long-1.png…), cards/01.png… and cover.png; alt text = what each shows."""
    require_glyphs(deck_text(deck, theme), theme, deck.language, "PNG images")
    fmt = settings.image_format
    out: list[OutputFile] = []
    pal = Palette.of(theme)
    exact = (pal.background, pal.primary, pal.panel, pal.text, pal.on_primary, pal.accent)

    def save(img: Image.Image, path: Path, limit: int) -> Path:
        return write(img, path, fmt, limit, exact)

    def put(img_path: Path, alt: str) -> None:
        out.append(OutputFile(path=img_path.relative_to(out_dir).as_posix(), alt=alt))

    parts = long.parts(long.bands(deck, theme), settings.long_max_height)
    for k, part in enumerate(parts, start=1):
        name = "long" if len(parts) == 1 else f"long-{k}"
        put(save(long.draw_long(part, theme), out_dir / name, LONG_LIMIT),
            "\n".join(b.alt for b in part))
    size = SIZES[settings.preset]
    pages = [page for card in deck.cards for page in paginate(card, deck, theme, size)]
    total = len(pages) + 1
    cards = out_dir / "cards"
    put(save(draw_cover(deck, theme, size), cards / "01", CARD_LIMIT), cover_alt(deck))
    for n, page in enumerate(pages, start=2):
        counter = f"{n:02d} / {total:02d}"
        put(save(draw_card(page, deck, theme, size, counter), cards / f"{n:02d}", CARD_LIMIT),
            card_alt(page, deck, counter))
    put(save(cover_image(deck, theme), out_dir / "cover", CARD_LIMIT), cover_alt(deck))
    return out
