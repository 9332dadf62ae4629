"""English section heads set in capitals (`NEW DEPUTY SECRETARY-GENERAL SWORN IN` over its
story, `SECRETARY-GENERAL SAYS DEVELOPMENT REPORT…` over the next): a briefing's highlights or
a release's sections, plain lines once scraped."""

from __future__ import annotations

import re

from highlights.chars import has_han
from highlights.model import Block

__all__ = ["caps_heads"]

HEADS_MIN = 2  # one line in capitals is a kicker, an issuer's name or a dateline
WORDS = (2, 16)  # words in a heading: fewer is a label, more a sentence shouted
PROSE_MIN = 40  # characters of the paragraph under it, in sentence case
_LETTERS = re.compile(r"[A-Za-z]")


def _capitals(text: str) -> bool:
    text = text.strip()
    letters = _LETTERS.findall(text)
    return (
        not has_han(text)
        and len(letters) >= 6
        and all(c.isupper() for c in letters)
        and WORDS[0] <= len(text.split()) <= WORDS[1]
        and not text.endswith((".", ",", ";", ":"))
        and not text.startswith("BY ")  # `BY MARTIN NESIRKY, SPOKESPERSON…`: its byline
    )


def _prose(block: Block) -> bool:
    text = block.text.strip()
    return block.kind == "paragraph" and len(text) >= PROSE_MIN and any(c.islower() for c in text)


def caps_heads(body: list[Block]) -> list[Block]:
    """Each line in capitals right over a paragraph of prose becomes a heading, when two or
    more are so set and the page marks no heading of its own."""
    if any(b.kind == "heading" for b in body):
        return body
    found = [
        i
        for i in range(len(body) - 1)
        if body[i].kind == "paragraph" and _capitals(body[i].text) and _prose(body[i + 1])
    ]
    if len(found) < HEADS_MIN:
        return body
    out = list(body)
    for i in found:
        out[i] = body[i].model_copy(update={"kind": "heading", "level": 2})
    return out
