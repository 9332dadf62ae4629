"""The PDF and EPUB of every case: valid, complete, embedded fonts, small, reproducible."""

from __future__ import annotations

import difflib
import re
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.pdf_epub.pdf_lines import visual_lines
from tests.render_support import render_kinds, render_png

if TYPE_CHECKING:  # importlib mode: conftest is not importable at run time
    from conftest import Case

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")
CHECK_MANY = Path(__file__).with_name("EpubCheckMany.java")


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.skipif(not EPUBCHECK.is_file(), reason="Debian package epubcheck not installed")
def test_epubcheck_reports_nothing(cases: dict[str, Case]) -> None:
    files = [str(case.epub) for case in cases.values()]
    # One JVM for every file: Java start-up is most of epubcheck's 5 s per run.
    out = run("java", "-cp", str(EPUBCHECK), str(CHECK_MANY), *files)
    for file in files:
        assert f"RESULT {file} 0" in out, out
    assert out.count("Messages: 0 fatals / 0 errors / 0 warnings") == len(files), out


@pytest.mark.parametrize("name", ["zh-hant", "zh-hans", "en", "sample", "en-release"])
def test_pdf_fonts_embedded_and_cjk(cases: dict[str, Case], name: str) -> None:
    rows = run("pdffonts", str(cases[name].pdf)).splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # emb, sub, uni
    if name.startswith("en"):  # English in the Latin faces, not the CJK fonts' Latin glyphs
        # (nor their full-width ’ and ” next to a full stop: no adjacent-mark gap to close)
        faces = {row.split()[0].split("+", 1)[1] for row in rows}
        assert {"Noto-Sans", "Noto-Serif"} <= faces, rows
        assert not any("CJK" in row for row in rows), rows
    else:
        assert any("CJK" in row for row in rows), rows


@pytest.mark.parametrize("name", ["zh-hant", "zh-hans", "en", "sample", "hostile"])
def test_pdf_holds_the_article_in_order(cases: dict[str, Case], name: str) -> None:
    case = cases[name]
    article = squeeze(case.article.body_text())
    pdf = squeeze(run("pdftotext", "-enc", "UTF-8", str(case.pdf), "-"))
    start = pdf.find(squeeze(case.article.meta.title), pdf.find(squeeze(case.deck.title)) + 1)
    matcher = difflib.SequenceMatcher(None, article, pdf[max(start, 0) :], autojunk=False)
    found = sum(block.size for block in matcher.get_matching_blocks())
    assert found / len(article) >= 0.98


def test_sizes(cases: dict[str, Case]) -> None:
    for case in cases.values():
        assert case.pdf.stat().st_size <= 2_000_000, case.name
        assert case.epub.stat().st_size <= 1_000_000, case.name


def test_out_dir_holds_only_the_publications(cases: dict[str, Case]) -> None:
    out = next(iter(cases.values())).out
    assert {p.name for p in out.iterdir()} == set(cases)
    for name in cases:
        expected = {"cover.png", "cover-portrait.png", f"{name}.pdf", f"{name}.epub"}
        assert {p.name for p in (out / name).iterdir()} == expected


def test_same_bytes_twice_in_threads_beside_png(cases: dict[str, Case], tmp_path: Path) -> None:
    picked = [cases["zh-hant"], cases["en"], cases["sample"]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        jobs = [pool.submit(case.render, tmp_path) for case in picked]
        sample = cases["sample"]
        jobs.append(pool.submit(render_png, sample.deck, sample.theme, tmp_path / "png"))
        for job in jobs:
            job.result()
    for case in picked:
        again = tmp_path / case.name
        assert (again / case.pdf.name).read_bytes() == case.pdf.read_bytes(), case.name
        assert (again / case.epub.name).read_bytes() == case.epub.read_bytes(), case.name


def test_same_bytes_again_with_the_fonts_reused(cases: dict[str, Case], tmp_path: Path) -> None:
    # this thread's FontConfiguration has already laid out every case: no trace of them may leak
    for case in reversed(list(cases.values())):
        render_kinds(case.record, tmp_path / case.name, ("pdf",))
        assert (tmp_path / case.name / case.pdf.name).read_bytes() == case.pdf.read_bytes()


def test_pdf_metadata(cases: dict[str, Case]) -> None:
    info = run("pdfinfo", str(cases["sample"].pdf))
    assert "Title:           中共自貢市委十二屆十二次全會公報" in info
    assert "自貢網" in info  # author: the source, since the sample names no reporter
    assert "CreationDate:    Thu Jul 15 00:00:00 2021 UTC" in info
    assert "Tagged:          yes" in info
    meta = run("pdfinfo", "-meta", str(cases["sample"].pdf))
    assert 'pdfuaid:part="1"' in meta


def test_epub_metadata_and_navigation(cases: dict[str, Case]) -> None:
    case = cases["sample"]
    with zipfile.ZipFile(case.epub) as epub:
        opf = epub.read("EPUB/content.opf").decode()
        nav = epub.read("EPUB/nav.xhtml").decode()
        names = epub.namelist()
    assert "<dc:language>zh-Hant</dc:language>" in opf
    assert "<dc:date id=\"epub-date\">2021-07-15</dc:date>" in opf
    assert "<dc:publisher>自貢網</dc:publisher>" in opf
    assert "2021-07-15T12:00:00Z" in opf  # modified: the article's date, not now
    assert re.search(r"<dc:identifier[^>]*>urn:uuid:[0-9a-f-]{36}</dc:identifier>", opf)
    assert 'properties="cover-image"' in opf
    assert "舒旭暉" in opf and ">edt<" in opf
    assert "<dc:creator" not in opf  # no reporter named: the source is the publisher only
    assert nav.index("劃重點") < nav.index("ch002.xhtml#article")
    # The article's serif, the highlights' sans and the headings' bold: CJK subsets alone
    assert sorted(n for n in names if n.startswith("EPUB/fonts/")) == [
        "EPUB/fonts/HL-Body.otf", "EPUB/fonts/HL-Heading.otf", "EPUB/fonts/HL-Sans.otf"]


def test_undated_article_takes_source_date_epoch(
    cases: dict[str, Case], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = cases["en"]
    article = case.article.model_copy(deep=True)
    article.meta.date = None
    deck = case.deck.model_copy(update={"date": None})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14T22:13:20Z
    replace(case, name="undated", article=article, deck=deck, out=tmp_path).render(tmp_path)
    info = run("pdfinfo", str(tmp_path / "undated" / "undated.pdf"))
    assert "CreationDate:    Tue Nov 14 22:13:20 2023 UTC" in info
    with zipfile.ZipFile(tmp_path / "undated" / "undated.epub") as epub:
        assert "2023-11-14T22:13:20Z" in epub.read("EPUB/content.opf").decode()


@pytest.mark.parametrize("name", ["zh-hant", "zh-hans", "sample"])
def test_no_line_opens_with_closing_punctuation(cases: dict[str, Case], name: str) -> None:
    lines = visual_lines(cases[name].pdf)
    assert len(lines) > 50
    assert not [line for line in lines if line[:1] and line[0] in "，。、；：？！）」』》”…"]
    assert not [line for line in lines if line[-1:] and line[-1] in "（「『《“"]
