"""The page shown twice (a mobile and a desktop copy): later copies of a paragraph leave the
text, reported, decided on the finished text so that a second run agrees."""

from __future__ import annotations

import re

from highlights.model import Block, Removal, Report

__all__ = ["drop_repeats"]

REPEAT_MIN = 20  # characters: a paragraph this long met again is the page shown twice


def drop_repeats(
    finished: list[Block], kept: list[tuple[int, Block]], stamp: int | None, report: Report
) -> int | None:
    """The page shown twice (a mobile and a desktop copy): later copies leave, decided on the
    finished text so that a second run agrees. Returns the stamp's index, shifted."""
    seen: set[str] = set()
    repeats: list[int] = []
    for j, block in enumerate(finished):
        if _repeated(block.text, seen):
            repeats.append(j)
        seen.add(block.text)
    for j in reversed(repeats):
        report.count("boilerplate.repeat")
        text, index = finished[j].text, kept[j][0]
        report.removed.append(Removal(rule="boilerplate.repeat", text=text, block=index))
        del finished[j], kept[j]
        stamp = stamp - 1 if stamp is not None and j < stamp else stamp
    return stamp


def _repeated(text: str, seen: set[str]) -> bool:
    """A paragraph met again: the page shown twice (a mobile and a desktop copy). Titles may
    repeat (a programme's contents, then each story under its title): only sentences count."""
    return len(text) >= REPEAT_MIN and text in seen and bool(_SENTENCE.search(text))


_SENTENCE = re.compile(r"[。！？!?]|\.(?:\s|$)")
