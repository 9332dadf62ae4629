"""A transcript service's speaker lines (`Jen Psaki: (00:22)` over what she said): the speaker
goes before the words in capitals, as a briefing's own transcript sets `MR PRICE: …`, and the
time into the recording goes, reported. A line of its own, it would read as a point."""

from __future__ import annotations

import re

from highlights.model import Block, Removal, Report

__all__ = ["timed_turns"]

_TIMED = re.compile(
    r"^(?P<who>[A-Z][\w.'’ -]{1,40}?|[^\s:：]{2,12})\s*[:：]\s*"
    r"(?P<at>[(（\[]\d{1,2}:\d{2}(?::\d{2})?[)）\]])$"
)


def timed_turns(blocks: list[Block], report: Report) -> list[Block]:
    """The blocks with each timed speaker line joined to the paragraph under it."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        m = _TIMED.match(blocks[i].text.strip())
        said = blocks[i + 1] if i + 1 < len(blocks) else None
        if m and said is not None and said.kind == "paragraph" and not _TIMED.match(said.text):
            report.count("boilerplate.timestamp")
            report.removed.append(Removal(rule="boilerplate.timestamp", text=m["at"], block=i))
            who = m["who"].upper()  # `JEN PSAKI:`, as a transcript sets its speakers' labels
            out.append(said.model_copy(update={"text": f"{who}: {said.text.strip()}"}))
            i += 2
            continue
        out.append(blocks[i])
        i += 1
    return out
