"""render_png's contract: files, sizes, alt texts, limits, determinism, overflow, glyphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from tests.render_support import record, render_png

from highlights.errors import GlyphError, HighlightsError
from highlights.model import Card, Deck, OutputFile, Point
from highlights.render.png.card import SIZES, deck_point_size, paginate
from highlights.render.png.cover import cover_image
from highlights.render.png.paint import Palette, metrics
from highlights.settings import PngSettings
from highlights.theme import load_theme


def test_files_and_sizes(rendered: tuple[Path, list[OutputFile]], hant: Deck) -> None:
    out, files = rendered
    paths = [f.path for f in files]
    assert paths[0] == "long.png" and paths[-3:] == ["layout.json", "cover.png",
                                                     "cover-portrait.png"]
    cards = [p for p in paths if p.startswith("cards/")]
    assert cards == [f"cards/{n:02d}.png" for n in range(1, len(hant.cards) + 2)]
    for f in files[:-3] + files[-2:]:
        img = Image.open(out / f.path)
        assert img.format == "PNG"
        assert f.alt
        if f.path.startswith("cards/"):
            assert img.size == (1080, 1350)
            assert (out / f.path).stat().st_size <= 1_000_000
        elif f.path == "cover.png":
            assert img.size == (1200, 630)
        elif f.path == "cover-portrait.png":
            assert img.size == (1400, 2100)
        else:
            assert img.width == 1080 and (out / f.path).stat().st_size <= 5_000_000


def test_no_metadata_chunks(rendered: tuple[Path, list[OutputFile]]) -> None:
    out, files = rendered
    for f in files:
        if f.path == "layout.json":
            continue
        data = (out / f.path).read_bytes()
        for chunk in (b"tIME", b"tEXt", b"zTXt", b"iTXt", b"eXIf"):
            assert chunk not in data, (f.path, chunk)


def test_alt_texts_say_what_is_shown(rendered: tuple[Path, list[OutputFile]], hant: Deck) -> None:
    _, files = rendered
    alts = {f.path: f.alt or "" for f in files}
    assert hant.title in alts["cards/01.png"] and "9 個重點" in alts["cards/01.png"]
    assert alts["cards/02.png"].startswith("02 / 10")
    assert hant.cards[0].title in alts["cards/02.png"]
    for point in hant.cards[0].points:
        assert point.text in alts["cards/02.png"]
        assert point.text in alts["long.png"]


def test_same_bytes_twice(hant: Deck, tmp_path: Path,
                          rendered: tuple[Path, list[OutputFile]]) -> None:
    first, files = rendered
    again = render_png(hant, load_theme("formal"), tmp_path)
    assert [f.path for f in again] == [f.path for f in files]
    for f in files:
        assert (tmp_path / f.path).read_bytes() == (first / f.path).read_bytes(), f.path


@pytest.mark.parametrize("preset", ["3:4", "1:1"])
def test_presets(english: Deck, tmp_path: Path, preset: str) -> None:
    files = render_png(english, load_theme("neutral"), tmp_path, PngSettings(preset=preset))
    for f in files:
        if f.path.startswith("cards/"):
            assert Image.open(tmp_path / f.path).size == SIZES[preset]


def test_jpeg(english: Deck, tmp_path: Path) -> None:
    files = render_png(english, load_theme("neutral"), tmp_path, PngSettings(image_format="jpeg"))
    assert all(f.path.endswith(".jpg") for f in files if f.path != "layout.json")
    img = Image.open(tmp_path / "cards" / "02.jpg")
    assert img.format == "JPEG" and "exif" not in img.info


def test_long_image_splits_at_card_boundaries(hant: Deck, tmp_path: Path) -> None:
    files = render_png(hant, load_theme("formal"), tmp_path, PngSettings(long_max_height=2000))
    longs = [f for f in files if f.path.startswith("long")]
    assert [f.path for f in longs][:2] == ["long-1.png", "long-2.png"]
    for f in longs:
        assert Image.open(tmp_path / f.path).height <= 2000
    shown = "\n".join(f.alt or "" for f in longs)
    for card in hant.cards:  # every card is shown whole in exactly one part
        assert sum(card.title in (f.alt or "") for f in longs) == 1
        assert all(p.text in shown for p in card.points)


def _crowded(deck: Deck) -> Deck:
    long_point = "加快建設西部科學城自貢科創園和科創中心自貢基地，強化創新資源集聚轉化。" * 6
    points = [Point(text=long_point, highlights=["西部科學城"]) for _ in range(5)]
    points.append(Point(text="令牌" + "x" * 400 + "結束。"))
    card = Card(number=1, title="過長的卡片內容需要續頁", points=points)
    return deck.model_copy(update={"cards": [card, *deck.cards[1:3]]})


def test_overflow_continues_on_further_images(hant: Deck, tmp_path: Path) -> None:
    deck = _crowded(hant)
    theme = load_theme("formal")
    size = SIZES["4:5"]
    pub = record(deck, theme)
    pages = paginate(deck.cards[0], pub, theme, size, deck_point_size(pub, theme, size))
    assert len(pages) >= 3
    files = render_png(deck, theme, tmp_path)
    cards = [f for f in files if f.path.startswith("cards/")]
    assert len(cards) == 1 + len(pages) + 2
    assert cards[1].alt and cards[1].alt.startswith(f"02 / {len(cards):02d}")
    assert "（續）" in (cards[2].alt or "")
    # Nothing dropped: every line of every point is on some image.
    shown = "".join((f.alt or "").replace("\n", "") for f in cards)
    for point in deck.cards[0].points:
        for k in range(0, len(point.text), 40):
            assert point.text[k : k + 40] in shown or len(point.text[k:]) < 40
    # Nothing drawn outside the box: the outer 20 px columns of the body stay background.
    bg = Palette.of(theme).background
    for f in cards[1 : len(pages) + 1]:
        img = Image.open(tmp_path / f.path).convert("RGB")
        w, h = img.size
        for x0 in (0, w - 20):
            strip = img.crop((x0, 420, x0 + 20, h - 120))
            assert strip.getcolors() == [(20 * (h - 540), bg)], f.path


def test_glyph_check_before_drawing(hant: Deck, tmp_path: Path) -> None:
    # An emoji has a face in the fallback chain; a private-use character has none.
    deck = hant.model_copy(update={"title": "公報\U0001f600\ue000"})
    with pytest.raises(GlyphError, match="U\\+E000") as caught:
        render_png(deck, load_theme("formal"), tmp_path)
    assert "U+1F600" not in str(caught.value)
    with pytest.raises(GlyphError):
        cover_image(record(deck, load_theme("formal")))
    assert not list(tmp_path.iterdir())


def test_face_follows_the_script() -> None:
    theme = load_theme("formal")
    assert metrics(theme, "zh-Hant", 30).regular.getname()[0] == "Noto Sans CJK TC"
    assert metrics(theme, "zh-Hans", 30).regular.getname()[0] == "Noto Sans CJK SC"


def test_cover_image_contract(hant: Deck, english: Deck) -> None:
    img = cover_image(record(hant, load_theme("formal")))
    assert img.size == (1200, 630) and img.mode == "RGB"
    square = cover_image(record(english, load_theme("neutral")), (800, 800))
    assert square.size == (800, 800)
    # Content stays in the centre 630×630: outside it only the backdrop's few colours.
    p = Palette.of(load_theme("formal"))
    left = img.crop((60, 40, 270, 590)).getcolors(4096) or []
    assert len(left) < 40 and p.on_primary not in [c for _, c in left]


def test_very_long_titles_stay_inside(hant: Deck, tmp_path: Path) -> None:
    title = "關於深入推進創新驅動引領超常跨越和高質量發展的決定" * 10
    card = Card(number=1, title="深入推進創新驅動引領超常跨越和高質量發展的決定" * 3,
                points=[Point(text="短")])
    deck = hant.model_copy(update={"title": title, "cards": [card]})
    theme = load_theme("formal")
    files = render_png(deck, theme, tmp_path)
    assert [f.path for f in files] == ["long.png", "cards/01.png", "cards/02.png", "layout.json",
                                       "cover.png", "cover-portrait.png"]
    with pytest.raises(HighlightsError, match="title too long"):
        paginate(card.model_copy(update={"title": "長" * 400}), record(deck, theme), theme,
                 SIZES["4:5"])
