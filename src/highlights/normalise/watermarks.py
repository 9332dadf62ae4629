"""A copy site's watermark: the same few words set after paragraph upon paragraph (`…惊喜。
本文来自中华人民共和国图鉴社`), and alone on lines of their own; no sentence of the story."""

from __future__ import annotations

import re
from collections import Counter

from highlights.model import Block, Removal, Report

__all__ = ["drop_watermarks"]

# `本文来自X`, `内容来自X`: the copy names itself its source; the mark is X
_SOURCED = re.compile(r"^(?:本文|内容|內容|文章|此文)?(?:来自|來自|转自|轉自|源自|出自)")
_TAIL = re.compile(r"(?:^|\s)(?P<mark>[^\s，。！？、,.!?；;：:“”「」]{4,30})$")
_AFTER_SENTENCE = re.compile(r"[。！？.!?”」]\s+$")
MARKED_MIN = 3  # lines that end in the mark
AFTER_SENTENCE_MIN = 2  # of them, lines where it follows a paragraph's last sentence


def _mark(line: str) -> tuple[str, bool] | None:
    """The line's last words, as a watermark would be, and whether a sentence ends before them."""
    tail = _TAIL.search(line.rstrip())
    if tail is None:
        return None
    return _SOURCED.sub("", tail["mark"]), bool(_AFTER_SENTENCE.search(line[: tail.start("mark")]))


def _watermark(lines: list[str]) -> str | None:
    marks = [m for m in map(_mark, lines) if m]
    counts = Counter(mark for mark, _ in marks)
    for mark, n in counts.most_common(3):
        after = sum(1 for m, ended in marks if m == mark and ended)
        if n >= MARKED_MIN and after >= AFTER_SENTENCE_MIN and len(mark) >= 4:
            return mark
    return None


def drop_watermarks(blocks: list[Block], report: Report) -> list[Block]:
    """The blocks without the watermark the page repeats, if it has one (reported)."""
    mark = _watermark([line for b in blocks for line in b.text.split("\n")])
    if mark is None:
        return blocks
    ending = re.compile(rf"\s*(?:{_SOURCED.pattern[1:]})?{re.escape(mark)}[ \t]*$", re.MULTILINE)
    out: list[Block] = []
    for index, block in enumerate(blocks):
        for found in ending.finditer(block.text):
            report.count("boilerplate.watermark")
            cut = found.group(0).strip()
            report.removed.append(Removal(rule="boilerplate.watermark", text=cut, block=index))
        out.append(block.model_copy(update={"text": ending.sub("", block.text)}))
    return out
