"""The plain registry: converters tried in order; the first that accepts the source wins."""

from __future__ import annotations

from highlights.ingest.base import Converter, Source
from highlights.ingest.feeds import FeedConverter
from highlights.ingest.html import HtmlConverter
from highlights.ingest.markdown import MarkdownConverter
from highlights.ingest.records import RecordsConverter
from highlights.ingest.text import TextConverter

# Text accepts everything, so it stays last; a record is text that parses as JSON with a body;
# a feed is XML with an RSS or Atom root, whatever the file's suffix (a page's too).
CONVERTERS: list[Converter] = [
    FeedConverter(),
    HtmlConverter(),
    MarkdownConverter(),
    RecordsConverter(),
    TextConverter(),
]


def converter_for(source: Source) -> Converter:
    return next(c for c in CONVERTERS if c.accepts(source))
