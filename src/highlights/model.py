"""The document model shared by every stage: Document → Article → Deck → rendered files.

Pydantic models so that `article.json` and `cards.json` round-trip and a hand-edited
`cards.json` is validated with readable errors.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

BlockKind = Literal["heading", "paragraph", "list_item"]
SourceFormat = Literal["txt", "md", "html", "json", "feed"]
Language = Literal["zh-Hant", "zh-Hans", "en"]
Genre = Literal["official", "press", "article"]  # official communique, press release, other


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Block(Model):
    """One unit of text structure: a heading, a paragraph or a list item."""

    kind: BlockKind = "paragraph"
    text: str
    level: int = 0  # heading level (1–6); 0 for other blocks
    lead_in: str | None = None  # bold lead-in such as "Expanding Access to Capital:"


class InvalidBytes(Model):
    """Bytes that did not decode, replaced by U+FFFD in the text (as browsers and editors do)."""

    offset: int  # byte offset in the source file
    length: int  # how many bytes
    hex: str  # the bytes themselves, e.g. "ff fe"
    context: str  # the decoded text around them, with U+FFFD at the spot


class SourceInfo(Model):
    path: str  # as given to the run; outputs record only the file name
    sha256: str
    encoding: str
    format: SourceFormat
    bytes: int
    invalid_bytes: list[InvalidBytes] = Field(default_factory=list)


class Document(Model):
    """What ingest read: decoded text split into blocks, nothing repaired yet."""

    source: SourceInfo
    blocks: list[Block]
    # Fields the source declares about itself (Markdown front matter): title, date, author...
    meta: dict[str, str] = Field(default_factory=dict)


class Removal(Model):
    """Text that normalisation moved out of the body (never silently dropped)."""

    rule: str
    text: str
    block: int  # index of the block in the ingested document


class DamageSpot(Model):
    """A place where the text looks damaged (mojibake, replacement characters)."""

    block: int  # index in the normalised article's blocks
    offset: int  # character offset within that block
    snippet: str
    reason: str


class Report(Model):
    """What normalisation did: counts per rule, removed text, damage spots."""

    counts: dict[str, int] = Field(default_factory=dict)
    removed: list[Removal] = Field(default_factory=list)
    damage: list[DamageSpot] = Field(default_factory=list)

    def count(self, rule: str, n: int = 1) -> None:
        if n:
            self.counts[rule] = self.counts.get(rule, 0) + n

    def unrepaired(self) -> list[DamageSpot]:
        """The spots the editor must still look at: the rest were repaired, and only recorded."""
        return [d for d in self.damage if "repaired" not in d.reason]


class Metadata(Model):
    title: str
    subtitle: str | None = None  # subtitle or adoption note
    date: str | None = None  # ISO 8601 (YYYY-MM-DD)
    place: str | None = None
    source: str | None = None
    reporters: list[str] = Field(default_factory=list)
    photographers: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    language: Language = "zh-Hant"
    genre: Genre = "article"
    url: str | None = None  # the source's own URL: HTML canonical or og:url, front matter url:


class Article(Model):
    """A normalised article: clean body blocks plus metadata and the normalisation report."""

    source: SourceInfo
    meta: Metadata
    blocks: list[Block]
    report: Report = Field(default_factory=Report)

    def body_text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


class Span(Model):
    """Where a card or point came from: block index and character offsets in that block."""

    block: int
    start: int
    end: int


class Point(Model):
    text: str
    highlights: list[str] = Field(default_factory=list)  # substrings of text to mark
    span: Span | None = None


class Card(Model):
    number: int
    title: str
    points: list[Point]
    highlights: list[str] = Field(default_factory=list)  # terms marked in the title
    span: Span | None = None


class Closing(Model):
    source: str | None = None
    date: str | None = None
    editors: list[str] = Field(default_factory=list)
    reporters: list[str] = Field(default_factory=list)
    photographers: list[str] = Field(default_factory=list)


class Deck(Model):
    """The key-point deck: what the long image, the card images and the PDF highlights show."""

    title: str
    subtitle: str | None = None
    date: str | None = None
    kicker: str | None = None  # small label above the title, e.g. "全會公報" or the source
    lead: str = ""
    lead_highlights: list[str] = Field(default_factory=list)
    cards: list[Card]
    closing: Closing = Field(default_factory=Closing)
    language: Language = "zh-Hant"
    notes: list[str] = Field(default_factory=list)  # shortening rules applied, by name


class OutputFile(Model):
    """A file a renderer produced, relative to the article's output folder."""

    path: str
    alt: str | None = None  # alt text for images: the text they show
