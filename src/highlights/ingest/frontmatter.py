"""Front matter: the `---` block of YAML that Markdown exports (Jekyll, Hugo, Obsidian, many
CMS) put before the text. Read as metadata, never as article text."""

from __future__ import annotations

import re

import yaml

# Blank lines before it are an exporter's (Hexo's posts often open with one), not text.
_BLOCK = re.compile(
    r"\A\ufeff?(?:[ \t]*\r?\n)*---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL
)
_KEY = re.compile(r"[A-Za-z][\w-]{0,40}")
MAX_VALUE = 500  # a title or a name, not a document
MAX_BLOCK = 200_000  # characters: PyYAML is pure Python here, ~1 s per megabyte


class _TextLoader(yaml.SafeLoader):
    """PyYAML's safe loader with every scalar read as the text written, except empty and null:
    YAML 1.1's implicit types would turn a title `No` into False, `010` into 8 and refuse the
    whole block over a date such as 2025-02-30."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(fields, the rest of the text). Only `key: value` fields with text values (lists of text
    joined with ", "); anything that does not read as front matter leaves the text unchanged."""
    m = _BLOCK.match(text)
    if not m or len(m["body"]) > MAX_BLOCK:
        return {}, text
    try:
        data = yaml.load(m["body"], Loader=_TextLoader)  # SafeLoader underneath
    except yaml.YAMLError:
        return {}, text  # not YAML (a thematic break around prose, say): keep the text
    if not isinstance(data, dict) or not data:
        return {}, text
    fields: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            return {}, text  # not metadata keys: prose that happens to parse as YAML
        flat = _flat(value)
        if flat:
            fields[key.lower().replace("-", "_")] = flat[:MAX_VALUE]
    return fields, text[m.end() :]


def _flat(value: object) -> str:
    """A text value, or a list of them joined; nested mappings and lists are not metadata."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return ", ".join(v.strip() for v in value if isinstance(v, str) and v.strip())
    return ""
