"""Bands and covers adapt to what the deck has: read from the drawn pixels."""

from __future__ import annotations

from PIL import Image, ImageDraw
from tests.render_support import record

from highlights.model import Deck
from highlights.render.png import long
from highlights.render.png.card import SIZES, draw_card, paginate
from highlights.render.png.cover import draw_cover
from highlights.render.png.paint import Palette
from highlights.theme import load_theme

THEME = load_theme("formal")
P = Palette.of(THEME)


def _header(deck: Deck) -> Image.Image:
    band = long.bands(record(deck, THEME), THEME)[0]
    img = Image.new("RGB", (long.WIDTH, band.height), P.background)
    band.paint(ImageDraw.Draw(img), 0)
    return img


def _rows(img: Image.Image, colour: tuple[int, int, int], x0: int = 0, x1: int = 0
          ) -> list[int]:
    px = img.load()
    assert px is not None
    x1 = x1 or img.width
    return [y for y in range(img.height) if any(px[x, y] == colour for x in range(x0, x1))]


def _without(deck: Deck, *fields: str) -> Deck:
    """The deck with `fields` (subtitle, date, source) left empty, in the deck and its closing."""
    closing = deck.closing.model_copy(update={f: None for f in fields if f != "subtitle"})
    return deck.model_copy(update={"closing": closing} | {f: None for f in fields
                                                          if f != "source"})


def test_header_is_as_tall_as_its_content(hant: Deck) -> None:
    """No empty colour under a title without a note: the gold rule under the title is at
    most 120 px above the band's gold bottom stripe."""
    bare = _without(hant, "subtitle", "date")
    pub = record(bare, THEME)
    assert not pub.subtitle and not pub.date
    img = _header(bare)
    margin = THEME.spacing.margin
    gold = _rows(img, P.accent, margin, img.width - 320)  # clear of the corner disc
    stripe = img.height - 10
    rule = max(y for y in gold if y < stripe)
    assert stripe - rule <= 120, (stripe, rule, img.height)


def test_date_chip_is_as_wide_as_its_text(hant: Deck) -> None:
    dated = _without(hant, "subtitle")
    img = _header(dated).convert("RGB")
    px = img.load()
    assert px is not None
    # The chip is the widest run of ribbon colour (white, as the title's ink: glyphs give
    # short runs only); its row's run is measured.
    best = (0, 0, 0)
    for y in range(img.height):
        run = start = 0
        for x in range(img.width + 1):
            if x < img.width and px[x, y] == P.ribbon:
                run, start = run + 1, start if run else x
            else:
                best = max(best, (run, start, y))
                run = 0
    width, left, _ = best
    assert 150 < width < 400, best  # 2021年7月15日 is ~190 px wide, plus padding
    assert abs(left + width / 2 - img.width / 2) <= 2, best


def test_no_footer_rule_without_source_or_date(hant: Deck) -> None:
    size = SIZES["4:5"]
    for deck, ruled in ((hant, True), (_without(hant, "source", "date"), False)):
        pub = record(deck, THEME)
        assert bool(pub.source or pub.date) == ruled
        page = paginate(deck.cards[0], pub, THEME, size)[0]
        img = draw_card(page, pub, THEME, size, "02 / 10")
        row = img.convert("RGB").crop((100, size[1] - 110, size[0] - 100, size[1] - 109))
        assert (P.rule in {c for _, c in row.getcolors() or []}) == ruled


def test_square_cover_keeps_count_and_source(hant: Deck) -> None:
    """The 1:1 card cover draws the count panel (a background-coloured box) and the source
    (on-primary ink near the bottom), as the 4:5 one does."""
    pub = record(hant, THEME)
    assert pub.source
    for preset in ("4:5", "1:1"):
        w, h = SIZES[preset]
        img = draw_cover(pub, THEME, (w, h)).convert("RGB")
        assert _rows(img, P.background, w // 3, 2 * w // 3), preset
        bottom = img.crop((w // 4, h - 150, 3 * w // 4, h - 95))
        assert P.on_primary in {c for _, c in bottom.getcolors(4096) or []}, preset


def test_no_empty_provenance_heading_when_nothing_is_known(hant: Deck) -> None:
    from highlights.render.png.provenance import provenance_band

    bare = _without(hant, "date", "source")
    closing = bare.closing.model_copy(update={"editors": [], "reporters": [], "photographers": []})
    pub = record(bare.model_copy(update={"closing": closing}), THEME)
    if pub.provenance.lines(pub.language) or pub.provenance.url:
        return  # the record knows something of its source: the block shows it
    band = provenance_band(pub, THEME, P)
    assert band.alt == ""  # no `出處` heading over nothing
    full = provenance_band(record(hant, THEME), THEME, P)
    assert band.height < full.height / 2
