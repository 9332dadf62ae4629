"""The publication record: everything the renderers show, resolved once from deck and article.

One rule, applied once after the deck is built: **the deck wins** (it is what the editor
saw, corrected or wrote by hand), and the article's metadata fills only what the deck leaves
empty; a deck with no kicker takes the theme's label. Every renderer receives this record and
nothing else about the article, so the PDF, the EPUB and the images cannot disagree on the
title, the date or who wrote the piece.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from pydantic import Field

from highlights.model import Article, Block, Card, Deck, Language, Model
from highlights.presentation import LABELS, count_label, date_label
from highlights.provenance import Provenance, document_number, issuer
from highlights.theme import Theme

COVER_FILE = "cover.png"  # the 1200×630 cover: made once, shown by the PDF and the EPUB too


def portrait_cover(cover: str) -> str:
    """The portrait (1400×2100) cover the cover renderer makes beside `cover`: the EPUB's."""
    stem, dot, suffix = cover.rpartition(".")
    return f"{stem}-portrait{dot}{suffix}" if dot else f"{cover}-portrait"


class Credits(Model):
    reporters: list[str] = Field(default_factory=list)
    photographers: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)


class Publication(Model):
    """What every output shows (see the module's rule); renderers read nothing else."""

    name: str  # file name stem of the PDF and EPUB: the output folder's slug
    title: str
    subtitle: str | None = None
    date: str | None = None  # ISO 8601 when known; other text is shown as given
    kicker: str = ""  # the small label above the title
    source: str | None = None
    credits: Credits = Field(default_factory=Credits)
    language: Language = "zh-Hant"
    theme: Theme
    lead: str = ""
    lead_highlights: list[str] = Field(default_factory=list)
    cards: list[Card]
    cover: str | None = COVER_FILE  # file in the staging folder; None: no cover image
    # The article itself, for the publications' full text (its own headline, not the deck's).
    article_title: str
    article_subtitle: str | None = None
    body: list[Block] = Field(default_factory=list)
    identifier: str  # stable per source (its SHA-256): EPUB identifier, PDF file ID
    # Where it comes from (issuer, document number, URL and the fields above): shown at the end.
    provenance: Provenance = Field(default_factory=Provenance)
    origin: str = ""  # the source path, only to name it in error messages

    def visible_text(self, body: bool = True) -> str:
        """Every string an output may draw, for one glyph check before anything is drawn
        (`body=False`: without the article's full text, which only the PDF and EPUB show)."""
        parts = [self.title, self.subtitle or "", date_label(self.date, self.language),
                 self.date or "", self.kicker, self.source or "", self.lead,
                 *self.credits.reporters, *self.credits.photographers, *self.credits.editors,
                 *LABELS[self.language].values(), count_label(len(self.cards), self.language),
                 "0123456789/ ·:：、", self.article_title, self.article_subtitle or "",
                 self.provenance.visible_text(self.language)]
        for card in self.cards:
            parts += [card.title, *(point.text for point in card.points)]
        if body:
            parts += [text for block in self.body for text in (block.lead_in or "", block.text)]
        return "\n".join(part for part in parts if part)


def resolve_publication(
    deck: Deck, theme: Theme, article: Article | None = None, name: str = "article"
) -> Publication:
    """The record for `deck` over `article` (or the deck alone: a hand-made deck, a test)."""
    meta, closing = (article.meta if article else None), deck.closing

    def first(*values: str | None) -> str | None:
        return next((value for value in values if value), None)

    def people(field: str) -> list[str]:
        given: list[str] = getattr(closing, field)
        return list(given or (getattr(meta, field) if meta else []))

    identifier = article.source.sha256 if article else hashlib.sha256(
        deck.model_dump_json().encode()).hexdigest()
    date = first(deck.date, closing.date, meta.date if meta else None)
    source = first(closing.source, meta.source if meta else None)
    provenance = Provenance(
        issuer=issuer(article) if article else None,
        document_number=document_number(article) if article else None,
        source=source, date=date, url=meta.url if meta else None,
        reporters=people("reporters"), editors=people("editors"),
    )
    # a text that names nothing (a page's source code) is called by its file's name: an empty
    # title is an invalid EPUB (`dc:title`, the contents' link) and a blank cover
    fallback = PurePath(article.source.path).stem if article else name
    return Publication(
        name=name,
        title=first(deck.title, meta.title if meta else None) or fallback,
        subtitle=first(deck.subtitle, meta.subtitle if meta else None),
        date=date,
        kicker=deck.kicker or theme.kicker.get(deck.language, ""),
        source=source,
        credits=Credits(reporters=people("reporters"), photographers=people("photographers"),
                        editors=people("editors")),
        language=deck.language,
        theme=theme,
        lead=deck.lead,
        lead_highlights=deck.lead_highlights,
        cards=deck.cards,
        article_title=first(meta.title if meta else deck.title) or fallback,
        article_subtitle=meta.subtitle if meta else None,
        body=article.blocks if article else [],
        identifier=identifier,
        origin=article.source.path if article else "",
        provenance=provenance,
    )
