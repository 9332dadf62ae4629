"""A photo gallery's captions run together (`台南市元旦升旗…(共6張)-1 台南市元旦升旗…(共6張)-2 …`):
chrome, and on a release that lost its headline, the one place the headline still is."""

from __future__ import annotations

import re

from highlights.model import Removal

__all__ = ["GALLERY", "gallery_title"]

_OF = r"\s*[(（]共\s*\d{1,3}\s*[張张][)）]"  # `(共6張)`: of how many pictures
GALLERY = re.compile(  # (the page may cut the last caption short)
    rf"^(?P<title>[^()（）]{{6,80}}?){_OF}(?:\s*-\s*\d{{1,3}})?"
    rf"(?:\s+(?P=title){_OF}(?:\s*-\s*\d{{1,3}})?)*(?:\s+.{{0,80}})?\s*$"
)


def gallery_title(removed: list[Removal]) -> str | None:
    """The title the gallery's captions carry, if a removed line was one."""
    lines = (GALLERY.match(r.text.strip()) for r in removed if r.rule == "boilerplate.chrome")
    return next((m["title"].strip() for m in lines if m), None)
