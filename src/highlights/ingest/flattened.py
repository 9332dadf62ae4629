"""A page flattened to one line keeps its paragraphs' breaks somehow: as wide runs of spaces
(a corpus's release with its line breaks gone), or, in Chinese, as a space after a sentence's
end where a paragraph ended (`…常务会议。 会议研究审议了…`): each is a blank line."""

from __future__ import annotations

import re

from highlights.chars import HAN_RANGES as HAN

__all__ = ["unflattened"]

FLATTENED = 2000  # characters: a line this long with such runs is a page, not a paragraph
_WIDE_GAP = re.compile(r"[ \t\u3000\xa0]{5,}")
GAPS_MIN = 3  # breaks a flattened line keeps, at least
# a Chinese sentence's end, a space, the next paragraph
_ZH_BREAK = re.compile(rf"(?<=[。！？])[ \t\u3000\xa0]+(?=[{HAN}“「（(《])")
_SENTENCE_END = re.compile(r"[。！？]")
ZH_FLATTENED = 200  # characters of a Chinese line that may be paragraphs run together
# …when only some sentences end so, or the pieces are paragraph-long: a space after every
# short sentence is the page's spacing, not breaks
ZH_BREAK_SHARE = 0.7
ZH_PARAGRAPH = 60  # characters a piece holds on average, at least, when every sentence is one
ZH_GAPS_MIN = 2
ZH_LONG = 100  # characters a piece holds on average: a meeting report's paragraphs, run together
STAMPED_TEXT = 40  # characters of the story after a stamp, at least, before its first full stop


def _zh_breaks(line: str) -> bool:
    if len(line) < ZH_FLATTENED:
        return False
    breaks = len(_ZH_BREAK.findall(line))
    if breaks < ZH_GAPS_MIN or (breaks < GAPS_MIN and len(line) / (breaks + 1) < ZH_LONG):
        return False  # (two breaks make three paragraphs when each is a paragraph's length)
    some = breaks <= ZH_BREAK_SHARE * len(_SENTENCE_END.findall(line))
    return some or len(line) / (breaks + 1) >= ZH_PARAGRAPH


# `網民東港城聚集 警拘8人… 2020-05-16 15:55 網民下午發起…`: the headline and its publish stamp
# run into the story's first paragraph, a page flattened to one line
_STAMPED = re.compile(
    r"^(?P<head>[^。！？\n]{4,60}?)\s+"
    r"(?P<stamp>(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+"
    rf"(?P<text>[{HAN}“「].{{{STAMPED_TEXT}}}.*[。！？].*)$"
)


def unflattened(lines: list[str]) -> list[str]:
    """The lines, a flattened page's paragraphs each set apart by a blank line."""
    out: list[str] = []
    for line in lines:
        if len(line) >= FLATTENED and len(_WIDE_GAP.findall(line)) >= GAPS_MIN:
            out += [part for piece in _WIDE_GAP.split(line) for part in (piece, "")]
        elif _zh_breaks(line):
            out += [part for piece in _ZH_BREAK.split(line) for part in (piece, "")]
        else:
            out.append(line)
    return [part for line in out for part in _unstamped(line)]


def _unstamped(line: str) -> list[str]:
    m = _STAMPED.match(line)
    return [m["head"], "", m["stamp"], "", m["text"]] if m else [line]
