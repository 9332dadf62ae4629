"""Ingest: read one article file (txt, md, html; any common encoding) into a Document.

Nothing is repaired here: normalisation works on the blocks ingest produces.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from highlights.errors import InputError
from highlights.ingest.base import Converter, Source
from highlights.ingest.decode import decode
from highlights.ingest.frontmatter import split_front_matter
from highlights.ingest.registry import CONVERTERS, converter_for
from highlights.model import Document, SourceInfo

__all__ = ["CONVERTERS", "Converter", "Source", "read_source"]


def read_source(path: Path) -> Document:
    """Decode and split one article; raise InputError (file, reason, hint) when it is unusable."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file", "check the path")
    data = path.read_bytes()
    text, encoding = decode(path, data)
    meta, text = split_front_matter(text)
    source = Source(path=path, text=text, encoding=encoding)
    converter = converter_for(source)
    blocks = converter.convert(source)
    if not blocks:
        raise InputError(path, "the file has no article text", "is it an empty page or a menu?")
    info = SourceInfo(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        format=converter.format,
        bytes=len(data),
    )
    return Document(source=info, blocks=blocks, meta=meta)
