"""Normalise: a bilingual page, each paragraph followed by its translation, keeps its first
language's text; the translations leave it, reported. A quotation or two in the other language
stays."""

from __future__ import annotations

from pathlib import Path

from highlights.ingest import parse_source
from highlights.model import Article
from highlights.normalise import normalise


def _article(text: str) -> Article:
    return normalise(parse_source(Path("page.txt"), text.encode()))


_PAIRS = [
    (
        "汪文斌：昨天，王毅国务委员兼外长在北京以视频方式主持中非合作论坛部长级会议成果落实协调人会议。",
        "Wang Wenbin: Yesterday State Councilor and Foreign Minister Wang Yi chaired the meeting.",
    ),
    (
        "这次会议是在国际形势风云变幻之下、在全球挑战层出不穷之时召开的。",
        "The meeting was held amid evolving international situation and rising global challenges.",
    ),
    (
        "中非双方再次携手向国际社会发出加强团结合作、聚焦发展共赢的时代强音。",
        "China and Africa once again send a strong message of solidarity and cooperation.",
    ),
]


def test_each_paragraphs_translation_leaves_a_bilingual_page() -> None:
    body = "\n\n".join(f"{zh}\n\n{en}" for zh, en in _PAIRS)
    article = _article(
        "外交部发言人汪文斌主持例行记者会\n\nForeign Ministry Spokesperson Wang Wenbin's\n\n"
        f"Regular Press Conference on August 19, 2022\n\n{body}\n"
    )
    text = " ".join(b.text for b in article.blocks)
    assert "Wang Yi chaired" not in text and "Regular Press Conference" not in text
    assert "时代强音" in text
    assert sum(r.rule == "translation" for r in article.report.removed) == 5


def test_a_quotation_in_the_other_language_stays() -> None:
    zh = [zh for zh, _ in _PAIRS]
    article = _article(
        f"外交部发言人汪文斌主持例行记者会\n\n{zh[0]}\n\n{_PAIRS[0][1]}\n\n{zh[1]}\n\n{zh[2]}\n"
    )
    assert "Wang Yi chaired" in " ".join(b.text for b in article.blocks)
