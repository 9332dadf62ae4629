"""One publication record: an editor's date, credits and source show in every format.

The sample is published with an override deck whose header corrects the date, names a
reporter, a photographer and editors, and gives another source; the images (read back with
OCR), the PDF (its text and its metadata) and the EPUB (its package metadata and its visible
closing) must all show the override, and none the article's own date.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from highlights.cards import load_override
from highlights.ingest import read_source
from highlights.model import OutputFile
from highlights.normalise import normalise
from highlights.render.job import Prepared, assemble
from highlights.render.pool import RenderPool
from highlights.settings import RunSettings

OVERRIDE = """\
# 中共自貢市委全會公報·編輯部修訂
subtitle: 編輯部修訂版
date: 2022-03-04
source: 測試日報
reporters: 李大同
photographers: 陳大光
editors: 王小明、張明華
全會審議通過了《決定》。
---
## 促進創新鏈產業鏈深度融合
- 聚焦**五個領域**，開展核心技術攻關
- 加快發展五個產業，培育集群發展新優勢
"""
DATE_TEXT = "2022年3月4日"
ARTICLE_DATE = "2021年7月15日"
PEOPLE = ("李大同", "陳大光", "王小明", "張明華")


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def ocr(image: Image.Image, tmp: Path, name: str) -> str:
    """Greyscale, dark text on light (white-on-colour inverted), one block: what tesseract
    reads best; spaces dropped, full-width forms folded."""
    grey = image.convert("L")
    if sum(grey.histogram()[:128]) > grey.width * grey.height / 2:
        grey = ImageOps.invert(grey)
    probe = tmp / f"ocr-{name}.png"
    grey.resize((grey.width * 2, grey.height * 2)).save(probe)
    text = run("tesseract", str(probe), "-", "-l", "chi_tra", "--psm", "6")
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def published(sample_path: Path, tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[Prepared, Path, list[OutputFile]]:
    """The sample with the override deck, through the render pool as the pipeline runs it."""
    tmp = tmp_path_factory.mktemp("record")
    override = tmp / "override.md"
    override.write_text(OVERRIDE, encoding="utf-8")
    settings = RunSettings()
    article = normalise(read_source(sample_path))
    prepared = assemble(article, load_override(override, article), settings)
    stage = tmp / "stage"
    stage.mkdir()
    with RenderPool(workers=2) as pool:
        files = pool.render_all(prepared, stage, settings)
    return prepared, stage, files


def test_the_record_takes_the_editors_deck(
    published: tuple[Prepared, Path, list[OutputFile]],
) -> None:
    prepared, _, files = published
    record = prepared.record
    assert prepared.article.meta.date == "2021-07-15"  # the article says otherwise
    assert (record.date, record.source) == ("2022-03-04", "測試日報")
    assert record.subtitle == "編輯部修訂版"
    assert record.credits.reporters == ["李大同"] and record.credits.photographers == ["陳大光"]
    assert record.credits.editors == ["王小明", "張明華"]
    paths = [f.path for f in files]
    assert paths.count("cover.png") == 1 and "cards/02.png" in paths and "long.png" in paths


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing")
def test_images_show_the_override(
    published: tuple[Prepared, Path, list[OutputFile]], tmp_path: Path,
) -> None:
    _, stage, files = published
    card = Image.open(stage / "cards" / "02.png")
    footer = ocr(card.crop((0, card.height - 110, card.width, card.height)), tmp_path, "footer")
    assert "2022" in footer and "2021" not in footer, footer
    assert "測試日報" in footer or "測試" in footer, footer
    long = Image.open(stage / "long.png")
    closing = ocr(long.crop((0, long.height - 260, long.width, long.height)), tmp_path, "closing")
    assert "王小明" in closing and "2022" in closing and "2021" not in closing, closing
    cover = Image.open(stage / "cover.png")
    ribbon = ocr(cover.crop((495, 418, 705, 462)), tmp_path, "cover")  # the date pill
    assert "2022" in ribbon and "2021" not in ribbon, ribbon
    alts = {f.path: f.alt or "" for f in files}
    assert DATE_TEXT in alts["cards/02.png"] and ARTICLE_DATE not in alts["cards/02.png"]
    assert "編輯：王小明、張明華" in alts["long.png"]


def test_pdf_shows_the_override(published: tuple[Prepared, Path, list[OutputFile]]) -> None:
    prepared, stage, _ = published
    pdf = stage / f"{prepared.slug}.pdf"
    cover_page = run("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(pdf), "-")
    assert DATE_TEXT in cover_page and ARTICLE_DATE not in cover_page
    assert "測試日報" in cover_page
    text = re.sub(r"\s+", "", run("pdftotext", "-enc", "UTF-8", str(pdf), "-"))
    for row in ("記者：李大同", "攝影：陳大光", "編輯：王小明、張明華", "來源：測試日報"):
        assert row in text, row
    info = run("pdfinfo", str(pdf))
    assert re.search(r"^Author:\s+李大同$", info, re.MULTILINE), info
    assert "CreationDate:    Fri Mar  4 00:00:00 2022 UTC" in info, info
    assert "Title:           中共自貢市委全會公報·編輯部修訂" in info


def test_epub_shows_the_override(published: tuple[Prepared, Path, list[OutputFile]]) -> None:
    prepared, stage, _ = published
    with zipfile.ZipFile(stage / f"{prepared.slug}.epub") as epub:
        opf = epub.read("EPUB/content.opf").decode()
        closing = epub.read("EPUB/text/ch002.xhtml").decode()
    assert '<dc:date id="epub-date">2022-03-04</dc:date>' in opf
    assert "2022-03-04T12:00:00Z" in opf  # modified: the record's date, not the article's
    assert re.search(r"<dc:creator[^>]*>李大同</dc:creator>", opf), opf
    assert re.search(r"<dc:contributor[^>]*>王小明</dc:contributor>", opf)
    assert re.search(r"<dc:contributor[^>]*>陳大光</dc:contributor>", opf)
    assert "<dc:publisher>測試日報</dc:publisher>" in opf
    assert "2021-07-15" not in opf
    tail = re.sub(r"<[^>]+>", "", closing[closing.index('class="closing"'):])
    for name in (*PEOPLE, "測試日報"):
        assert name in tail, name
