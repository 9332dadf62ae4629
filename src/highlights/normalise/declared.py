"""What a source says about itself: a web page's `og:*` and JSON-LD fields, a text file's
front matter. It is laid over what normalise read in the text, each field by its own rule."""

from __future__ import annotations

import re

from highlights.model import Metadata
from highlights.normalise.headlike import date_alone
from highlights.normalise.metadata import find_date
from highlights.normalise.zh_credits import clean_names

__all__ = ["declared_title", "with_declared", "with_page"]


def with_page(meta: Metadata, declared: dict[str, str]) -> Metadata:
    """A web page's own metadata (`og:*`, JSON-LD): its publish date wins (machine-readable),
    its site and author fill only what the text left empty: the text's `來源：新華社` names
    the story's source better than the site that reprinted it."""
    update: dict[str, object] = {}
    if date := find_date([declared.get("page_date", "")[:10]]):
        update["date"] = date  # machine-read publish date: surer than a date in scraped text
    if not meta.source and declared.get("page_source"):
        update["source"] = declared["page_source"]
    author = declared.get("page_author", "")
    edited = _EDITOR_LABEL.match(author)  # `责任编辑：孔德明`: the page names its editor
    parts = re.split(r"[,;]", author[edited.end() if edited else 0 :])
    names = clean_names([p for p in parts if not _NOT_A_NAME.match(p.strip())])
    if names and edited and not meta.editors:
        update["editors"] = names
    elif names and not edited and not meta.reporters:
        update["reporters"] = names
    return meta.model_copy(update=update) if update else meta


# `Saibal Dasgupta; TNN; Updated Oct 9`: the wire's code and the stamp share the author field
# `<span>字号：</span>`: a page's font-size control, read as its author
_NOT_A_NAME = re.compile(
    r"^(?:[A-Z]{2,5}|(?:Updated|Published|Posted)\b.*"
    r"|字[号號体體]|[大中小]|打印|列印|分享|收藏|[评評][论論]|[来來]源)$"
)
_EDITOR_LABEL = re.compile(r"^\s*(?:責任編輯|责任编辑|編輯|编辑|Editor)\s*[:：]\s*")


_DECLARED_NAMES = {
    "reporters": ("author", "authors", "reporter", "reporters", "byline"),
    "editors": ("editor", "editors"),
    "photographers": ("photographer", "photographers"),
}
# a wiki's `editor: markdown` names the editor it was written in, not a person
_EDITOR_SOFTWARE = frozenset(["markdown", "ckeditor", "html", "code", "wysiwyg", "asciidoc", "raw"])
_DECLARED_SOURCE = ("source", "publisher", "site", "site_name", "outlet")


def with_declared(meta: Metadata, declared: dict[str, str]) -> Metadata:
    """What the source declares about itself (front matter) over what the text suggests."""
    update: dict[str, object] = {}
    date = find_date([declared.get("date", "")[:10]])
    if date:
        update["date"] = date
    source = next((declared[k] for k in _DECLARED_SOURCE if declared.get(k)), None)
    if source:
        update["source"] = source
    for field, keys in _DECLARED_NAMES.items():
        said = [n for k in keys for n in re.split(r"[,、，;]", declared.get(k, ""))]
        said = [n for n in said if n.strip().lower() not in _EDITOR_SOFTWARE]
        names = clean_names(said)  # `author: "記者吳婉英"`: the name, not the role
        if any(names):
            update[field] = list(dict.fromkeys(n for n in names if n))
    return meta.model_copy(update=update) if update else meta


DESCRIBED_TITLE = 60  # characters: a longer description is a summary, not a title


def declared_title(declared: dict[str, str]) -> str | None:
    """The title the front matter declares; a wiki's page titled by its day (`title:
    2023-01-27`, `description: 末日90秒`) is named by its short description."""
    title = declared.get("title")
    described = declared.get("description", "")
    if title and date_alone(title) and 0 < len(described) <= DESCRIBED_TITLE:
        return described
    return title or None
