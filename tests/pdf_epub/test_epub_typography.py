"""The EPUB set like its siblings: the highlights in the sans face, English in Latin faces and
hyphenated, a title page aligned one way, a table of contents numbered once.

The chapters are laid out by WeasyPrint with the EPUB's own stylesheet and embedded fonts: a
stand-in for a reader's engine that reads the same CSS."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from fontTools.ttLib import TTFont

if TYPE_CHECKING:  # importlib mode: conftest is not importable at run time
    from conftest import Case


def unpack(case: Case, tmp_path: Path) -> Path:
    with zipfile.ZipFile(case.epub) as z:
        z.extractall(tmp_path)
    return tmp_path / "EPUB"


_PARENTS: dict[Any, Any] = {}


def text_boxes(xhtml: Path) -> list[Any]:
    import weasyprint

    html = weasyprint.HTML(filename=str(xhtml))
    root = html.etree_element
    _PARENTS.update({child: parent for parent in root.iter() for child in parent})
    document = html.render()
    return [box for page in document.pages for box in page._page_box.descendants()
            if type(box).__name__ == "TextBox" and box.text.strip()]


def ancestors(box: Any) -> str:
    """`tag.class#id` of the box's element and each of its ancestors, innermost first."""
    element = getattr(box, "element", None)
    names = []
    while element is not None:
        names.append(f"{element.tag.split('}')[-1]}.{element.get('class') or ''}"
                     f"#{element.get('id') or ''}")
        element = _PARENTS.get(element)
    return " ".join(names)


@pytest.mark.parametrize("name", ["sample", "en-release"])
def test_title_page_is_centred(cases: dict[str, Case], name: str, tmp_path: Path) -> None:
    """Every line of the title page (title, subtitle, publisher, date) is centred on the page,
    not the heading centred and the rest flush left."""
    boxes = text_boxes(unpack(cases[name], tmp_path) / "text" / "title_page.xhtml")
    lines: dict[float, list[Any]] = {}
    for box in boxes:
        lines.setdefault(round(box.position_y), []).append(box)
    assert len(lines) >= 2, [b.text for b in boxes]
    centres = [(min(b.position_x for b in row) + max(b.position_x + b.width for b in row)) / 2
               for row in lines.values()]
    assert max(centres) - min(centres) < 3, [(b.text, round(b.position_x)) for b in boxes]


@pytest.mark.parametrize("name", ["sample", "en-release"])
def test_highlights_in_the_sans_face(cases: dict[str, Case], name: str, tmp_path: Path) -> None:
    """The points of the cards and the lead are set in the embedded sans subset (HL Sans: the
    images' and the PDF's face), the article in the serif one."""
    epub = unpack(cases[name], tmp_path)
    points = [box for box in text_boxes(epub / "text" / "ch001.xhtml")
              if " li." in f" {ancestors(box)}" and "mark" not in ancestors(box).split(".")[0]]
    assert points
    assert {box.style["font_family"][0] for box in points} == {"HL Sans"}
    body = [box for box in text_boxes(epub / "text" / "ch002.xhtml")
            if ancestors(box).startswith("p.") and "body" in ancestors(box)]
    assert body and {box.style["font_family"][0] for box in body} == {"HL Body"}
    sans = TTFont(epub / "fonts" / next(p.name for p in (epub / "fonts").iterdir()
                                        if p.stem == "HL-Sans"))
    expected = "Noto Sans" if name == "en-release" else "Noto Sans CJK"
    assert str(sans["name"].getDebugName(1)).startswith(expected)


def test_english_is_set_in_latin_faces_and_hyphenated(cases: dict[str, Case],
                                                      tmp_path: Path) -> None:
    """English: the first subset of each role is cut from Noto Sans or Serif, whose apostrophe
    is proportional (not the CJK fonts' full-width ’ of "That’ s"); paragraphs hyphenate."""
    epub = unpack(cases["en-release"], tmp_path)
    css = (epub / "styles" / "stylesheet1.css").read_text(encoding="utf-8")
    assert re.search(r"p \{[^}]*hyphens: auto", css), css
    for stem, family in (("HL-Body", "Noto Serif"), ("HL-Sans", "Noto Sans"),
                         ("HL-Heading", "Noto Sans")):
        path = next(p for p in (epub / "fonts").iterdir() if p.stem == stem)
        font = TTFont(io.BytesIO(path.read_bytes()))
        assert str(font["name"].getDebugName(1)) == family, (stem, font["name"].getDebugName(1))
        glyph = font.getBestCmap().get(0x2019)
        if glyph:
            advance = font["hmtx"][glyph][0] / font["head"].unitsPerEm
            assert advance < 0.4, (stem, advance)


def test_toc_numbers_each_card_once(cases: dict[str, Case]) -> None:
    """The navigation lists each card by its title alone: the reader's list numbers it."""
    for name in ("sample", "en-release"):
        with zipfile.ZipFile(cases[name].epub) as z:
            nav = z.read("EPUB/nav.xhtml").decode()
        entries = [re.sub(r"<[^>]+>", "", entry) for entry in
                   re.findall(r'<a href="text/ch001.xhtml#card-\d+">(.*?)</a>', nav)]
        titles = [card.title for card in cases[name].record.cards]
        assert entries == titles, (entries, titles)
