"""An opinion page's note on its writer: `Alice Wu fell down the rabbit hole of politics…`.

The page declares its author (`<meta name=author>`, JSON-LD, front matter); a paragraph that
opens with that name, or with the first name's possessive (`Alice's daily needs…`), is the
writer's biography, not the article's argument.
"""

from __future__ import annotations

import re

__all__ = ["is_author_bio"]

_LATIN_NAME = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+){1,3}$")


def is_author_bio(text: str, author: str | None) -> bool:
    if not author or not _LATIN_NAME.match(author.strip()):
        return False  # Chinese stories open with their subject's name far too often
    name = author.strip()
    first = name.split()[0]
    return text.startswith((f"{name} ", f"{first}'s ", f"{first}’s "))
