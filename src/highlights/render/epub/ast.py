"""Build the EPUB's document as a pandoc JSON AST.

Article text only ever becomes `Str` nodes, so pandoc never parses it: no Markdown, no raw
HTML or LaTeX, no image paths to read.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import Any

from highlights.model import Block, Card
from highlights.presentation import LABELS, iso_date, mark_segments
from highlights.publication import Publication

API_VERSION = [1, 23, 1, 1]  # pandoc 3.9's JSON API
Node = dict[str, Any]
_SPACES = re.compile(r"(\s+)")


def inlines(text: str) -> list[Node]:
    """Text as Str/Space/LineBreak nodes: literal characters only."""
    nodes: list[Node] = []
    for piece in _SPACES.split(text):
        if not piece:
            continue
        if piece.isspace():
            nodes.append({"t": "LineBreak"} if "\n" in piece else {"t": "Space"})
        else:
            nodes.append({"t": "Str", "c": piece})
    return nodes


def attr(ident: str = "", classes: Iterable[str] = (), **pairs: str) -> list[Any]:
    return [ident, list(classes), [[k.replace("_", "-"), v] for k, v in pairs.items()]]


def marked(text: str, terms: Iterable[str]) -> list[Node]:
    """Highlighted terms as Span.mark, which pandoc writes as <mark>."""
    nodes: list[Node] = []
    for piece, flag in mark_segments(text, terms):
        if flag:
            nodes.append({"t": "Span", "c": [attr("", ["mark"]), inlines(piece)]})
        else:
            nodes += inlines(piece)
    return nodes


def para(content: list[Node]) -> Node:
    return {"t": "Para", "c": content}


def header(level: int, ident: str, content: list[Node], classes: Iterable[str] = ()) -> Node:
    return {"t": "Header", "c": [level, attr(ident, classes), content]}


def div(classes: Iterable[str], blocks: list[Node]) -> Node:
    return {"t": "Div", "c": [attr("", classes), blocks]}


def card_blocks(card: Card) -> list[Node]:
    # The number is drawn by the stylesheet (a badge from data-badge), not written into the
    # heading: the table of contents numbers its entries already ("1. ❶ 總體要求" otherwise).
    title: list[Node] = marked(card.title, card.highlights)
    points = [[{"t": "Plain", "c": marked(p.text, p.highlights)}] for p in card.points]
    body = [{"t": "BulletList", "c": points}] if points else []
    heading: Node = {"t": "Header", "c": [2, [f"card-{card.number}", [],
                                              [["badge", str(card.number)]]], title]}
    return [div(["card"], [heading, *body])]


def article_blocks(blocks: list[Block]) -> list[Node]:
    """Article headings sit under the chapter's level-1 title; list items become lists."""
    out: list[Node] = []
    for i, block in enumerate(blocks):
        lead = [{"t": "Strong", "c": inlines(block.lead_in)}] if block.lead_in else []
        if block.kind == "heading":
            level = min(max(block.level, 1) + 1, 6)
            out.append(header(level, f"h-{i + 1}", inlines(block.text)))
        elif block.kind == "list_item":
            item = [{"t": "Plain", "c": [*lead, *inlines(block.text)]}]
            if out and out[-1]["t"] == "BulletList":
                out[-1]["c"].append(item)
            else:
                out.append({"t": "BulletList", "c": [item]})
        else:
            out.append(para([*lead, *inlines(block.text)]))
    return out


def identifier(record: Publication) -> str:
    """Stable for the source: the same file always gives the same EPUB identifier."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "sha256:" + record.identifier))


def meta_inlines(text: str) -> Node:
    return {"t": "MetaInlines", "c": inlines(text)}


def meta_string(text: str) -> Node:
    return {"t": "MetaString", "c": text}


def meta_people(names: list[str], role: str) -> list[Node]:
    return [
        {"t": "MetaMap", "c": {"text": meta_inlines(name), "role": meta_string(role)}}
        for name in names
    ]


def metadata(record: Publication) -> dict[str, Node]:
    credits = record.credits
    creators = meta_people(credits.reporters, "aut")  # the source is the publisher
    contributors = meta_people(credits.editors, "edt")
    contributors += meta_people(credits.photographers, "pht")
    fields: dict[str, Node] = {
        "title": meta_inlines(record.title),
        "lang": meta_string(record.language),
        "identifier": meta_string(identifier(record)),
        "toc-title": meta_inlines(LABELS[record.language]["contents"]),
    }
    optional = {
        "subtitle": record.subtitle,
        "publisher": record.source,
        "date": iso_date(record.date),
        "description": record.lead or None,
    }
    for key, value in optional.items():
        if value:
            fields[key] = meta_string(value) if key == "date" else meta_inlines(value)
    if creators:
        fields["creator"] = {"t": "MetaList", "c": creators}
    if contributors:
        fields["contributor"] = {"t": "MetaList", "c": contributors}
    return fields


def document(record: Publication, closing: list[Node] | None = None) -> dict[str, Any]:
    """Chapter 1: the highlights (lead and cards); chapter 2: the article and `closing` (the
    provenance block, `highlights.render.epub.provenance`)."""
    labels = LABELS[record.language]
    highlights = [header(1, "highlights", inlines(labels["highlights"]))]
    if record.lead:
        highlights.append(div(["lead"], [para(marked(record.lead, record.lead_highlights))]))
    for card in record.cards:
        highlights += card_blocks(card)
    body = [header(1, "article", inlines(record.article_title))]
    if record.article_subtitle:
        body.append(div(["subtitle"], [para(inlines(record.article_subtitle))]))
    body.append(div(["body"], article_blocks(record.body)))
    body += closing or []
    return {
        "pandoc-api-version": API_VERSION,
        "meta": metadata(record),
        "blocks": highlights + body,
    }
