"""A numbered list run into one line (`本期节目主要内容: 1.…; 2.…; 3.…`): a programme's
rundown or a notice's items pasted without their line breaks, read a line each."""

from __future__ import annotations

import re

__all__ = ["run_in_list"]

# an item's number where an item may start: the line's start or after the last one's end
_NUMBER = re.compile(r"(?:^|(?<=[;；。:：])\s*)(?P<n>\d{1,2})[.．、](?=\s*[^\s\d])")  # not `5.2%`
MIN_ITEMS = 5  # fewer, run into a sentence (`有3項領會：1. …；2. …；3. …`), are the sentence's
MIN_LINE = 80  # characters: a shorter line with numbers in it is a sentence that counts


def run_in_list(line: str) -> list[str]:
    """The line's lead-in and its items, each `N. …`; [] when it holds no run of five or more
    items numbered 1, 2, 3 in order."""
    if len(line) < MIN_LINE:
        return []
    run: list[re.Match[str]] = []
    for m in _NUMBER.finditer(line):  # numbered in order from 1: a figure out of order is text
        if int(m["n"]) == len(run) + 1:
            run.append(m)
    if len(run) < MIN_ITEMS:
        return []
    head = line[: run[0].start()].strip()
    ends = [m.start() for m in run[1:]] + [len(line)]
    spans = zip(run, ends, strict=True)
    items = [line[m.end() : end].strip().rstrip(";；").strip() for m, end in spans]
    if not all(items):
        return []
    # `3. 以高水平安全護航…的發展。他又認為，…`: the last item ends with its sentence; the
    # paragraph goes on after it
    last, _, after = items[-1].partition("。")
    items[-1], rest = (last + "。", after.strip()) if after.strip() else (items[-1], "")
    numbered = [f"{m['n']}. {item}" for m, item in zip(run, items, strict=True)]
    return [*([head] if head else []), *numbered, *([rest] if rest else [])]
