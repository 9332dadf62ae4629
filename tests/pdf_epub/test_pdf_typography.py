"""The PDF set as a typesetter would: compressed punctuation pairs, justified lines that reach
the margin, one cover, the closing block never alone, air under the running head."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.pdf_epub.pdf_lines import page_count, pdf_lines

from highlights.render.html import render_template
from highlights.render.pdf.document import BODY_PT, css_context, html_context
from highlights.render.pdf.provenance import provenance_context
from highlights.render.pdf.punct import halved, quote_breaks

if TYPE_CHECKING:  # importlib mode: conftest is not importable at run time
    from conftest import Case

MM = 72 / 25.4


@pytest.mark.parametrize(
    ("text", "halves"),
    [("甲”。乙", {1}), ("《甲》，乙", {2}), ("甲，“乙", {1}), ("（「甲」）", {1, 3}),
     ("甲”“乙", {1})],
)
def test_which_mark_is_halved(text: str, halves: set[int]) -> None:
    assert halved(text) == halves


def test_quotes_next_to_han_may_break() -> None:
    assert quote_breaks("省委“一干多支”發展") == {2, 8}


@pytest.mark.parametrize("name", ["sample", "zh-hant"])
def test_justified_lines_reach_the_margin(cases: dict[str, Case], name: str) -> None:
    """A line of the article followed by another line of the same paragraph ends within one em
    of the text block's right edge (lines of ~16.5 pt: the 11.5 pt serif body)."""
    pdf = cases[name].pdf
    short, counted = [], 0
    for page in pdf_lines(pdf, 3, page_count(pdf)):
        body = [line for line in page if 15 < line[3] - line[1] < 18]
        if len(body) < 2:
            continue
        left, right = min(b[0] for b in body), max(b[2] for b in body)
        for cur, nxt in itertools.pairwise(body):
            if abs(nxt[0] - left) < 1 and 0 < nxt[1] - cur[1] < 30 and nxt[4][:1] != "•":
                counted += 1
                if right - cur[2] > BODY_PT + 0.5:
                    short.append((round(right - cur[2], 1), cur[4][-8:], nxt[4][:4]))
    assert counted > 10
    assert not short, short


def test_adjacent_marks_are_compressed(cases: dict[str, Case], tmp_path: Path) -> None:
    """Laid out by WeasyPrint with the real template and fonts: each halved mark of a pair
    (”。 》，) takes half an em, not a full one."""
    import weasyprint

    case = cases["sample"]
    record = case.record
    context = html_context(record, None) | provenance_context(record, tmp_path)
    html = render_template("pdf/document.html.j2", **context)
    css = render_template("pdf/style.css.j2", **css_context(record))
    document = weasyprint.HTML(string=html).render(stylesheets=[weasyprint.CSS(string=css)])
    widths = []
    for page in document.pages:
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            if (type(box).__name__ == "TextBox" and element is not None
                    and "halt" in (element.get("class") or "")):
                widths.append(box.width / box.style["font_size"])
    assert len(widths) >= 5
    assert max(widths) <= 0.55, widths


def test_one_cover_and_the_closing_not_alone(cases: dict[str, Case]) -> None:
    pdf = cases["sample"].pdf
    listing = subprocess.run(["pdfimages", "-f", "1", "-l", "1", "-list", str(pdf)],
                             capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert not [row for row in listing if row.strip()], "the cover page shows an image too"
    cover = "".join(line[4] for line in pdf_lines(pdf, 1, 1)[0])
    assert cover.count(cases["sample"].record.title) == 1
    last = pdf_lines(pdf, page_count(pdf), page_count(pdf))[0]
    closing = sum(1 for line in last if re.match(r"^(來源|攝影|編輯|記者)：", line[4]))
    # Besides the running head, the closing rows and the page number: article text.
    assert closing and len(last) - closing - 2 >= 1, [line[4] for line in last]


def test_air_under_the_running_head(cases: dict[str, Case]) -> None:
    """The first heading or line of a page sits at least 6 mm under the running head's text."""
    pdf = cases["sample"].pdf
    for page in pdf_lines(pdf, 2, page_count(pdf)):
        head, first = page[0], page[1]
        assert first[1] - head[3] >= 6 * MM, (head[4], first[4], first[1] - head[3])


def test_epub_portrait_cover_and_a_toc_numbered_once(cases: dict[str, Case]) -> None:
    """The EPUB's cover is the portrait one (1400×2100), and a card's entry in the table of
    contents is its title alone: the reader's list numbers it (no "1. 1 總體要求")."""
    import io
    import zipfile

    from PIL import Image

    case = cases["sample"]
    with zipfile.ZipFile(case.epub) as epub:
        opf = epub.read("EPUB/content.opf").decode()
        nav = epub.read("EPUB/nav.xhtml").decode()
        href = re.search(r'<item properties="cover-image"[^>]*href="([^"]+)"', opf)
        assert href is not None, opf
        cover = Image.open(io.BytesIO(epub.read(f"EPUB/{href.group(1)}")))
        chapter = epub.read("EPUB/text/ch001.xhtml").decode()
    assert cover.size == (1400, 2100)
    first = case.record.cards[0]
    entry = re.search(r'<a href="text/ch001.xhtml#card-1">(.*?)</a>', nav)
    assert entry is not None and entry.group(1) == first.title, entry
    assert 'data-badge="1"' in chapter  # the badge is drawn by the stylesheet
