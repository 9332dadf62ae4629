"""An article with colour emoji and CJK Extension B characters publishes in all three formats
with the glyphs drawn (the fallback chain, highlights.fonts.chain); a character no installed
font has is still refused, named, with nothing written."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from PIL import Image
from tests.render_support import record, render_kinds

from highlights.cards import build_deck
from highlights.errors import GlyphError
from highlights.ingest import read_source
from highlights.model import Block
from highlights.normalise import normalise
from highlights.publication import Publication
from highlights.render.registry import renderer
from highlights.settings import RunSettings
from highlights.theme import load_theme

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "pdf_epub" / "emoji-extb.md"
EMOJI = re.compile("[\U0001f300-\U0001faff\u2764\ufe0f]")


def publication(strip_emoji: bool = False) -> Publication:
    """The article in the neutral theme: graphite, white and blues, so any warm colour in an
    image is an emoji's."""
    article = normalise(read_source(ARTICLE))
    if strip_emoji:
        blocks = [b.model_copy(update={"text": EMOJI.sub("", b.text)}) for b in article.blocks]
        meta = article.meta.model_copy(update={"title": EMOJI.sub("", article.meta.title or "")})
        article = article.model_copy(update={"blocks": blocks, "meta": meta})
    return record(build_deck(article), load_theme("neutral"), article, "fallback")


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fallback")
    render_kinds(publication(), out, ("pdf", "epub", "png"))
    return out


def warm_pixels(img: Image.Image) -> int:
    """Saturated pixels whose strongest channel is not blue: none in the neutral theme."""
    data = img.convert("RGB").reduce(2).tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    return sum(1 for r, g, b in pixels if max(r, g) > b + 60 and max(r, g, b) - min(r, g, b) > 90)


def test_png_draws_colour_emoji(published: Path, tmp_path: Path) -> None:
    """The long image, the cover card and the link preview hold the emoji's colours; the same
    deck without its emoji holds none (so the colours are the emoji)."""
    for name in ("long.png", "cards/01.png", "cover.png"):
        assert warm_pixels(Image.open(published / name)) > 150, name
    render_kinds(publication(strip_emoji=True), tmp_path, ("png",))
    assert warm_pixels(Image.open(tmp_path / "long.png")) < 10
    lines = (published / "layout.json").read_text(encoding="utf-8")
    assert "🎉" in lines and "𠀀" in lines


def test_png_draws_extension_b_with_its_face() -> None:
    """𠀀 is drawn by the rare-Han face (HanaMinB), with ink, beside the CJK face's 字."""
    from PIL import ImageDraw

    from highlights.render.png.glyphs import draw_runs
    from highlights.render.png.paint import metrics

    m = metrics(load_theme("neutral"), "zh-Hant", 60)
    runs = m.runs("字𠀀")
    assert [r.text for r in runs] == ["字", "𠀀"]
    assert runs[1].font.getname()[0] == "HanaMinB"
    img = Image.new("RGB", (200, 100), (255, 255, 255))
    draw_runs(ImageDraw.Draw(img), (10, 75), "字𠀀", m, False, (0, 0, 0))
    right = img.convert("L").crop((10 + round(m.advance("字")), 0, 200, 100))
    ink = right.point(lambda v: 255 if v < 128 else 0)
    assert ink.getbbox() is not None and ink.histogram()[255] > 200


def test_pdf_embeds_the_emoji_and_extension_b_faces(published: Path) -> None:
    pdf = published / "fallback.pdf"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "Noto-Color-Emoji" in fonts and "HanaMinB" in fonts, fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "🎉" in text and "𠀀" in text
    png = subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(pdf)],
                         capture_output=True, check=True).stdout
    assert warm_pixels(Image.open(io.BytesIO(png))) > 20  # the highlights page's emoji


def test_epub_carries_the_glyphs_in_its_fonts(published: Path) -> None:
    """The EPUB embeds subsets that map 🎉 (colour bitmaps) and 𠀀, named in the stylesheet's
    family lists, and passes epubcheck."""
    epub = published / "fallback.epub"
    found: dict[int, str] = {}
    with zipfile.ZipFile(epub) as z:
        css = z.read("EPUB/styles/stylesheet1.css").decode()
        for name in z.namelist():
            if name.startswith("EPUB/fonts/"):
                font = TTFont(io.BytesIO(z.read(name)))
                cmap = font.getBestCmap()
                for cp in (0x1F389, 0x20000):
                    if cp in cmap:
                        found[cp] = name
                if 0x1F389 in cmap:
                    assert "CBDT" in font, name
    assert set(found) == {0x1F389, 0x20000}, found
    for name in found.values():
        assert Path(name).name in css
    check = subprocess.run(["java", "-jar", "/usr/share/java/epubcheck.jar", str(epub)],
                           capture_output=True, text=True, timeout=120)
    assert "0 fatals / 0 errors / 0 warnings" in check.stdout + check.stderr, check.stderr


@pytest.mark.parametrize("kind", ["pdf", "epub", "png"])
def test_a_character_no_font_has_is_refused_by_name(tmp_path: Path, kind: str) -> None:
    pub = publication()
    blocks = [*pub.body, Block(text="市集的標誌\U0010fffd無字可用。")]
    pub = pub.model_copy(update={"body": blocks, "lead": pub.lead + "\U0010fffd"})
    with pytest.raises(GlyphError, match="U\\+10FFFD") as caught:
        renderer(kind).render(pub, tmp_path, RunSettings())  # type: ignore[arg-type]
    assert "U+1F389" not in str(caught.value) and "U+20000" not in str(caught.value)
    assert not list(tmp_path.iterdir())
