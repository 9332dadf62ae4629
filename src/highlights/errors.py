"""Errors that end one article's run with one clear line: which file, what is wrong, what to do."""

from __future__ import annotations

import os
from pathlib import Path


def shown(path: Path | str) -> str:
    """A path as one printable line: bytes that are not UTF-8 as \\xNN, control characters
    (a newline could forge a progress or error line) as \\n, \\x1b and so on."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


class HighlightsError(Exception):
    """An expected failure about one input; printed as a single line, never as a traceback."""

    def __init__(self, path: Path | str | None, reason: str, hint: str = "") -> None:
        self.path = shown(path) if path is not None else None
        self.reason = reason
        self.hint = hint
        super().__init__(self.line())

    def __reduce__(self) -> tuple[type[HighlightsError], tuple[str | None, str, str]]:
        # Renderers run in worker processes: the error must cross back whole, not as one string.
        return type(self), (self.path, self.reason, self.hint)

    def line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        tail = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.reason}{tail}"


class InputError(HighlightsError):
    """The article itself cannot be used (empty, binary, no body, undecodable)."""


class GlyphError(HighlightsError):
    """Characters that no configured font can draw."""


class MissingDependencyError(HighlightsError):
    """A system package or font that the set-up should have installed is missing."""
