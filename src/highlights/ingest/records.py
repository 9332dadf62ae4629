"""Scraped records saved as text: a site's API answer or a CMS row exported as JSON
(`{"title": "…", "content": "<p>…</p>", "releaseDate": "2019-06-29", …}`), one article or a
list of them (a news programme's items). The article is in the record's fields, not in its
braces and escapes: the headline field becomes the title, the body field (HTML or text) the
blocks, and the date, author and source fields are what the record declares about itself.

A text is read this way only when the whole of it is JSON and one of its records carries a body
(a string of prose); any other JSON (a settings file, numbers) stays text.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from highlights.ingest.base import Source
from highlights.ingest.html import parse_fragment
from highlights.ingest.text import split_lines
from highlights.model import Block, SourceFormat

__all__ = ["RecordsConverter", "blocks_of"]

# field names CMSs and APIs use, in the order they are trusted
_TITLE_KEYS = ("title", "headline", "newstitle", "articletitle", "subject", "name")
_BODY_KEYS = ("content", "body", "text", "article", "contenthtml", "detail", "comment", "brief")
_DATE_KEYS = (
    "releasedate",
    "pubdate",
    "publishdate",
    "publishtime",
    "pubtime",
    "date",
    "datepublished",
)
_AUTHOR_KEYS = ("author", "editor", "writer", "byline")
_SOURCE_KEYS = ("source", "sourcename", "origin", "sitename", "media")
MIN_BODY = 40  # letters: a shorter string is a field's value, not an article's text
MAX_DEPTH = 4  # how deep records are looked for (`{"data": {"list": [...]}}`)
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"<(?:p|br|div|span|img|h[1-6]|li|strong|b)\b[^>]*>", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}[-/.年]\d{1,2}")
_TEXT_TAG = re.compile(r"<[^>]*>|&nbsp;|\u00a0")


def _load(text: str) -> Any:
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        return json.loads(stripped)
    except (ValueError, RecursionError):  # not JSON, or nested past what a record needs
        return None


def _field(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    lowered = {str(k).lower().replace("_", ""): v for k, v in record.items()}
    for key in keys:
        value = lowered.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _body(record: dict[str, Any]) -> str | None:
    body = _field(record, _BODY_KEYS)
    return body if body and len(_LETTER.findall(_TAG.sub("", body))) >= MIN_BODY else None


def _records(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """The records that carry an article's body: the value itself, or the first list of them
    found inside it."""
    if depth > MAX_DEPTH:
        return []
    if isinstance(data, dict):
        if _body(data):
            return [data]
        values = list(data.values())
    elif isinstance(data, list):
        found = [item for item in data if isinstance(item, dict) and _body(item)]
        # `{"video_title": …, "video_detail": {"title": …, "content": …}}`: each item's record
        # one level in (a programme's items, each with its detail)
        found = found or [r for item in data if (r := _detail(item))]
        if found:
            return found
        values = data
    else:
        return []
    for value in values:
        if isinstance(value, dict | list) and (inner := _records(value, depth + 1)):
            return inner
    return []


def _detail(item: Any) -> dict[str, Any] | None:
    """The record an item holds as one of its values, if any."""
    if not isinstance(item, dict):
        return None
    return next((v for v in item.values() if isinstance(v, dict) and _body(v)), None)


@lru_cache(maxsize=1)  # accepts, convert and declared read the same text in turn
def _records_in(text: str) -> tuple[dict[str, Any], ...]:
    return tuple(_records(_load(text)))


def blocks_of(body: str) -> list[Block]:
    """A field's text as blocks: HTML parsed as a fragment, text split at its lines."""
    return parse_fragment(body) if _TAG.search(body) else split_lines(body)


class RecordsConverter:
    format: SourceFormat = "json"

    def accepts(self, source: Source) -> bool:
        return bool(_records_in(source.text))

    def convert(self, source: Source) -> list[Block]:
        records = _records_in(source.text)
        level = 1 if len(records) == 1 else 2  # several: each item's title heads its part
        blocks: list[Block] = []
        for record in records:
            title = _field(record, _TITLE_KEYS)
            blocks += [Block(kind="heading", level=level, text=title)] if title else []
            blocks += blocks_of(_body(record) or "")
        return blocks

    def declared(self, source: Source) -> dict[str, str]:
        records = _records_in(source.text)
        if len(records) > 1:
            return _programme(records)
        if not records:
            return {}
        record = records[0]
        date = _field(record, _DATE_KEYS)
        found = {
            "page_date": date if date and _DATE.match(date) else None,
            "page_author": _field(record, _AUTHOR_KEYS),
            "page_source": _field(record, _SOURCE_KEYS),
        }
        return {key: value for key, value in found.items() if value}


# `央视网消息(新闻联播)：…`: a programme's items each open with its name, on one day
_PROGRAMME = re.compile(  # or `央视网(新闻联播)消息：`
    r"^[^()（）]{0,12}?(?:消息)?\s*[(（](?P<name>[^()（）]{2,12})[)）]\s*(?:消息)?\s*[:：]"
)


def _programme(records: tuple[dict[str, Any], ...]) -> dict[str, str]:
    """A list's items each have their own title; the whole is the programme of their day."""
    dates = {(d or "")[:10] for r in records if (d := _field(r, _DATE_KEYS))}
    openings = [_PROGRAMME.match(_TEXT_TAG.sub("", _body(r) or "").strip()) for r in records]
    names = {m["name"] for m in openings if m}
    if len(dates) != 1 or len(names) != 1 or not _DATE.match(day := dates.pop()):
        return {}
    sources = {_field(r, _SOURCE_KEYS) for r in records}  # `CNTV`, when every item says so
    source = {"source": s} if len(sources) == 1 and (s := sources.pop()) else {}  # all of it
    return {"title": f"{names.pop()} {day}", "page_date": day, **source}
