"""Markdown front matter is metadata: it sets the title, date and names, never the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from highlights.ingest import read_source
from highlights.ingest.frontmatter import MAX_VALUE, split_front_matter
from highlights.normalise import normalise


@pytest.mark.parametrize(
    ("text", "fields", "rest"),
    [
        ("---\ntitle: A plan\ndate: 2025-04-02\n---\nBody.\n",
         {"title": "A plan", "date": "2025-04-02"}, "Body.\n"),
        ('\ufeff---\ntitle: "Quoted: yes"\nauthors: [Ann, \'Bo\']\n...\nBody',
         {"title": "Quoted: yes", "authors": "Ann, Bo"}, "Body"),
        ("---\nauthors:\n  - 林怡君\n  - 王小明\nempty:\n---\n正文",
         {"authors": "林怡君, 王小明"}, "正文"),
        ("---\n\nA thematic break, then prose.\n\n---\nmore", {}, None),  # not front matter
        ("Text first\n---\ntitle: x\n---\n", {}, None),  # only at the very start
        # YAML proper: folded and literal blocks, escapes, and every scalar kept as written
        ("---\ntitle: >\n  A long\n  title\nsubtitle: |\n  two\n  lines\n---\nx",
         {"title": "A long title", "subtitle": "two\nlines"}, "x"),
        ('---\ntitle: "Caf\\u00e9 \\"day\\""\nsource: \'It\'\'s\'\n---\nx',
         {"title": 'Café "day"', "source": "It's"}, "x"),
        ("---\ntitle: No\nedition: 010\ndate: 2025-02-30\nnothing: ~\n---\nx",
         {"title": "No", "edition": "010", "date": "2025-02-30"}, "x"),
        ("---\ntitle: [unclosed\n---\nx", {}, None),  # not YAML: the text is kept
        ("---\nThe plan, in short: yes\n---\nx", {}, None),  # prose, not a metadata key
    ],
)
def test_split_front_matter(text: str, fields: dict[str, str], rest: str | None) -> None:
    assert split_front_matter(text) == (fields, text if rest is None else rest)


def test_a_huge_value_is_cut() -> None:
    fields, _ = split_front_matter(f"---\ntitle: {'長' * 20_000}\n---\nbody")
    assert len(fields["title"]) == MAX_VALUE


def test_front_matter_sets_the_metadata_and_stays_out_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "night-market.md"
    path.write_text(
        '---\ntitle: "老街夜市轉型"\ndate: 2025-02-18T09:00:00+08:00\n'
        "authors:\n  - 林怡君\n  - 王小明\nsource: 清河日報\n---\n\n"
        "# 老街夜市轉型\n\n傍晚六點，清河老街的夜市陸續亮燈。\n\n攤位從80個增加到120個。\n",
        encoding="utf-8",
    )
    article = normalise(read_source(path))
    meta = article.meta
    assert (meta.title, meta.date, meta.source) == ("老街夜市轉型", "2025-02-18", "清河日報")
    assert meta.reporters == ["林怡君", "王小明"]
    body = article.body_text()
    assert body.startswith("傍晚六點") and "title" not in body and "老街夜市轉型" not in body


def test_a_declared_title_keeps_the_first_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(
        "---\ntitle: Governor Announces Plan\n---\n\n"
        "Short opening line.\n\nThe plan starts in July.\n",
        encoding="utf-8",
    )
    article = normalise(read_source(path))
    assert article.meta.title == "Governor Announces Plan"
    assert [b.text for b in article.blocks] == ["Short opening line.", "The plan starts in July."]
