"""A short line over a list is the list's heading (`Financial highlights` over its bullets),
as a Markdown page would have marked it: the cards then make one card of the list."""

from __future__ import annotations

import re

from highlights.chars import has_han
from highlights.model import Block

__all__ = ["head_lists"]

HEAD_WORDS = 6  # English words: a longer line over a list is a sentence that leads into it
HEAD_HAN = 14  # characters, in Chinese
LIST_MIN = 2  # items under it: one item is a paragraph set with a bullet
_LEADS_ON_WORDS = (
    "include includes including are is were was be following below as to of and or the a an for "
    "with by from in on at such like"
)
_LEADS_ON = frozenset(_LEADS_ON_WORDS.split())
_ENDS = (".", "!", "?", ";", "。", "！", "？", "；", "，", ",", "、")


def _heading_like(text: str) -> bool:
    text = text.strip()
    if not text or text.endswith(_ENDS) or re.search(r"\d{4}", text):
        return False  # a sentence, a date line
    if has_han(text):
        return len(text) <= HEAD_HAN and not text.endswith(("：", ":"))
    words = text.split()
    if words and words[-1].lower().rstrip(":：") in _LEADS_ON:
        return False  # `This release includes`: a sentence that leads into its list
    return 1 <= len(words) <= HEAD_WORDS and words[0][:1].isupper()


_ITEM = re.compile(r"^\s*(?P<n>\d{1,2})[.．、]\s*\S")
ITEM_CHARS = 30  # characters: a longer numbered line is a paragraph of its own
RUN = 3  # numbered lines in a row: fewer is no list


def _item(block: Block, number: int) -> bool:
    """`1.扎实扛牢责任推进经济量质齐升`: the list's item `number`, short, no sentence."""
    text = block.text.strip()
    m = _ITEM.match(text)
    short = len(text) <= ITEM_CHARS and not text.endswith(_ENDS)
    return block.kind == "paragraph" and m is not None and short and int(m["n"]) == number


def _numbered_runs(body: list[Block]) -> list[Block]:
    """Short numbered lines one after another (`1.扎实扛牢责任…`, `2.扎实落实…`): a list,
    set without its bullets."""
    out = list(body)
    i = 0
    while i < len(body):
        j = i
        while j < len(body) and _item(body[j], j - i + 1):
            j += 1
        if j - i >= RUN:
            for k in range(i, j):
                out[k] = body[k].model_copy(update={"kind": "list_item"})
        i = max(j, i + 1)
    return out


def head_lists(body: list[Block]) -> list[Block]:
    """Each short paragraph right over two list items or more becomes a heading."""
    body = _numbered_runs(body)
    out = list(body)
    for i, block in enumerate(body):
        items = body[i + 1 : i + 1 + LIST_MIN]
        if (
            block.kind == "paragraph"
            and len(items) == LIST_MIN
            and all(b.kind == "list_item" for b in items)
            and _heading_like(block.text)
        ):
            out[i] = block.model_copy(update={"kind": "heading", "level": 2})
    return out
