"""Articles made from a few lines of text, for rule tests: a plain-text document, its
normalised article, or an article as the cards stage receives it."""

from __future__ import annotations

from highlights.model import Article, Block, Document, Language, Metadata, SourceInfo
from highlights.normalise import normalise

SOURCE = SourceInfo(path="p.txt", sha256="0" * 64, encoding="utf-8", format="txt", bytes=0)


def document(*texts: str) -> Document:
    return Document(source=SOURCE, blocks=[Block(kind="paragraph", text=t) for t in texts])


def normalised(*texts: str) -> Article:
    """The lines as a plain-text page after normalise: headline, chrome and credits found."""
    return normalise(document(*texts))


def article(title: str, language: Language, *texts: str) -> Article:
    """The lines as an article's body under `title`, without normalise."""
    meta = Metadata(title=title, language=language)
    return Article(source=SOURCE, meta=meta, blocks=[Block(text=t) for t in texts])


def removed_rules(line: str) -> list[str]:
    """The boilerplate rules that take the line out of the text, in order."""
    from highlights.normalise.boilerplate import find_boilerplate

    return [rule for rule, _ in find_boilerplate(line).removed]
