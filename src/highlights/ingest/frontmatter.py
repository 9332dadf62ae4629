"""Front matter: the `---` block of `key: value` lines that Markdown exports (Jekyll, Hugo,
Obsidian, many CMS) put before the text. Read as metadata, never as article text."""

from __future__ import annotations

import re

_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,40})[ \t]*:[ \t]*(?P<value>.*)$")
_LIST_ITEM = re.compile(r"^[ \t]+-[ \t]+(?P<value>.+)$")
MAX_VALUE = 500  # a title or a name, not a document


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(fields, the rest of the text). Only flat `key: value` fields (lists joined with "、" or
    ", "); anything that does not read as front matter leaves the text unchanged."""
    m = _BLOCK.match(text)
    if not m:
        return {}, text
    fields: dict[str, list[str]] = {}
    key: str | None = None
    for line in m["body"].split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = _LIST_ITEM.match(line)
        field = _FIELD.match(line)
        if item and key is not None:
            fields[key].append(_unquote(item["value"]))
        elif field:
            key = field["key"].lower().replace("-", "_")
            value = _unquote(field["value"])
            fields[key] = [value] if value else []
        else:
            return {}, text  # not a flat key: value block (a thematic break, say): keep the text
    if not fields:
        return {}, text
    flat = {k: ", ".join(v for v in values if v)[:MAX_VALUE] for k, values in fields.items()}
    return {k: v for k, v in flat.items() if v}, text[m.end() :]


def _unquote(value: str) -> str:
    value = value.strip()
    if value[:1] == "[" and value[-1:] == "]":  # [a, b]: a flow list
        return ", ".join(_unquote(part) for part in value[1:-1].split(",") if part.strip())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value
