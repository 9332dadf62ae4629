"""Ingest: read one article file (txt, md, html; any common encoding) into a Document.

Nothing is repaired here: normalisation works on the blocks ingest produces.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from highlights.errors import InputError
from highlights.ingest.base import Converter, Source
from highlights.ingest.decode import decode
from highlights.ingest.frontmatter import split_front_matter
from highlights.ingest.html import declared_links, is_page
from highlights.ingest.registry import CONVERTERS, converter_for
from highlights.inputs import check_size, read_input
from highlights.model import Block, Document, SourceInfo
from highlights.settings import InputSettings

__all__ = ["CONVERTERS", "Converter", "Source", "parse_source", "read_source"]


def read_source(
    path: Path, settings: InputSettings | None = None, root: Path | None = None
) -> Document:
    """Decode and split one article; raise InputError (file, reason, hint) when it is unusable.

    The file is read once, after checking that it is a regular file within the limits of
    `settings` (a link is followed only when they allow it and, under an inbox `root`, only
    to a file inside it); the text is then held to its limits on lines and characters.
    """
    path = Path(path)
    settings = settings or InputSettings()
    return parse_source(path, read_input(path, settings, root), settings)


def parse_source(path: Path, data: bytes, settings: InputSettings | None = None) -> Document:
    """Decode and split the bytes read from `path`, within the text limits of `settings`."""
    settings = settings or InputSettings()
    text, encoding, invalid = decode(path, data)
    meta, text = split_front_matter(text)
    source = Source(path=path, text=text, encoding=encoding)
    converter = converter_for(source)
    blocks = _bulleted(converter.convert(source))
    meta = {**converter.declared(source), **meta}  # front matter, written by hand, wins
    if converter.format == "html" and not is_page(text):  # a fragment's own links, if any
        meta = {**declared_links(text), **meta}
    if not blocks:
        raise InputError(path, "the file has no article text", "is it an empty page or a menu?")
    check_size(path, len(blocks), sum(len(b.text) for b in blocks), settings)
    info = SourceInfo(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        format=converter.format,
        bytes=len(data),
        invalid_bytes=invalid,
    )
    return Document(source=info, blocks=blocks, meta=meta)


# `■ 中国特色社会主义制度是…`: a paper's summary bullets, set as paragraphs with a square
# (and a PDF's Symbol-font bullets, U+F0xx: `\uf0b7 Pre-register July 8–28`)
_BULLET = re.compile(r"^[■□●◆◇▪►▶\uf000-\uf0ff]\s*(?=\S)")


def _bulleted(blocks: list[Block]) -> list[Block]:
    """A paragraph led by a bullet mark is a list item (without the mark), in any format."""
    out: list[Block] = []
    for block in blocks:
        mark = _BULLET.match(block.text) if block.kind == "paragraph" else None
        if mark and len(block.text) - mark.end() > 10:  # `■張三`: a byline, not a point
            block = block.model_copy(update={"kind": "list_item", "text": block.text[mark.end() :]})
        out.append(block)
    return out
