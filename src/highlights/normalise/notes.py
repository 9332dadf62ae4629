"""Notes run into a paragraph's text, none of them the story's: whose item it was (`…。（來源：
環球時報）`), a wire desk's sign-off (`(EDLeon, PIA V/Albay/mal)`), a link to the rest
(`(看完整報導`), a file photo's note, a jump to another page, and a task list's duty notes
(`（牵头单位：省发展改革委；责任单位：…）`)."""

from __future__ import annotations

import re

from highlights.normalise.captions import FILE_PHOTO_INLINE
from highlights.normalise.furniture_patterns import PAGE_JUMP

__all__ = ["strip_notes"]

_DUTY = re.compile(
    r"[(（](?:(?:牵头|牽頭|责任|責任|配合|参与|參與)(?:单位|單位|部门|部門)\s*[:：][^()（）]{1,300}"
    r"|[^()（）：:。]{2,40}(?:分别负责|分別負責|负责|負責)(?:[，,][^()（）]{0,20})?)[)）]"
    r"(?=\s*(?:[。；;]|$))"
)
_SOURCE_TAIL = re.compile(
    r"(?<=[。！？!?”」])\s*[（(]\s*(?:來源|来源|稿源|出處|出处)\s*[:：/／]\s*[^（()）。，,]{2,20}[)）]$"
)
_LINK_TAIL = re.compile(
    r"(?<=[。！？!?”」])\s*[（(]?\s*(?:看完整報導|看完整报导|閱讀全文|阅读全文|查看全文|詳全文|详全文)"
    r"\s*[)）>》]?$"
)

# `…responsible pet ownership. (EDLeon, PIA V/Albay/mal)`: who wrote it, the agency's regional
# desk and its editor's initials, signed after the last sentence
_DESK_TAIL = re.compile(
    r"(?<=[.!?”\"])\s*\((?:[A-Z][A-Za-z.-]{1,20} ?){1,3}, [A-Z]{2,5}\b[^()]{0,30}/[^()]{1,30}\)$"
)

Removed = list[tuple[str, str]]  # (rule, text), as a boilerplate hit reports them


def strip_notes(line: str) -> tuple[str, Removed, Removed]:
    """The line without its notes; what went, in the line's order (the duty notes apart: the
    report lists them first)."""
    notes: Removed = []
    if m := _SOURCE_TAIL.search(line):
        notes.append(("boilerplate.item_source", m.group(0).strip()))
        line = line[: m.start()].rstrip()
    if m := _DESK_TAIL.search(line):
        notes.append(("boilerplate.byline", m.group(0).strip()))
        line = line[: m.start()].rstrip()
    if m := _LINK_TAIL.search(line):
        notes.append(("boilerplate.chrome", m.group(0).strip()))
        line = line[: m.start()].rstrip()
    for m in list(FILE_PHOTO_INLINE.finditer(line))[::-1]:
        notes.append(("boilerplate.caption", m.group(0).strip()))
        line = line[: m.start()] + line[m.end() :]
    for m in list(PAGE_JUMP.finditer(line))[::-1]:  # the rest is on another page: not here
        notes.append(("boilerplate.chrome", m.group(0)))
        line = (line[: m.start()] + line[m.end() :]).strip()
    duties = [("boilerplate.duty", m.group(0)) for m in _DUTY.finditer(line)]
    line = _DUTY.sub("", line).strip() if duties else line
    return line, notes, duties
