"""Figure call-outs: numbers with their units and qualifiers, each exactly the source's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.bundles.conftest import ENGLISH, SAMPLE

from highlights.cards.figures import callout, find_figures
from highlights.cards.terms import find_terms
from highlights.model import Article, Block, Card, Metadata, Point, SourceInfo, Span
from highlights.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
ARTICLES = [SAMPLE, ENGLISH, *sorted(CORPUS.glob("plan/*.txt"))[:3],
            *sorted(CORPUS.glob("en-release/*.txt"))[:4], *sorted(CORPUS.glob("agency/*.txt"))[:3]]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_callout_is_the_source_text(path: Path, tmp_path: Path) -> None:
    prepared = Pipeline(tmp_path).prepare(path)
    article, deck = prepared.article, prepared.deck
    for card in deck.cards:
        found = callout(card, article.blocks, deck.language)
        if found is None:
            continue
        fig = found.figure
        assert article.blocks[found.block].text[found.start : found.end] == fig.text
        assert card.points[found.point].text[fig.start : fig.end] == fig.text
        assert fig.text in fig.phrase


def test_the_sample_calls_out_5553(tmp_path: Path) -> None:
    prepared = Pipeline(tmp_path).prepare(SAMPLE)
    first = callout(prepared.deck.cards[0], prepared.article.blocks, prepared.deck.language)
    assert first is not None and first.figure.text == "5553"


@pytest.mark.parametrize(("text", "language", "figures"), [
    ("城鎮新增就業900萬人以上，居民收入增長6%左右", "zh-Hant", ["900萬人以上", "增長6%左右"]),
    ("糧食產量保持在180萬噸以上，2025年建成", "zh-Hans", ["180萬噸以上"]),
    ("于2021年7月15日舉行，第3次會議", "zh-Hant", []),
    ("an additional £1.3 billion and 10.5 million people, up 6%", "en",
     ["£1.3 billion", "10.5 million people", "6%"]),
    ("on 22 January 2024 at 10 am", "en", []),
])
def test_figures_keep_units_and_qualifiers(text: str, language: str, figures: list[str]) -> None:
    assert [f.text for f in find_figures(text, language)] == figures  # type: ignore[arg-type]


def test_a_figure_the_source_does_not_have_verbatim_is_not_called_out() -> None:
    """The check can fail: a point that says 900萬人 over a source that says 九百萬人."""
    source = "城鎮新增就業九百萬人以上。"
    article = Article(source=SourceInfo(path="a.txt", sha256="0", encoding="utf-8", format="txt",
                                        bytes=1),
                      meta=Metadata(title="t"), blocks=[Block(text=source)])
    span = Span(block=0, start=0, end=len(source))
    card = Card(number=1, title="就業", points=[Point(text="城鎮新增就業900萬人以上", span=span)])
    assert find_figures(card.points[0].text, "zh-Hant")  # the point has a figure…
    assert callout(card, article.blocks, "zh-Hant") is None  # …the source has other characters
    honest = card.model_copy(update={"points": [Point(text=source, span=span)]})
    found = callout(honest, article.blocks, "zh-Hant")
    assert found is not None and found.figure.text == "九百萬人以上"  # as the source writes it


def test_the_sample_long_image_calls_out_5553(tmp_path: Path) -> None:
    """After the first section: 5553 set large, with the phrase it belongs to (the band's alt
    text says what it shows)."""
    from highlights.render.job import render_in_order
    from highlights.settings import RunSettings

    settings = RunSettings(formats=["png"])
    prepared = Pipeline(tmp_path, settings).prepare(SAMPLE)
    files = {f.path: f.alt or "" for f in render_in_order(["png"], prepared, tmp_path, settings)}
    lines = files["long.png"].splitlines()
    at = lines.index("5553：大力實施城市創新“5553”行動計劃")
    assert lines[at - 1] == "大力實施城市創新“5553”行動計劃"  # right after card 1's last point


def shown_callouts(stage: Path, files: list[str]) -> dict[str, list[tuple[int | None, str]]]:
    """Every call-out as each format shows it: (card number when known, the figure's text).
    Images: from layout.json, what the renderer drew; the PDF: its text lines (pdftotext; the
    figure is text, not an image); the EPUB: the `callout-figure` spans of its XHTML."""
    import json
    import subprocess
    import xml.etree.ElementTree as ET
    import zipfile

    layout = json.loads((stage / "layout.json").read_text(encoding="utf-8"))
    shown: dict[str, list[tuple[int | None, str]]] = {"long": [], "cards": []}
    for image in layout["images"]:
        for block in image["blocks"]:
            if block["role"] == "callout":
                key = "long" if image["kind"] == "long" else "cards"
                shown[key].append((image.get("card"), "".join(block["lines"])))
    pdf = next(stage / f for f in files if f.endswith(".pdf"))
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    shown["pdf-lines"] = [(None, line.strip()) for line in text.splitlines()]
    epub = next(stage / f for f in files if f.endswith(".epub"))
    shown["epub"] = []
    with zipfile.ZipFile(epub) as book:
        for name in sorted(n for n in book.namelist() if n.endswith(".xhtml")):
            root = ET.fromstring(book.read(name))
            for el in root.iter():
                if el.get("class") == "callout-figure":
                    shown["epub"].append((None, "".join(el.itertext())))
    return shown


@pytest.mark.parametrize("path", [SAMPLE, ENGLISH, *sorted(CORPUS.glob("plan/*.txt"))[:2]],
                         ids=lambda p: p.stem)
def test_every_callout_in_every_format_is_the_source_text(path: Path, tmp_path: Path) -> None:
    """#17's test: in the long image, the card images, the PDF and the EPUB, every call-out is
    exactly its source span's text (article.blocks[block][start:end]), and nothing else is
    called out."""
    from highlights.render.job import render_in_order
    from highlights.settings import RunSettings

    settings = RunSettings(formats=["png", "pdf", "epub"])
    prepared = Pipeline(tmp_path, settings).prepare(path)
    article, deck = prepared.article, prepared.deck
    expected: dict[int, str] = {}
    for card in deck.cards:
        found = callout(card, article.blocks, deck.language)
        if found is not None:
            source = article.blocks[found.block].text[found.start : found.end]
            assert source == found.figure.text
            expected[card.number] = source
    stage = tmp_path / "stage"
    stage.mkdir()
    files = [f.path for f in render_in_order(["png", "pdf", "epub"], prepared, stage, settings)]
    shown = shown_callouts(stage, files)
    assert [t for _, t in shown["long"]] == list(expected.values())
    assert [t for _, t in shown["epub"]] == list(expected.values())
    lines = [t for _, t in shown["pdf-lines"]]
    assert all(text in lines for text in expected.values()), expected
    for card, text in shown["cards"]:  # where a card image had room for its call-out
        assert card is not None and expected[card] == text
    if path == SAMPLE:
        assert expected[1] == "5553" and (1, "5553") in shown["cards"]


_SUPPLY = "中国万天控股（01854.HK）作为供货商，截止目前已经向逾480家客户门店供应1,300种食材"


def test_a_stock_code_is_no_figure_and_thousands_stay_one() -> None:
    found = {f.text: f.phrase for f in find_figures(_SUPPLY, "zh")}
    assert "01854" not in found
    assert found["逾480家"] == "截止目前已经向逾480家客户门店供应1,300种食材"  # not cut at `1,`
    assert "1,300" in found


def test_a_key_term_takes_a_figure_with_its_thousands_whole() -> None:
    marked = find_terms(_SUPPLY, "zh")
    assert "01854" not in marked
    assert "300" not in marked
    assert "1,300" in marked


def test_a_year_in_chinese_numerals_with_a_taiwanese_zero_is_no_figure() -> None:
    # `二○一九年` (○, not 〇): no call-out of `一九年`, the year cut in two
    assert find_figures("筆者是公務員，二○一九年，蘇貞昌接任閣揆才半個月", "zh") == []
    assert [f.text for f in find_figures("全年增长三十五万人", "zh")] == ["增长三十五万人"]


def test_a_century_is_no_figure() -> None:
    said = "你在多个场合称赞中俄关系是“21世纪国家间协作的典范”"
    assert find_figures(said, "zh") == []
    assert [f.text for f in find_figures("建成21个服务中心", "zh")] == ["21个"]
