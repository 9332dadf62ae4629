"""Marks, CSS escaping, title balancing and the pandoc AST."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.render_support import record

from highlights.model import Article, Deck
from highlights.presentation import date_label, mark_segments
from highlights.render.epub.ast import document, identifier, inlines
from highlights.render.html import css_color, css_string, marked
from highlights.theme import load_theme
from highlights.typeset import title_text_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf_epub"


def test_mark_segments_longest_first_and_no_overlap() -> None:
    assert mark_segments("創新驅動引領創新", ["創新", "創新驅動"]) == [
        ("創新驅動", True), ("引領", False), ("創新", True)]
    assert mark_segments("abc", []) == [("abc", False)]
    assert mark_segments("", ["x"]) == []


def test_marked_escapes_everything() -> None:
    out = str(marked("<b>&</b> risk", ["&"]))
    assert out == "&lt;b&gt;<mark>&amp;</mark>&lt;/b&gt; risk"


def test_css_values_cannot_break_out() -> None:
    assert css_string('a"}b') == '"a\\000022\\00007db"'
    with pytest.raises(ValueError):
        css_color("red; } body { display: none")


@pytest.mark.parametrize(
    ("title", "language", "lines"),
    [
        ("中共自貢市委十二屆十二次全會公報", "zh-Hant", ["中共自貢市委十二屆", "十二次全會公報"]),
        ("短標題", "zh-Hant", ["短標題"]),
        ("A long English title stays whole", "en", ["A long English title stays whole"]),
    ],
)
def test_balanced_title_lines(title: str, language: Any, lines: list[str]) -> None:
    got = title_text_lines(title, language, 14)
    assert got == lines
    assert min(len(line) for line in got) >= 2  # never one lonely character


def test_dates() -> None:
    assert date_label("2021-07-15", "zh-Hant") == "2021年7月15日"
    assert date_label("2024-03-05", "en") == "5 March 2024"
    assert date_label("2021-07-15T08:00", "zh-Hans") == "2021年7月15日"
    assert date_label("七月中旬", "zh-Hant") == "七月中旬"  # not a date: shown as given


def walk(node: Any) -> list[str]:
    if isinstance(node, dict):
        kinds = [node["t"]] if "t" in node else []
        return kinds + [k for value in node.values() for k in walk(value)]
    if isinstance(node, list):
        return [k for item in node for k in walk(item)]
    return []


def test_ast_holds_only_literal_text() -> None:
    data = json.loads((DATA / "en.json").read_text(encoding="utf-8"))
    article, deck = Article.model_validate(data["article"]), Deck.model_validate(data["deck"])
    pub = record(deck, load_theme("neutral"), article)
    ast = document(pub)
    kinds = set(walk(ast))
    assert not kinds & {"RawBlock", "RawInline", "Image", "Link", "Code", "CodeBlock", "Math"}
    assert inlines("a  b\nc") == [
        {"t": "Str", "c": "a"}, {"t": "Space"}, {"t": "Str", "c": "b"}, {"t": "LineBreak"},
        {"t": "Str", "c": "c"}]
    assert identifier(pub) == identifier(pub.model_copy())
    assert identifier(pub).startswith("urn:uuid:")
