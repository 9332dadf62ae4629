"""Provenance: the facts from the article, shown at the end of every output, and a QR code
that a real reader (zbarimg, Debian's zbar-tools) decodes back to the source URL."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from tests.bundles.conftest import SAMPLE

from highlights.ingest import read_source
from highlights.normalise import normalise
from highlights.pipeline import Pipeline
from highlights.provenance import web_url
from highlights.render.job import Prepared, render_in_order
from highlights.settings import RunSettings

URL = "https://www.gov.cn/zhengce/content/2024-01/05/content_6924101.htm"
NOTICE = f"""---
title: 國務院關於印發《測試方案》的通知
url: {URL}
source: 中國政府網
date: 2024-01-05
editor: 王小明
---
國發〔2024〕1號

各省、自治區、直轄市人民政府，國務院各部委、各直屬機構：

現將《測試方案》印發給你們，請認真貫徹執行。第一，加快建設全國統一大市場，到2025年市場主體數量增長10%以上。第二，推動科技創新，研發投入強度達到2.5%左右。

第三，加強人才隊伍建設，新增高技能人才500萬人。第四，完善社會保障體系，基本養老保險參保率達到95%。
"""
pytestmark = pytest.mark.skipif(shutil.which("zbarimg") is None,
                                reason="zbarimg missing: make system installs zbar-tools")


def decoded(image: Path) -> str:
    """What zbarimg reads in the image ("" when it finds no code)."""
    done = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True,
                          text=True, timeout=60)
    return done.stdout.strip() if done.returncode == 0 else ""


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Prepared, Path]:
    folder = tmp_path_factory.mktemp("notice")
    source = folder / "notice.md"
    source.write_text(NOTICE, encoding="utf-8")
    settings = RunSettings(platforms=["xhs", "wechat", "linkedin"])
    prepared = Pipeline(folder, settings).prepare(source)
    stage = folder / "stage"
    stage.mkdir()
    render_in_order(["png", "pdf", "epub", "bundles", "carousel"], prepared, stage, settings)
    return prepared, stage


def test_the_facts_come_from_the_article(notice: tuple[Prepared, Path]) -> None:
    facts = notice[0].record.provenance
    assert facts.url == URL and facts.document_number == "國發〔2024〕1號"
    assert facts.source == "中國政府網" and facts.date == "2024-01-05"
    assert facts.editors == ["王小明"]


def test_the_qr_codes_decode_to_the_source_url(notice: tuple[Prepared, Path]) -> None:
    prepared, stage = notice
    cards = sorted((stage / "cards").glob("*.png"))
    assert decoded(stage / "long.png") == URL  # the end of the long image
    assert decoded(cards[-1]) == URL  # the last card
    assert not decoded(cards[0])
    assert decoded(stage / "platforms" / "xhs" / sorted(
        p.name for p in (stage / "platforms" / "xhs").glob("*.png"))[-1]) == URL
    assert decoded(stage / "platforms" / "wechat" / "long.png") == URL
    pdf = stage / f"{prepared.slug}.pdf"
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
        if line.startswith("Pages:")))
    last = stage / "pdf-last"
    subprocess.run(["pdftoppm", "-r", "150", "-f", str(pages), "-l", str(pages), "-png",
                    "-singlefile", str(pdf), str(last)], check=True)
    assert decoded(last.with_suffix(".png")) == URL  # the PDF's closing block
    text = subprocess.run(["pdftotext", "-f", str(pages), str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "國發〔2024〕1號" in text and URL in text


def test_a_damaged_code_does_not_decode(notice: tuple[Prepared, Path], tmp_path: Path) -> None:
    """The check can fail: the same card with a third of its code painted over reads as
    nothing."""
    _, stage = notice
    card = sorted((stage / "cards").glob("*.png"))[-1]
    img = Image.open(card).convert("RGB")
    w, h = img.size
    ImageDraw.Draw(img).rectangle((0, round(h * 0.5), w, round(h * 0.62)), fill="white")
    img.save(tmp_path / "damaged.png")
    assert decoded(tmp_path / "damaged.png") == ""


def test_the_epub_and_carousel_end_with_the_provenance(notice: tuple[Prepared, Path]) -> None:
    prepared, stage = notice
    with zipfile.ZipFile(stage / f"{prepared.slug}.epub") as epub:
        chapter = epub.read("EPUB/text/ch002.xhtml").decode()
    closing = chapter[chapter.index('class="closing"'):]
    assert "出處" in closing and "國發〔2024〕1號" in closing and f'href="{URL}"' in closing
    carousel = stage / "platforms" / "linkedin" / "carousel.pdf"
    text = subprocess.run(["pdftotext", str(carousel), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "國發〔2024〕1號" in text.split("\f")[-2]  # the last page


def test_the_sample_ends_with_provenance_and_numbers_every_card(tmp_path: Path) -> None:
    settings = RunSettings(formats=["png"])
    prepared = Pipeline(tmp_path, settings).prepare(SAMPLE)
    files = {f.path: f.alt or "" for f in render_in_order(["png"], prepared, tmp_path, settings)}
    cards = sorted(p for p in files if p.startswith("cards/"))
    total = len(cards)
    for n, path in enumerate(cards, start=1):
        assert files[path].startswith(f"{n:02d} / {total:02d}"), path
    ending = "出處\n來源：自貢網\n日期：2021年7月15日\n編輯：舒旭暉、吳山冠"
    assert files["long.png"].endswith(ending)


def test_urls_are_read_from_html_and_only_web_urls_count(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = "<p>" + "The ministry announced new funding for schools today. " * 4 + "</p>"
    for head, url in (('<link rel="canonical" href="https://example.org/a">', "https://example.org/a"),
                      ('<meta property="og:url" content="https://example.org/b">',
                       "https://example.org/b"),
                      ("", None)):
        page.write_text(f"<html><head>{head}</head><body><h1>New funding</h1>{body}{body}"
                        "</body></html>", encoding="utf-8")
        assert normalise(read_source(page)).meta.url == url, head
    assert web_url("javascript:alert(1)") is None and web_url("/relative") is None
    assert web_url("https://example.org/x y") is None
