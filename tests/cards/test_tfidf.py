"""Our low-memory TF-IDF keywords must equal jieba.analyse's, ranking and all."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.cards.text import _simplified
from highlights.cards.tfidf import extract_tags

DATA = Path(__file__).resolve().parents[1] / "data" / "cards"
POS = ("n", "nz", "vn", "ns", "nt", "nw")


def _paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("*-han[st].txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs = [p for p in text.splitlines() if p.strip()]
        out += [*paragraphs[:6], text]
    return [_simplified(p) or p for p in out]


def test_the_same_keywords_as_jieba_analyse() -> None:
    analyse = pytest.importorskip("jieba.analyse")
    paragraphs = _paragraphs()
    assert paragraphs
    for text in [*paragraphs, "AT&T与B超、c#和2024年的GDP", "", "。。。"]:
        expected = analyse.extract_tags(text, topK=1000, allowPOS=POS)
        assert extract_tags(text, 1000, POS) == expected, text[:40]
