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

from highlights.presentation import LABELS
from highlights.render.html import render_template
from highlights.render.pdf.document import BODY_PT, css_context, html_context
from highlights.render.pdf.provenance import provenance_context
from highlights.render.pdf.punct import halved, quote_breaks

if TYPE_CHECKING:  # importlib mode: conftest is not importable at run time
    from conftest import Case

MM = 72 / 25.4


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(
    ("text", "halves"),
    [("甲”。乙", {1}), ("《甲》，乙", {2}), ("甲，“乙", {1}), ("（「甲」）", {1, 3}),
     ("甲”“乙", {1})],
)
def test_which_mark_is_halved(text: str, halves: set[int]) -> None:
    assert halved(text) == halves


def test_quotes_next_to_han_may_break() -> None:
    assert quote_breaks("省委“一干多支”發展") == {2, 8}


@pytest.mark.parametrize("name", ["sample", "zh-hant", "en-release"])
def test_justified_lines_reach_the_margin(cases: dict[str, Case], name: str) -> None:
    """A line of the article followed by another line of the same paragraph ends within one em
    of the text block's right edge (lines of ~16.5 pt: the 11.5 pt serif body). English is
    hyphenated: without it, a long word pushed down leaves its line short or full of air."""
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


@pytest.mark.parametrize("name", ["sample", "en-release"])
def test_one_cover(cases: dict[str, Case], name: str) -> None:
    pdf = cases[name].pdf
    listing = subprocess.run(["pdfimages", "-f", "1", "-l", "1", "-list", str(pdf)],
                             capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert not [row for row in listing if row.strip()], "the cover page shows an image too"
    cover = "".join(line[4] for line in pdf_lines(pdf, 1, 1)[0])
    assert squeeze(cover).count(squeeze(cases[name].record.title)) == 1


FILLER = {"sample": "全會強調。", "en-release": "It said so."}


@pytest.mark.parametrize(("name", "extra"), [("sample", 0), ("sample", 25), ("en-release", 0),
                                             ("en-release", 2), ("en-release", 30)])
def test_the_closing_block_is_never_alone(cases: dict[str, Case], name: str, extra: int,
                                          tmp_path: Path) -> None:
    """The last page holds a line of the article besides the closing block (the provenance
    heading, its rows, the QR code), the running head and the page number. `extra` one-line
    paragraphs move the article's end down the page: without `break-before: avoid` the
    closing block is alone on its page for the sample as it is, with 25 more lines, and for
    the English release with 2 or 30 more."""
    from highlights.model import Block
    from highlights.render.pdf import pdf_bytes

    case = cases[name]
    record = case.record
    record = record.model_copy(update={"body": [*record.body,
                                                *[Block(text=FILLER[name])] * extra]})
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(pdf_bytes(record, case.pdf.parent, tmp_path))
    article = squeeze("".join(b.text for b in record.body))
    labels = LABELS[record.language]
    rows = "|".join(labels[key] for key in ("source", "photographers", "editors", "reporters"))
    last = [line[4] for line in pdf_lines(pdf, page_count(pdf), page_count(pdf))[0]]
    assert any(re.match(rf"^({rows})[：:]", text) for text in last), last
    body = [text for text in last[1:-1] if len(squeeze(text)) >= 4
            and squeeze(text).rstrip("\u2010") in article]
    assert body, last


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


def test_highlighter_stays_under_the_ink_of_quote_marks(cases: dict[str, Case],
                                                        tmp_path: Path) -> None:
    """A marked term quoted with full-width marks (“一干多支”): the highlighter stroke starts and
    ends within a fifth of an em of the quotes' ink, not under their empty outer halves."""
    import io

    import weasyprint
    from PIL import Image

    from highlights.render.pdf.punct import tight

    record = cases["sample"].record
    css = render_template("pdf/style.css.j2", **css_context(record))
    term = "“一干多支”"
    html = (f'<html lang="zh-Hant"><body><p style="font-size: 40pt">{tight(term, [term])}</p>'
            "</body></html>")
    pdf = weasyprint.HTML(string=html).write_pdf(stylesheets=[weasyprint.CSS(string=css)])
    (tmp_path / "q.pdf").write_bytes(pdf)
    png = subprocess.run(["pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1",
                          str(tmp_path / "q.pdf")], capture_output=True, check=True).stdout
    img = Image.open(io.BytesIO(png)).convert("RGB")
    colors = record.theme.colors
    hl = tuple(int(colors.highlighter[k : k + 2], 16) for k in (1, 3, 5))
    a = colors.highlighter_alpha
    band = tuple(round(c * a + 255 * (1 - a)) for c in hl)
    band_x, ink_x = [], []
    top = round(26 * MM) + 4  # under the page's top margin: not the running head's rule
    for x in range(img.width):
        for y in range(top, img.height):
            r, g, b = img.getpixel((x, y))  # type: ignore[misc]
            if max(abs(r - band[0]), abs(g - band[1]), abs(b - band[2])) <= 10:
                band_x.append(x)
            elif 0.3 * r + 0.59 * g + 0.11 * b < 150:
                ink_x.append(x)
    em = 40  # pt at 72 dpi: one em is 40 px
    assert band_x and ink_x
    assert min(band_x) >= min(ink_x) - em / 5, (min(band_x), min(ink_x))
    assert max(band_x) <= max(ink_x) + em / 5, (max(band_x), max(ink_x))


def test_english_is_hyphenated(cases: dict[str, Case]) -> None:
    """An English release's justified paragraphs break words with a hyphen (Pyphen, from
    lang="en"), the hyphen set tight against its syllable (no "mechan -")."""
    pdf = cases["en-release"].pdf
    ends = [line[4] for page in pdf_lines(pdf, 3, page_count(pdf)) for line in page]
    hyphenated = [text for text in ends if text.endswith("\u2010")]
    assert len(hyphenated) >= 2, ends
    assert all(text[-2].isalpha() for text in hyphenated), hyphenated
