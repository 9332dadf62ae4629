"""Articles for card tests, built straight from the model (no ingest/normalise needed).

A fixture file is `key: value` metadata lines, a blank line, then the body: one paragraph
per line for .txt; for .md, blank-line separated blocks with `#` headings, `- ` list items
and `**Lead-in:**` paragraphs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from highlights.model import Article, Block, Metadata, SourceInfo

DATA = Path(__file__).resolve().parents[1] / "data" / "cards"
LISTS = ("reporters", "photographers", "editors")
BOLD = re.compile(r"^\*\*(?P<lead>[^*]+)\*\*\s*")


def make_article(
    blocks: list[Block] | list[str], meta: Metadata, name: str = "test.txt"
) -> Article:
    made = [b if isinstance(b, Block) else Block(text=b) for b in blocks]
    body = "\n".join(b.text for b in made).encode()
    fmt = "md" if name.endswith(".md") else "txt"
    source = SourceInfo(
        path=name,
        sha256=hashlib.sha256(body).hexdigest(),
        encoding="utf-8",
        format=fmt,
        bytes=len(body),
    )
    return Article(source=source, meta=meta, blocks=made)


def _markdown_blocks(body: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if lines[0].startswith("#"):
            level = len(lines[0]) - len(lines[0].lstrip("#"))
            blocks.append(Block(kind="heading", level=level, text=lines[0].lstrip("# ").strip()))
            lines = lines[1:]
        items = [line for line in lines if line.startswith("- ")]
        if items and len(items) == len(lines):
            blocks.extend(Block(kind="list_item", text=line[2:]) for line in items)
        elif lines:
            text = " ".join(lines)
            bold = BOLD.match(text)
            if bold:
                lead = bold.group("lead").strip()
                blocks.append(Block(text=lead + " " + text[bold.end() :], lead_in=lead))
            else:
                blocks.append(Block(text=text))
    return blocks


def load_article(name: str) -> Article:
    raw = (DATA / name).read_text(encoding="utf-8")
    head, body = raw.split("\n\n", 1)
    fields: dict[str, object] = {}
    for line in head.splitlines():
        key, value = line.split(":", 1)
        value = value.strip()
        fields[key] = [v.strip() for v in value.split(",")] if key in LISTS else value
    meta = Metadata.model_validate(fields)
    if name.endswith(".md"):
        return make_article(_markdown_blocks(body), meta, name)
    return make_article([line for line in body.splitlines() if line.strip()], meta, name)


@pytest.fixture
def article_from() -> Callable[[str], Article]:
    return load_article


MakeArticle = Callable[..., Article]


@pytest.fixture
def article_of() -> MakeArticle:
    """`article_of(blocks_or_paragraphs, metadata)`: an Article without ingest or normalise."""
    return make_article


@pytest.fixture(scope="session")
def sample_titles() -> list[str]:
    """The sample's nine card titles, exactly as issue 4 asks for them."""
    return [
        "總體要求",
        "主要目標",
        "促進創新鏈產業鏈深度融合",
        "著力體制機制改革",
        "培育建強各類創新主體",
        "打造川南渝西創新人才高地",
        "大力營造良好創新創造環境",
        "深入推進科技惠民",
        "加強黨對創新發展的全面領導",
    ]
