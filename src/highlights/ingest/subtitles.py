"""Subtitles (SRT, WebVTT) saved as text: a programme's transcript cut into timed cues of a line
or two. The cue numbers and timings go; the cues are read as running text, a paragraph for each
speaker's turn (`Mr Spicer: …`), and a long turn parted where a sentence ends."""

from __future__ import annotations

import re
from itertools import pairwise

from highlights.chars import is_han

__all__ = ["unsubtitled"]

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_CUE_TIME = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+\S.*)?$")
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
# `Mr Spicer: `, `Direcotr Mulvaney: `, `主持人：`: a new speaker's turn
_SPEAKER = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*|[^\W\d_]{2,6})\s*[:：](?:\s*\S|\s*$)"
)
_SENTENCE_END = tuple("。！？.!?”’\"")
MIN_CUES = 3  # timed lines: fewer is a text that quotes a timing, not subtitles
TURN_CHARS = 600  # a longer turn is parted at its next sentence end


def unsubtitled(text: str) -> str:
    """The text with its subtitle cues read as paragraphs; any other text as it was."""
    lines = text.split("\n")
    timed = [i for i, line in enumerate(lines) if _CUE_TIME.match(line)]
    if len(timed) < MIN_CUES:
        return _inline_timed(lines) or _unbulleted(lines) or text
    head = lines[: timed[0]]
    while head and (_CUE_NUMBER.match(head[-1]) or not head[-1].strip()):
        head.pop()  # the first cue's number
    return _as_turns(head, [raw.strip() for raw in lines[timed[0] :]])


# `  • GEOFF BENNETT: Good evening.` / `  • On the "NewsHour" tonight: The Supreme Court rules…`:
# a subtitle site's captions, a bullet each, most of them stopping mid-sentence
_BULLET = re.compile(r"^\s*[•·]\s+(?=\S)")
MIN_BULLETS = 8
MIN_TURNS = 2  # bullets that open with a speaker and what they say
_SAYS = re.compile(r"^[^:：]{2,40}[:：]\s*\S+\s+\S")
OPEN_BULLETS = 0.4  # of the bullets, this many stop mid-sentence: captions, not a list


# `:00:00. > :00:07.Tonight on Reporting Scotland. The police helicopter which crashed`: a
# subtitle site's cues, each timing run into its line (the hours lost)
_TIMED_LINE = re.compile(
    r"^\s*(?:\d{1,2})?:\d{2}:\d{2}\.\s*>\s*(?:\d{1,2})?:\d{2}:\d{2}\.\s*"
    # `*00:00.060- 00:05.560* :  Hello, this is…`: a podcast's transcript, each cue's span
    rf"|^\s*\*?{_TIME}\s*-\s*{_TIME}\*?\s*:\s*"
)


def _inline_timed(lines: list[str]) -> str | None:
    timed = [i for i, line in enumerate(lines) if _TIMED_LINE.match(line)]
    if len(timed) < MIN_CUES:
        return None
    rest = [_TIMED_LINE.sub("", line).strip() for line in lines[timed[0] :]]
    return _as_turns(lines[: timed[0]], rest)


def _unbulleted(lines: list[str]) -> str | None:
    bullets = [i for i, line in enumerate(lines) if _BULLET.match(line)]
    if len(bullets) < MIN_BULLETS:
        return None
    cues = [_BULLET.sub("", lines[i]).strip() for i in bullets]
    open_ended = sum(not cue.endswith(_SENTENCE_END) for cue in cues)
    turns = sum(bool(_SAYS.match(cue)) for cue in cues)  # `GEOFF BENNETT: Good evening.`
    if open_ended < OPEN_BULLETS * len(cues) or turns < MIN_TURNS:
        return None  # a list of fields (`• 索引号:`), links or points
    rest = [_BULLET.sub("", line).strip() for line in lines[bullets[0] :]]
    return _as_turns(lines[: bullets[0]], rest)


def _as_turns(head: list[str], cue_lines: list[str]) -> str:
    """The cues as a paragraph for each speaker's turn, under the text before them."""
    turns: list[list[str]] = []  # each turn's cues, joined once at the end
    size = 0  # characters in the turn so far
    for line in cue_lines:
        if not line or _CUE_TIME.match(line) or _CUE_NUMBER.match(line):
            continue
        full = size >= TURN_CHARS and turns[-1][-1].endswith(_SENTENCE_END)
        if not turns or _SPEAKER.match(line) or full:
            turns.append([line])
            size = len(line)
        else:
            turns[-1].append(line)
            size += len(line)
    paragraphs = ("".join(_glued(cues)) + "\n" for cues in turns)
    return "\n".join([*head, "", *paragraphs])


def _glued(cues: list[str]) -> list[str]:
    """Cues as one text: Chinese runs on, English words part with a space."""
    out = cues[:1]
    for before, after in pairwise(cues):
        out.append(after if is_han(before[-1]) or is_han(after[0]) else f" {after}")
    return out
