"""Feeds saved as text or as a page: an RSS or Atom file a scraper kept (`<?xml …?><rss>
<channel><item><title><![CDATA[…]]></title><description><![CDATA[<p>…</p>]]>…`). The article
is in the items, not in the markup around them: an item's title becomes a heading, its content
or description (HTML or text) the blocks, and its date and author what the feed declares.

A text is read this way only when it opens as XML with an RSS, RDF or Atom root and parses as
one; the parser expands no entity, loads no DTD and fetches nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from functools import lru_cache

from lxml import etree

from highlights.ingest.base import Source
from highlights.ingest.records import blocks_of
from highlights.model import Block, SourceFormat

__all__ = ["FeedConverter"]

_OPENING = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL
)
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # a str carries no encoding of its own
_BODY_NAMES = ("encoded", "content", "description", "summary")  # fullest first
_DATE_NAMES = ("pubDate", "date", "published", "updated")
_AUTHOR_NAMES = ("creator", "author")
MIN_BODY = 40  # letters: an item with less is a link in a list, not an article
MAX_PUBLISHER = 30  # characters: a longer copyright line is a notice, not a name
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class _Item:
    title: str
    body: str
    date: str
    author: str


@dataclass(frozen=True)
class _Feed:
    items: tuple[_Item, ...]
    publisher: str  # the channel's copyright holder, when it names one briefly


def _local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(element: etree._Element, names: tuple[str, ...]) -> str:
    children = {_local(child): child for child in reversed(element)}  # the first of each name
    for name in names:
        if (child := children.get(name)) is not None:
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return ""


def _iso(date: str) -> str:
    """`Tue, 19 May 2026 10:00:00 +0800` (RSS's mail date) → `2026-05-19`; ISO stays."""
    try:
        return parsedate_to_datetime(date).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return date


@lru_cache(maxsize=1)  # accepts, convert and declared read the same text in turn
def _feed_in(text: str) -> _Feed | None:
    if not _OPENING.match(text[:4000]):
        return None
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    xml = _DECLARATION.sub("", text, count=1)
    if xml.count("<![CDATA[") > xml.count("]]>"):
        xml += "]]>"  # a feed cut off inside an item's text: what was kept is read (recover
        # closes the elements left open; normalise reports the text's cut-off end)
    try:
        root = etree.fromstring(xml, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None  # beyond recovery: the text is read as text, markup and all
    if root is None:
        return None
    items = []
    for element in root.iter():
        if _local(element) not in ("item", "entry"):
            continue
        body = _child_text(element, _BODY_NAMES)
        if len(_LETTER.findall(_TAG.sub("", body))) < MIN_BODY:
            continue
        title = _child_text(element, ("title",))
        date = _iso(_child_text(element, _DATE_NAMES))
        items.append(_Item(title, body, date, _child_text(element, _AUTHOR_NAMES)))
    channel = next((e for e in root.iter() if _local(e) == "channel"), root)
    publisher = _child_text(channel, ("copyright", "publisher", "rights"))
    publisher = publisher if len(publisher) <= MAX_PUBLISHER else ""
    return _Feed(tuple(items), publisher) if items else None


class FeedConverter:
    format: SourceFormat = "feed"

    def accepts(self, source: Source) -> bool:
        return _feed_in(source.text) is not None

    def convert(self, source: Source) -> list[Block]:
        feed = _feed_in(source.text)
        items = feed.items if feed else ()
        level = 1 if len(items) == 1 else 2  # several: each item's title heads its part
        blocks: list[Block] = []
        for item in items:
            blocks += [Block(kind="heading", level=level, text=item.title)] if item.title else []
            blocks += blocks_of(item.body)
        return blocks

    def declared(self, source: Source) -> dict[str, str]:
        feed = _feed_in(source.text)
        if feed is None:
            return {}
        one = feed.items[0] if len(feed.items) == 1 else None  # a list's items have their own
        found = {
            "page_date": one.date if one else "",
            "page_author": one.author if one else "",
            "page_source": feed.publisher,
        }
        return {key: value for key, value in found.items() if value}
