"""The converter contract: each source format is one small class with `accepts` and `convert`.

Modelled on microsoft/markitdown: converters never read files themselves; ingest decodes the
bytes once and hands every converter the same decoded text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from highlights.model import Block, SourceFormat


@dataclass(frozen=True)
class Source:
    """A decoded input: its path, text (line ends already unified to "\\n") and encoding."""

    path: Path
    text: str
    encoding: str


class Converter(Protocol):
    format: SourceFormat

    def accepts(self, source: Source) -> bool:
        """True when this converter understands the source (by suffix, then by content)."""
        ...

    def convert(self, source: Source) -> list[Block]:
        """Split the decoded text into heading, paragraph and list-item blocks."""
        ...

    def declared(self, source: Source) -> dict[str, str]:
        """What the source says about itself outside its text (a page's title, author, date,
        site and address); {} when the format has no such place."""
        ...
